import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import {
  reportedEvent,
  reporterOf,
  startsReportedClause,
} from '../../../src/loader/reading/reported-clause.ts';
import { tag } from './tagged.ts';

/** The sentence's reading and a finder of its events by trigger text. */
function reading(text: string) {
  const words = tag(text);
  const read = readSentence(words);
  const at = (trigger: string) => read.events.find((e) => words[e.trigger]?.text === trigger)!;
  return { words, read, at };
}

describe('reported clauses', () => {
  it('finds what a report reports when its object is the clause subject ("said the jet flew")', () => {
    const { words, read, at } = reading('Jorge Salas said the ferry sank.');
    expect(startsReportedClause(words, at('said').patient)).toBe(true);
    expect(reportedEvent(at('said'), read.events, words)).toBe(at('sank'));
    expect(reporterOf(at('sank'), read.events)).toBe(at('said'));
  });

  it('finds none when the object is only an object ("told reporters")', () => {
    const { words, read, at } = reading('The mayor told reporters the news.');
    expect(reportedEvent(at('told'), read.events, words)).toBeNull();
  });
});
