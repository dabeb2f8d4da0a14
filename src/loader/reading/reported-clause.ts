/**
 * Reported clauses: what a reporting verb reports ("Proulx said the jet flew"), which
 * reporting verb a clause belongs to, and how its title reads inside the report's
 * ("Proulx says jet flies"). Pure functions of one sentence's reading.
 */
import type { Word } from '../language/tag-words.ts';
import type { Phrase } from './noun-phrases.ts';
import type { SentenceEvent } from './read-sentence.ts';

/**
 * Whether a report's object is the subject of the clause it reports: "said the jet flew",
 * "says it will close", "said Ford sells". A plain present after a common noun is more
 * likely a noun the tagger misread ("announced a new peace push").
 */
export function startsReportedClause(words: readonly Word[], phrase: Phrase | null): boolean {
  if (!phrase) return false;
  const next = words[phrase.last + 1];
  if (next?.pos === 'AUX') return true;
  if (next?.pos !== 'VERB') return false;
  const head = words[phrase.last] as Word;
  const pastForm = next.lemma !== next.lower && !/s$/.test(next.lower);
  return pastForm || head.pos === 'PRON' || head.pos === 'PROPN';
}

/**
 * The event a reporting verb reports when its object is that event's subject: "said the
 * jet flew" (the jet flew), not "told reporters" (reporters are told). No other verb
 * shares a subject with a verb's object.
 */
export function reportedEvent(
  event: SentenceEvent,
  all: readonly SentenceEvent[],
  words: readonly Word[],
): SentenceEvent | null {
  if (event.pos !== 'verb' || event.eventClass !== 'REPORTING') return null;
  const patient = event.patient;
  if (!patient || !startsReportedClause(words, patient)) return null;
  return (
    all.find((other) => {
      if (other.trigger <= event.trigger || other.pos !== 'verb') return false;
      const subject = other.passive ? other.patient : other.agent;
      return subject !== null && subject.first === patient.first && subject.last === patient.last;
    }) ?? null
  );
}

/** A title as the clause of another: "Jet flies" → "jet flies", "It closes" → "it closes"; names stay. */
export function clauseTitle(title: string, words: readonly Word[], event: SentenceEvent): string {
  const subject = event.passive ? event.patient : event.agent;
  const first = words[subject?.first ?? event.trigger] as Word;
  const keepsCapital = first.pos === 'PROPN' || /^[A-Z]{2,}/.test(title);
  return keepsCapital ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/** The reporting verb whose clause holds the event: "said" in "said it would close". */
export function reporterOf(
  event: SentenceEvent,
  all: readonly SentenceEvent[],
): SentenceEvent | null {
  if (event.governor?.eventClass === 'REPORTING' && event.governor.pos === 'verb')
    return event.governor;
  const subject = event.agent;
  if (!subject) return null;
  return (
    all.find(
      (other) =>
        other.eventClass === 'REPORTING' &&
        other.pos === 'verb' &&
        other.patient !== null &&
        other.patient.first <= subject.first &&
        subject.last <= other.patient.last,
    ) ?? null
  );
}
