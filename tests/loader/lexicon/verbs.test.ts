import { describe, expect, it } from 'vitest';
import { isIrregularPast, verbLemmaOf } from '../../../src/loader/lexicon/verbs.ts';

describe('verbLemmaOf', () => {
  it('undoes regular inflection: "filed" → file, "flies" → fly, "cuts" → cut', () => {
    expect(verbLemmaOf('filed')).toBe('file');
    expect(verbLemmaOf('flies')).toBe('fly');
    expect(verbLemmaOf('cuts')).toBe('cut');
    expect(verbLemmaOf('announcing')).toBe('announce');
  });

  it('undoes a doubled final consonant: "planned" → plan, "stopping" → stop', () => {
    expect(verbLemmaOf('planned')).toBe('plan');
    expect(verbLemmaOf('stopping')).toBe('stop');
  });

  it('knows irregular forms: "rose" → rise, "went" → go, "flown" → fly', () => {
    expect(verbLemmaOf('rose')).toBe('rise');
    expect(verbLemmaOf('went')).toBe('go');
    expect(verbLemmaOf('flown')).toBe('fly');
  });

  it('ignores case', () => {
    expect(verbLemmaOf('Filed')).toBe('file');
  });

  it('returns null for a word that cannot be a verb', () => {
    expect(verbLemmaOf('xyzzy')).toBeNull();
    expect(verbLemmaOf('bankruptcy')).toBeNull();
  });
});

describe('isIrregularPast', () => {
  it('is true of irregular past forms ("rose", "won", "flown")', () => {
    expect(isIrregularPast('rose')).toBe(true);
    expect(isIrregularPast('Won')).toBe(true);
    expect(isIrregularPast('flown')).toBe(true);
  });

  it('is false of regular pasts, bare forms and "-ing" forms', () => {
    expect(isIrregularPast('filed')).toBe(false);
    expect(isIrregularPast('go')).toBe(false);
    expect(isIrregularPast('running')).toBe(false);
  });
});
