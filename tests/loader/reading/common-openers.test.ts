import { describe, expect, it } from 'vitest';
import { commonOpeners } from '../../../src/loader/reading/common-openers.ts';
import { tag } from './tagged.ts';

/** The sentence openers of `sentences` (one per line) read as common words. */
function common(...sentences: string[]) {
  const text = sentences.join('\n');
  let start = 0;
  const spans = sentences.map((sentence) => {
    const span = { start, end: start + sentence.length };
    start = span.end + 1;
    return span;
  });
  const words = tag(text);
  const starts = commonOpeners(words, spans);
  return words.filter((word) => starts.has(word.start)).map((word) => word.text);
}

describe('commonOpeners', () => {
  it('reads an opener the article writes in lower case elsewhere as a common word', () => {
    expect(common("World's largest jet flies", 'It is the largest in the world.')).toEqual([
      'World',
    ]);
    // "The" is a common word as well: it was never taken for a name.
    expect(common('Engine troubles delay the tour.', 'The engine failed.')).toEqual([
      'Engine',
      'The',
    ]);
  });

  it('reads the word after a quote that opens the sentence as its opener ("“Bankruptcy is not …”")', () => {
    expect(
      common('“Bankruptcy is not something we consider,” he said.', 'It ruled out bankruptcy.'),
    ).toEqual(['Bankruptcy']);
  });

  it('reads a word in common use that opens sentences only right before their verb as a common word ("Revenue grew 32%")', () => {
    expect(common('Lund Steel reported a profit.', 'Revenue grew 32%.')).toEqual(['Revenue']);
    expect(common('Lund Steel reported a profit.', 'Inflation rose.')).toEqual(['Inflation']);
    // Not one that opens a name elsewhere ("Apple Computer"), a known name ("France", "Fiat")
    // nor a thing's noun, which may name a body ("Larkspur cut wages").
    expect(common('Apple Computer reported a profit.', 'Apple said more.')).toEqual([]);
    expect(common('Lund Steel reported a profit.', 'France lost jobs.')).toEqual([]);
    expect(common('Lund Steel reported a profit.', 'Fiat lost jobs.')).toEqual([]);
    expect(common('Lund Steel reported a profit.', 'Larkspur lost jobs.')).toEqual([]);
    expect(common('Lund Steel reported a profit.', 'Parliament reconvened.')).toEqual([]);
  });

  it('keeps a name the article capitalizes inside a sentence, or one followed by a capital', () => {
    expect(common("Ford's engine works.", 'The ford was deep, said Ford.')).toEqual([]);
    expect(common('General Motors cut jobs.', 'In general, sales fell.')).toEqual([]);
  });

  it('keeps an opener before "of" and a capitalised word, which opens a name ("Bank of Lindale")', () => {
    expect(common('Bank of Lindale said it lost money.', 'The bank cut its dividend.')).toEqual([]);
    // Alone, the same word is a common one: "Bank shares fell."
    expect(common('Bank shares fell.', 'The bank cut its dividend.')).toEqual(['Bank']);
  });

  it('keeps an acronym whatever lower-case word spells it ("US" is not "us")', () => {
    expect(common('US automakers fail.', 'The crisis hit us hard.')).toEqual([]);
  });
});
