/**
 * The whole timex pipeline on a bare text, for the evaluation command, the scorer and
 * the benchmark: structure and sentences (for tense), find, publication date, resolve.
 */
import { createDraft, type ArticleDraft, type ArticleStage } from '../article-draft.ts';
import { findStructure } from '../stages/find-structure.ts';
import { splitSentences } from '../stages/split-sentences.ts';
import { findTimexes } from '../stages/find-timexes.ts';
import { inferPublicationDate } from '../stages/infer-publication-date.ts';
import { resolveTimexes } from '../stages/resolve-timexes.ts';
import type { Timex } from '../../contract/corpus.ts';

const STAGES: readonly ArticleStage[] = [
  findStructure,
  splitSentences,
  findTimexes,
  inferPublicationDate,
  resolveTimexes,
];

/** Runs the timex stages on a text; `dct` (YYYY-MM-DD) plays the metadata's publication date. */
export function timexDraftOf(text: string, dct: string | null, file = 'input.txt'): ArticleDraft {
  let draft: ArticleDraft = createDraft({ file, metadata: null }, 'a1', text);
  if (dct)
    draft = {
      ...draft,
      published: dct,
      publishedBasis: 'metadata',
      publishedReason: 'given as the reference date',
    };
  for (const stage of STAGES) {
    try {
      draft = stage.run(draft);
    } catch {
      // Structure and sentences only help tense reading; timexes are found without them.
    }
  }
  return draft;
}

/** The resolved timexes of a text. */
export function timexesOfText(text: string, dct: string | null): Timex[] {
  return timexDraftOf(text, dct).timexes;
}
