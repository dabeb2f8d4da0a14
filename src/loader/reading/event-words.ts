/**
 * Events layer, triggers: which words of a sentence denote something happening (TimeML's
 * EVENT), open-vocabulary: every main verb but the copula and auxiliaries, and every noun
 * WordNet files under acts, events and processes or derives from a verb. Each gets its
 * TimeML class and, where one fits, the product's own kind.
 */
import type { EventClass, EventKind } from '../../contract/corpus.ts';
import type { Word } from '../language/tag-words.ts';
import { followsRank } from '../language/word.ts';
import { NOUN_CLASSES_BY_LEMMA, VERB_CLASSES } from '../lexicon/event-classes.ts';
import {
  isActNounFiledAsThing,
  isMoveNoun,
  KIND_RULES,
  type KindRule,
} from '../lexicon/event-kinds.ts';
import { isEventNoun } from '../lexicon/event-nouns.ts';
import { isOccasionNoun } from '../lexicon/occasion-nouns.ts';
import { isThemeNoun } from '../lexicon/transfers.ts';
import {
  DEAL_LIGHT_VERBS,
  EVENT_RELATING_VERBS,
  isVerbLemma,
  LIGHT_VERBS,
  SUPPORT_VERBS,
} from '../lexicon/verbs.ts';
import { ORGANIZATION_WORDS } from '../events/name-lexicon.ts';
import { PERIOD_WORDS, RESULT_NOUNS } from '../lexicon/result-periods.ts';
import { TIME_UNITS } from './noun-phrases.ts';
import { ORDERING_WORDS } from '../timex/lexicon.ts';

/**
 * Nouns the product's kinds name ("talks", "conference", "ceasefire"): events whatever
 * WordNet files. Not a verb of a kind used as a noun ("head of finance", "sold land", "the
 * state of Ohio", "the post of chairman"): as a noun it names a thing, unless it is the
 * act itself ("the launch of the ferry"); WordNet's happenings ("a landing") are events anyway.
 */
const KIND_LEMMAS: ReadonlySet<string> = new Set(
  KIND_RULES.filter((rule) => !rule.near)
    .flatMap((rule) => rule.lemmas)
    .filter((lemma) => !isVerbLemma(lemma) || isActNounFiledAsThing(lemma)),
);

/** The kind rules that name each lemma, in the table's order: looked up, not searched per word. */
const RULES_BY_LEMMA: ReadonlyMap<string, readonly KindRule[]> = (() => {
  const index = new Map<string, KindRule[]>();
  for (const rule of KIND_RULES)
    for (const lemma of new Set(rule.lemmas)) index.set(lemma, [...(index.get(lemma) ?? []), rule]);
  return index;
})();

/** Verbs that carry no event of their own as main verbs: "be", "have", "do", "get" + adjective. */
const EMPTY_VERBS = new Set([
  'be',
  'have',
  'do',
  'seem',
  'appear',
  'become',
  'remain',
  'let',
  'go',
]);
/** Nouns WordNet files as acts but news uses for things ("the market", "the government"). */
const NOT_EVENT_NOUNS = new Set([
  'government',
  // "talks with the opposition": the parties that oppose, not an act of opposing.
  'opposition',
  // "the Nikkei 225 average", "the industrial average": an index.
  'average',
  'market',
  'program',
  'programme',
  'service',
  'business',
  'work',
  'share',
  'stock',
  'use',
  'way',
  'practice',
  'policy',
  'role',
  'position',
  'job',
  'life',
  'history',
  'industry',
  'system',
  'project',
  'operation',
  'management',
  'administration',
  'aid',
  'credit',
  'control',
  'support',
  'help',
  'access',
  'course',
  'case',
  'interest',
  'care',
  'line',
  'record',
  'action',
  'activity',
  'effect',
  'power',
  'model',
  'version',
  'design',
  'term',
  'period',
  'side',
  'part',
  'level',
  'future',
  'news',
  'information',
  'percent',
  'rate',
  // "a sign of tightening cooperation": an indication, not a gesture.
  'sign',
]);

/**
 * Whether a verb reports something happening. States and attitudes ("owns", "expects",
 * "believes") are not events of a timeline: they set the modality of what they govern.
 */
export function isEventVerb(word: Word): boolean {
  if (word.pos !== 'VERB' || EMPTY_VERBS.has(word.lemma) || !/^[a-z]/.test(word.lower))
    return false;
  const eventClass = VERB_CLASSES.get(word.lemma);
  return eventClass !== 'STATE' && eventClass !== 'I_STATE';
}

/** Words that tell a level kept: "held rates steady", "held the rate at 5.25 percent". */
const KEPT_LEVELS: ReadonlySet<string> = new Set(['steady', 'unchanged', 'flat', 'stable']);

/**
 * "The bank held its key rate at 5.25 percent", "held rates steady": "hold" with an object
 * kept at a level is a decision taken, an event, though "hold" is a state ("holds a stake")
 * or a light verb ("held talks") elsewhere.
 */
export function keepsAtLevel(words: readonly Word[], index: number): boolean {
  if ((words[index] as Word).lemma !== 'hold') return false;
  for (let at = index + 1; at < words.length && at <= index + 6; at++) {
    const word = words[at] as Word;
    if (word.pos === 'PUNCT' || word.pos === 'VERB' || word.pos === 'SCONJ') return false;
    if (KEPT_LEVELS.has(word.lower)) return at > index + 1;
    if (word.lower === 'at' && words[at + 1]?.pos === 'NUM') return at > index + 1;
  }
  return false;
}

/** Verbs that multiply an amount: "more than doubled" tells a change, not a comparison. */
const MULTIPLYING: ReadonlySet<string> = new Set(['double', 'triple', 'quadruple', 'halve']);

/**
 * "fell 17% compared to March", "three days later than originally planned", "as
 * expected": a participle that only sets up a comparison reports nothing.
 */
export function isComparisonVerb(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  // "Shares more than doubled": a verb of multiplying is the change itself.
  if (!/ed$/.test(word.lower) || MULTIPLYING.has(word.lemma)) return false;
  const next = words[index + 1];
  if (word.lemma === 'compare' && (next?.lower === 'to' || next?.lower === 'with')) return true;
  let at = index - 1;
  while (at >= 0 && (words[at] as Word).pos === 'ADV') at--;
  const before = words[at];
  return before?.lower === 'than' || (before?.lower === 'as' && at === index - 1);
}

/**
 * "Friday marks ten years since the attacks": a "mark" before a span of time and "since"
 * tells how long ago the attacks were (see count-from-events.ts), no marking.
 */
function marksTimeSince(words: readonly Word[], index: number): boolean {
  if ((words[index] as Word).lemma !== 'mark') return false;
  const since = words.findIndex((word, position) => position > index && word.lower === 'since');
  return since > index + 1 && since <= index + 4 && spansTime(words.slice(index + 1, since));
}

/** Whether words count a span of time: a date's words, "X" to the reading, or a unit's. */
function spansTime(words: readonly Word[]): boolean {
  return words.some((word) => word.pos === 'X' || TIME_UNITS.has(word.lemma.replace(/s$/, '')));
}

/**
 * "It took Apple 74 days to sell the first million", "it will take two years to build": a
 * "take" whose subject is an empty "it" measures how long the infinitive's act took; it
 * tells no taking. (Nor does "Friday marks ten years since", any marking.)
 */
export function measuresTimeTaken(words: readonly Word[], index: number): boolean {
  if (marksTimeSince(words, index)) return true;
  if ((words[index] as Word).lemma !== 'take') return false;
  let at = index - 1;
  while (at >= 0 && /^(?:AUX|ADV|PART)$/.test((words[at] as Word).pos)) at--;
  if (words[at]?.lower !== 'it') return false;
  const to = words.findIndex(
    (word, position) =>
      position > index && word.lower === 'to' && words[position + 1]?.pos === 'VERB',
  );
  return to >= 0 && to <= index + 8 && spansTime(words.slice(index + 1, to));
}

/**
 * "its lowest close since May 2003", "a record close": a market's close ranked among its
 * closes is the session's closing, a happening (a close alone is a time: "at the close").
 */
export function isRankedClose(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  return word.pos === 'NOUN' && word.lower === 'close' && followsRank(words, index);
}

export function isEventNounWord(word: Word, opensSentence = false): boolean {
  return (
    word.pos === 'NOUN' &&
    // "Deliveries to SIA are due": a sentence opener keeps its capital; elsewhere a capital
    // names something ("the Merger Agreement").
    (opensSentence ? /^[A-Za-z][a-z-]+$/ : /^[a-z][a-z-]+$/).test(word.text) &&
    (isEventNoun(word.lemma) ||
      KIND_LEMMAS.has(word.lemma) ||
      isMoveNoun(word.lemma) ||
      asWritten(word, isEventNoun)) &&
    !NOT_EVENT_NOUNS.has(word.lemma) &&
    // "the Canadian Auto Workers union": a word that ends names of bodies names a body.
    !ORGANIZATION_WORDS.has(word.lemma)
  );
}

/**
 * A noun's lemma as WordNet lists it: the tagger's American respelling of a British word
 * ("cancellation" → "cancelation") is not what the word families are keyed by.
 */
export function listedNounLemma(word: Word): string {
  if (isEventNoun(word.lemma) || !asWritten(word, isEventNoun)) return word.lemma;
  return word.lower.endsWith('s') && !word.lemma.endsWith('s')
    ? word.lower.slice(0, -1)
    : word.lower;
}

/**
 * The tagger gives American lemmas ("cancellation" → "cancelation") that WordNet may not
 * list: a British spelling is looked up as written, and as its singular ("cancellations").
 */
function asWritten(word: Word, listed: (lemma: string) => boolean): boolean {
  const singular =
    word.lower.endsWith('s') && !word.lemma.endsWith('s') ? word.lower.slice(0, -1) : word.lower;
  return singular !== word.lemma && spelledAlike(singular, word.lemma) && listed(singular);
}

/** British and American spellings of one word: "cancellation"/"cancelation", "labour"/"labor". */
function spelledAlike(british: string, american: string): boolean {
  const common = (spelling: string) =>
    spelling
      .replace(/ll/g, 'l')
      .replace(/our/g, 'or')
      .replace(/is(e|ation|ing)/g, 'iz$1')
      .replace(/tre$/, 'ter')
      .replace(/ence$/, 'ense')
      .replace(/mme$/, 'm');
  return common(british) === common(american);
}

/**
 * Nouns that English uses inside complex prepositions: "as a result of", "in response
 * to", "in addition to", "in favour of", "in return for", "in the wake of", "in the event of",
 * "in order to".
 */
const PREPOSITION_NOUNS = new Set([
  'result',
  'response',
  'addition',
  'favor',
  'favour',
  'behalf',
  'wake',
  'spite',
  'exchange',
  'return',
  'place',
  'lieu',
  'light',
  'view',
  // "in the event of a strike": "if there is a strike".
  'event',
  // "in order to take myself out of the limelight": a purpose, no order placed.
  'order',
  // "has been in charge of its sales": a role held, no charge laid.
  'charge',
]);
const PREPOSITION_OPENERS = new Set(['in', 'as', 'on', 'with']);
const PREPOSITION_CLOSERS = new Set(['of', 'to', 'for', 'with']);

/**
 * Whether the noun at `index` is the middle of a complex preposition ("As a result of this
 * announcement", "in response to growing losses"): it relates two things, it is no event.
 */
export function inComplexPreposition(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  if (!PREPOSITION_NOUNS.has(word.lower)) return false;
  let at = index - 1;
  if (['a', 'an', 'the'].includes(words[at]?.lower ?? '')) at--;
  return (
    PREPOSITION_OPENERS.has(words[at]?.lower ?? '') &&
    PREPOSITION_CLOSERS.has(words[index + 1]?.lower ?? '')
  );
}

/**
 * Prepositions that place what they take by another happening: "after a medical leave" (the
 * ordering words, and those of a stretch of time).
 */
const PLACING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...ORDERING_WORDS,
  'during',
  'until',
  'amid',
  'throughout',
]);
/** Verbs whose object is a happening they begin, end, take or undergo: "had surgery". */
const UNDERGOING_VERBS: ReadonlySet<string> = new Set([
  'begin',
  'start',
  'end',
  'finish',
  'complete',
  'resume',
  'take',
  'undergo',
  'have',
]);
/** Words a noun phrase may hold before its head: "his medical", "Lund's liver". */
const BEFORE_HEAD = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/;

/**
 * Whether a noun that names a happening only among other senses is one here: the head of
 * the phrase a placing preposition or an undergoing verb takes ("after a medical leave of
 * nearly six months", "had surgery for cancer", "began his leave"), and no clause's subject
 * ("after the delay was announced": the announcing is placed).
 */
export function isOccasionInContext(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  if (word.pos !== 'NOUN' || !/^[a-z]+$/.test(word.text) || !isOccasionNoun(word.lemma))
    return false;
  if (/^(?:NOUN|VERB|AUX)$/.test(words[index + 1]?.pos ?? '')) return false;
  let at = index - 1;
  while (at >= 0 && BEFORE_HEAD.test((words[at] as Word).pos)) at--;
  const opener = words[at];
  if (!opener) return false;
  if (PLACING_PREPOSITIONS.has(opener.lower)) return true;
  // ("had surgery": the tagger takes a "have" before its object for an auxiliary.)
  return /^(?:VERB|AUX)$/.test(opener.pos) && UNDERGOING_VERBS.has(opener.lemma);
}

/** Nouns for a market's hours of dealing: "in early trading", "in thin holiday dealings". */
const SESSION_NOUNS = new Set(['trading', 'dealings']);
/** Stretches of a market's session: "the final hour of trading". */
const SESSION_SPANS = new Set(['minute', 'hour', 'day', 'week', 'session', 'morning', 'afternoon']);
/** Words that open a stretch of time: "in early trading", "during Asian trading". */
const TIME_FRAME_OPENERS = new Set(['in', 'during', 'through', 'throughout']);

/**
 * Whether the noun at `index` names a market session that times a move ("fell 4 percent in
 * early trading", "rose in after-hours trading on Monday"), as "in the morning" would: no
 * event of its own (not "trading of shares was halted", which has its own "of").
 */
export function isSessionFrame(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  if (!SESSION_NOUNS.has(word.lower) || words[index + 1]?.lower === 'of') return false;
  let at = index - 1;
  // Its modifiers, a hyphened pair as one ("after-hours").
  for (;;) {
    const word = words[at];
    if (word?.text === '-') at -= 2;
    else if (word && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(word.pos)) at--;
    else break;
  }
  // "in the final hour of trading", "the first day of trading": a stretch of the session.
  if (words[at]?.lower === 'of' && SESSION_SPANS.has(words[at - 1]?.lemma ?? '')) return true;
  return TIME_FRAME_OPENERS.has(words[at]?.lower ?? '');
}

/**
 * Whether an event noun that is a verb's object is only what the verb acts on: "won a
 * contract", "signed an agreement", "received loans", "exercised its options", "cut its
 * credit rating" report one event, the verb's. Not a support or light verb's object, the
 * event itself ("gave a warning", "held talks"), nor what follows or causes ("follows
 * recent conversations"); not what a report tells, an intention plans or an aspectual
 * begins ("reported losses", "cancelled the order", "began talks"); not a period's result
 * ("posted its first annual loss", "posted a profit in the third quarter"), which happened
 * over that period.
 */
export function isThemeOfVerb(words: readonly Word[], index: number, verb: Word): boolean {
  const noun = words[index] as Word;
  if (!isThemeNoun(noun.lemma)) return false;
  if (
    [SUPPORT_VERBS, LIGHT_VERBS, DEAL_LIGHT_VERBS, EVENT_RELATING_VERBS].some((verbs) =>
      verbs.has(verb.lemma),
    )
  )
    return false;
  // What a report tells, an intention plans or an aspectual begins is an event of its own.
  if (eventClassOf(verb, 'verb') !== 'OCCURRENCE') return false;
  const modifiers = words.slice(Math.max(0, index - 3), index);
  if (modifiers.some((word) => PERIOD_WORDS.has(word.lower) || /-quarter$/.test(word.lower)))
    return false;
  return !(RESULT_NOUNS.has(noun.lemma) && periodAfter(words, index));
}

/** How far after a result its period may be told: "a net profit of $997 million in the third quarter". */
const PERIOD_REACH = 8;

/**
 * Whether a period follows the noun in its clause ("a profit of $1 billion in the third
 * quarter", "a loss for 2008"): a date's words come tagged X. (A result's: "won a
 * contract in 2008" is one event.)
 */
function periodAfter(words: readonly Word[], index: number): boolean {
  for (let at = index + 1; at < words.length && at <= index + PERIOD_REACH; at++) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' || word.text === ',' || word.text === '.') return false;
    if (word.pos === 'X' && /^(?:quarter|year|half|\d{4})$/.test(word.lower)) return true;
  }
  return false;
}

/**
 * "job cuts", "plant closures": a noun the product's kinds name only near certain words is
 * an event when one of them modifies it, whatever WordNet files it under ("cut" is first
 * an amount).
 */
export function isKindCompound(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const modifier = words[index - 1];
  if (word.pos !== 'NOUN' || !/^[a-z][a-z-]+$/.test(word.text) || !modifier) return false;
  return (RULES_BY_LEMMA.get(word.lemma) ?? []).some((rule) =>
    rule.near?.some((near) => near === modifier.lemma || near === modifier.lower),
  );
}

export function eventClassOf(word: Word, pos: 'verb' | 'noun'): EventClass {
  const table = pos === 'verb' ? VERB_CLASSES : NOUN_CLASSES_BY_LEMMA;
  return table.get(word.lemma) ?? 'OCCURRENCE';
}

/** Units an index or a price moves by: "added 1 percent", "added 50 points". */
const MOVE_UNITS: ReadonlySet<string> = new Set(['percent', '%', 'point', 'pct', 'cent']);

/**
 * Whether a verb of saying is a gain by the amount right after it: "the CAC 40 added 1
 * percent", not "he added that sales rose 5 percent".
 */
export function isAddedAmount(words: readonly Word[], head: number): boolean {
  if ((words[head] as Word).lemma !== 'add' || words[head + 1]?.pos !== 'NUM') return false;
  const unit = words[head + 2];
  return unit !== undefined && (MOVE_UNITS.has(unit.lemma) || MOVE_UNITS.has(unit.lower));
}

/** The product's kind of an event, from its lemma and the lemmas of its clause. */
export function eventKindOf(lemma: string, clauseLemmas: ReadonlySet<string>): EventKind {
  for (const rule of RULES_BY_LEMMA.get(lemma) ?? []) {
    if (rule.near && !rule.near.some((near) => clauseLemmas.has(near))) continue;
    return rule.kind;
  }
  return 'other';
}
