/**
 * The phrases a title is written from when names are not enough: the trigger's object
 * ("a new peace push"), a passive's subject, the agent noun phrase ("regime troops").
 */

import type { Timex } from '../../contract/corpus.ts';
import type { Clause } from './clauses.ts';
import type { Trigger } from './find-trigger.ts';
import { datesOnlyItsNoun } from './noun-modifiers.ts';
import type { Token } from './parse-paragraph.ts';

const STOP_OBJECT = new Set([
  'on',
  'after',
  'before',
  'because',
  'while',
  'when',
  'since',
  'as',
  'that',
  'which',
  'who',
  'where',
  'but',
  'although',
  'to',
  'if',
]);

/** The words after the trigger, up to a date, a comma or a new clause: its object. */
export function objectPhrase(
  text: string,
  clause: Clause,
  trigger: Trigger,
  timexes: Timex[],
): string | null {
  const words: Token[] = [];
  for (const token of clause.tokens.slice(trigger.index + 1)) {
    const inTimex = timexes.find((timex) => token.start >= timex.start && token.start < timex.end);
    // "sets a March 4 trial date": a date modifying the object stays in it.
    if (inTimex && words.length > 0 && datesOnlyItsNoun(inTimex, clause.tokens)) {
      words.push(token);
      continue;
    }
    if (inTimex) {
      if (words.length > 0 && !(words.length === 1 && words[0]?.tags.has('Preposition'))) break;
      // "vowed on Thursday to work …": the date and its preposition are not the object.
      words.length = 0;
      continue;
    }
    if (words.length > 0 && STOP_OBJECT.has(token.normal) && token.normal !== 'to') break;
    if (token.normal === 'by' && words.length === 0) break;
    words.push(token);
    if (/[,;:.”"]/.test(token.post) || words.length >= 7) break;
  }
  // "a new peace push for conflict-torn Yemen": finish the noun phrase the limit cut.
  const following = clause.tokens[clause.tokens.indexOf(words[words.length - 1] as Token) + 1];
  if (
    words.length >= 7 &&
    isModifier(words[words.length - 1]) &&
    following?.tags.has('Noun') &&
    !clause.tokens[clause.tokens.indexOf(following) + 1]?.tags.has('Noun') &&
    !/[,;:.]/.test(words[words.length - 1]?.post ?? '')
  )
    words.push(following);
  // A title never ends on a dangling article, preposition or adjective.
  while (
    words.length > 0 &&
    (/^(a|an|the|of|to|in|into|on|onto|for|with|and|or|but|by|at|from|his|her|their|its|as|than|over|after|before)$/.test(
      words[words.length - 1]?.normal ?? '',
    ) ||
      isModifier(words[words.length - 1]))
  )
    words.pop();
  if (words.length === 0) return null;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  return text.slice(first.start, last.end).replace(/\s+/g, ' ').replace(/[“”"]/g, '');
}

/** The passive subject, the thing acted on: "The meeting in Geneva had been announced". */
export function passiveObject(text: string, clause: Clause, trigger: Trigger): string | null {
  const auxiliary = clause.tokens.findIndex((token) =>
    ['was', 'were', 'had', 'has', 'have', 'is', 'are', 'been'].includes(token.normal),
  );
  const end = auxiliary > 0 && auxiliary < trigger.index ? auxiliary : trigger.index;
  const words = clause.tokens.slice(0, end);
  if (words.length === 0 || words.length > 8) return null;
  const phrase = text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  return phrase.replace(/^The /, 'the ').replace(/^A /, 'a ');
}

/** The noun phrase that acts when no name does: "regime troops seized", "the conflict, which erupted". */
export function nounPhraseBefore(
  text: string,
  clause: Clause,
  trigger: Trigger,
  clauses: Clause[],
  withDeterminer = false,
): string | null {
  let source = clause.tokens.slice(0, trigger.index);
  if (clause.type === 'relative' && clause.parent !== null)
    source = clauses[clause.parent]?.tokens ?? [];
  const nouns: Token[] = [];
  for (let index = source.length - 1; index >= 0; index--) {
    const token = source[index] as Token;
    // "A federal judge on Thursday set": the date is not the actor.
    if (token.tags.has('Date') || token.tags.has('Value')) {
      if (nouns.length > 0) break;
      continue;
    }
    // "a jury in Denver convicted": the actor is the noun before the place.
    if (
      token.tags.has('Preposition') &&
      nouns.length > 0 &&
      nouns.every((noun) => noun.tags.has('ProperNoun'))
    ) {
      nouns.length = 0;
      continue;
    }
    if (
      token.tags.has('Verb') ||
      token.tags.has('Preposition') ||
      token.tags.has('Conjunction') ||
      token.tags.has('QuestionWord') ||
      token.tags.has('Pronoun')
    ) {
      if (nouns.length > 0) break;
      continue;
    }
    if (token.tags.has('Determiner')) {
      if (withDeterminer && nouns.length > 0) nouns.unshift(token);
      break;
    }
    if (nouns.length > 0 && /[,;:]/.test(token.post)) break;
    nouns.unshift(token);
    if (nouns.length >= 4) break;
  }
  if (nouns.length === 0) return null;
  return text
    .slice((nouns[0] as Token).start, (nouns[nouns.length - 1] as Token).end)
    .replace(/\s+/g, ' ');
}

/** The words of a passive's agent: "by the international community" → "the international community". */
export function byPhrase(text: string, clause: Clause, byStart: number): string | null {
  const words: Token[] = [];
  for (const token of clause.tokens) {
    if (token.start <= byStart) continue;
    if (token.tags.has('Preposition') || token.tags.has('Date') || token.tags.has('Verb')) break;
    words.push(token);
    if (/[,;:]/.test(token.post) || words.length >= 4) break;
  }
  if (words.length === 0) return null;
  return text
    .slice((words[0] as Token).start, (words[words.length - 1] as Token).end)
    .replace(/^the /i, 'the ');
}

/** An adjective or hyphenated modifier that needs a noun after it ("former", "conflict-torn"). */
function isModifier(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.tags.has('Noun') && !token.text.includes('-')) return false;
  return token.tags.has('Adjective') || (token.text.includes('-') && !token.tags.has('Noun'));
}
