/**
 * Finds the word that signals an event in a clause: a verb from the lexicon (in any
 * form), a "spoke by phone" phrase, or an event noun.
 */
import type { Token } from './parse-paragraph.ts';
import { isNounModifier } from './noun-modifiers.ts';
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
    // The words that settle an ambiguous verb, past any date: "set a March 4 trial date".
    const next = tokens
      .slice(index + 1, index + 8)
      .filter((candidate) => !candidate.tags.has('Date') && !candidate.tags.has('Value'))
      .slice(0, 4)
      .map((candidate) => candidate.normal);
    const word = token.normal.replace(/['’]s$/, '');
    if (SPEAK.has(word) && next.some((candidate) => PHONE.has(candidate))) {
      triggers.push(make({ kind: 'phone-call', lemma: 'speak', pos: 'verb' }, index, token));
      return;
    }
    const verbal =
      token.tags.has('Verb') || token.tags.has('PastTense') || token.tags.has('Infinitive');
    // "trial date", "election campaign": an event noun naming something else.
    if (!verbal && isNounModifier(tokens, index)) return;
    // "caused flooding": the gerund names a thing; only an event noun can still trigger.
    if (isNominalGerund(tokens, index)) {
      const noun = nounEntry(word);
      if (noun) triggers.push(make(noun, index, token));
      return;
    }
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

/** Verbs after which a gerund is still an action: "began shelling", "resumed fighting". */
const ASPECTUAL = new Set([
  'begin',
  'began',
  'begun',
  'begins',
  'start',
  'started',
  'starts',
  'continue',
  'continued',
  'continues',
  'stop',
  'stopped',
  'stops',
  'resume',
  'resumed',
  'resumes',
  'keep',
  'kept',
  'keeps',
  'finish',
  'finished',
  'end',
  'ended',
  'avoid',
  'avoided',
  'after',
  'before',
]);

/** "caused flooding", "reported looting": a gerund that is the object of another verb. */
function isNominalGerund(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token?.tags.has('Gerund') || !previous) return false;
  if (ASPECTUAL.has(previous.normal)) return false;
  return (
    previous.tags.has('Verb') &&
    !previous.tags.has('Auxiliary') &&
    !previous.tags.has('Copula') &&
    !/^(is|are|was|were|be|been|being|am)$/.test(previous.normal)
  );
}

function make(entry: TriggerEntry, index: number, token: Token): Trigger {
  return { entry, index, start: token.start, end: token.end };
}
