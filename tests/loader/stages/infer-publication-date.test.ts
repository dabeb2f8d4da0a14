import { describe, expect, it } from 'vitest';
import { createDraft, type ArticleDraft } from '../../../src/loader/article-draft.ts';
import { findTimexes } from '../../../src/loader/stages/find-timexes.ts';
import {
  inferPublicationDate,
  inferPublicationDatesAcrossArticles,
} from '../../../src/loader/stages/infer-publication-date.ts';
import { resolveTimexes } from '../../../src/loader/stages/resolve-timexes.ts';
import { splitSentences } from '../../../src/loader/stages/split-sentences.ts';

function inferred(text: string, published: string | null = null): ArticleDraft {
  let draft = createDraft({ file: 'a.txt', metadata: null }, 'a', text);
  if (published) draft = { ...draft, published, publishedBasis: 'metadata' };
  return inferPublicationDate.run(findTimexes.run(draft));
}

describe('inferPublicationDate', () => {
  it('keeps a publication date given in metadata', () => {
    expect(inferred('WASHINGTON, Sept. 8, 2016 – Kerry left.', '2016-09-01')).toMatchObject({
      published: '2016-09-01',
      publishedBasis: 'metadata',
    });
  });

  it('takes a full date at the head of the article as its publication date', () => {
    const draft = inferred(
      'WASHINGTON, Sept. 8, 2016 (AFP) – Kerry is leaving Thursday for Geneva.',
    );
    expect(draft).toMatchObject({ published: '2016-09-08', publishedBasis: 'inferred' });
    expect(draft.publishedReason).toMatch(/Sept\. 8, 2016/);
  });

  it('bounds the date by the copyright year but does not guess a day from it', () => {
    const draft = inferred('Kerry arrived on Thursday.\n\nCopyright © 2016 Buzzing Live');
    expect(draft).toMatchObject({ published: null, publishedBasis: 'unknown' });
    expect(draft.publishedReason).toMatch(/copyright line says 2016/);
  });

  it('leaves an undatable article unknown, with a diagnostic, and never throws', () => {
    const draft = inferred('Talks resumed on Friday.');
    expect(draft.published).toBeNull();
    expect(draft.diagnostics.at(-1)?.stage).toBe('infer-publication-date');
  });
});

describe('inferPublicationDatesAcrossArticles', () => {
  function article(file: string, text: string, published: string | null): ArticleDraft {
    let draft = createDraft({ file, metadata: null }, file, text);
    if (published) draft = { ...draft, published, publishedBasis: 'metadata' };
    const stages = [splitSentences, findTimexes, inferPublicationDate, resolveTimexes];
    return stages.reduce((current, stage) => stage.run(current), {
      ...draft,
      paragraphs: [{ start: 0, end: text.length }],
    });
  }

  it('dates an undated article from another that reports the same events', () => {
    const dated = article(
      'a.txt',
      'Ministers Alvarez and Brennan signed the Lisbon accord on March 3, 2021, after talks on March 2, 2021.',
      '2021-03-05',
    );
    const undated = article(
      'b.txt',
      'Ministers Alvarez and Brennan signed the Lisbon accord on Wednesday after talks on Tuesday.',
      null,
    );
    const [, result] = inferPublicationDatesAcrossArticles.run([dated, undated]);
    expect(result).toMatchObject({ published: '2021-03-03', publishedBasis: 'inferred' });
    expect(result?.publishedReason).toMatch(/a\.txt/);
    expect(result?.timexes.map((timex) => timex.value)).toEqual(['2021-03-03', '2021-03-02']);
  });

  it('leaves the date unknown when other articles allow two readings (the seed trap)', () => {
    const later = article(
      'later.txt',
      'Kerry and Lavrov will hold talks in Geneva on Friday, after they met in Geneva on August 26.',
      '2016-09-08',
    );
    const undated = article(
      'undated.txt',
      'Kerry is to meet Lavrov in Geneva on Friday for talks.',
      null,
    );
    const [, result] = inferPublicationDatesAcrossArticles.run([later, undated]);
    expect(result?.published).toBeNull();
  });
});
