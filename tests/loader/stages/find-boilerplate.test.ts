import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../src/loader/article-draft.ts';
import { findBoilerplate } from '../../../src/loader/stages/find-boilerplate.ts';
import { findStructure } from '../../../src/loader/stages/find-structure.ts';

const run = (text: string, source: string | null = null) => {
  const draft = findStructure.run(createDraft({ file: 'a.txt', metadata: null }, 'a', text));
  return findBoilerplate.run({ ...draft, source });
};

describe('findBoilerplate', () => {
  const text = [
    'Mayor resigns after audit',
    'The mayor resigned on Monday.',
    'Mayor resigns after audit',
    'File photo of the city hall.',
    'Source From :',
    'Leave a Reply',
    'Share this article',
    'Copyright © 2020 City Wire · All rights reserved ·',
  ].join('\n\n');

  it('marks captions, source lines, widgets, footers and a repeated headline, with reasons', () => {
    const draft = run(text);
    expect(draft.boilerplate.map((b) => [text.slice(b.start, b.end), b.reason])).toEqual([
      ['Mayor resigns after audit', 'repeated-headline'],
      ['File photo of the city hall.', 'photo-caption'],
      ['Source From :', 'source-line'],
      ['Leave a Reply', 'page-widget'],
      ['Share this article', 'page-widget'],
      ['Copyright © 2020 City Wire · All rights reserved ·', 'copyright'],
    ]);
  });

  it('takes the source from a copyright footer when metadata gives none', () => {
    expect(run(text).source).toBe('City Wire');
    expect(run(text, 'Given').source).toBe('Given');
  });

  it('takes the source from an attribution line', () => {
    const draft = run('Headline\nBody text that reports.\nAs reported by The Daily Planet');
    expect(draft.boilerplate.map((b) => b.reason)).toEqual(['attribution']);
    expect(draft.source).toBe('The Daily Planet');
  });

  it('takes the wire from the dateline', () => {
    expect(run('Headline\n\nGENEVA (Reuters) - Talks began.').source).toBe('Reuters');
  });

  it('leaves reporting paragraphs alone even when they open like a widget word', () => {
    const long = `Share prices fell sharply on Monday after the company ${'reported weak results and '.repeat(6)}more.`;
    expect(run(`Headline\n\n${long}`).boilerplate).toEqual([]);
    // Short ones too: a widget word is a widget only alone or before what widgets say.
    for (const news of ['Share prices fell 3% on Monday.', 'Print advertising revenue rose 4%.'])
      expect(run(`Headline\n\n${news}`).boilerplate).toEqual([]);
    for (const widget of ['Share', 'Email us', 'Print this page', 'Comments (3)'])
      expect(run(`Headline\n\nThe mayor resigned.\n\n${widget}`).boilerplate).toHaveLength(1);
  });
});
