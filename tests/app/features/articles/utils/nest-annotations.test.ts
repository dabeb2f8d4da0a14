import { describe, expect, it } from 'vitest';
import {
  nestAnnotations,
  textOfTree,
  type Annotation,
} from '../../../../../src/features/articles/utils/nest-annotations.ts';

const text = 'One two three four five.';
const at = (part: string, layer: number, payload: string): Annotation<string> => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, layer, payload };
};

describe('nestAnnotations', () => {
  it('returns plain text when nothing is annotated', () => {
    expect(nestAnnotations(text, 0, text.length, [])).toEqual([
      { type: 'text', start: 0, end: text.length, text },
    ]);
  });

  it('nests an inner annotation inside an outer one', () => {
    const tree = nestAnnotations(text, 0, text.length, [
      at('three', 3, 'timex'),
      at('two three four', 1, 'sentence'),
    ]);
    const sentence = tree.find((node) => node.type === 'annotation')!;
    expect(sentence.type === 'annotation' && sentence.payload).toBe('sentence');
    expect(textOfTree([sentence])).toBe('two three four');
    expect(
      sentence.type === 'annotation' &&
        sentence.children.some((child) => child.type === 'annotation' && child.payload === 'timex'),
    ).toBe(true);
  });

  it('cuts an inner annotation that crosses an outer boundary, never the outer one', () => {
    const tree = nestAnnotations(text, 0, text.length, [
      at('two three', 1, 'sentence'),
      at('three four', 2, 'other'),
    ]);
    const sentences = tree.filter(
      (node) => node.type === 'annotation' && node.payload === 'sentence',
    );
    expect(sentences).toHaveLength(1);
    expect(textOfTree(sentences)).toBe('two three');
  });

  it('always covers exactly the text it was given', () => {
    const tree = nestAnnotations(text, 4, 18, [
      at('One two', 0, 'a'),
      at('three four five', 1, 'b'),
      at('four', 2, 'c'),
    ]);
    expect(textOfTree(tree)).toBe(text.slice(4, 18));
  });

  it('keeps only the later part of two overlapping annotations of one layer', () => {
    const tree = nestAnnotations(text, 0, text.length, [
      at('One two three', 1, 'first'),
      at('three four', 1, 'second'),
    ]);
    const second = tree.find((node) => node.type === 'annotation' && node.payload === 'second');
    expect(textOfTree([second!])).toBe(' four');
  });
});
