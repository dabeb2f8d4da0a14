/** Builds drafts for stage tests: the structure, sentence and entity stages run for real; timexes are hand-made. */
import type { Granularity, Timex } from '../../../src/contract/corpus.ts';
import { createDraft, type ArticleDraft } from '../../../src/loader/article-draft.ts';
import { applyMetadata } from '../../../src/loader/stages/apply-metadata.ts';
import { findBoilerplate } from '../../../src/loader/stages/find-boilerplate.ts';
import { findEntities } from '../../../src/loader/stages/find-entities.ts';
import { findStructure } from '../../../src/loader/stages/find-structure.ts';
import { splitSentences } from '../../../src/loader/stages/split-sentences.ts';

export interface FixedTimex {
  /** The expression as written; the n-th occurrence when `occurrence` is given. */
  text: string;
  start: string;
  end: string;
  granularity?: Granularity;
  occurrence?: number;
}

/** A draft through entity finding, with the given timexes placed where their text occurs. */
export function draftWith(
  text: string,
  timexes: FixedTimex[] = [],
  metadata: { published?: string; source?: string } = { published: '2024-05-10' },
  id = 'a1',
): ArticleDraft {
  let draft = createDraft({ file: `${id}.txt`, metadata }, id, text);
  for (const stage of [applyMetadata, findStructure, findBoilerplate, splitSentences, findEntities])
    draft = stage.run(draft);
  return { ...draft, timexes: timexes.map((fixed, index) => place(text, fixed, index)) };
}

function place(text: string, fixed: FixedTimex, index: number): Timex {
  let start = -1;
  for (let seen = 0; seen <= (fixed.occurrence ?? 0); seen++)
    start = text.indexOf(fixed.text, start + 1);
  if (start < 0) throw new Error(`timex text not found: ${fixed.text}`);
  return {
    id: `t${index + 1}`,
    start,
    end: start + fixed.text.length,
    text: fixed.text,
    type: 'DATE',
    value: fixed.start,
    resolved: {
      start: fixed.start,
      end: fixed.end,
      granularity: fixed.granularity ?? 'day',
      stated: [],
      inferred: [],
      via: ['test'],
      approximate: false,
    },
  };
}
