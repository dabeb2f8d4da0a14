/** A loader event report for tests, with the fields no test is about filled in plainly. */
import type { EventDraft } from '../../src/loader/article-draft.ts';

/** An actual, day-dated occurrence of no kind, naming no one: `fields` say the rest. */
export function eventDraft(
  fields: Pick<EventDraft, 'lemma' | 'start' | 'mention'> & Partial<EventDraft>,
): EventDraft {
  return {
    kind: 'other',
    title: fields.lemma,
    end: null,
    granularity: 'day',
    approximate: false,
    modality: 'actual',
    participants: [],
    places: [],
    eventClass: 'OCCURRENCE',
    roles: [],
    quantities: [],
    salience: 0.5,
    ...fields,
  };
}
