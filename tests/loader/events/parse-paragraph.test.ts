import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { paragraphSentences, parseParagraph } from '../../../src/loader/events/parse-paragraph.ts';

const PARAGRAPH =
  'KUALA LUMPUR (Atlas Report) — Last week, Hiroshi Takahashi unveiled a plan. ' +
  "“We didn't expect it,” said Gen. Mark Smith of the U.S. delegation. " +
  'Profit rose to $310 million from $275 million a year earlier.  It’s over; talks won’t resume';

/** What a single compromise parse of the whole paragraph gives. */
function wholeParagraph(text: string) {
  const sentences = nlp(text).json({ offset: true }) as Array<{
    offset: { start: number; length: number };
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  return {
    sentences: sentences.map((s) => ({
      start: s.offset.start,
      end: s.offset.start + s.offset.length,
    })),
    tokens: sentences.flatMap((s) =>
      s.terms.map((term) => ({ start: term.offset.start, text: term.text, tags: term.tags })),
    ),
  };
}

describe('parseParagraph', () => {
  it('tags sentence by sentence exactly as a parse of the whole paragraph does', () => {
    const parsed = parseParagraph(PARAGRAPH);
    const whole = wholeParagraph(PARAGRAPH);
    expect(parsed.sentences).toEqual(whole.sentences);
    expect(
      parsed.tokens.map((token) => ({
        start: token.start,
        text: token.text,
        tags: [...token.tags],
      })),
    ).toEqual(whole.tokens.filter((token) => token.text !== ''));
  });

  it('keeps offsets into the paragraph, so each token slices to its own text', () => {
    for (const token of parseParagraph(PARAGRAPH).tokens)
      expect(PARAGRAPH.slice(token.start, token.end)).toBe(token.text);
  });

  it('falls back to untagged words for text compromise finds no words in', () => {
    expect(parseParagraph('— — —').sentences).toEqual([{ start: 0, end: 5 }]);
  });
});

describe('paragraphSentences', () => {
  it('cuts sentences where the tagged parse does, without tagging', () => {
    const text = `${PARAGRAPH} Mr. Lee left. Then he came back!`;
    expect(paragraphSentences(text)).toEqual(parseParagraph(text).sentences);
  });
});
