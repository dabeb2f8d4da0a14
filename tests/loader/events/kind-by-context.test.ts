import { describe, expect, it } from 'vitest';
import { kindInContext } from '../../../src/loader/events/kind-by-context.ts';
import { verbEntries } from '../../../src/loader/events/trigger-lexicon.ts';

const kindOf = (verb: string, before: string, after = '') => {
  const entry = verbEntries(verb).find((candidate) => !candidate.needsNext);
  if (!entry) throw new Error(`no entry for ${verb}`);
  return kindInContext(entry, before.split(' '), after.split(' ')).kind;
};

describe('kindInContext', () => {
  it('reads "struck" after a natural hazard as a disaster, not an attack', () => {
    expect(kindOf('struck', 'the hurricane')).toBe('other');
    expect(kindOf('hit', 'a magnitude 6 earthquake')).toBe('other');
  });

  it('reads "struck" after weapons or forces as military', () => {
    expect(kindOf('struck', 'saying drones')).toBe('military');
  });

  it('reads approval by shareholders or voters as a vote', () => {
    expect(kindOf('approved', 'Larkspur shareholders')).toBe('election');
    expect(kindOf('approved', 'the board')).toBe('agreement');
  });

  it('reads a trip to the polls as an election', () => {
    const entry = verbEntries('headed').find((candidate) => candidate.kind === 'departure');
    expect(entry && kindInContext(entry, ['voters'], ['to', 'the', 'polls']).kind).toBe('election');
  });
});
