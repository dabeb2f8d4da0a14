import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf } from '../../scripts/find-import-cycles.ts';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds two modules that import each other', () => {
    expect(findCycles(graph({ a: ['b'], b: ['a'], c: ['a'] }))).toEqual([['a', 'b']]);
  });

  it('finds a longer circle and a module importing itself', () => {
    const cycles = findCycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['d'] }));
    expect(cycles.map((cycle) => [...cycle].sort())).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('finds none where imports run one way', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });
});

describe('importsOf', () => {
  it('counts type-only imports, which ESLint’s no-cycle rule skips', () => {
    const file = path.resolve('src/loader/timex/clause-tense.ts');
    const source = "import type { Cue } from './tense-cues.ts';\nimport nlp from 'compromise';";
    expect(importsOf(file, source)).toEqual([path.resolve('src/loader/timex/tense-cues.ts')]);
  });
});
