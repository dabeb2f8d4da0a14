import { describe, expect, it } from 'vitest';
import { shortName, writeTitle } from '../../../src/loader/events/event-title.ts';

const base = {
  lemma: 'meet',
  pos: 'verb' as const,
  agents: [],
  others: [],
  places: [],
  object: null,
  agentPhrase: null,
};

describe('writeTitle', () => {
  it('writes a phone call, a meeting, an arrival and a departure by template', () => {
    expect(writeTitle({ ...base, kind: 'phone-call', agents: ['Kerry', 'Lavrov'] })).toBe(
      'Kerry and Lavrov speak by phone',
    );
    expect(
      writeTitle({ ...base, kind: 'meeting', agents: ['A'], others: ['B'], places: ['Oslo'] }),
    ).toBe('A and B meet in Oslo');
    expect(
      writeTitle({
        ...base,
        kind: 'arrival',
        lemma: 'arrive',
        agents: ['Quist'],
        places: ['Oslo'],
      }),
    ).toBe('Quist arrives in Oslo');
    expect(
      writeTitle({
        ...base,
        kind: 'departure',
        lemma: 'leave',
        agents: ['Quist'],
        places: ['Rome'],
      }),
    ).toBe('Quist leaves for Rome');
  });

  it('writes other events as subject, present-tense verb and object', () => {
    expect(
      writeTitle({
        ...base,
        kind: 'statement',
        lemma: 'vow',
        agents: ['Russia'],
        object: 'to respond',
      }),
    ).toBe('Russia vows to respond');
    expect(
      writeTitle({
        ...base,
        kind: 'other',
        lemma: 'arrest',
        agents: ['Reed'],
        passive: 'arrested',
      }),
    ).toBe('Reed is arrested');
  });

  it('shortens people to their surname, keeping particles', () => {
    expect(shortName('Staffan de Mistura', 'person')).toBe('de Mistura');
    expect(shortName('United States', 'country')).toBe('United States');
  });
});

describe('writeTitle length and endings', () => {
  it('keeps titles to ten words by dropping the place first', () => {
    const title = writeTitle({
      ...base,
      kind: 'announcement',
      lemma: 'announce',
      agents: ['Kerry'],
      object: 'a new peace push for conflict-torn Yemen',
      places: ['Saudi Arabia'],
    });
    expect(title).toBe('Kerry announces a new peace push for conflict-torn Yemen');
  });

  it('puts the unnamed actor first rather than the named object', () => {
    const title = writeTitle({
      ...base,
      kind: 'other',
      lemma: 'convict',
      others: ['Halvorsen'],
      agentPhrase: 'A jury',
      object: 'Erik Halvorsen of securities fraud',
    });
    expect(title).toBe('A jury convicts Erik Halvorsen of securities fraud');
  });
});
