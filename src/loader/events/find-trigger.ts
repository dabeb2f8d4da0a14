/**
 * Finds the word that signals an event in a clause: a verb from the lexicon (in any
 * form), a "spoke by phone" phrase, or an event noun.
 */
import type { Token } from './parse-paragraph.ts';
import { nounEntry, verbEntries, type TriggerEntry } from './trigger-lexicon.ts';

export interface Trigger {
  entry: TriggerEntry;
  /** Index of the trigger word in the clause's tokens. */
  index: number;
  start: number;
  end: number;
}

const SPEAK = new Set(['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talk', 'chatted']);
const PHONE = new Set(['phone', 'telephone', 'phones', 'telephones', 'call', 'videoconference']);

/** Verbs and nouns that signal events in this clause, in text order. */
export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const triggers: Trigger[] = [];
  tokens.forEach((token, index) => {
    const next = tokens.slice(index + 1, index + 5).map((candidate) => candidate.normal);
    const word = token.normal.replace(/['’]s$/, '');
    if (SPEAK.has(word) && next.some((candidate) => PHONE.has(candidate))) {
      triggers.push(make({ kind: 'phone-call', lemma: 'speak', pos: 'verb' }, index, token));
      return;
    }
    const verbal =
      token.tags.has('Verb') || token.tags.has('PastTense') || token.tags.has('Infinitive');
    if (verbal || !token.tags.has('Noun')) {
      const entry = verbEntries(word).find(
        (candidate) =>
          !candidate.needsNext || next.some((follower) => candidate.needsNext?.includes(follower)),
      );
      // "talks", "attack", "vote" are nouns as often as verbs; a determiner settles it.
      const previous = tokens[index - 1];
      const afterDeterminer =
        previous !== undefined &&
        (previous.tags.has('Determiner') ||
          previous.tags.has('Possessive') ||
          previous.tags.has('Adjective'));
      if (entry && !(afterDeterminer && nounEntry(word))) {
        if (verbal || !nounEntry(word)) {
          triggers.push(make(entry, index, token));
          return;
        }
      }
    }
    const noun = nounEntry(word);
    if (noun && (token.tags.has('Noun') || !verbal)) {
      // "phone call": the noun entry is reached on "call"; keep the whole phrase as trigger.
      const previous = tokens[index - 1];
      if (noun.lemma === 'call' && previous && PHONE.has(previous.normal)) {
        triggers.push({
          entry: { ...noun, lemma: 'phone call' },
          index,
          start: previous.start,
          end: token.end,
        });
        return;
      }
      if (noun.lemma === 'call') return;
      triggers.push(make(noun, index, token));
    }
  });
  return triggers;
}

function make(entry: TriggerEntry, index: number, token: Token): Trigger {
  return { entry, index, start: token.start, end: token.end };
}
