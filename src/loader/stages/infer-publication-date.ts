/**
 * Stage: when the metadata gives no publication date, infers one from the article's
 * own text (a dated dateline or byline; else the copyright year and the dates it
 * mentions bound it). Only a single day becomes `published`; a wider bound is kept in
 * `publishedReason` for the corpus-level stage, which can narrow it with other articles.
 */
import type { ArticleDraft, ArticleStage, CorpusStage } from '../article-draft.ts';
import { diagnose } from '../article-draft.ts';
import { compareDays, formatDay } from '../timex/calendar.ts';
import { publicationEvidence } from '../timex/publication-evidence.ts';
import { dateFromOtherArticles } from '../timex/cross-article-dates.ts';
import { findTimexes } from './find-timexes.ts';
import { resolveTimexes } from './resolve-timexes.ts';
import { findEntities } from './find-entities.ts';
import { readEvents } from './read-events.ts';
import { splitSentences } from './split-sentences.ts';

const STAGE = 'infer-publication-date';
const CORPUS_STAGE = 'infer-publication-date-across-articles';

export const inferPublicationDate: ArticleStage = {
  name: STAGE,
  run(draft) {
    if (draft.published) return draft;
    const evidence = publicationEvidence(draft.text, draft.timexes, draft.dateline);
    const { earliest, latest } = evidence;
    if (earliest && latest && compareDays(earliest, latest) === 0) {
      return {
        ...draft,
        published: formatDay(earliest),
        publishedBasis: 'inferred',
        publishedReason: `inferred from the text: ${evidence.reasons.join('; ')}`,
      };
    }
    const bound =
      earliest || latest
        ? `published ${earliest ? `on or after ${formatDay(earliest)}` : ''}${earliest && latest ? ' and ' : ''}${latest ? `on or before ${formatDay(latest)}` : ''} (${evidence.reasons.join('; ')}); day unknown`
        : null;
    return {
      ...draft,
      publishedReason: bound ?? draft.publishedReason,
      diagnostics: [
        ...draft.diagnostics,
        diagnose(
          draft,
          STAGE,
          'info',
          null,
          bound
            ? `publication date not found in metadata or text: ${bound}`
            : 'publication date unknown: no metadata, no dated dateline, no dates in the text',
        ),
      ],
    };
  },
};

/**
 * Corpus stage: dates the articles still undated from the other articles that report
 * the same events, then re-reads their timexes and events against the new date.
 */
export const inferPublicationDatesAcrossArticles: CorpusStage = {
  name: 'infer-publication-date-across-articles',
  run(drafts) {
    if (!drafts.some((draft) => !draft.published)) return drafts;
    return drafts.map((draft) => {
      if (draft.published) return draft;
      try {
        const found = findTimexes.run(draft);
        const evidence = publicationEvidence(draft.text, found.timexes, draft.dateline);
        const result = dateFromOtherArticles(found, drafts, evidence);
        if (!result.day) {
          return {
            ...draft,
            diagnostics: [
              ...draft.diagnostics,
              diagnose(
                draft,
                CORPUS_STAGE,
                'info',
                null,
                `not dated from other articles: ${result.reason}`,
              ),
            ],
          };
        }
        let dated: ArticleDraft = {
          ...found,
          published: formatDay(result.day),
          publishedBasis: 'inferred',
          publishedReason: `inferred from other articles: ${result.reason}`,
        };
        // Relative dates and events depend on the publication date: read them again.
        // The tagged words were dropped when the article left its stages: tag it again.
        dated = resolveTimexes.run(splitSentences.run(dated));
        const read = readEvents.run(findEntities.run(dated));
        return { ...read, words: [] };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          ...draft,
          diagnostics: [
            ...draft.diagnostics,
            diagnose(draft, CORPUS_STAGE, 'error', null, `stage failed: ${message}`),
          ],
        };
      }
    });
  },
};
