import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../src/contract/corpus.ts';
import { evidenceSpan } from '../../../../../src/features/events/index.ts';
import { genevaArticle, spanOf } from '../../../fixtures.ts';

/** An article whose sentence spans are those the loader's tagger gave, right or wrong. */
function articleWith(text: string, sentences: string[]): Article {
  let from = 0;
  const spans = sentences.map((sentence) => {
    const span = spanOf(text, sentence, from);
    from = span.end;
    return span;
  });
  return { ...genevaArticle, text, paragraphs: [{ start: 0, end: text.length }], sentences: spans };
}

const shown = (article: Article, part: string) => {
  const { start, end } = evidenceSpan(article, spanOf(article.text, part));
  return article.text.slice(start, end);
};

describe('evidenceSpan', () => {
  it('grows a clause to its whole sentence, attribution included', () => {
    const text =
      'Kerry and Lavrov spoke by telephone Thursday on cooperation, the Russian foreign ministry said. The call was a US initiative.';
    const article = articleWith(text, [
      'Kerry and Lavrov spoke by telephone Thursday on cooperation, the Russian foreign ministry said.',
      'The call was a US initiative.',
    ]);
    expect(shown(article, 'Kerry and Lavrov spoke by telephone Thursday on cooperation')).toBe(
      'Kerry and Lavrov spoke by telephone Thursday on cooperation, the Russian foreign ministry said.',
    );
  });

  it('closes a bracket the sentence splitter cut, taking the next sentence whole', () => {
    const text =
      'The shares fell after Bank of America (BoA. downgraded them) on Monday. Trading was thin.';
    const article = articleWith(text, [
      'The shares fell after Bank of America (BoA.',
      'downgraded them) on Monday.',
      'Trading was thin.',
    ]);
    expect(shown(article, 'The shares fell after Bank of America (BoA.')).toBe(
      'The shares fell after Bank of America (BoA. downgraded them) on Monday.',
    );
  });

  it('reaches back to the opening of a bracket the span closes', () => {
    const text = 'Airbus (the European maker. said on Friday) that orders rose.';
    const article = articleWith(text, [
      'Airbus (the European maker.',
      'said on Friday) that orders rose.',
    ]);
    expect(shown(article, 'said on Friday) that orders rose.')).toBe(text);
  });

  it('keeps a quotation with the attribution that follows it in lower case', () => {
    const text = '“We will respond!” the minister said on Friday. Talks resume Monday.';
    const article = articleWith(text, [
      '“We will respond!”',
      'the minister said on Friday.',
      'Talks resume Monday.',
    ]);
    expect(shown(article, '“We will respond!”')).toBe(
      '“We will respond!” the minister said on Friday.',
    );
  });

  it('leaves a whole balanced sentence as it is', () => {
    const text = 'Prices rose (slightly) on Monday. Then they fell.';
    const article = articleWith(text, ['Prices rose (slightly) on Monday.', 'Then they fell.']);
    expect(shown(article, 'Prices rose (slightly) on Monday.')).toBe(
      'Prices rose (slightly) on Monday.',
    );
  });

  it('keeps the mention as it is when the article has no sentence spans', () => {
    const article = { ...genevaArticle, sentences: [] };
    expect(shown(article, 'He was scheduled to meet with Lavrov')).toBe(
      'He was scheduled to meet with Lavrov',
    );
  });
});
