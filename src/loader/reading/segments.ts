/**
 * Structure layer, clauses: cuts a sentence's words into clause segments at subordinators
 * ("after", "because", "when"), relative pronouns ("which", "who", "that" after a noun),
 * complementizers ("said that"), coordinators before a new verb ("and said"), and strong
 * punctuation. Each segment knows the segment that governs it, so a clause without a date
 * or a subject of its own can take its governor's.
 */
import type { Word } from '../language/tag-words.ts';
import { demonstrativeObject } from '../language/correct-tags.ts';
import {
  isApostropheS,
  isFiniteVerb,
  MODAL_VERBS,
  PREPOSITION_LIKE,
  SUBJECT_PHRASE_TAGS,
} from '../language/word.ts';
import { VERB_CLASSES } from '../lexicon/event-classes.ts';
import { TELLING_VERBS } from '../lexicon/verbs.ts';
import { CONTENT_NOUNS } from '../lexicon/content-nouns.ts';
import { joinsCompound, SUBJECT_PRONOUNS } from './noun-phrases.ts';

export type SegmentType =
  'main' | 'subordinate' | 'relative' | 'complement' | 'coordinate' | 'conditional';

export interface Segment {
  /** Word indexes `[first, last]`, inclusive. */
  first: number;
  last: number;
  type: SegmentType;
  /**
   * The word that opened it ("after", "which", "if"), lower case, or null (a main clause,
   * a relative clause with no pronoun: "the website it bought").
   */
  marker: string | null;
  /** Index of the governing segment, or null for the first main clause. */
  parent: number | null;
}

const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'as',
  'since',
  'although',
  'though',
  'until',
  'once',
  'whereas',
  'so',
]);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
/** Whether "with" at `index` opens a subject and an -ing verb ("with shares falling"). */
function opensAbsoluteClause(words: readonly Word[], index: number): boolean {
  if ((words[index] as Word).lower !== 'with') return false;
  for (let at = index + 1; at < words.length; at++) {
    const word = words[at] as Word;
    // ("in talks with China regarding sales": an -ing form that is a preposition.)
    if (word.pos === 'VERB')
      return at > index + 1 && /ing$/.test(word.lower) && !PREPOSITION_LIKE.has(word.lower);
    if (!SUBJECT_PHRASE_TAGS.has(word.pos)) return false;
  }
  return false;
}
/** Nouns a relative "when" describes ("the day when …"). */
const TIME_NOUNS = new Set([
  'time',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'century',
  'moment',
  'period',
  'era',
  'age',
  'hour',
  'night',
  'morning',
  'evening',
  'season',
  'point',
]);
/** The pronouns that open a relative clause after a comma or a noun. */
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);

/** Quantifiers of a relative pronoun after a comma: "most of whom", "some of which". */
const RELATIVE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'most',
  'many',
  'some',
  'all',
  'none',
  'both',
  'each',
  'several',
  'half',
  'few',
  'one',
  'two',
  'three',
]);

/** Whether `index` is the "whom" or "which" of ", most of whom …". */
export function quantifiedRelative(words: readonly Word[], index: number): boolean {
  const word = words[index];
  return (
    (word?.lower === 'whom' || word?.lower === 'which') &&
    words[index - 1]?.lower === 'of' &&
    (RELATIVE_QUANTIFIERS.has(words[index - 2]?.lower ?? '') || words[index - 2]?.pos === 'NUM') &&
    words[index - 3]?.text === ','
  );
}

/**
 * The preposition opening a phrase that gives a date and ends at `last` ("in 2002", "on
 * Monday", "on September 17, 2001"), or -1: not "in the 17 months", a period a clause
 * after it may be about. (Dates come to the reading tagged X.)
 */
export function datePhraseOpening(words: readonly Word[], last: number): number {
  if (words[last]?.pos !== 'X') return -1;
  let first = last;
  while (first > 0 && (words[first - 1]?.pos === 'X' || words[first - 1]?.text === ',')) first--;
  const dated = words[first]?.lower !== 'the';
  return dated && DATE_PREPOSITIONS.has(words[first - 1]?.lower ?? '') ? first - 1 : -1;
}

const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'during']);

/** Whether a verb group starts at `index` (with its auxiliaries). */
function verbAhead(words: readonly Word[], index: number): boolean {
  for (let at = index; at < words.length && at < index + 4; at++) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX') return true;
    if (word.pos !== 'ADV' && word.pos !== 'PART') return false;
  }
  return false;
}

/**
 * Whether the words of a date end at `index` right after a verb ("announced last week
 * that", "said on Monday that"): the "that" after them opens what the verb says.
 */
function verbBeforeDate(words: readonly Word[], index: number): boolean {
  return words[index]?.pos === 'X' && words[beforeDate(words, index)]?.pos === 'VERB';
}

/**
 * The index before the date whose words end at `index` ("said on Monday": "said"), past
 * the preposition that brings it; `index` itself when no date ends there.
 */
function beforeDate(words: readonly Word[], index: number): number {
  let at = index;
  if (words[at]?.pos !== 'X') return at;
  while (at > 0 && (words[at] as Word).pos === 'X') at--;
  if ((words[at] as Word).pos === 'ADP') at--;
  return at;
}

/** Whether a subject and then a verb follow `index` ("and Ford said"). */
function clauseAhead(words: readonly Word[], index: number, phrasedSubject = false): boolean {
  let noun = false;
  // A subject with phrases of its own may run longer: "talks with Russia about a 4 billion
  // euro loan are expected", "as a drop in oil prices and better-than-expected results from
  // Wells Fargo eased fears".
  let limit = index + (phrasedSubject ? 16 : 8);
  for (let at = index; at < words.length && at < limit; at++) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX') return at > index;
    // "since December and halted work": a verb right after "and" goes on from the clause
    // before, with no subject here (not "after GM and Ford merged").
    if (word.pos === 'CCONJ' && /^(?:VERB|AUX)$/.test(words[at + 1]?.pos ?? '')) return false;
    if (joinsCompound(words, at) || isComparativeAmount(words, at)) continue;
    // "after Lehman Brothers, the fourth-largest investment bank in the US, filed": a
    // subject may have its apposition.
    const closing = phrasedSubject && noun && word.text === ',' ? appositionEnd(words, at) : -1;
    if (closing > 0) {
      limit += closing - at;
      at = closing;
      continue;
    }
    // "a day after Belgium, the Netherlands and Luxembourg rescued Fortis": a subject may
    // be a list of names.
    if (phrasedSubject && noun && word.text === ',' && namesAfter(words, at)) {
      limit += 2;
      continue;
    }
    // "when a federal judge in San Francisco denied": a subject may have its own phrase.
    if (phrasedSubject && word.pos === 'ADP' && noun && word.lower !== 'that') continue;
    if (word.pos === 'PUNCT' || word.pos === 'SCONJ' || word.pos === 'ADP') return false;
    // ("and some of his ashes are on board": a quantifier's "of" brings its noun.)
    noun ||=
      word.pos === 'NOUN' ||
      word.pos === 'PROPN' ||
      word.pos === 'PRON' ||
      (word.pos === 'DET' && words[at + 1]?.lower === 'of');
  }
  return false;
}

/**
 * "the DAX dropped 4.2 percent and the CAC 40 in Paris shed 5 percent": after an object,
 * an "and" before a definite or named noun phrase may open a clause whose subject has a
 * phrase of its own, as after a comma ("cars and trucks for export" joins objects).
 */
function namedSubjectAhead(words: readonly Word[], index: number): boolean {
  const next = words[index + 1];
  const before = words[index - 1];
  return (
    next !== undefined &&
    before !== undefined &&
    /^(?:NOUN|NUM|PROPN)$/.test(before.pos) &&
    (next.lower === 'the' || next.pos === 'PROPN')
  );
}

/**
 * Whether names listed after the comma at `at` end in "and" or "or" and a last name
 * ("Belgium, the Netherlands and Luxembourg"), not a clause's subject after a fronted
 * phrase ("before the announcement, GM said").
 */
function namesAfter(words: readonly Word[], at: number): boolean {
  let named = false;
  for (let index = at + 1; index < words.length; index++) {
    const word = words[index] as Word;
    if (word.pos === 'PROPN') named = true;
    else if ((word.lower === 'and' || word.lower === 'or') && named)
      return words[index + 1]?.pos === 'PROPN' || words[index + 1]?.lower === 'the';
    else if (word.lower !== 'the' && word.text !== ',' && word.pos !== 'NOUN') return false;
  }
  return false;
}

/** Words of an apposition: "the fourth-largest investment bank in the United States". */
const APPOSITION_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);

/** The comma closing an apposition that opens with an article at the comma `at`, or -1. */
function appositionEnd(words: readonly Word[], at: number): number {
  if (words[at + 1]?.pos !== 'DET') return -1;
  for (let end = at + 2; end < words.length && end <= at + 14; end++) {
    const word = words[end] as Word;
    if (word.text === ',') return end;
    if (!APPOSITION_TAGS.has(word.pos) && word.text !== '-') return -1;
  }
  return -1;
}

/**
 * "more than 300 people", "fewer than ten firms", "at least 13 people": "than" or "at"
 * inside an amount, not a clause's.
 */
function isComparativeAmount(words: readonly Word[], at: number): boolean {
  const word = words[at]?.lower;
  if (word === 'at')
    return /^(?:least|most)$/.test(words[at + 1]?.lower ?? '') && words[at + 2]?.pos === 'NUM';
  return word === 'than' && COMPARATIVE_AMOUNTS.has(words[at - 1]?.lower ?? '');
}

const COMPARATIVE_AMOUNTS: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/** Participles that plan or expect what their infinitive tells: ", expected to rise". */
const PLAN_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected',
  'scheduled',
  'slated',
  'set',
  'due',
]);

/** ", expected to increase to 57%": a participle of plans after a comma, before "to" and a verb. */
function isReducedPlanClause(words: readonly Word[], index: number): boolean {
  return (
    PLAN_PARTICIPLES.has((words[index] as Word).lower) &&
    words[index - 1]?.text === ',' &&
    words[index + 1]?.lower === 'to' &&
    words[index + 2]?.pos === 'VERB'
  );
}

export function findSegments(words: readonly Word[]): Segment[] {
  const segments: Segment[] = [
    { first: 0, last: words.length - 1, type: 'main', marker: null, parent: null },
  ];
  const open = (index: number, type: SegmentType, marker: string | null, parent: number | null) => {
    const current = segments[segments.length - 1] as Segment;
    if (index <= current.first) {
      // Nothing before the marker: the segment is the marker's ("After GM filed, …").
      current.type = type;
      current.marker = marker;
      return;
    }
    current.last = index - 1;
    segments.push({ first: index, last: words.length - 1, type, marker, parent });
  };
  // "If the bid fails, …", "When Boeing protested, …": a sentence may open with its
  // subordinate clause; the comma before the main clause closes it (frontedClauseEnds).
  const opener = words[0];
  if (opener && fronts(words, opener)) {
    const first = segments[0] as Segment;
    first.type = CONDITIONALS.has(opener.lower) ? 'conditional' : 'subordinate';
    first.marker = opener.lower;
  }
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as Word;
    const previous = words[index - 1] as Word;
    // ("…, a day after a crash": the link of a span counted from an event, after a comma.)
    const spanLink = word.text === ',' ? spanLinkAfter(words, index + 1) : null;
    const current = segments.length - 1;
    // "Patty Murray, who hails from the state where Boeing bases its operations, said": a
    // relative clause inside the aside closes with it.
    const aside = word.text === ',' ? outermostRelative(segments, current) : null;
    if (aside && closesRelativeAside(words, segments, aside, index)) {
      // "Harwell Brothers, which owns Ostrava Steel, has completed …": the clause the
      // relative one interrupted resumes after its closing comma.
      const interrupted = segments[aside.parent ?? 0] as Segment;
      open(index + 1, interrupted.type, RESUMES, interrupted.parent);
    } else if (
      word.text === ',' &&
      (segments[current] as Segment).type !== 'main' &&
      spanLink !== null
    ) {
      // "fell on Friday on fears that the crisis could spread, a day after a crash on Wall
      // Street": a span counted from an event after a comma goes with the main clause, not
      // with the clause the comma closes.
      open(index + 1, 'subordinate', spanLink, mainOf(segments, current));
    } else if (word.text === ',' && frontedClauseEnds(words, segments, index)) {
      // "When asked whether …, Carson replied": the main clause after a fronted one governs it.
      const main = segments.length;
      for (const segment of segments) if (segment.parent === null) segment.parent = main;
      open(index + 1, 'main', null, null);
    } else if (CONDITIONALS.has(word.lower)) {
      open(index, 'conditional', word.lower, current);
    } else if (opensAbsoluteClause(words, index)) {
      // "fell on Monday, with the Lund 40 index closing at its lowest level": "with", a
      // subject and its participle are a clause of their own, not what the verb was done with.
      open(index, 'subordinate', 'with', current);
    } else if (
      (word.lower === 'when' || word.lower === 'where') &&
      // "at a time when the economy is hurting" describes the time: no clause of its own.
      !(previous.pos === 'NOUN' && TIME_NOUNS.has(previous.lemma)) &&
      clauseAhead(words, index + 1, true)
    ) {
      open(index, 'subordinate', word.lower, current);
    } else if (
      SUBORDINATORS.has(word.lower) &&
      // "sales of other models such as SUVs and trucks also increased", "rose as well as":
      // an "as" that brings in examples or a coordination opens no clause.
      !(word.lower === 'as' && (previous.lower === 'such' || previous.lower === 'well')) &&
      (word.pos === 'SCONJ' ||
        word.pos === 'ADP' ||
        // "closed lower, as fresh worries about losses sent investors out": the tagger's
        // adverb of "as … as" opens a clause after a comma.
        (word.pos === 'ADV' && word.lower === 'as' && previous.text === ',') ||
        // "will cut jobs once the deal is completed": the tagger's adverb "once" after its
        // clause's words, before a clause of its own ("once employed 500" has none).
        (word.pos === 'ADV' && word.text === 'once' && previous.pos !== 'PUNCT')) &&
      clauseAhead(words, index + 1, true)
    ) {
      open(index, 'subordinate', word.lower, current);
    } else if (quantifiedRelative(words, index)) {
      // "blamed Republicans, most of whom voted against the plan": the clause opens at its
      // quantifier.
      open(index - 2, 'relative', word.lower, current);
    } else if (
      RELATIVES.has(word.lower) &&
      (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.text === ',')
    ) {
      open(index, 'relative', word.lower, current);
    } else if (relativeThatAfterNoun(words, index)) {
      // "A steel box that BP lowered over the leak", "a device that combines a phone": the
      // tagger's "that" of a clause after a noun, when the clause lacks what the noun is.
      open(index, 'relative', 'that', current);
    } else if (
      word.lower === 'that' &&
      (word.pos === 'SCONJ' ||
        ((previous.pos === 'VERB' || verbBeforeDate(words, index - 1)) &&
          // (Not a demonstrative: "Apple completed that move in August".)
          !(word.pos === 'DET' && demonstrativeObject(words, index))))
    ) {
      // "said the trader had not profited, and that it would file": both are what was said.
      const sibling = /^(?:and|or)$/.test(previous.lower) ? (segments[current] as Segment) : null;
      open(
        index,
        'complement',
        'that',
        sibling?.type === 'complement' && sibling.marker === null ? sibling.parent : current,
      );
    } else if (startsBareReport(words, index)) {
      // "GM said on Tuesday it would cut 10,000 jobs": a reported clause without "that".
      open(index, 'complement', null, current);
    } else if (
      word.lower === 'that' &&
      // "one that is executed quickly", "those that were closed": after a pronoun too, and
      // after a date's phrase ("riots in Gujarat in 2002 that killed").
      (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(previous.pos) ||
        datePhraseOpening(words, index - 1) >= 0) &&
      verbAhead(words, index + 1)
    ) {
      open(index, 'relative', 'that', current);
    } else if (
      word.lower === 'that' &&
      (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
      clauseStartsAt(words, index + 1)
    ) {
      // "a bill that President Bush signed on July 30": a relative clause with its own
      // subject; but "the news that GM had filed" tells what the news was, and "told the
      // company that it was obliged" what was told.
      const content =
        (previous.pos === 'NOUN' && CONTENT_NOUNS.has(previous.lemma)) ||
        addresseeBefore(words, index - 1);
      open(index, content ? 'complement' : 'relative', 'that', current);
    } else if (opensContactRelative(words, segments[current] as Segment, index)) {
      // "the website it agreed to buy last month": a relative clause with no pronoun opens
      // at its subject.
      open(index, 'relative', null, current);
    } else if (closesRestrictiveRelative(words, segments, current, index)) {
      // "The company that he founded in 1998 was sold in May": the subject's relative clause
      // ends where the main clause's verb comes.
      const interrupted = segments[(segments[current] as Segment).parent ?? 0] as Segment;
      open(index, interrupted.type, RESUMES, interrupted.parent);
    } else if (
      COORDINATORS.has(word.lower) &&
      hasVerb(words, (segments[current] as Segment).first, index) &&
      !joinsNames(words, index) &&
      (verbAhead(words, index + 1) ||
        clauseAhead(words, index + 1, previous.text === ',' || namedSubjectAhead(words, index)))
    ) {
      // "when Jobs took a leave and received a transplant": a verb phrase joined with no
      // comma and no subject of its own goes on the clause it follows when that clause's
      // verb is a plain one like it; any other joins the main clause ("said that the cuts
      // would help but warned").
      // ("would step down on October 1 and be replaced by Dudley": a bare verb after a modal
      // goes on that modal's clause.)
      const clause = segments[current] as Segment;
      const bare = words[index + 1]?.lemma === words[index + 1]?.lower;
      const auxiliaries = words.slice(clause.first, index).filter((other) => other.pos === 'AUX');
      // ("The rig, which was owned by Halvard and leased by Lumex, exploded": a relative
      // clause set off by commas holds every verb phrase joined in it until it closes.)
      const inner =
        previous.text !== ',' &&
        verbAhead(words, index + 1) &&
        INNER_CLAUSES.has(clause.type) &&
        (auxiliaries.length === 0 ||
          (bare && auxiliaries.some((other) => MODAL_VERBS.has(other.lower))) ||
          (clause.type === 'relative' && asideOpening(words, clause.first) >= 0));
      open(
        index,
        'coordinate',
        word.lower,
        inner || goesOnWhenClause(words, clause, index) ? current : mainOf(segments, current),
      );
    } else if (isReducedPlanClause(words, index)) {
      // "has increased its holding to 46 percent, expected to increase to 57% by the end of
      // this year": a clause of its own, with its own date.
      open(index, 'subordinate', word.lower, current);
    } else if (
      (word.text === ';' || word.text === ':' || word.text === '—') &&
      index < words.length - 1
    ) {
      open(index, 'coordinate', null, mainOf(segments, current));
    }
  }
  return segments;
}

/**
 * Whether the clause a coordinator at `index` joins goes on the "when" clause it follows:
 * "since August, when Lund froze three funds and the central bank lent €94 billion" tells
 * two acts of that August. Only with no comma before the coordinator and both clauses in
 * the past ("…, and analysts expect more" is the main clause's).
 */
function goesOnWhenClause(words: readonly Word[], clause: Segment, index: number): boolean {
  if (clause.type !== 'subordinate' || clause.marker !== 'when') return false;
  if (words[index - 1]?.text === ',') return false;
  const own = words.slice(clause.first, index).find(isFiniteVerb);
  let ahead: Word | undefined;
  for (let at = index + 1; at < words.length && at < index + 12 && !ahead; at++)
    if (isFiniteVerb(words[at])) ahead = words[at];
  return isFinitePast(own) && isFinitePast(ahead);
}

/** Whether a finite verb is in the past: "froze", "was", "had" (not "put", which may be either). */
function isFinitePast(word: Word | undefined): boolean {
  if (word?.pos === 'AUX') return /^(?:was|were|had|did)$/.test(word.lower);
  return word?.pos === 'VERB' && word.lemma !== word.lower && !/(?:s|ing)$/.test(word.lower);
}

/**
 * Whether a relative clause with no pronoun opens at `index` ("the website it agreed to buy
 * last month", "the factory they bought in 2004"): a subject pronoun right after a common
 * noun, then a verb group that leaves its object to that noun (nothing, a preposition or a
 * date after it, not "told investors it would cut jobs"). Not after a phrase fronted before
 * any verb ("At the same time it said"), nor after the addressee of a saying ("told
 * reporters they"), nor in a clause an "if" or "once" opened, nor after a noun of manner.
 */
function opensContactRelative(words: readonly Word[], segment: Segment, index: number): boolean {
  // ("once you start losing revenues you get into a vicious circle": a fronted clause may
  // end without its comma.)
  if (segment.type === 'subordinate' || segment.type === 'conditional') return false;
  const word = words[index] as Word;
  if (word.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(word.lower)) return false;
  const noun = words[index - 1];
  if (noun?.pos !== 'NOUN' || MANNER_NOUNS.has(noun.lemma)) return false;
  if (!finiteVerbAhead(words, index + 1)) return false;
  let start = index - 1;
  while (start > segment.first && inNounPhrase(words[start - 1] as Word)) start--;
  const before = words[start - 1];
  if (before?.pos === 'ADP' && !hasClauseVerb(words, segment.first, start)) return false;
  if (before?.pos === 'VERB' && VERB_CLASSES.get(before.lemma) === 'REPORTING') return false;
  return leavesObject(words, index + 1) || isTimeAntecedent(words, segment, index - 1);
}

/**
 * Whether the noun at `index` is a time a clause with no pronoun tells ("on the day it
 * unveiled the phone": the clause keeps its object; the time is what it lacks), after "the"
 * (past adjectives: "the same day") and a verb of its clause: not "Every day they sell",
 * "The next day they met".
 */
function isTimeAntecedent(words: readonly Word[], segment: Segment, index: number): boolean {
  if (!TIME_NOUNS.has((words[index] as Word).lemma)) return false;
  let at = index - 1;
  while (words[at]?.pos === 'ADJ') at--;
  return words[at]?.lower === 'the' && hasClauseVerb(words, segment.first, at);
}

/**
 * Whether a finite verb group starts at `index`, past adverbs ("it agreed", "it has
 * bought", "they never sold"; not "show it sitting", a participle).
 */
function finiteVerbAhead(words: readonly Word[], index: number): boolean {
  let at = index;
  while (words[at]?.pos === 'ADV') at++;
  return isFiniteVerb(words[at]);
}

/**
 * Nouns whose clause with no pronoun tells how or why ("changed the way it accounts for
 * revenue last year"): a date after it may be the sentence's, so no clause is cut there.
 */
const MANNER_NOUNS: ReadonlySet<string> = new Set(['way', 'reason', 'extent', 'manner']);

/** Words of a noun phrase before a relative clause: "the video-sharing website". */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

function inNounPhrase(word: Word): boolean {
  return NOUN_PHRASE_TAGS.has(word.pos) || word.text === '-';
}

/**
 * Whether the verb group starting at `index` ("agreed to buy", "had sold") has no object
 * after it: the sentence ends, or a preposition, a date or punctuation follows.
 */
function leavesObject(words: readonly Word[], index: number): boolean {
  let at = index;
  for (; at < words.length; at++) {
    const word = words[at] as Word;
    if (/^(?:AUX|VERB|ADV)$/.test(word.pos)) continue;
    if (word.lower === 'to' && words[at + 1]?.pos === 'VERB') continue;
    if (word.pos === 'PART' && word.lower !== "'s") continue;
    break;
  }
  return opensNoObject(words[at]);
}

/**
 * Whether what follows a verb leaves it without an object: the end, a preposition, a date
 * or punctuation, a conjunction.
 */
export function opensNoObject(next: Word | undefined): boolean {
  return next === undefined || /^(?:ADP|X|PUNCT|CCONJ|SCONJ)$/.test(next.pos);
}

/**
 * Whether the finite verb at `index` ends the restrictive relative clause of the subject
 * before it ("The company that he founded in 1998 was sold"): the clause has its verb, the
 * clause it hangs from has none before it, and neither a comma, "and" nor a verb of saying
 * or thinking comes between ("the plan that he hoped would work" goes on).
 */
function closesRestrictiveRelative(
  words: readonly Word[],
  segments: readonly Segment[],
  current: number,
  index: number,
): boolean {
  const relative = segments[current] as Segment;
  if (relative.type !== 'relative' || relative.parent === null) return false;
  if (!isFiniteVerb(words[index]) || asideOpening(words, relative.first) >= 0) return false;
  const parent = segments[relative.parent] as Segment;
  if (hasClauseVerb(words, parent.first, relative.first)) return false;
  if (!hasClauseVerb(words, relative.first, index)) return false;
  for (let at = relative.first; at < index; at++)
    if ((words[at] as Word).pos === 'PUNCT') return false;
  // ("who have already made": the verb group goes on past its adverbs.)
  let back = index - 1;
  while (back > relative.first && isAdverbInGroup(words[back] as Word)) back--;
  const previous = words[back] as Word;
  if (previous.pos === 'AUX' || previous.pos === 'CCONJ' || previous.lower === 'to') return false;
  if (previous.pos === 'VERB') {
    const verbClass = VERB_CLASSES.get(previous.lemma);
    if (verbClass === 'REPORTING' || verbClass === 'I_STATE') return false;
  }
  return true;
}

/** An adverb or a "not" inside a verb group: "have already made", "did not sell". */
function isAdverbInGroup(word: Word): boolean {
  return word.pos === 'ADV' || (word.pos === 'PART' && word.lower !== 'to');
}

/** Reporting verbs whose object is never a clause: "described the talks", "urged Congress". */
const NO_CLAUSE_REPORTS: ReadonlySet<string> = new Set([
  'describe',
  'comment',
  'quote',
  'cite',
  'criticize',
  'criticise',
  'praise',
  'urge',
  'speak',
  'respond',
]);

/** Words of a noun phrase that may be a reported clause's subject ("the company's sales"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether a clause reported without "that" starts at `index`: right after a reporting verb
 * (past its date: "said on Tuesday", or its addressee: "told reporters"), a subject and a
 * finite verb ("said it would", "said sales fell", "told reporters the plant will close").
 * As reported-clause.ts reads a report's object.
 */
function startsBareReport(words: readonly Word[], index: number): boolean {
  return clauseStartsAt(words, index) && reportingVerbBefore(words, index);
}

/**
 * Whether a subject and a finite verb start at `index` ("it would", "there were", "sales
 * fell", "the plant will close", "President Bush signed"). An object before an infinitive
 * or a participle is no clause ("plans to cut", "a loss caused by"); nor is a plain present
 * after a common noun, more likely a noun the tagger misread ("a new peace push").
 */
function clauseStartsAt(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  const pronoun = word.pos === 'PRON';
  const subject = pronoun
    ? SUBJECT_PRONOUNS.has(word.lower) || word.lower === 'there'
    : SUBJECT_WORDS.has(word.pos);
  if (!subject) return false;
  for (let at = index + 1; at < words.length && at < index + 8; at++) {
    const next = words[at] as Word;
    if (next.pos === 'AUX') return true;
    if (next.pos === 'VERB') {
      const head = words[at - 1] as Word;
      // ("a loss caused by the strike": a participle with its agent describes the noun.)
      const pastForm =
        next.lemma !== next.lower &&
        !/(?:s|ing)$/.test(next.lower) &&
        words[at + 1]?.lower !== 'by';
      return pastForm || head.pos === 'PRON' || head.pos === 'PROPN';
    }
    if (pronoun || !(SUBJECT_WORDS.has(next.pos) || isApostropheS(next))) return false;
  }
  return false;
}

/**
 * Whether a "that" the tagger took for a clause's opener after a noun opens a relative
 * clause about the noun: the noun holds no content ("the news that …"), is no time ("said
 * last week that") and no addressee or place of a saying ("told investors that", "said in
 * a filing that"); and the clause lacks its subject ("a device that combines a phone") or
 * the object of its verb ("the box that BP lowered over the leak", "the vehicles that the
 * government would encourage.").
 */
function relativeThatAfterNoun(words: readonly Word[], index: number): boolean {
  const at = nounBeforeItsAmount(words, index - 1);
  const noun = words[at];
  if (words[index]?.lower !== 'that' || words[index]?.pos !== 'SCONJ' || noun?.pos !== 'NOUN')
    return false;
  if (CONTENT_NOUNS.has(noun.lemma) || TIME_NOUNS.has(noun.lemma)) return false;
  if (addresseeBefore(words, at) || sayingBefore(words, at)) return false;
  const next = words[index + 1];
  if (isFiniteVerb(next) && next?.pos === 'VERB') return true;
  if (!clauseStartsAt(words, index + 1)) return false;
  let verb = index + 1;
  while (verb < words.length && (words[verb] as Word).pos !== 'VERB') verb++;
  const after = words[verb + 1];
  return (
    after === undefined ||
    /^(?:ADP|PUNCT|ADV)$/.test(after.pos) ||
    (TIME_MODIFIERS.has(after.lower) && TIME_NOUNS.has(words[verb + 2]?.lemma ?? ''))
  );
}

/**
 * The noun an amount ending at `index` is "of" ("the record close of 14,164.53", "a rise of
 * 13.2%"), or `index` itself when it ends no such amount.
 */
function nounBeforeItsAmount(words: readonly Word[], index: number): number {
  let at = index;
  while (at > 0 && (words[at]?.text === '%' || words[at]?.lower === 'percent')) at -= 1;
  if (words[at]?.pos !== 'NUM') return index;
  while (at > 0 && words[at - 1]?.pos === 'NUM') at -= 1;
  return words[at - 1]?.lower === 'of' && words[at - 2]?.pos === 'NOUN' ? at - 2 : index;
}

/** Words that make a time noun a date of its own: "last year", "this month". */
const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  'last',
  'next',
  'this',
  'that',
  'early',
  'late',
]);

/** Whether a verb of saying stands within the four words before `at` ("said in a filing"). */
function sayingBefore(words: readonly Word[], at: number): boolean {
  for (let back = at - 1; back >= 0 && back >= at - 4; back--) {
    const word = words[back] as Word;
    if (word.pos === 'VERB' && VERB_CLASSES.get(word.lemma) === 'REPORTING') return true;
  }
  return false;
}

/** Whether a reporting verb that may take a clause stands right before `index`. */
function reportingVerbBefore(words: readonly Word[], index: number): boolean {
  // "said on Tuesday", "announced Monday": past the date's words, which the tagger leaves as X.
  const at = beforeDate(words, index - 1);
  const verb = words[at];
  if (verb?.pos === 'VERB')
    return (
      VERB_CLASSES.get(verb.lemma) === 'REPORTING' &&
      !NO_CLAUSE_REPORTS.has(verb.lemma) &&
      // "told" needs its addressee first.
      verb.lemma !== 'tell'
    );
  return toldBefore(words, at, index);
}

/**
 * "told him it", "told reporters the plant", "told the BBC it": "tell", its addressee
 * (a pronoun, or up to three words of a noun phrase) ending at `at`, and a subject that
 * opens with its own article or pronoun at `index`.
 */
function toldBefore(words: readonly Word[], at: number, index: number): boolean {
  if (!/^(?:DET|PRON)$/.test((words[index] as Word).pos)) return false;
  return verbBeforeAddressee(words, at)?.lemma === 'tell';
}

/**
 * Whether the addressee of a verb of telling ends at `at` ("told the company", "warned
 * investors").
 */
function addresseeBefore(words: readonly Word[], at: number): boolean {
  return TELLING_VERBS.has(verbBeforeAddressee(words, at)?.lemma ?? '');
}

/**
 * The verb before an addressee ending at `at`: a pronoun, or up to three words of a noun
 * phrase with its article ("told him", "warned the fund's investors").
 */
function verbBeforeAddressee(words: readonly Word[], at: number): Word | undefined {
  let back = at;
  if (words[back]?.pos === 'PRON') back--;
  else {
    while (back > at - 3 && /^(?:NOUN|PROPN)$/.test(words[back]?.pos ?? '')) back--;
    if (words[back]?.pos === 'DET') back--;
  }
  const verb = words[back];
  return back < at && verb?.pos === 'VERB' ? verb : undefined;
}

/**
 * The outermost relative clause that holds segment `at` within its main clause (a clause
 * inside it closes with it), or segment `at` itself when none does.
 */
export function outermostRelative(segments: readonly Segment[], at: number): Segment {
  let found = segments[at] as Segment;
  for (let segment = found; segment.parent !== null;) {
    segment = segments[segment.parent] as Segment;
    if (segment.type === 'relative') found = segment;
  }
  return found;
}

/**
 * The first word of what a relative clause at `segment` describes: its noun phrase, and a
 * name that phrase is set after ("Pellax, the software maker it agreed to buy": "Pellax").
 */
export function relativeAntecedentStart(words: readonly Word[], segment: Segment): number {
  let at = segment.first - 1;
  if (words[at]?.text === ',') at--;
  while (at > 0 && inNounPhrase(words[at - 1] as Word)) at--;
  // An apposition's name before it.
  if (words[at - 1]?.text === ',' && words[at - 2]?.pos === 'PROPN') {
    at -= 2;
    while (at > 0 && (words[at - 1] as Word).pos === 'PROPN') at--;
  }
  return Math.max(at, 0);
}

/**
 * Whether the event's subject is a pronoun a relative clause opens with after its own
 * pronoun or none ("the software maker it agreed to buy", "a deal that he signed"): it
 * cannot stand for the noun the clause describes.
 */
export function subjectOfRelative(
  words: readonly Word[],
  segments: readonly Segment[],
  segmentIndex: number,
  subject: number,
): boolean {
  const segment = segments[segmentIndex];
  if (segment?.type !== 'relative') return false;
  return (
    subject === relativeSubjectStart(segment) &&
    SUBJECT_PRONOUNS.has((words[subject] as Word).lower)
  );
}

/**
 * Where a relative clause's own subject would start: after its pronoun ("that he signed"),
 * or at its first word when it has none ("the deal he signed").
 */
export function relativeSubjectStart(segment: Segment): number {
  return segment.marker === null ? segment.first : segment.first + 1;
}

/**
 * Nouns a relative clause tells the when, where, how or why of ("the day he died", "the
 * way it accounts for revenue"), not what was done to them.
 */
export function isAdverbialNoun(lemma: string): boolean {
  return TIME_NOUNS.has(lemma) || MANNER_NOUNS.has(lemma) || lemma === 'place';
}

/** Marker of a clause that goes on after a relative clause set off by commas. */
export const RESUMES = ',';

/**
 * Whether segment `at` takes up segment `clause` after a relative aside: "introduced the
 * Q7, which costs $199, at a conference on June 9" (the conference's part is the
 * introducing's clause).
 */
export function resumes(segments: readonly Segment[], at: number, clause: number): boolean {
  if (at === 0 || segments[at]?.marker !== RESUMES) return false;
  return outermostRelative(segments, at - 1).parent === clause;
}

/**
 * Whether the comma at `index` closes a relative clause set off by commas (", which owns
 * Y,") and the clause it interrupted goes on with its verb ("has completed"), or, when
 * that clause had its verb before, with a prepositional phrase of its own ("introduced
 * the Q7, which costs $199, at a conference on June 9").
 */
function closesRelativeAside(
  words: readonly Word[],
  segments: readonly Segment[],
  relative: Segment,
  index: number,
): boolean {
  if (relative.type !== 'relative' || relative.parent === null) return false;
  if (asideOpening(words, relative.first) < 0) return false;
  if (!hasClauseVerb(words, relative.first, index)) return false;
  let next = index + 1;
  while (words[next]?.pos === 'ADV') next++;
  const verb = words[next];
  if (verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB')) return true;
  const interrupted = segments[relative.parent] as Segment;
  return (
    verb?.pos === 'ADP' &&
    RESUMING_PREPOSITIONS.has(verb.lower) &&
    hasClauseVerb(words, interrupted.first, relative.first)
  );
}

/** Prepositions of time and place that take up a clause after a relative aside. */
const RESUMING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'on',
  'in',
  'during',
  'after',
  'before',
]);

/**
 * The comma that sets off a relative clause starting at `first`: right before it (", which
 * owns Y,"), or before the apposition it completes (", an automaker which has filed …,").
 * -1 when none does.
 */
export function asideOpening(words: readonly Word[], first: number): number {
  let at = first - 1;
  if (words[at]?.text === ',') return at;
  while (at > 0 && inNounPhrase(words[at] as Word)) at--;
  return at < first - 1 && words[at]?.text === ',' ? at : -1;
}

/**
 * "a day after", "two weeks before": the link ("after", "before") after a span of time that
 * starts at `index` (a date's words, which the tagger leaves as X), or null.
 */
function spanLinkAfter(words: readonly Word[], index: number): string | null {
  let at = index;
  while (words[at]?.pos === 'X') at++;
  const link = words[at]?.lower;
  return at > index && (link === 'after' || link === 'before') ? link : null;
}

/** Whether the sentence's first word opens a subordinate or conditional clause. */
function fronts(words: readonly Word[], opener: Word): boolean {
  if (CONDITIONALS.has(opener.lower) && opener.lower !== 'whether') return true;
  const subordinator =
    opener.lower === 'when' ||
    (SUBORDINATORS.has(opener.lower) && (opener.pos === 'SCONJ' || opener.pos === 'ADP'));
  return subordinator && clauseAhead(words, 1);
}

/** Words that open a noun phrase: a subject may start with them. */
const SUBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ']);

/**
 * Whether the comma at `index` ends a clause fronted before the main one ("If the bid
 * fails, Ryanair will …", "In response to questions of whether …, he stated …"): the
 * sentence has opened a subordinate or conditional clause, no main clause has a verb yet,
 * and a subject and its verb follow the comma.
 */
function frontedClauseEnds(
  words: readonly Word[],
  segments: readonly Segment[],
  index: number,
): boolean {
  // The clause the comma ends, or the one a relative clause or a second verb phrase
  // inside it hangs from ("When BP cut the pipe and placed a cap over it, the company …").
  const fronted = clauseHolding(segments, segments.length - 1);
  if (fronted.type !== 'subordinate' && fronted.type !== 'conditional') return false;
  const mainHasVerb = segments.some(
    (segment, at) =>
      (segment.type === 'main' ||
        (segment.type === 'coordinate' && clauseHolding(segments, at).type !== 'subordinate')) &&
      hasClauseVerb(words, segment.first, Math.min(segment.last + 1, index)),
  );
  if (mainHasVerb) return false;
  // "If the talks fail, tomorrow the union strikes", "…, today is a day to celebrate": a
  // date may open the main clause, or be its subject.
  let start = index + 1;
  while (words[start]?.pos === 'X') start++;
  const next = words[start];
  if (start > index + 1 && (next?.pos === 'AUX' || next?.pos === 'VERB')) return true;
  if (!next || !SUBJECT_START.has(next.pos) || RELATIVES.has(next.lower) || next.lower === 'that')
    return false;
  // ("Three days after the deal was announced, the ferry service of Lumex stopped": the
  // main clause's subject may have phrases of its own.)
  return clauseAhead(words, start, true);
}

/** The clause a relative clause or a joined verb phrase belongs to (itself for others). */
function clauseHolding(segments: readonly Segment[], at: number): Segment {
  let segment = segments[at] as Segment;
  while ((segment.type === 'relative' || segment.type === 'coordinate') && segment.parent !== null)
    segment = segments[segment.parent] as Segment;
  return segment;
}

/** The main clause a segment hangs from (itself when it is one). */
/** Clauses a verb phrase joined by "and" may go on: those inside a main one. */
const INNER_CLAUSES: ReadonlySet<SegmentType> = new Set(['subordinate', 'relative', 'complement']);

function mainOf(segments: readonly Segment[], at: number): number {
  let segment = at;
  while (segments[segment]?.parent !== null && segments[segment]?.parent !== undefined)
    segment = segments[segment]?.parent as number;
  return segment;
}

/** "Kerry and Lavrov will meet": "and" between two names joins a subject, not clauses. */
function joinsNames(words: readonly Word[], index: number): boolean {
  return words[index - 1]?.pos === 'PROPN' && words[index + 1]?.pos === 'PROPN';
}

/** Whether a verb stands in `[from, to)`: "and" before any verb joins names, not clauses. */
function hasVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if ((words[at] as Word).pos === 'VERB') return true;
  return false;
}

/**
 * Whether a verb with a clause of its own stands in `[from, to)`: not a reduced one ("When
 * asked", "after meeting") nor an infinitive ("in response to questions").
 */
function hasClauseVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    // "which is the third largest": a copula is the clause's verb too.
    const pos = (words[at] as Word).pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const before = words[at - 1];
    if (before && (before.lower === 'to' || SUBORDINATORS.has(before.lower))) continue;
    return true;
  }
  return false;
}

/** The segment holding word `index`. */
export function segmentOf(segments: readonly Segment[], index: number): number {
  for (let at = 0; at < segments.length; at++) {
    const segment = segments[at] as Segment;
    if (index >= segment.first && index <= segment.last) return at;
  }
  return 0;
}
