/**
 * Structure layer, verbs: groups each main verb with its auxiliaries, negation and the
 * adverbs between them ("has not yet filed", "was delayed", "will fly", "to win"), and
 * reads tense, voice and modal from the group's own words.
 */
import type { Word } from '../language/tag-words.ts';
import {
  CLAUSE_SUBORDINATORS,
  HAVE_FORMS,
  isApostropheS,
  isFiniteVerb,
  isVerbOrAuxiliary,
  PAST_BE,
  POSSESSIVE_PRONOUNS,
} from '../language/word.ts';
import { isGroupPlural } from '../lexicon/common-words.ts';
import { isIrregularPast, isParticipleOnly, isSameFormPast } from '../lexicon/verbs.ts';

export type Tense =
  'past' | 'present' | 'perfect' | 'pluperfect' | 'future' | 'infinitive' | 'gerund' | 'participle';

export interface VerbGroup {
  /** Index of the main verb in the sentence's words. */
  head: number;
  /** Index of the group's first word (an auxiliary, "to", or the head). */
  first: number;
  tense: Tense;
  passive: boolean;
  /** A modal auxiliary ("could", "would", "may") or null. */
  modal: string | null;
  negated: boolean;
}

const MODALS = new Set(['could', 'would', 'may', 'might', 'should', 'can', 'must', 'ought']);
const FUTURE = new Set(['will', 'shall', "'ll", 'wo']);

/** Whether a word is a modal or the future's auxiliary ("could", "will"): it looks ahead. */
export function isModalOrFuture(lower: string): boolean {
  return MODALS.has(lower) || FUTURE.has(lower);
}
/** Words that negate the verb group they stand in. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** The forms of "be", auxiliary of the passive and the progressive. */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'be',
  'is',
  'are',
  'am',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
]);
/** "have" as an auxiliary: its finite forms and the perfect participle's "having". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set([...HAVE_FORMS, 'having']);

/** Whether a verb form looks like a past tense or past participle ("filed", "rose", "flown"). */
export function isPastForm(word: Word): boolean {
  if (isIrregularPast(word.lower)) return true;
  return /ed$/.test(word.lower) && word.lemma !== word.lower;
}

/**
 * "the next scheduled meeting", "a newly built plant": an article, then only adverbs and
 * adjectives, before the word (no finite verb follows an article so).
 */
function afterArticleModifiers(words: readonly Word[], index: number): boolean {
  let at = index - 1;
  while (at >= index - 2 && /^(?:ADV|ADJ)$/.test(words[at]?.pos ?? '')) at--;
  return at < index - 1 && /^(?:a|an|the)$/.test(words[at]?.lower ?? '');
}

/** The verb groups of one sentence, in order. */
export function findVerbGroups(words: readonly Word[], headline = false): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    if (word.pos !== 'VERB') continue;
    // "the proposed merger", "GM's shrinking market share", "their falling sales": a
    // participle between a determiner or a possessor and a noun modifies it.
    const previous = words[index - 1];
    const next = words[index + 1];
    const determines =
      previous?.pos === 'DET' ||
      (previous !== undefined && POSSESSIVE_PRONOUNS.has(previous.lower)) ||
      (previous !== undefined && isApostropheS(previous));
    // ("Standard & Poor's cut Greece's credit rating": a name owning what follows opens
    // the verb's object; no past participle describes an owner. Not "the firm's emerging
    // Chrysler's board", an -ing form.)
    const owner = words[index + 2];
    const ownerNext =
      !/ing$/.test(word.lower) &&
      next?.pos === 'PROPN' &&
      owner !== undefined &&
      isApostropheS(owner);
    if (
      (determines || afterArticleModifiers(words, index)) &&
      /^(?:NOUN|PROPN)$/.test(next?.pos ?? '') &&
      !ownerNext
    )
      continue;
    if (namesPeriodEnd(words, index)) continue;
    const read = readGroup(words, index);
    const group = headline && headlinePassive(words, read) ? { ...read, passive: true } : read;
    // "will bypass the stop and fly to Sydney": a bare verb after "and" shares the tense
    // and modal of the verb it is coordinated with.
    const before = groups[groups.length - 1];
    // ("would step down and be replaced": so does a passive's bare "be" right after the
    // "and"; not a modal of its own: "follows talks and will focus on …".)
    const opener = words[group.first] as Word;
    const bareBe =
      opener.lower === 'be' && ['and', 'or'].includes(words[group.first - 1]?.lower ?? '');
    const bare = (group.first === index && word.lemma === word.lower) || bareBe;
    const coordinated = words
      .slice(before ? before.head + 1 : 0, index)
      .some((w) => w.lower === 'and' || w.lower === 'or');
    const joined = before !== undefined && coordinated && !hasSubjectBetween(words, index);
    // "was closed and demolished in May", "is indicted or convicted": a bare past form
    // right after "and" shares a passive's "be" (not "was hit and cut 900 jobs": an object
    // follows; not "adopted by Boeing and Airbus whose A380 first flew"; not after a comma,
    // which closes the passive's clause: "since the bank was founded in 1694, and announced").
    const sharesPassive =
      joined &&
      before.passive &&
      group.first === index &&
      isPastForm(word) &&
      ['and', 'or'].includes(previous?.lower ?? '') &&
      words[index - 2]?.text !== ',' &&
      !OBJECT_START.has(next?.pos ?? 'PUNCT');
    if (joined && (bare || sharesPassive))
      groups.push({
        ...group,
        tense: before.tense,
        modal: before.modal,
        negated: before.negated,
        passive: group.passive || sharesPassive,
      });
    else groups.push(group);
  }
  return groups;
}

/**
 * "Test flight delayed after accident", "Boeing allowed to bid": a headline drops the "be"
 * of its passives, and tells its own news in the present, so a bare past form with no
 * object after it is a participle.
 */
function headlinePassive(words: readonly Word[], group: VerbGroup): boolean {
  const head = words[group.head] as Word;
  const next = words[group.head + 1];
  return (
    group.first === group.head &&
    group.tense === 'past' &&
    !/ing$/.test(head.lower) &&
    (next === undefined ||
      ['ADP', 'PART', 'ADV', 'PUNCT'].includes(next.pos) ||
      isSumAfter(words, group.head + 1))
  );
}

/** Words that make an amount a sum of money: "290 million pounds", "5 million euros". */
const MONEY = /^(?:pounds?|dollars?|euros?|yen|francs?|yuan|rupees?|kronor)$/;
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

/**
 * "Barclays fined 290 million pounds over …", "Family awarded $5 million": a sum right after
 * a headline's past form is what the passive's subject was fined or given (a move's amount
 * is in percent or points, and its headline is in the present: "Nikkei soars 14 percent").
 */
function isSumAfter(words: readonly Word[], from: number): boolean {
  if (CURRENCY_SIGNS.has(words[from]?.text ?? '')) return words[from + 1]?.pos === 'NUM';
  let index = from;
  while (words[index]?.pos === 'NUM') index += 1;
  return index > from && MONEY.test(words[index]?.lower ?? '');
}

/** Whether a pronoun or name stands between two verbs ("… and he flew"). */
function hasSubjectBetween(words: readonly Word[], to: number): boolean {
  const last = words[to - 1];
  return last !== undefined && (last.pos === 'PRON' || last.pos === 'PROPN' || last.pos === 'NOUN');
}

/** Words that open an object after a verb. */
const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'PRON', 'ADJ']);

/** Words of a noun phrase between an absolute "with" and its participle. */
const ABSOLUTE_NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Whether the words before `head` are a noun phrase right after a "with" that opens a
 * clause, after a comma or first ("…, with 300 jobs cut"; not "equipped with the new tubes
 * suffered", where the verb is the clause's own).
 */
export function afterAbsoluteWith(words: readonly Word[], head: number): boolean {
  let at = head - 1;
  let nouns = 0;
  while (at >= 0 && ABSOLUTE_NOUN_PHRASE.has((words[at] as Word).pos)) {
    if ((words[at] as Word).pos === 'NOUN' || (words[at] as Word).pos === 'PROPN') nouns++;
    at--;
  }
  return nouns > 0 && words[at]?.lower === 'with' && (at === 0 || words[at - 1]?.text === ',');
}

/** What "by" measures after a verb of change ("fell by a third", "rose by half"). */
const AMOUNTS = /^(?:half|third|quarter|fifth|tenth|percent|%|margin|far|much|\d.*)$/;

/** Whether a word after "by" measures a change ("by 10 percent", "by half"), naming no agent. */
export function measuresChange(word: Word): boolean {
  return word.pos === 'NUM' || AMOUNTS.test(word.lower);
}

/**
 * "The first jet, made by Larkspur, was delivered": a past participle set off by a comma
 * with its "by" agent after it is a passive without its "be" (not ", fell by a third"); so
 * is a form that is only ever a participle right after its noun ("a deal begun last year").
 */
function reducedPassive(words: readonly Word[], head: number): boolean {
  const agent = words[head + 2];
  // "a deal begun last year", "the steps taken": a form that is only ever a participle,
  // right after its noun, with no object of its own ("investment given our record" is
  // "given" as a preposition).
  // ("The decision, taken at the end of a meeting, came": so after the comma its noun opens.)
  const next = words[head + 1];
  const noun = words[head - 1]?.text === ',' ? words[head - 2] : words[head - 1];
  if (
    isParticipleOnly((words[head] as Word).lower) &&
    noun?.pos === 'NOUN' &&
    !(next && ['DET', 'PRON', 'NUM'].includes(next.pos))
  )
    return true;
  const before = words[head - 1];
  const participle = isPastForm(words[head] as Word) && !/ing$/.test((words[head] as Word).lower);
  // "the previous record, set by AT&T Wireless": a past written as its base, with its agent.
  const sameForm = isSameFormPast((words[head] as Word).lower);
  if (!(participle || sameForm) || !before) return false;
  // "with the firm Lund appointed to run it", "with 300 jobs cut": the noun of an absolute
  // "with" has it done.
  if (afterAbsoluteWith(words, head)) return true;
  // "The winglets, designed to improve fuel efficiency, are …", "are two types of rocket,
  // designed to reduce costs": a participle set off after its noun with an infinitive
  // after it, when the clause has its verb before or after it (not "The bank's chairman,
  // Daniel Bouton, offered to resign": that is the clause's verb).
  if (
    participle &&
    before.text === ',' &&
    ['NOUN', 'PROPN'].includes(words[head - 2]?.pos ?? '') &&
    next?.lower === 'to' &&
    words[head + 2]?.pos === 'VERB' &&
    (words.slice(0, head).some(isVerbOrAuxiliary) || verbAfterComma(words, head + 3))
  )
    return true;
  // "The lawsuits, filed on Friday, were …": a participle set off after its noun, with
  // only dates and phrases of place or time before the clause's own verb.
  if (participle && opensParticipialAside(words, head)) return true;
  // "said in a statement released on Monday": a noun a preposition governs, in a clause
  // that has had its verb, has no verb of its own; a past form after it with no object
  // describes it.
  if (participle && describesPrepositionalObject(words, head)) return true;
  // "The first jet, made by Larkspur", "an aircraft operated by Garuda": after its noun,
  // with its "by" agent.
  return (
    (before.text === ',' || before.pos === 'NOUN') &&
    next?.lower === 'by' &&
    agent !== undefined &&
    ['DET', 'PROPN', 'PRON', 'ADJ', 'NOUN'].includes(agent.pos) &&
    !words.slice(head + 2, head + 5).some(measuresChange)
  );
}

/**
 * Whether the past form at `head` follows a noun phrase that a preposition (not a word that
 * opens a clause, "after the company reported", "than analysts predicted") governs right
 * after a finite verb, and takes no object: "said in a statement released on Monday",
 * "invested in the plant built in 2004".
 */
function describesPrepositionalObject(words: readonly Word[], head: number): boolean {
  if (words[head - 1]?.pos !== 'NOUN') return false;
  const next = words[head + 1];
  if (next && OBJECT_START.has(next.pos)) return false;
  let at = head - 1;
  while (at > 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes((words[at - 1] as Word).pos)) at--;
  if (words[at - 1]?.pos === 'DET') at--;
  const preposition = words[at - 1];
  // ("greater than analysts predicted", "as investors feared": a clause's subject.)
  if (
    preposition?.pos !== 'ADP' ||
    CLAUSE_SUBORDINATORS.has(preposition.lower) ||
    preposition.lower === 'than' ||
    preposition.lower === 'like'
  )
    return false;
  // The phrase is the verb's own, right after it (past adverbs and dates): "Investors in
  // the region reacted", "Attempts to find a buyer for the firm failed" are a subject's.
  let verb = at - 2;
  while (verb >= 0 && ['ADV', 'X'].includes((words[verb] as Word).pos)) verb--;
  return (
    (words[verb] as Word | undefined)?.pos === 'VERB' &&
    isFiniteVerb(words[verb]) &&
    words[verb - 1]?.lower !== 'to'
  );
}

/**
 * Whether the participle at `head` opens an aside after a noun, set off by commas, with
 * only dates and prepositional phrases in it, before the clause's verb: "The lawsuits,
 * filed on Friday, concern", "Harwell, based in Oslo, said". (Without commas, "The rally
 * came after markets rose" is the clause's own verb.)
 */
export function opensParticipialAside(words: readonly Word[], head: number): boolean {
  if (words[head - 1]?.text !== ',') return false;
  const noun = words[head - 2];
  if (noun?.pos !== 'NOUN' && noun?.pos !== 'PROPN') return false;
  let at = head + 1;
  while (at < words.length && at <= head + 8) {
    const word = words[at] as Word;
    if (word.pos === 'X') at++;
    else if (word.pos === 'ADP') {
      at++;
      while (at < words.length && PHRASE_WORDS.has((words[at] as Word).pos)) at++;
    } else break;
  }
  if (at === head + 1 || words[at]?.text !== ',') return false;
  at++;
  while (words[at]?.pos === 'ADV') at++;
  return isFiniteVerb(words[at]);
}

/** Words of a preposition's noun phrase: "in mobile phones", "on its website". */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * Whether a comma closes the phrase from `from` on and the clause's verb comes right after
 * it ("…, are"; not "…, but the board rejected", a clause of its own).
 */
function verbAfterComma(words: readonly Word[], from: number): boolean {
  const comma = words.findIndex((word, index) => index >= from && word.text === ',');
  if (comma < 0) return false;
  let next = comma + 1;
  while ((words[next] as Word | undefined)?.pos === 'ADV') next++;
  const word = words[next];
  return word !== undefined && isVerbOrAuxiliary(word);
}

/** "has since increased": "since" between an auxiliary and its verb is an adverb. */
function isMidSince(words: readonly Word[], index: number): boolean {
  return words[index]?.lower === 'since' && words[index - 1]?.pos === 'AUX';
}

/**
 * "could now begin", "will today sign": a date written as one adverb (its words come tagged
 * X) stands inside a verb group as any adverb does (not "has in recent years been").
 */
function isAdverbOfTime(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  return (
    word.pos === 'X' &&
    /^[a-z]+$/.test(word.text) &&
    words[index - 1]?.pos !== 'X' &&
    words[index + 1]?.pos !== 'X'
  );
}

function readGroup(words: readonly Word[], head: number): VerbGroup {
  const auxiliaries: Word[] = [];
  let first = head;
  let negated = false;
  let infinitive = false;
  for (let index = head - 1; index >= 0 && head - index <= 5; index--) {
    const word = words[index] as Word;
    if (word.pos === 'AUX' || FUTURE.has(word.lower) || MODALS.has(word.lower)) {
      auxiliaries.unshift(word);
      first = index;
    } else if (
      NEGATIONS.has(word.lower) ||
      word.pos === 'ADV' ||
      isMidSince(words, index) ||
      isAdverbOfTime(words, index)
    ) {
      if (NEGATIONS.has(word.lower)) negated = true;
      first = index;
    } else if (word.lower === 'to' && word.pos === 'PART') {
      infinitive = true;
      first = index;
      break;
    } else break;
  }
  // Adverbs before the group that no auxiliary follows are not part of it.
  while (
    first < head &&
    ((words[first] as Word).pos === 'ADV' || isAdverbOfTime(words, first)) &&
    !auxiliaries.length
  )
    first++;
  const headWord = words[head] as Word;
  const lowers = auxiliaries.map((word) => word.lower);
  const modal = lowers.find((word) => MODALS.has(word)) ?? null;
  const future = lowers.some((word) => FUTURE.has(word));
  const hasBe = lowers.some((word) => BE_FORMS.has(word));
  const hasHave = lowers.some((word) => PERFECT_AUXILIARIES.has(word));
  const pastForm = isPastForm(headWord);
  const reduced = auxiliaries.length === 0 && first === head && reducedPassive(words, head);
  // "the rating was cut", "the plant is shut": a past participle written as its base.
  const participleForm = pastForm || isSameFormPast(headWord.lower);
  const passive = (hasBe && participleForm && !/ing$/.test(headWord.lower)) || reduced;
  // The tagger's scope of a "not" runs on past "and": "was not bound by the deal and would
  // defend itself" has a group of its own there, with its own auxiliary and no "not".
  const ownClause =
    auxiliaries.length > 0 && /^(?:and|or|but)$/.test(words[first - 1]?.lower ?? '');
  negated ||= !ownClause && headWord.negated && auxiliaries.some((word) => word.negated);
  let tense: Tense;
  if (infinitive) tense = 'infinitive';
  else if (reduced) tense = 'participle';
  else if (future) tense = 'future';
  else if (hasHave) tense = lowers.includes('had') ? 'pluperfect' : 'perfect';
  else if (hasBe || lowers.some((word) => word === 'did' || word === 'do' || word === 'does')) {
    const pastAuxiliary = lowers.some((word) => PAST_BE.has(word) || word === 'did');
    tense = pastAuxiliary ? 'past' : 'present';
  } else if (modal) tense = 'present';
  else if (/ing$/.test(headWord.lower)) tense = 'gerund';
  else if (pastForm || (auxiliaries.length === 0 && pastAfterSingular(words, head))) tense = 'past';
  else tense = 'present';
  return { head, first, tense, passive, modal, negated };
}

/** Nouns of a reporting period ("the three months ended December 31"). */
const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'month',
  'quarter',
  'year',
  'week',
  'period',
  'half',
]);

/**
 * "in the three months ended December 31", "the quarter ending in June": a participle of
 * "end" after a period's noun names when the period ends; nothing happens there.
 */
function namesPeriodEnd(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const previous = words[index - 1];
  return (
    word.lemma === 'end' &&
    word.lower !== 'end' &&
    // The period may be a date's words, tagged X ("the three months", "the quarter").
    (previous?.pos === 'NOUN' || previous?.pos === 'X') &&
    PERIOD_NOUNS.has(previous.lemma)
  );
}

const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'ADP',
  'PART',
]);

/**
 * "the CAC 40 shed 5 percent", "the bank cut its rate": a verb whose past is its base,
 * right after a singular subject (or its adverbs), is past (its present would be "sheds",
 * "cuts").
 */
function pastAfterSingular(words: readonly Word[], head: number): boolean {
  const verb = words[head] as Word;
  // ("The bank also cut its dividend": past the adverbs between them.)
  let last = head - 1;
  while (last > 0 && words[last]?.pos === 'ADV') last--;
  const subject = words[last];
  if (!subject || !isSameFormPast(verb.lower) || verb.lower !== verb.lemma) return false;
  // "has a deadline set at June 1": after another verb's object, a participle. (The
  // subject's phrase stops at a word that opens its clause: "after the Bank of Japan cut".)
  let opening = last;
  while (
    opening > 0 &&
    NOUN_PHRASE_TAGS.has((words[opening - 1] as Word).pos) &&
    !CLAUSE_SUBORDINATORS.has((words[opening - 1] as Word).lower)
  )
    opening--;
  const before = words[opening - 1];
  if (before?.pos === 'VERB' || before?.pos === 'AUX') return false;
  if (subject.pos === 'NUM' || SINGULAR_PRONOUNS.has(subject.lower)) return true;
  // "the CAC 40 in Paris shed": a name is one, unless it is a common word's plural.
  if (subject.pos === 'PROPN') return !isGroupPlural(subject.text);
  return subject.pos === 'NOUN' && subject.lemma === subject.lower && !/s$/.test(subject.lower);
}

/**
 * "the test flights are being used", "Ford is still committed to invest": a present
 * passive under way, or a state the writer says holds now, is so on the day of writing.
 */
export function isUnderWayOrStillSo(words: readonly Word[], head: number): boolean {
  const before = (words[head - 1] as Word | undefined)?.lower ?? '';
  return before === 'being' || HOLDING_NOW.has(before);
}

/** Adverbs that say a state holds as the article is written. */
const HOLDING_NOW: ReadonlySet<string> = new Set(['still', 'now', 'currently', 'already']);
