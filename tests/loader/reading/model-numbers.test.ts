import { describe, expect, it } from 'vitest';
import { findModelNumbers, modelNumbersOf } from '../../../src/loader/reading/model-numbers.ts';
import { tag } from './tagged.ts';

const found = (text: string, known: string[] = []) =>
  findModelNumbers(tag(text), new Set(known), () => false).map((mention) => [
    text.slice(mention.start, mention.end),
    mention.kind,
  ]);

describe('modelNumbersOf', () => {
  it('takes the numbers of the products named, variants to their model', () => {
    expect([...modelNumbersOf([{ name: 'Embraer 190' }, { name: '170-200LR' }])]).toEqual([
      '190',
      '170',
    ]);
    expect([...modelNumbersOf([{ name: 'Larkspur Tundra' }])]).toEqual([]);
  });
});

describe('findModelNumbers', () => {
  it('reads a number before a vehicle noun in the singular as a model, not a count', () => {
    expect(found('Its 190 airliner carries 100 people.')).toEqual([['190', 'product']]);
    expect(found('The firm sold 300 cars.')).toEqual([]);
  });

  it('reads a variant written with letters as a model', () => {
    expect(found('The 190-300LR can fly far.')).toEqual([['190-300LR', 'product']]);
  });

  it('reads a number heading its phrase as the model the article names, and only then', () => {
    const text = 'After the 190, already painted, arrives in Lisbon, Azul will take the first 190.';
    expect(found(text, ['190'])).toEqual([
      ['190', 'product'],
      ['190', 'product'],
    ]);
    expect(found(text)).toEqual([]);
    expect(found('Embraer unveils long-range 190', ['190'])).toEqual([['190', 'product']]);
  });

  it('leaves a count followed by its noun, or a share, alone', () => {
    expect(found('The 190 passengers left, and the 190 % rise stood.', ['190'])).toEqual([]);
  });
});
