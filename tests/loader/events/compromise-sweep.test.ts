import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { bulkMatch } from '../../../src/loader/events/compromise-sweep.ts';

interface Methods {
  one: { bulkMatch: unknown };
}

const methods = (nlp as unknown as { world(): { methods: Methods } }).world().methods;

const TEXTS = [
  'KUALA LUMPUR (Atlas Report) — Last week, Hiroshi Takahashi unveiled a plan to cut 1,200 jobs at Meridian Airlines.',
  'Three patients died on 28 August at a clinic near Lisbon, Cobalt Motors said, and officials have repeatedly said they want a lasting solution.',
  "“We didn't expect it,” said Gen. Mark Smith, who'd led the U.S. delegation since March 4. It's over; the talks won't resume.",
  'Shares of the firm fell 3% on Monday after the board rejected the offer, which analysts had called "too low".',
];

/** Every term's tags and chunk, with compromise's sweep swapped for `sweep`. */
function tagsWith(sweep: unknown, text: string): string[][] {
  const original = methods.one.bulkMatch;
  methods.one.bulkMatch = sweep;
  try {
    const sentences = nlp(text).json() as Array<{
      terms: Array<{ text: string; tags: string[]; chunk?: string }>;
    }>;
    return sentences.flatMap((sentence) =>
      sentence.terms.map((term) => [term.text, term.chunk ?? '', ...term.tags]),
    );
  } finally {
    methods.one.bulkMatch = original;
  }
}

describe('bulkMatch', () => {
  const compromiseOwn = methods.one.bulkMatch;

  it('is compared with compromise’s own sweep, not with itself', () => {
    expect(compromiseOwn).not.toBe(bulkMatch);
  });

  it.each(TEXTS)('tags %j exactly as compromise’s own sweep does', (text) => {
    expect(tagsWith(bulkMatch, text)).toEqual(tagsWith(compromiseOwn, text));
  });
});
