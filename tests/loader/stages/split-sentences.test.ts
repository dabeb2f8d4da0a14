import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/loader/stages/split-sentences.ts';

const split = (text: string) =>
  sentencesOf(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('does not split after abbreviations and initials', () => {
    expect(
      split('The U.S. envoy met Gen. John F. Smith on Sept. 5 in Washington. He left.'),
    ).toEqual(['The U.S. envoy met Gen. John F. Smith on Sept. 5 in Washington.', 'He left.']);
  });

  it('ends a sentence after a model name of digits and letters ("the Larkspur 5G. The company")', () => {
    expect(split('Sales of the Larkspur 5G. The company shipped 9 million.')).toEqual([
      'Sales of the Larkspur 5G.',
      'The company shipped 9 million.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(split('“We went there. We won,” the coach said. Fans cheered.')).toEqual([
      '“We went there. We won,” the coach said.',
      'Fans cheered.',
    ]);
  });

  it('keeps exact spans and never leaves a paragraph', () => {
    const text = 'Intro line\n\nFirst one. Second one!';
    const paragraph = { start: 12, end: text.length };
    const spans = sentencesOf(text, paragraph);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'First one.',
      'Second one!',
    ]);
    for (const span of spans) expect(span.start).toBeGreaterThanOrEqual(paragraph.start);
  });

  it('returns the paragraph itself for text without sentence punctuation', () => {
    expect(split('Leave a Reply')).toEqual(['Leave a Reply']);
  });
});
