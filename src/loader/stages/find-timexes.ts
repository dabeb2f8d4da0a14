/**
 * Stage: finds every temporal expression of the article with its exact span, TIMEX3
 * type and value. Values the text leaves open (`XXXX-WXX-5`, `DCT-1W`, `PREV+1D`) are
 * completed by `resolve-timexes` once the publication date is settled.
 */
import type { Timex } from '../../contract/corpus.ts';
import { diagnose, type ArticleStage } from '../article-draft.ts';
import { findTimexCandidates } from '../timex/find-timex-candidates.ts';
import { impossibleDatesIn } from '../timex/impossible-dates.ts';

const STAGE = 'find-timexes';

export const findTimexes: ArticleStage = {
  name: STAGE,
  run(draft) {
    const { candidates, failures } = findTimexCandidates(draft.text);
    const timexes: Timex[] = candidates.map((candidate, index) => {
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
    // A date that cannot exist ("February 30") yields no expression, and says so.
    const impossible = /\d/.test(draft.text) ? impossibleDatesIn(draft.text) : [];
    const diagnostics = [
      ...failures.map((failure) =>
        diagnose(
          draft,
          STAGE,
          'warning',
          null,
          `the ${failure.parser} parser failed (${failure.message}); time expressions it finds may be missing`,
        ),
      ),
      ...impossible.map((date) =>
        diagnose(draft, STAGE, 'warning', date.start, `"${date.text}" names no real calendar date`),
      ),
    ];
    if (diagnostics.length === 0) return { ...draft, timexes };
    return { ...draft, timexes, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};
