import { describe, expect, it } from 'vitest';
import { isThingCompound } from '../../../src/loader/lexicon/thing-compounds.ts';

describe('isThingCompound', () => {
  it('knows two-word nouns of groups and things that hold an event noun', () => {
    for (const [first, second] of [
      ['task', 'force'],
      ['work', 'force'],
      ['trade', 'union'],
      ['meeting', 'place'],
    ])
      expect(isThingCompound(first!, second!), `${first} ${second}`).toBe(true);
  });

  it('leaves out compounds that name a happening, and words that make no compound', () => {
    expect(isThingCompound('press', 'conference')).toBe(false);
    expect(isThingCompound('peace', 'talks')).toBe(false);
    expect(isThingCompound('force', 'task')).toBe(false);
  });
});
