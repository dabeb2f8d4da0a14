/**
 * Stage: finds every temporal expression of the article with its exact span, TIMEX3
 * type and value. Values the text leaves open (`XXXX-WXX-5`, `DCT-1W`, `PREV+1D`) are
 * completed by `resolve-timexes` once the publication date is settled.
 */
import type { Timex } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { findTimexCandidates } from '../timex/find-timex-candidates.ts';

export const findTimexes: ArticleStage = {
  name: 'find-timexes',
  run(draft) {
    const timexes: Timex[] = findTimexCandidates(draft.text).map((candidate, index) => {
      const timex: Timex = {
        id: `t${index + 1}`,
        start: candidate.start,
        end: candidate.end,
        text: draft.text.slice(candidate.start, candidate.end),
        type: candidate.type,
        value: candidate.value,
        resolved: null,
      };
      if (candidate.mod) timex.mod = candidate.mod;
      return timex;
    });
    return { ...draft, timexes };
  },
};
