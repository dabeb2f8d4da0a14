/**
 * Structure layer, noun phrases: the phrase that ends right before a verb (its subject)
 * or starts right after it (its object), from part-of-speech tags: determiners,
 * adjectives, numbers, nouns and names, possessives, and "of", "&" or "and" joining two
 * nominals ("shares of General Motors", "Northrop Grumman and EADS"); hyphenated compounds
 * whole, a list of names with its commas and bracketed acronyms, a date inside a phrase
 * ("a second quarter loss") and a closing percentage ("30% of its output").
 */
import type { PartOfSpeech, Word } from '../language/tag-words.ts';
import { isPossessivePronoun, POSSESSIVE_PRONOUNS } from '../language/word.ts';

/** Word indexes `[first, last]` of a phrase, inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

/** A phrase's head: its last word before a preposition ("politicians" in "politicians in Germany"). */
export function phraseHead(words: readonly Word[], phrase: Phrase): number {
  for (let at = phrase.first + 1; at <= phrase.last; at++)
    if ((words[at] as Word).pos === 'ADP') return at - 1;
  return phrase.last;
}

/** Whether the word at `index` lies inside `phrase` ("negotiations" in a verb's subject). */
export function holds(phrase: Phrase | null, index: number): boolean {
  return phrase !== null && phrase.first <= index && index <= phrase.last;
}

const NOMINAL: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** The tags of the words inside a noun phrase. */
export const INSIDE: ReadonlySet<PartOfSpeech> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'SYM',
  'PART',
]);
const JOINERS = new Set(['of', '&', 'and']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Nouns of what one holds in a company ("shares in AIG", "a stake in Glitnir"). */
const HELD_NOUNS: ReadonlySet<string> = new Set(['share', 'stock', 'stake', 'holding']);

const isPossessive = (word: Word) => word.pos === 'PART' && /^['’]s?$/.test(word.lower);
const insidePhrase = (word: Word) =>
  INSIDE.has(word.pos) && (word.pos !== 'PART' || isPossessive(word));
/** "30%": a percentage ends a phrase as a noun would. */
const endsPhrase = (word: Word) => NOMINAL.has(word.pos) || word.text === '%';

/** "high-level talks": a hyphen the tagger split off, touching the words on both sides. */
export function joinsCompound(words: readonly Word[], at: number): boolean {
  const hyphen = words[at];
  const before = words[at - 1];
  const after = words[at + 1];
  return (
    hyphen?.text === '-' &&
    before !== undefined &&
    after !== undefined &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}
const insideAt = (words: readonly Word[], at: number) =>
  insidePhrase(words[at] as Word) || joinsCompound(words, at) || modifiesModifier(words, at);

/**
 * "a very large plant", "the newly built mill", "a new mobile phone" (the tagger's adverb
 * "new"): an adverb between an article or adjective and the adjective or noun it qualifies.
 */
function modifiesModifier(words: readonly Word[], at: number): boolean {
  return (
    words[at]?.pos === 'ADV' &&
    /^(?:DET|ADJ)$/.test(words[at - 1]?.pos ?? '') &&
    /^(?:ADJ|NOUN)$/.test(words[at + 1]?.pos ?? '')
  );
}

/** The pronouns that are subjects ("it", "they"); "him", "them" are objects. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
]);

/** The noun phrase whose last word is at or before `index`, not before `floor`. */
export function phraseEndingBefore(
  words: readonly Word[],
  index: number,
  floor: number,
): Phrase | null {
  let last = index;
  // Adverbs and a comma-closed aside may stand between a subject and its verb.
  while (
    last >= floor &&
    ((words[last] as Word).pos === 'ADV' || (words[last] as Word).pos === 'AUX')
  )
    last--;
  if (last < floor || !NOMINAL.has((words[last] as Word).pos)) return null;
  // "Speaking to the public he said": a subject pronoun is a phrase of its own.
  if (SUBJECT_PRONOUNS.has((words[last] as Word).lower)) return { first: last, last };
  let first = last;
  /** Whether an "and" joined two names of the phrase: a list may go on before a comma. */
  let listed = false;
  while (first - 1 >= floor) {
    const word = words[first - 1] as Word;
    // "Toyota, Nissan and Honda", "General Motors (GM), Ford and Chrysler": the names of
    // a list, commas and all.
    if (listed && word.text === ',' && first - 2 >= floor) {
      const bracket = bracketOpening(words, first - 2, floor);
      const item = bracket > floor ? bracket - 1 : first - 2;
      if (words[item]?.pos === 'PROPN') {
        first = item;
        continue;
      }
    }
    // "at the same time the deal was announced": an article after a noun opens a phrase
    // of its own, the subject of a relative clause without "that".
    if (ARTICLES.has((words[first] as Word).lower) && NOMINAL.has(word.pos)) break;
    // "the now-cancelled deal": a compound goes whole, whatever its first part's tag.
    if (joinsCompound(words, first - 1) && first - 2 >= floor) {
      first -= 2;
      continue;
    }
    if (insideAt(words, first - 1)) {
      first--;
      continue;
    }
    const before = words[first - 2];
    // "Shares in AIG plunged": what shares are in is whose they are, as with "of".
    const heldIn = word.lower === 'in' && HELD_NOUNS.has(before?.lemma ?? '');
    if (
      (JOINERS.has(word.lower) || heldIn) &&
      before &&
      first - 2 >= floor &&
      NOMINAL.has(before.pos)
    ) {
      // "the governments of Belgium and France": past "of", the list was the complement's,
      // and a comma before the head closes an opening phrase ("In Europe, the …").
      listed = (listed && word.lower !== 'of') || (word.lower === 'and' && before.pos === 'PROPN');
      first -= 2;
      continue;
    }
    // "General Motors (GM) and Chrysler": a name's bracketed acronym before the joiner;
    // "American International Group (AIG) shares": before the noun the name modifies.
    const opening = JOINERS.has(word.lower)
      ? bracketOpening(words, first - 2, floor)
      : bracketOpening(words, first - 1, floor);
    const owner = words[opening - 1];
    if (
      opening > floor &&
      owner !== undefined &&
      (JOINERS.has(word.lower) ? NOMINAL.has(owner.pos) : owner.pos === 'PROPN')
    ) {
      first = opening - 1;
      continue;
    }
    break;
  }
  return { first: afterBarePossessive(words, first, last), last };
}

/** Where the bracket closing at `close` opens ("(GM)"), or -1: a short name, past `floor`. */
function bracketOpening(words: readonly Word[], close: number, floor: number): number {
  if (words[close]?.text !== ')') return -1;
  for (let at = close - 1; at >= floor && close - at <= 6; at--) {
    const word = words[at] as Word;
    if (word.text === '(') return at < close - 1 ? at : -1;
    // A name or acronym only: "(GM)", not "(the Falcon's major competitor)".
    if (word.pos !== 'PROPN' && !/^[\p{Lu}&.-]+$/u.test(word.text)) return -1;
  }
  return -1;
}

/**
 * "'s plan" when the possessor is a date the phrase leaves out ("today's plan"): a
 * possessive marker cannot open a phrase.
 */
function afterBarePossessive(words: readonly Word[], first: number, last: number): number {
  return first < last && isPossessive(words[first] as Word) ? first + 1 : first;
}

/** Units a span of time is counted in ("74 days", "two years"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
]);

/** Words after a span of time that make it measure a clause or a date: "hours after". */
const SPAN_ENDS: ReadonlySet<string> = new Set(['after', 'before', 'later', 'earlier', 'ago']);

/** Whether a span of time ("hours", "two weeks", "a few days") before "after" opens at `at`. */
function opensTimeSpan(words: readonly Word[], at: number): boolean {
  let unit = at;
  while (unit < at + 3 && /^(?:NUM|DET|ADJ)$/.test(words[unit]?.pos ?? '')) unit++;
  const word = words[unit];
  return (
    word !== undefined &&
    word.pos === 'NOUN' &&
    TIME_UNITS.has(word.lemma) &&
    SPAN_ENDS.has(words[unit + 1]?.lower ?? '')
  );
}

/** The noun phrase starting at `index` (after determiners), not past `ceiling`. */
/** The middle words of an amount's "as … as": "as much as", "as many as", "as high as". */
const AS_AMOUNT = new Set(['much', 'many', 'high', 'low', 'little', 'few', 'far', 'long']);

/** Whether "as much as" and a number start at `index`. */
export function opensAmount(words: readonly Word[], index: number): boolean {
  return (
    words[index]?.lower === 'as' &&
    AS_AMOUNT.has(words[index + 1]?.lower ?? '') &&
    words[index + 2]?.lower === 'as' &&
    /^(?:NUM|SYM)$/.test(words[index + 3]?.pos ?? '')
  );
}

export function phraseStartingAt(
  words: readonly Word[],
  index: number,
  ceiling: number,
): Phrase | null {
  if (index > ceiling) return null;
  const start = words[index] as Word;
  // "gained as much as 378 points", "fell by as much as 2 percent": the amount's "as … as"
  // opens its phrase.
  if (opensAmount(words, index) && index + 3 <= ceiling) {
    const amount = phraseStartingAt(words, index + 3, ceiling);
    return amount ? { first: index, last: amount.last } : null;
  }
  if (!insidePhrase(start) && start.pos !== 'PRON') return null;
  // "his Russian counterpart": a possessive pronoun opens a phrase; "him" is one.
  const possessive = start.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(start.lower);
  if (start.pos === 'PRON' && !possessive) return { first: index, last: index };
  let last = index;
  while (last + 1 <= ceiling) {
    const word = words[last + 1] as Word;
    // "a debt-for-equity swap", "a near-normal number": a compound goes whole, whatever
    // its parts' tags.
    if (joinsCompound(words, last + 1) && last + 2 <= ceiling) {
      last += 2;
      continue;
    }
    if (joinsCompound(words, last + 2) && last + 3 <= ceiling) {
      last += 3;
      continue;
    }
    // "a second quarter loss", "the 2009 model year": a date (its words tagged X) inside
    // the phrase, before the noun it qualifies.
    let date = last + 1;
    while (date <= ceiling && (words[date] as Word).pos === 'X') date++;
    if (date > last + 1 && date <= ceiling && insidePhrase(words[date] as Word)) {
      last = date;
      continue;
    }
    // "issued the order hours after …", "closed the plant two weeks before …": a span of
    // time before "after" or "before" measures the clause that follows, no part of the noun.
    if (opensTimeSpan(words, last + 1)) break;
    if (insideAt(words, last + 1)) {
      last++;
      continue;
    }
    // "lost more than half of its value", "fewer than ten jets": "than" inside an amount.
    if (
      word.lower === 'than' &&
      COMPARATIVE_WORDS.has((words[last] as Word).lower) &&
      last + 2 <= ceiling &&
      insidePhrase(words[last + 2] as Word)
    ) {
      last += 2;
      continue;
    }
    // "by France, Germany and Italy": a list of names goes on past its commas.
    const listEnd = word.text === ',' ? nameListEnd(words, last, ceiling) : -1;
    if (listEnd > 0) {
      last = listEnd;
      continue;
    }
    const after = words[last + 2];
    // "30% of its production", "some of their plants": a possessive goes on after "of".
    const possessiveAfter =
      after?.pos === 'PRON' &&
      POSSESSIVE_PRONOUNS.has(after.lower) &&
      last + 3 <= ceiling &&
      insidePhrase(words[last + 3] as Word);
    if (
      JOINERS.has(word.lower) &&
      after &&
      last + 2 <= ceiling &&
      ((insidePhrase(after) && after.pos !== 'PART') || possessiveAfter)
    ) {
      last += 2;
      continue;
    }
    break;
  }
  // A phrase ends on a nominal: "the new" is no object.
  while (last > index && !endsPhrase(words[last] as Word)) last--;
  return endsPhrase(words[last] as Word) ? { first: index, last } : null;
}

/**
 * "France, Germany and Italy", "Belgium, the Netherlands and Luxembourg": after the name
 * ending at `name`, the last word of the list of names its commas go on with and an "and"
 * or "or" closes, or -1 when they make no such list ("France, Germany said").
 */
function nameListEnd(words: readonly Word[], name: number, ceiling: number): number {
  if ((words[name] as Word).pos !== 'PROPN') return -1;
  let at = name + 1;
  while (at <= ceiling) {
    const mark = words[at] as Word;
    let next = at + 1;
    let closes = LIST_CLOSERS.has(mark.lower);
    if (mark.text !== ',' && !closes) return -1;
    if (mark.text === ',' && LIST_CLOSERS.has(words[next]?.lower ?? '')) {
      closes = true;
      next++;
    }
    if (words[next]?.lower === 'the') next++;
    if (next > ceiling || words[next]?.pos !== 'PROPN') return -1;
    while (next + 1 <= ceiling && words[next + 1]?.pos === 'PROPN') next++;
    if (closes) return next;
    at = next + 1;
  }
  return -1;
}

const LIST_CLOSERS: ReadonlySet<string> = new Set(['and', 'or']);
const COMPARATIVE_WORDS: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/** The phrase around a noun at `index`: its modifiers before and its "of" complement after. */
export function phraseAround(
  words: readonly Word[],
  index: number,
  floor: number,
  ceiling: number,
): Phrase {
  let first = index;
  while (first - 1 >= floor) {
    if (joinsCompound(words, first - 1) && first - 2 >= floor) first -= 2;
    else if (insideAt(words, first - 1)) first--;
    else break;
  }
  const before = words[first - 1];
  if (first - 1 >= floor && isPossessivePronoun(before)) first--;
  let last = index;
  while (last + 1 <= ceiling && (words[last + 1] as Word).pos === 'NOUN') last++;
  return { first: afterBarePossessive(words, first, last), last };
}
