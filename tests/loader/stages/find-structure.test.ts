import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../src/loader/article-draft.ts';
import { findParagraphs, findStructure } from '../../../src/loader/stages/find-structure.ts';

const run = (text: string) =>
  findStructure.run(createDraft({ file: 'a.txt', metadata: null }, 'a', text));
const show = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null;

describe('findStructure', () => {
  it('takes a first short line without final punctuation as the headline and a "Place:" opener as dateline', () => {
    const text =
      'Storm: Delia to hit coast on Tuesday\n\nMobile: The storm neared the coast.\n\nMore text here.';
    const draft = run(text);
    expect(show(text, draft.headline)).toBe('Storm: Delia to hit coast on Tuesday');
    expect(show(text, draft.dateline)).toBe('Mobile');
    expect(draft.title).toBe('Storm: Delia to hit coast on Tuesday');
  });

  it('reads a long sentence-case first line before a dateline as a standfirst', () => {
    const text =
      'Sides seek a lasting truce, access for aid to the besieged areas and a return to the negotiating table soon\nWASHINGTON – The envoy left on Monday.\nHe will return.';
    const draft = run(text);
    expect(draft.headline).toBeNull();
    expect(show(text, draft.standfirst)).toMatch(/^Sides seek/);
    expect(show(text, draft.dateline)).toBe('WASHINGTON');
  });

  it('finds wire datelines with a parenthesized agency', () => {
    const text = 'Title line\n\nGENEVA (Reuters) - Talks began on Monday.';
    expect(show(text, run(text).dateline)).toBe('GENEVA (Reuters)');
  });

  it('does not take a rubric such as "Update:" for a dateline', () => {
    const text = 'Title line\n\nUpdate: the talks began on Monday.';
    expect(run(text).dateline).toBeNull();
  });

  it('splits on blank lines, or on lines when the text has no blank line, with exact spans', () => {
    const text = 'One.\nstill one.\n\n  Two.  \n\n\nThree.';
    expect(findParagraphs(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'One.\nstill one.',
      'Two.',
      'Three.',
    ]);
    const lines = 'A.\nB.\r\nC.';
    expect(findParagraphs(lines).map((span) => lines.slice(span.start, span.end))).toEqual([
      'A.',
      'B.',
      'C.',
    ]);
  });

  it('is total on empty and odd text', () => {
    for (const text of ['', '\n\n\n', '–', '©']) expect(() => run(text)).not.toThrow();
  });
});
