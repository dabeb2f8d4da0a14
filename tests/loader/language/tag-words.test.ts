import { describe, expect, it } from 'vitest';
import { tagParagraph } from '../../../src/loader/language/tag-words.ts';

describe('tagParagraph', () => {
  it('gives every word offsets into the whole text, not into the paragraph', () => {
    const text = 'Heading line\n\nThe mill closed its doors. Workers left quietly.';
    const start = text.indexOf('The mill');
    const { words } = tagParagraph(text, { start, end: text.length });
    expect(words[0]?.start).toBe(start);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(words.map((word) => word.text)).toContain('quietly');
  });

  it('keeps a model and its plural one word as written ("A380s", "737s")', () => {
    const text = 'One of the A380s flew and five Boeing 737s landed.';
    const { words } = tagParagraph(text, { start: 0, end: text.length });
    expect(words.map((word) => word.text)).toEqual(expect.arrayContaining(['A380s', '737s']));
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it('reads a model name of digits and letters at a sentence end as the name and a full stop ("5G.")', () => {
    const text = 'Sales of the Larkspur 5G. The company grew.';
    const { words } = tagParagraph(text, { start: 0, end: text.length });
    expect(words.map((word) => word.text)).toEqual(expect.arrayContaining(['5G', '.', 'The']));
    expect(words.find((word) => word.text === '5G')?.pos).toBe('PROPN');
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it('keeps a word with letters beyond Latin-1 whole and as written ("Erdoğan", "Łódź", "Vučić")', () => {
    const text = 'Erdoğan met Aleksandar Vučić in Łódź on Monday.';
    const { words } = tagParagraph(text, { start: 0, end: text.length });
    expect(words.map((word) => word.text)).toEqual([
      'Erdoğan',
      'met',
      'Aleksandar',
      'Vučić',
      'in',
      'Łódź',
      'on',
      'Monday',
      '.',
    ]);
    expect(words[0]).toMatchObject({ pos: 'PROPN', lower: 'erdoğan' });
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it('splits the paragraph into its sentences, as spans of the text', () => {
    const text = 'The mill closed its doors. Workers left quietly.';
    const { sentences } = tagParagraph(text, { start: 0, end: text.length });
    expect(sentences.map((span) => text.slice(span.start, span.end))).toEqual([
      'The mill closed its doors.',
      'Workers left quietly.',
    ]);
  });

  it('reads lower case, lemma and part of speech of each word', () => {
    const text = 'The bakery filed two complaints.';
    const { words } = tagParagraph(text, { start: 0, end: text.length });
    const filed = words.find((word) => word.text === 'filed');
    expect(filed).toMatchObject({ lower: 'filed', lemma: 'file', pos: 'VERB' });
    expect(words.find((word) => word.text === 'complaints')).toMatchObject({
      lemma: 'complaint',
      pos: 'NOUN',
    });
    expect(words.find((word) => word.text === 'The')?.lower).toBe('the');
  });

  it('marks the verb under "did not" as negated and leaves an affirmed verb alone', () => {
    const text = 'The council did not approve the budget.';
    const { words } = tagParagraph(text, { start: 0, end: text.length });
    expect(words.find((word) => word.text === 'approve')?.negated).toBe(true);
    const plain = 'The council approved the budget.';
    const affirmed = tagParagraph(plain, { start: 0, end: plain.length }).words;
    expect(affirmed.find((word) => word.text === 'approved')?.negated).toBe(false);
  });

  it('keeps whitespace out of the words', () => {
    const text = 'Rain   fell\n on the  town.';
    const { words } = tagParagraph(text, { start: 0, end: text.length });
    expect(words.map((word) => word.text)).toEqual(['Rain', 'fell', 'on', 'the', 'town', '.']);
  });

  it('returns nothing for an empty paragraph', () => {
    expect(tagParagraph('', { start: 0, end: 0 })).toEqual({ words: [], sentences: [] });
  });
});
