/**
 * Repairs the tagger's commonest mistakes on news text, from the word's form and its
 * neighbours' tags only:
 *
 * - a capitalised word in mid-sentence before a possessive is a name ("Ford's shares"),
 *   however the tagger read it;
 * - a verb form between a noun phrase and a name or determiner is the verb of a headline
 *   ("EADS defeat Boeing", "GM files for bankruptcy"), unless a verb follows the name; so
 *   is an -s form before "that" or an infinitive ("Boeing claims that …", "GM plans to
 *   close");
 * - an irregular past tense right after a noun phrase is a verb ("the S&P 500 rose");
 * - a word after a possessive pronoun is a noun ("their talks"), one after a modal a verb
 *   ("will open a plant"); an ordinal after a determiner an adjective ("its first loss");
 * - in a headline with no verb, the first -s form after a name is its verb ("GM posts
 *   first annual loss");
 * - a plural event or person noun opening a sentence is no name ("Deliveries to SIA are
 *   due", "Investors sold"); a capitalised opener taken for a verb before a verb, a name,
 *   a past or a noun a verb follows is a name ("Ford sold half of its plants", the past
 *   then its verb; "Ford shares gained");
 * - a particle hyphened to a noun ends the noun they make ("the take-off": "takeoff");
 * - an adjective between an article or a possessive (and a noun) and "of" heads its noun
 *   phrase ("The chief of staff", "its record close of"), as does one between "a"/"an"
 *   and any preposition ("an offensive against");
 * - an apostrophe written onto a plural before a noun is its possessive ("aircrafts' delivery");
 * - the second word of a two-word noun naming a thing is a noun ("a task force for Syria");
 * - a verb form hyphenated to the word before it modifies a noun ("an EADS-led group"), and
 *   so does "based" between two names ("Los Angeles based Northrop Grumman");
 * - an -ing form after the comma of a clause with its verb, or after "with" and its
 *   subject, before an amount or the level it reached, is a participle ("fell 8.8 percent,
 *   closing at 1,106.39", "fell, with the Nikkei closing at its lowest level");
 * - an indefinite pronoun is a pronoun ("would do everything possible"), and a point of
 *   the compass after an article modifies its noun ("off the northeast coast of Japan");
 * - a verb the model does not know, left as written, gets WordNet's lemma ("stimulates").
 */
import { countryOf } from '../events/name-lexicon.ts';
import { VERB_CLASSES } from '../lexicon/event-classes.ts';
import { isEventNoun } from '../lexicon/event-nouns.ts';
import { isMarketNoun } from '../lexicon/event-kinds.ts';
import { isPersonNoun } from '../lexicon/person-nouns.ts';
import { referentKindOf } from '../lexicon/referring-nouns.ts';
import { isThingCompound } from '../lexicon/thing-compounds.ts';
import { MONTHS } from '../timex/lexicon.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { STAFF_TITLES } from '../lexicon/names.ts';
import { isIrregularPast, isSameFormPast, isVerbLemma, verbLemmaOf } from '../lexicon/verbs.ts';
import {
  CLAUSE_SUBORDINATORS,
  followsDatelineDash,
  followsRank,
  HAVE_FORMS,
  INDEFINITE_PRONOUNS,
  MODAL_VERBS,
  POSSESSIVE_PRONOUNS,
  PREPOSITION_LIKE,
  SUBJECT_PHRASE_TAGS,
  isApostropheS,
  isPossessivePronoun,
  type PartOfSpeech,
  singularOf,
  WH_RELATIVE_PRONOUNS,
  type Word,
} from './word.ts';

const NOUN_PHRASE_END: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
/** Prefixes written with a hyphen before a verb: "out-sold", "co-founded", "re-elected". */
const VERB_PREFIXES = new Set([
  'out',
  'over',
  'under',
  're',
  'co',
  'pre',
  'mis',
  'counter',
  'cross',
  'up',
  'down',
  'back',
  'self',
  'double',
]);
/** Prepositions after which a past form is still a verb ("more than doubled sales"). */
const NOT_BEFORE_ATTRIBUTES: ReadonlySet<string> = new Set(['than', 'to', 'as', 'like', 'that']);
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'next', 'final']);
const OBJECT_START: ReadonlySet<PartOfSpeech> = new Set(['PROPN', 'DET', 'NUM', 'PRON', 'ADP']);

export function correctTags(words: readonly Word[]): Word[] {
  const corrected = participlesAfterClause(correctWords(words));
  return compoundNouns(bySemicolonClauses(corrected).flatMap(headlineVerb));
}

/**
 * "Federal Reserve cuts interest rates by half a point; Dow surges": clauses a semicolon
 * joins each have their own verb (each is a headline of its own).
 */
function bySemicolonClauses(words: Word[]): Word[][] {
  const clauses: Word[][] = [[]];
  for (const word of words) {
    (clauses.at(-1) as Word[]).push(word);
    if (word.text === ';') clauses.push([]);
  }
  return clauses.filter((clause) => clause.length > 0);
}

/**
 * "The index fell 8.8 percent, closing at 1,106.39", "fell, with the Lund 40 closing at
 * its lowest level": an -ing form after the comma of a clause whose verb came before it, or
 * after "with" and its subject, and before an amount or the level it reached, is the
 * participle of a move, not a noun. (Read on the corrected tags: the tagger often takes the
 * verb before, "fell", for a noun.)
 */
function participlesAfterClause(words: Word[]): Word[] {
  const firstVerb = words.findIndex(isLowerCaseVerb);
  if (firstVerb < 0) return words;
  return words.map((word, index) => {
    if (
      index <= firstVerb ||
      word.pos !== 'NOUN' ||
      !/ing$/.test(word.lower) ||
      !beforeLevel(words, index + 1) ||
      !(participleAfterComma(words, index) || subjectAfterWith(words, index))
    )
      return word;
    const lemma = verbLemmaOf(word.lower);
    return lemma === null ? word : retagged(word, 'VERB', lemma);
  });
}

/**
 * Whether an -ing form follows "with" and a noun phrase, its subject ("fell on Monday, with
 * the Lund 40 index closing at its lowest level"): not one that is the phrase's own head's
 * modifier ("with Ford restructuring costs") or one after an article ("with the closing").
 */
function subjectAfterWith(words: readonly Word[], index: number): boolean {
  const before = words[index - 1];
  if (!before || !/^(?:NOUN|PROPN|NUM)$/.test(before.pos)) return false;
  if (words[index + 1]?.pos === 'NOUN') return false;
  for (let at = index - 1; at >= 0; at--) {
    const word = words[at] as Word;
    if (word.lower === 'with') return at < index - 1;
    if (!SUBJECT_PHRASE_TAGS.has(word.pos)) return false;
  }
  return false;
}

/**
 * "co-chair a humanitarian task force for Syria": the second word of a two-word noun that
 * names a thing is a noun, whatever the rules above made of a sentence they found no verb
 * in. (Last, so that no rule reads it as a verb again.)
 */
function compoundNouns(words: Word[]): Word[] {
  if (!words.some((_, index) => isCompoundVerb(words, index))) return words;
  return words.map((word, index) =>
    isCompoundVerb(words, index) ? retagged(word, 'NOUN', singularOf(word.lower)) : word,
  );
}

function isCompoundVerb(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const previous = words[index - 1];
  return (
    word.pos === 'VERB' &&
    previous?.pos === 'NOUN' &&
    isThingCompound(previous.lower, singularOf(word.lower))
  );
}

/**
 * "GM posts first annual loss", "Ford posts unexpected profits": a run of words with no
 * verb at all is a headline, and its first -s form after a name that is also a verb is its
 * verb.
 */
function headlineVerb(words: Word[]): Word[] {
  const finite = (word: Word, index: number) =>
    (isLowerCaseVerb(word) && !participleAfterComma(words, index)) ||
    (word.pos === 'AUX' && word.text === word.lower);
  // ("Fed cuts rates as turmoil spreads": the clause a headline's "as" or "after" opens
  // has a verb of its own; the headline's is still to be found before it.)
  const clause = words.findIndex(
    (word, index) => index > 0 && CLAUSE_SUBORDINATORS.has(word.lower),
  );
  const main = clause < 0 ? words : words.slice(0, clause);
  // ("Fed cuts interest rates", "cuts discount rate": a noun after a noun the tagger took
  // for the verb is the compound's; the headline's verb is the -s form after the name
  // before it.)
  const finites = main.flatMap((word, index) => (finite(word, index) ? [index] : []));
  // (A bare form after a plural is its verb: "Nokia shares plunge". A base form after "to"
  // is no finite verb, though it is the verb of "Lund to buy Orlin": "cuts interest rates
  // to record low" still has its verb to find.)
  const afterTo = (index: number) => words[index - 1]?.lower === 'to';
  const nounsTakenForVerbs = finites.every((index) => {
    if (afterTo(index) && finites.some((other) => !afterTo(other))) return true;
    const word = words[index] as Word;
    const before = words[index - 1];
    if (before?.pos !== 'NOUN' || isIrregularPast(word.lower)) return false;
    if (/[^s]s$/.test(word.lower)) return true;
    return word.lemma === word.lower && before.lemma === before.lower;
  });
  if (finites.length > 0 ? !nounsTakenForVerbs : words.some(finite)) return words;
  const at = main.findIndex(
    (word, index) =>
      index > 0 &&
      word.pos === 'NOUN' &&
      ((/[^s]s$/.test(word.lower) && /^\p{Lu}/u.test(words[index - 1]?.text ?? '')) ||
        pluralBeforeParticiple(words, index)) &&
      verbLemmaOf(word.lower) !== null,
  );
  if (at < 0) return words;
  // (Only after a name: "Internal emails expose …" has its verb.)
  const name = words[at - 1] as Word;
  const named =
    name.pos === 'PROPN' || (at === 1 && name.pos === 'VERB' && !isCommonWord(name.lower));
  // ("Lund shares end first day above price": a plural's bare verb, which the tagger took
  // for a noun, is the verb; the noun taken for one later is the object's.)
  const after = words[at + 1];
  const pluralsVerb =
    after !== undefined &&
    after.lemma === after.lower &&
    verbLemmaOf(after.lower) === after.lower &&
    words[at + 2] !== undefined &&
    words[at + 2]?.pos !== 'NOUN' &&
    !finites.includes(at + 2);
  if (finites.length > 0 && (!named || pluralsVerb || finites.some((index) => index < at)))
    return words;
  // ("Stock markets tumble worldwide", "Oil prices fall": after a common noun capitalised
  // to open the headline, the plural is the subject and the bare form after it the verb.)
  if (
    finites.length === 0 &&
    at === 1 &&
    isCommonWord(name.lower) &&
    after !== undefined &&
    verbLemmaOf(after.lower) === after.lower &&
    words[at + 2]?.pos !== 'NOUN'
  )
    return words.map((other, index) =>
      index === at + 1 ? retagged(after, 'VERB', after.lower) : other,
    );
  const word = words[at] as Word;
  return words.map((other, index) => {
    if (index === at) return retagged(word, 'VERB', verbLemmaOf(word.lower) as string);
    if (finites.includes(index)) return retagged(other, 'NOUN', singularOf(other.lower));
    // "Fed cuts …": the name before the verb, which the tagger took for a verb.
    if (index === at - 1 && other.pos === 'VERB' && /^\p{Lu}/u.test(other.text))
      return retagged(other, 'PROPN', other.lower);
    return other;
  });
}

/** "…, surpassing GM": an -ing form opening a clause after a comma, no finite verb. */
function participleAfterComma(words: readonly Word[], index: number): boolean {
  return /ing$/.test((words[index] as Word).lower) && words[index - 1]?.text === ',';
}

/** The levels a market reaches, named by their height: "a record low", "a 12-year high". */
const LEVELS: ReadonlySet<string> = new Set(['high', 'low']);

/** Nouns of a standing reached ("junk status", "a bear-market territory", "investment grade"). */
const STANDING_NOUNS: ReadonlySet<string> = new Set(['status', 'level', 'grade', 'territory']);

/** Words after a verb of change that bring in the level it reached: "closing at", "rising to". */
const LEVEL_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to']);

/**
 * Whether what starts at `index` tells an amount or a level reached ("8 percent", "at $30",
 * "to 1,106", "at its lowest level"), as what follows a move does.
 */
function beforeLevel(words: readonly Word[], index: number): boolean {
  const next = words[index];
  if (next?.pos === 'NUM' || next?.pos === 'SYM') return true;
  if (!next || !LEVEL_PREPOSITIONS.has(next.lower)) return false;
  const after = words[index + 1];
  return after?.pos === 'NUM' || after?.pos === 'SYM' || isPossessivePronoun(after);
}

/**
 * "Ford's US auto sales spike, surpassing GM", "Stocks rally, ending a losing streak": in
 * a headline with no finite verb, a verb's base form after a plural and before a comma and
 * an -ing clause is the plural's verb.
 */
function pluralBeforeParticiple(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const subject = words[index - 1];
  return (
    isVerbLemma(word.lower) &&
    subject?.pos === 'NOUN' &&
    subject.lemma !== subject.lower &&
    words[index + 1]?.text === ',' &&
    participleAfterComma(words, index + 2)
  );
}

const OBJECT_OPENERS: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'DET', 'NUM', 'PRON', 'ADJ']);

/**
 * "as the company forecast revenue below expectations", "after the bank cut rates": a verb
 * whose past is its base, tagged as a noun after a subordinator's "the" and singular noun,
 * with an object after it and no other verb in the clause, is the clause's verb.
 */
function subordinateClauseVerb(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const subject = words[index - 1];
  // "as governments pledge to guarantee bank debts": a plural subject's present, before
  // an infinitive, opening its clause.
  if (
    subject !== undefined &&
    (subject.pos === 'NOUN' || capitalisedPlural(words, index - 1)) &&
    /[^s]s$/.test(subject.lower) &&
    word.lemma === word.lower &&
    isVerbLemma(word.lower) &&
    opensClause(words, index + 1) &&
    words[index + 1]?.lower === 'to'
  ) {
    // (Or at the sentence's start: "Customers queue to withdraw savings from the bank".)
    const opener = words[index - 2]?.pos === 'DET' ? index - 3 : index - 2;
    return opensSentence(words, opener + 1) || CLAUSE_SUBORDINATORS.has(words[opener]?.lower ?? '');
  }
  if (!isSameFormPast(word.lower) || !isVerbLemma(word.lower)) return false;
  if (subject?.pos !== 'NOUN' || subject.lemma !== subject.lower || /s$/.test(subject.lower))
    return false;
  if (words[index - 2]?.pos !== 'DET' || !CLAUSE_SUBORDINATORS.has(words[index - 3]?.lower ?? ''))
    return false;
  if (!OBJECT_OPENERS.has(words[index + 1]?.pos ?? 'PUNCT')) return false;
  for (let at = index + 1; at < words.length; at++) {
    const pos = (words[at] as Word).pos;
    if (pos === 'PUNCT' || pos === 'CCONJ') break;
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  return true;
}

/** Whether a hyphened modifier ("one-day", "two-week") after a determiner ends right before `index`. */
function afterHyphenedModifier(words: readonly Word[], index: number, anyOpener = false): boolean {
  const [opener, left, hyphen, right] = [
    words[index - 4],
    words[index - 3],
    words[index - 2],
    words[index - 1],
  ];
  return (
    (opener !== undefined || anyOpener) &&
    left !== undefined &&
    hyphen?.text === '-' &&
    right !== undefined &&
    left.end === hyphen.start &&
    hyphen.end === right.start &&
    /^(?:NUM|ADJ)$/.test(left.pos) &&
    right.pos === 'NOUN' &&
    (anyOpener ||
      (opener !== undefined &&
        (opener.pos === 'DET' ||
          opener.pos === 'ADJ' ||
          POSSESSIVE_PRONOUNS.has(opener.lower) ||
          isApostropheS(opener))))
  );
}

/** Whether a verb comes from `from` on before the clause ends at punctuation. */
function verbLaterInClause(words: readonly Word[], from: number): boolean {
  for (let at = from; at < words.length; at++) {
    const pos = (words[at] as Word).pos;
    if (pos === 'PUNCT') return false;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** Plural nouns that count what their "of" names: "thousands of customers". */
const COUNT_NOUNS = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
]);

/** "Customers queue to …": a plural of people or acts opening a sentence, tagged as a name. */
function capitalisedPlural(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (word?.pos !== 'PROPN' || !opensSentence(words, index)) return false;
  const singular = singularOf(word.lower);
  return singular !== word.lower && (isPersonNoun(singular) || isEventNoun(singular));
}

/** Whether the word opens a sentence, or the text after a dateline's dash ("LONDON — Shares"). */
function opensSentence(words: readonly Word[], index: number): boolean {
  if (index === 0 || /^[.!?“"]$/.test(words[index - 1]?.text ?? '')) return true;
  return followsDatelineDash(words, index);
}

/** Singular nouns that take a plural verb ("the police arrest", "people say"). */
const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'crew', 'personnel', 'cattle']);
/** What may follow a noun that ends its phrase: "jet in", "cause of", "run.". */
const AFTER_PHRASE: ReadonlySet<PartOfSpeech> = new Set(['ADP', 'PUNCT', 'CCONJ']);
/** Particles of phrasal verbs: "the company set up", "the union backed down". */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'over', 'on']);
/**
 * Whether the word is a base verb form right after a singular common noun that a
 * determiner, a possessive after a preposition, an adjective or another noun opens ("the
 * largest passenger jet in", "in his keynote address at"), and before a preposition or the
 * end of the phrase: as that noun's verb it would have to be "jets", so it is a noun. So is
 * one between a name's noun and a name ("Airbus parent company European Aeronautic …").
 * Past forms that look like the base ("cut", "set") and verbs with their particle ("set
 * up") stay verbs.
 */
function disagreeingVerb(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const noun = words[index - 1];
  const opener = words[index - 2];
  const next = words[index + 1];
  return (
    word.pos === 'VERB' &&
    word.text === word.lower &&
    word.lemma === word.lower &&
    !isIrregularPast(word.lower) &&
    !isSameFormPast(word.lower) &&
    noun?.pos === 'NOUN' &&
    noun.lemma === noun.lower &&
    !/s$/.test(noun.lower) &&
    !PLURAL_NOUNS.has(noun.lower) &&
    opener !== undefined &&
    (((['DET', 'ADJ', 'NOUN', 'NUM'].includes(opener.pos) ||
      // (After a preposition: "will see its fleet grow in June" is a clause.)
      (isPossessivePronoun(opener) && words[index - 3]?.pos === 'ADP')) &&
      (next === undefined || (AFTER_PHRASE.has(next.pos) && !PARTICLES.has(next.lower)))) ||
      // "Airbus parent company European Aeronautic …": a name's title before the name.
      (opener.pos === 'PROPN' && next?.pos === 'PROPN'))
  );
}

/**
 * Whether the word is a present in "-s" after a bare singular common noun, itself after
 * "and" or "or" and a plural common noun, and before a preposition or the end of the
 * phrase ("travel bans and asset freezes on", "rate cuts or tax rises."): no subject opens
 * without its article there, so the two words are a compound noun. ("Prices fell and
 * trading resumes on Monday": a verb before "and" is no plural noun.)
 */
function coordinatedPluralCompound(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const noun = words[index - 1];
  const conjunction = words[index - 2];
  const plural = words[index - 3];
  const next = words[index + 1];
  return (
    word.pos === 'VERB' &&
    word.text === word.lower &&
    /[^s]s$/.test(word.lower) &&
    word.lemma !== word.lower &&
    noun?.pos === 'NOUN' &&
    noun.text === noun.lower &&
    noun.lemma === noun.lower &&
    (conjunction?.lower === 'and' || conjunction?.lower === 'or') &&
    plural?.pos === 'NOUN' &&
    plural.lemma !== plural.lower &&
    (next === undefined || AFTER_PHRASE.has(next.pos))
  );
}

/** A verb as tagged, unless capitalised: then it is a name the tagger misread ("Ford posts"). */
function isLowerCaseVerb(word: Word): boolean {
  return word.pos === 'VERB' && word.text === word.lower;
}

/**
 * Whether "that" after a verb that takes no clause (no saying, thinking, deciding or
 * seeing: "announced that development … has been pushed back") opens a singular noun with
 * no verb after it in its clause.
 */
export function demonstrativeObject(words: readonly Word[], index: number): boolean {
  const verb = words[index - 1];
  const noun = words[index + 1];
  if (verb?.pos !== 'VERB' || noun?.pos !== 'NOUN') return false;
  const verbClass = VERB_CLASSES.get(verb.lemma);
  if (verbClass !== undefined && verbClass !== 'OCCURRENCE' && verbClass !== 'ASPECTUAL')
    return false;
  if (noun.lemma !== noun.lower || /s$/.test(noun.lower)) return false;
  for (let at = index + 2; at < words.length; at++) {
    const word = words[at] as Word;
    if (word.pos === 'PUNCT') return true;
    if (word.pos === 'VERB' || word.pos === 'AUX') return false;
  }
  return true;
}

function correctWords(words: readonly Word[]): Word[] {
  // Found once: a headline's verb comes before any noun the rules below might take for one.
  const firstVerb = words.findIndex(isLowerCaseVerb);
  return words.map((tagged, index) => {
    const word = withVerbLemma(tagged);
    const previous = words[index - 1];
    const next = words[index + 1];
    // "Wednesday's coordinated rate cut,", "after the tax cut on Monday": a verb whose past
    // is its base, after a noun of no doer, with no object, ends a compound noun.
    if (endsEventCompound(words, index)) return retagged(word, 'NOUN', word.lower);
    // "its lowest close since May 2003", "a record close": after a determiner and a rank,
    // "close" heads its phrase, a noun (the tagger makes it an adjective, the rank an adverb).
    if (word.lower === 'close' && word.pos !== 'NOUN' && followsRank(words, index))
      return retagged(word, 'NOUN', 'close');
    if (
      word.pos === 'ADV' &&
      /est$/.test(word.lower) &&
      next?.lower === 'close' &&
      followsRank(words, index + 1)
    )
      return retagged(word, 'ADJ', word.lower);
    // "cuts interest rates to record low", "fell to record low levels": "record" before a
    // level's "high" or "low" says what kind of level it is; no verb after "to".
    // (Not after its subject: "Analysts record high volumes".)
    if (
      word.pos === 'VERB' &&
      word.lower === 'record' &&
      LEVELS.has(next?.lower ?? '') &&
      !/^(?:NOUN|PROPN|PRON)$/.test(previous?.pos ?? '')
    )
      return retagged(word, 'NOUN', word.lower);
    // "cut Greece's rating to junk status", "fell to bear-market territory": a word after
    // "to" before a standing's noun, which ends the phrase, names the standing; no
    // infinitive (not "to junk level crossings").
    if (
      word.pos === 'VERB' &&
      previous?.lower === 'to' &&
      next?.pos === 'NOUN' &&
      STANDING_NOUNS.has(next.lower) &&
      words[index + 2]?.pos !== 'NOUN'
    )
      return retagged(word, 'NOUN', word.lower);
    // "Standard & Poor's cut Greece's credit rating", "Moody's sold 10 million": the "'s" of
    // a name right before a verb with its object ends the name, as the tagger reads it before
    // "said" (not "GM's proposed merger", "GM's shrinking share": a modifier of a noun).
    if (
      isApostropheS(word) &&
      word.pos === 'PART' &&
      previous?.pos === 'PROPN' &&
      next?.pos === 'VERB' &&
      /^[a-z]/.test(next.text) &&
      !/ing$/.test(next.lower) &&
      /^(?:PROPN|DET|NUM|PRON)$/.test(words[index + 2]?.pos ?? '')
    )
      return retagged(word, 'PROPN', word.lemma);
    // "the iPhone's only carrier", "its only plant": "only" between a determiner or an owner
    // and the noun is the noun's adjective, and the phrase goes on through it.
    if (
      word.lower === 'only' &&
      word.pos === 'ADV' &&
      previous !== undefined &&
      (previous.pos === 'DET' || isApostropheS(previous) || isPossessivePronoun(previous)) &&
      /^(?:NOUN|ADJ|NUM)$/.test(next?.pos ?? '')
    )
      return retagged(word, 'ADJ', word.lower);
    // "would do everything possible": an indefinite pronoun is one, whatever the tagger read.
    if (INDEFINITE_PRONOUNS.has(word.lower) && word.pos !== 'PRON')
      return retagged(word, 'PRON', word.lower);
    // "cut its rate to that level in March", "to that record low": "that" after a
    // preposition and before a noun is the noun's determiner; no clause opens there (as
    // one does in "in that he lied", before its subject).
    if (
      word.lower === 'that' &&
      word.pos === 'SCONJ' &&
      previous?.pos === 'ADP' &&
      (next?.pos === 'NOUN' || next?.pos === 'ADJ')
    )
      return retagged(word, 'DET', 'that');
    // So is one after a verb, before a singular noun no verb follows in its clause: "Apple
    // completed that move in August" ("said that sales rose" opens one).
    if (word.lower === 'that' && word.pos === 'SCONJ' && demonstrativeObject(words, index))
      return retagged(word, 'DET', 'that');
    // "the aircrafts' delivery", "the banks’ shares": an apostrophe written onto a plural,
    // before the noun it owns, is the plural's possessive.
    if (
      /^['’]$/.test(word.text) &&
      word.pos === 'PUNCT' &&
      previous !== undefined &&
      previous.end === word.start &&
      /^(?:NOUN|PROPN)$/.test(previous.pos) &&
      /s$/i.test(previous.text) &&
      /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next?.pos ?? '')
    )
      return retagged(word, 'PART', "'s");
    // "unveiled a new phone called the Q7", "bought a startup named Orrin": a naming
    // participle after an indefinite noun phrase describes the noun; it tells no event.
    if (namesIndefiniteNoun(words, index, word)) return retagged(word, 'ADJ', word.lower);
    // "having cut it to a record low": before a past form written as its base, "having" is
    // the perfect's auxiliary (the tagger sees it so before "raised", not before "cut").
    if (
      word.lower === 'having' &&
      word.pos === 'VERB' &&
      next?.pos === 'VERB' &&
      isSameFormPast(next.lower)
    )
      return retagged(word, 'AUX', 'have');
    const floating = floatingQuantifierShape(words, index, word);
    if (floating) return floating;
    const relative = relativeClauseShape(words, index, word);
    if (relative) return relative;
    // "the biggest one-day fall since 1998", "its largest two-week gain": a noun or verb form
    // after a hyphened modifier that an article, a possessive or an adjective opens is the
    // noun they modify, whatever the rules below would make of it; so is an adjective that
    // ends the phrase, in a headline too ("hit a 12-year low on Monday", "sinks to 26-year
    // low").
    const endsPhrase = word.pos === 'ADJ' && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next?.pos ?? '');
    if (
      (word.pos === 'VERB' || word.pos === 'NOUN' || endsPhrase) &&
      word.lemma === singularOf(word.lower) &&
      afterHyphenedModifier(words, index, endsPhrase)
    )
      return word.pos === 'NOUN' ? word : retagged(word, 'NOUN', singularOf(word.lower));
    // "fell 4 percent when trading resumed", "to fall when trading resumes": an -ing form
    // right after a subordinator and right before a past or present verb is the subject of
    // that verb, a noun.
    if (
      word.pos === 'VERB' &&
      /ing$/.test(word.lower) &&
      CLAUSE_SUBORDINATORS.has(previous?.lower ?? '') &&
      next?.pos === 'VERB' &&
      (isIrregularPast(next.lower) ||
        /ed$/.test(next.lower) ||
        (/[^s]s$/.test(next.lower) && next.lemma !== next.lower))
    )
      return retagged(word, 'NOUN', word.lower);
    // "fell when fears of a recession pushed investors out": a plural right after a
    // subordinator and before "of" or "about", with the clause's verb still to come, is
    // the subject of that verb, a noun (a verb there would take its object bare).
    if (
      word.pos === 'VERB' &&
      /[^s]s$/.test(word.lower) &&
      CLAUSE_SUBORDINATORS.has(previous?.lower ?? '') &&
      (next?.lower === 'of' || next?.lower === 'about') &&
      verbLaterInClause(words, index + 2)
    )
      return retagged(word, 'NOUN', singularOf(word.lower));
    // "plans to lay off", "will found a company": after "to" or a modal a verb is in its
    // base form, its own lemma, though the same letters are another verb's past ("lay",
    // the past of "lie").
    if (
      word.pos === 'VERB' &&
      word.lemma !== word.lower &&
      previous !== undefined &&
      (previous.lower === 'to' || MODAL_VERBS.has(previous.lower)) &&
      isIrregularPast(word.lower) &&
      isVerbLemma(word.lower)
    )
      return retagged(word, 'VERB', word.lower);
    // "were moving to phones", "sold it to banks": after "to" a verb is bare, so an -s
    // form there is a plural noun ("to discuss", "to access" are bare already).
    if (
      word.pos === 'VERB' &&
      previous?.lower === 'to' &&
      word.lower.endsWith('s') &&
      word.lemma !== word.lower
    )
      return retagged(word, 'NOUN', singularOf(word.lower));
    // "since the September 11 attacks", "after the 2001 bombings": a plural after "the"
    // and a date names what happened then, no verb.
    if (word.pos === 'VERB' && /s$/.test(word.lower) && afterDateModifier(words, index))
      return retagged(word, 'NOUN', singularOf(word.lower));
    // "when engineers started pumping mud": an -s form right before a past, with no
    // subject before it, is the past's plural subject (two finite verbs never meet so;
    // "the ban stays unrevoked" has its subject).
    if (
      word.pos === 'VERB' &&
      /[^s]s$/.test(word.lower) &&
      !/^(?:AUX|NOUN|PROPN|PRON|NUM|PART)$/.test(previous?.pos ?? '') &&
      next?.pos === 'VERB' &&
      next.text === next.lower &&
      (isIrregularPast(next.lower) || /[^e]ed$/.test(next.lower))
    )
      return retagged(word, 'NOUN', singularOf(word.lower));
    // "Apple briefly overtook Exxon Mobil": an irregular past no noun in common use is
    // spelt like is a verb, whatever the tagger made of it.
    if (
      word.pos === 'NOUN' &&
      word.text === word.lower &&
      isIrregularPast(word.lower) &&
      !isCommonWord(word.lower)
    )
      return retagged(word, 'VERB', verbLemmaOf(word.lower) ?? word.lemma);
    // "the $4.5 billion the firm had forecast on October 5", "has cut": a past written as
    // its present, right after the perfect's auxiliary, is that perfect's participle.
    if (
      word.pos === 'NOUN' &&
      word.text === word.lower &&
      previous?.pos === 'AUX' &&
      HAVE_FORMS.has(previous.lower) &&
      isSameFormPast(word.lower) &&
      isVerbLemma(word.lower)
    )
      return retagged(word, 'VERB', word.lower);
    // "as the company forecast revenue below …": the verb of a subordinate clause.
    if (word.pos === 'NOUN' && subordinateClauseVerb(words, index))
      return retagged(word, 'VERB', word.lower);
    // "Barclays was fined": the model's lemma "fin" would be spelt "finned"; a one-syllable
    // stem ending in one vowel and one consonant doubles it before "-ed", so a past with
    // one is its "-e" verb's (fine, hope, tape).
    if (word.pos === 'VERB' && isUndoubledPast(word))
      return retagged(word, 'VERB', `${word.lemma}e`);
    // "re-entered": the model leaves a hyphenated verb as written; its last part has the lemma.
    if (word.pos === 'VERB' && word.lemma === word.lower && word.lower.includes('-')) {
      const cut = word.lower.lastIndexOf('-') + 1;
      const lemma = verbLemmaOf(word.lower.slice(cut));
      if (lemma) return retagged(word, 'VERB', word.lower.slice(0, cut) + lemma);
    }
    // "an EADS-led consortium", "a similarly-sized jet", "war-ravaged Syria": a verb form
    // joined by a hyphen to the word before, modifying the noun or name after, is an
    // adjective, not a verb of the clause ("out-sold rivals" is a verb with a prefix).
    if (
      word.pos === 'VERB' &&
      previous?.text === '-' &&
      previous.start === words[index - 2]?.end &&
      !VERB_PREFIXES.has(words[index - 2]?.lower ?? '') &&
      word.start === previous.end &&
      next !== undefined &&
      /^(?:NOUN|PROPN|ADJ|ADV)$/.test(next.pos)
    )
      return retagged(word, 'ADJ', word.lower);
    // "the take-off", "a sell-off", "the shake-up": a particle hyphened to a noun ends the
    // noun the two make, lemma and all ("takeoff"), so the phrase is one noun.
    if (
      PARTICLES.has(word.lower.replace(/s$/, '')) &&
      previous?.text === '-' &&
      previous.start === words[index - 2]?.end &&
      word.start === previous.end &&
      words[index - 2]?.pos === 'NOUN'
    )
      return retagged(
        word,
        'NOUN',
        (words[index - 2] as Word).lower + word.lower.replace(/s$/, ''),
      );
    // "Los Angeles based Northrop Grumman": "based" between two names is the hyphenless
    // "Los Angeles-based", not a verb whose subject is a city.
    if (
      word.pos === 'VERB' &&
      word.lower === 'based' &&
      previous?.pos === 'PROPN' &&
      next?.pos === 'PROPN'
    )
      return retagged(word, 'ADJ', word.lower);
    // "the Ford's shares", and at a sentence's start "Ford's sales fell": a capitalised
    // word before a possessive names someone (but "Today's" opening a sentence is a noun).
    if (
      ((previous !== undefined && previous.pos !== 'PUNCT') ||
        (word.pos === 'VERB' && word.lower !== 'let')) &&
      /^\p{Lu}/u.test(word.text) &&
      word.pos !== 'PROPN' &&
      (next?.lower === "'s" || next?.lower === '’s')
    ) {
      return retagged(word, 'PROPN', word.lower);
    }
    // "talks between Ford and GM": a capitalised word after a preposition, a conjunction or
    // an article is a name, however the tagger read it ("to" may open an infinitive).
    if (
      word.pos === 'VERB' &&
      /^\p{Lu}\p{Ll}/u.test(word.text) &&
      previous !== undefined &&
      AFTER_NAME_OPENERS.has(previous.pos) &&
      previous.lower !== 'to'
    )
      return retagged(word, 'PROPN', word.lower);
    // "had never considered it appropriate to put money on the line", "found it desirable
    // to": a word of an adjective's form between a verb's "it" and "to" is the adjective
    // the verb judges by ("saw it fall to" keeps its verb).
    if (
      word.pos === 'VERB' &&
      /(?:ate|ible|able|ful|ous|ive|al|ic|ary|ent|ant)$/.test(word.lower) &&
      (previous?.lower === 'it' || previous?.lower === 'them') &&
      words[index - 2]?.pos === 'VERB' &&
      next?.lower === 'to'
    )
      return retagged(word, 'ADJ', word.lower);
    // "came from Merrill Lynch.", "Merrill Lynch lost": a capitalised word after a name,
    // before no capitalised word, is the name's (a title-case headline's "Ford Posts Loss"
    // keeps its verb).
    if (
      word.pos === 'VERB' &&
      /^\p{Lu}\p{Ll}/u.test(word.text) &&
      previous?.pos === 'PROPN' &&
      !opensSentence(words, index) &&
      !(next !== undefined && /^\p{Lu}/u.test(next.text))
    )
      return retagged(word, 'PROPN', word.lower);
    // "Deliveries to Singapore Airlines are due in October", "Investors sold": a plural
    // event or person noun opening a sentence is capitalised by its place, not a name.
    const opens = opensSentence(words, index);
    if (opens && word.pos === 'PROPN' && next?.pos !== 'PROPN') {
      const singular = singularOf(word.lower);
      // ("Stocks on Wall Street ended", "Prices rose": the common nouns of markets too.)
      if (
        singular !== word.lower &&
        (isEventNoun(singular) || isPersonNoun(singular) || isMarketNoun(singular))
      )
        return retagged(word, 'NOUN', singular);
      // "Thousands of customers queued": a count opening the sentence is no name.
      if (COUNT_NOUNS.has(word.lower) && next?.lower === 'of')
        return retagged(word, 'NUM', singular);
    }
    const opening = openingShape(words, index, word);
    if (opening) return opening;
    // "Ford presented a plan": a capitalized sentence opener the tagger took for a verb,
    // followed by a verb or a name, is the subject's name.
    if (
      (index === 0 || /^[.!?]$/.test(previous?.text ?? '')) &&
      word.pos === 'VERB' &&
      /^\p{Lu}/u.test(word.text) &&
      (next?.pos === 'VERB' ||
        next?.pos === 'AUX' ||
        // "Ford sold half of its plants": a past the tagger read as an adjective.
        (next?.pos === 'ADJ' && (isIrregularPast(next.lower) || /[^e]ed$/.test(next.lower))) ||
        // "Ford shares gained 2%", "Ford brand sales were up": an opener before the nouns
        // a verb follows modifies them.
        (next?.pos === 'NOUN' &&
          /^(?:VERB|AUX)$/.test(afterNouns(words, index + 1)?.pos ?? '') &&
          !/(?:ed|ing)$/.test(word.lower)) ||
        // "Ford Motor Company said": an opener before a name is part of it ("Citing Boeing"
        // is a participle and stays one).
        (next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && !/(?:ed|ing)$/.test(word.lower)) ||
        // "Ford, the second of the big three, beat": an opener an apposition describes.
        (next?.text === ',' &&
          words[index + 2]?.pos === 'DET' &&
          !/(?:ed|ing)$/.test(word.lower)) ||
        // "Ford to close plant": a headline's subject before its infinitive.
        (next?.lower === 'to' &&
          words[index + 2]?.pos === 'VERB' &&
          !/(?:ed|ing|s)$/.test(word.lower)) ||
        // "Fed chairman Ben Bernanke said": a body before the title of a person it names.
        (next !== undefined &&
          /^[a-z]/.test(next.text) &&
          STAFF_TITLES.has(next.lower) &&
          words[index + 2]?.pos === 'PROPN'))
    )
      return retagged(word, 'PROPN', word.lower);
    // "Ford sold half of its plants": and the past after it is its verb.
    const opener = words[index - 1];
    if (
      word.pos === 'ADJ' &&
      (isIrregularPast(word.lower) || /[^e]ed$/.test(word.lower)) &&
      opener?.pos === 'VERB' &&
      /^\p{Lu}/u.test(opener.text) &&
      (index === 1 || /^[.!?]$/.test(words[index - 2]?.text ?? ''))
    )
      return retagged(word, 'VERB', verbLemmaOf(word.lower) ?? word.lower);
    // "having reported record profits", "appeared to have misrepresented", "could have
    // avoided": "having", or "have" after "to" or a modal, before a past participle is the
    // perfect's auxiliary, not a verb of possession.
    if (
      (word.lower === 'having' ||
        (word.lower === 'have' &&
          (previous?.lower === 'to' || MODAL_VERBS.has(previous?.lower ?? '')))) &&
      next !== undefined &&
      (next.pos === 'VERB' || next.pos === 'ADJ') &&
      looksLikePastParticiple(next.lower)
    )
      return retagged(word, 'AUX', 'have');
    // "having reported record profits", "has reported a loss": a past participle after
    // the perfect's "have" is that perfect's verb, however the tagger read it ("had
    // limited success", an adjective before a bare noun, stays one).
    if (
      word.pos === 'ADJ' &&
      looksLikePastParticiple(word.lower) &&
      (previous?.lower === 'having' ||
        (HAVE_FORMS.has(previous?.lower ?? '') &&
          next !== undefined &&
          /^(?:DET|NUM|PRON)$/.test(next.pos)))
    )
      return retagged(word, 'VERB', verbLemmaOf(word.lower) as string);
    if (
      word.pos === 'ADJ' &&
      looksLikePastParticiple(word.lower) &&
      pastAfterNamedSubject(words, index)
    )
      return retagged(word, 'VERB', verbLemmaOf(word.lower) as string);
    if (word.pos === 'ADJ' && isSubjectHead(words, index))
      return retagged(word, 'NOUN', word.lower);
    // "The chief of staff General Duncan McNab stated", "launched an offensive against the
    // rebels", "below its record close of 14,164.53": an adjective between an article or a
    // possessive (and a noun) and "of", or "a"/"an" and any preposition, is the head of its
    // noun phrase.
    const determiner = previous?.pos === 'NOUN' ? words[index - 2] : previous;
    if (
      word.pos === 'ADJ' &&
      ((/^(?:the|a|an)$/.test(determiner?.lower ?? '') && next?.lower === 'of') ||
        (isPossessivePronoun(determiner) && next?.lower === 'of') ||
        (/^an?$/.test(previous?.lower ?? '') && next?.pos === 'ADP'))
    )
      return retagged(word, 'NOUN', word.lower);
    // "the rubble of flattened villages", "with limited success": after a preposition, a
    // past participle before a noun is an adjective (not after "than": "more than doubled
    // sales"; not after "to", whose base form looks the same: "to cut costs").
    if (
      word.pos === 'VERB' &&
      previous?.pos === 'ADP' &&
      !NOT_BEFORE_ATTRIBUTES.has(previous.lower) &&
      // ("rescued from flooded Thai cave": before a name's words too.)
      (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'ADJ') &&
      looksLikePastParticiple(word.lower)
    )
      return retagged(word, 'ADJ', word.lower);
    // "the committee's next scheduled meeting", "its newly announced plan": so is one
    // between an adverb after an article or a possessive and its noun.
    if (
      word.pos === 'VERB' &&
      previous?.pos === 'ADV' &&
      (words[index - 2]?.pos === 'DET' ||
        (words[index - 2] !== undefined && isApostropheS(words[index - 2] as Word)) ||
        isPossessivePronoun(words[index - 2])) &&
      next?.pos === 'NOUN' &&
      looksLikePastParticiple(word.lower)
    )
      return retagged(word, 'ADJ', word.lower);
    // "a strike over pay", "when demand would recover": a bare verb form right after a
    // noun's preposition (not "to", "than", "as"; not a verb's particle: "sold off"), or
    // right before a modal, is a noun.
    if (
      word.pos === 'VERB' &&
      word.lemma === word.lower &&
      /^[a-z]+$/.test(word.text) &&
      ((previous?.pos === 'ADP' &&
        !NOT_BEFORE_ATTRIBUTES.has(previous.lower) &&
        words[index - 2]?.pos === 'NOUN') ||
        (next !== undefined &&
          MODAL_VERBS.has(next.lower) &&
          next.pos === 'AUX' &&
          // (Not after a subject or an auxiliary: "people could argue should have been".)
          !/^(?:NOUN|PROPN|PRON|AUX|VERB)$/.test(previous?.pos ?? '')))
    )
      return retagged(word, 'NOUN', word.lower);
    // "workers at the idled plants", "bypass the planned stop in Malaysia": a participle
    // between "the" or "a" and the noun it modifies (or a bare form, which is that noun)
    // is an adjective, so the phrase holds together.
    if (
      word.pos === 'VERB' &&
      /[^e]ed$/.test(word.lower) &&
      /^(?:a|an|the)$/.test(previous?.lower ?? '') &&
      (next?.pos === 'NOUN' || (next?.pos === 'VERB' && !/(?:ed|ing|s)$/.test(next.lower)))
    )
      return retagged(word, 'ADJ', word.lower);
    const modifier = modifierShape(words, index, word);
    if (modifier) return modifier;
    // "purchased 12 new long-haul jets": a word between a number and its noun phrase
    // describes the noun, whatever the tagger made of it.
    if (
      word.pos === 'ADV' &&
      previous?.pos === 'NUM' &&
      next !== undefined &&
      /^(?:ADJ|NOUN|PROPN)$/.test(next.pos) &&
      /^[a-z]+$/.test(word.text) &&
      !/ly$/.test(word.lower)
    )
      return retagged(word, 'ADJ', word.lower);
    // "840 orders to date, though …": "to date" is "so far", no dating of anything.
    if (
      word.lower === 'date' &&
      previous?.lower === 'to' &&
      (next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ')
    )
      return retagged(word, 'NOUN', 'date');
    // "according to Airbus", "regarding the deal", "following the announcement": -ing forms
    // that work as prepositions head no event; after an auxiliary they stay verbs.
    if (
      word.pos === 'VERB' &&
      (PREPOSITION_LIKE.has(word.lower) ||
        // "However, given the weakened economy, …": at a clause's start only.
        (word.lower === 'given' && (previous === undefined || previous.pos === 'PUNCT'))) &&
      previous?.pos !== 'AUX' &&
      next !== undefined &&
      (word.lower === 'according' ? next.lower === 'to' : OBJECT_START.has(next.pos))
    )
      return retagged(word, 'ADP', word.lower);
    // "will take off from Singapore and land in Sydney": a bare verb form after "and",
    // before a preposition or an article, goes on from the base verb of a modal or an
    // infinitive before it ("will sell steel and iron in bulk": a noun joins a noun).
    if (word.pos === 'NOUN' && coordinatedBaseVerb(words, index))
      return retagged(word, 'VERB', word.lower);
    // "will open a plant", "would close the plant": after a modal comes a verb, whatever
    // the tagger made of it.
    if (
      word.pos === 'ADJ' &&
      previous &&
      MODAL_VERBS.has(previous.lower) &&
      verbLemmaOf(word.lower) === word.lower &&
      (next === undefined || next.pos === 'PUNCT' || OBJECT_START.has(next.pos))
    )
      return retagged(word, 'VERB', word.lower);
    // "told reporters that sales rose": "that" before a plural or a name opens a clause.
    if (
      word.lower === 'that' &&
      word.pos === 'DET' &&
      next !== undefined &&
      (next.pos === 'PROPN' ||
        next.pos === 'PRON' ||
        next.pos === 'DET' ||
        (next.pos === 'NOUN' && next.lemma !== next.lower && /s$/.test(next.lower)))
    )
      return retagged(word, 'SCONJ', 'that');
    // "Airbus parent EADS wins", "Boeing rival Airbus said": a bare word between two names,
    // the second followed by its verb, describes the second.
    if (
      word.pos === 'VERB' &&
      previous?.pos === 'PROPN' &&
      next?.pos === 'PROPN' &&
      word.lemma === word.lower &&
      !/(?:ed|ing|s)$/.test(word.lower) &&
      verbAfterName(words, index + 1)
    )
      return retagged(word, 'NOUN', word.lower);
    // "to buy back shares from its banks" (after a verb and its particle comes its object),
    // "There were protests in Paris" (after "be" a verb is a participle): no -s form of a
    // verb there.
    if (
      word.pos === 'VERB' &&
      /[^s]s$/.test(word.lower) &&
      word.lemma !== word.lower &&
      previous !== undefined &&
      ((PARTICLES.has(previous.lower) && words[index - 2]?.pos === 'VERB') ||
        (previous.pos === 'AUX' && previous.lemma === 'be'))
    )
      return retagged(word, 'NOUN', word.lemma);
    // "their talks", "its plans": after a possessive pronoun comes a noun.
    if (word.pos === 'VERB' && previous && POSSESSIVE_PRONOUNS.has(previous.lower))
      return retagged(word, 'NOUN', word.lemma);
    // "the world's leading central banks": an -ing form between a possessive and a noun
    // modifies the noun.
    if (
      word.pos === 'VERB' &&
      /ing$/.test(word.lower) &&
      previous !== undefined &&
      isApostropheS(previous) &&
      (next?.pos === 'NOUN' || next?.pos === 'ADJ')
    )
      return retagged(word, 'ADJ', word.lower);
    // "its first annual loss", "the last flight": an ordinal inside a noun phrase modifies it.
    if (
      word.pos === 'ADV' &&
      ORDINALS.has(word.lower) &&
      previous &&
      (previous.pos === 'DET' || POSSESSIVE_PRONOUNS.has(previous.lower)) &&
      (next?.pos === 'ADJ' || next?.pos === 'NOUN')
    )
      return retagged(word, 'ADJ', word.lemma);
    // "the largest passenger jet in the world", "the root cause of": a bare verb form after
    // a singular noun would not agree with it as its subject, so it is the noun the phrase
    // ends on.
    if (disagreeingVerb(words, index)) return retagged(word, 'NOUN', word.lower);
    // "imposed travel bans and asset freezes on officials": a present after a bare singular
    // noun that "and" joins to a plural noun is a plural noun too, a compound's head.
    if (coordinatedPluralCompound(words, index)) return retagged(word, 'NOUN', word.lemma);
    // "an American company with": a plain verb form after an article and its modifiers is
    // the noun they modify ("the automaker outsold" is a subject and its verb; "the proposed
    // plan" keeps its participle).
    if (word.pos === 'VERB' && !/(?:ed|ing)$/.test(word.lower) && afterArticle(words, index))
      return retagged(word, 'NOUN', word.lemma);
    if (
      word.pos === 'NOUN' &&
      previous &&
      NOUN_PHRASE_END.has(previous.pos) &&
      !POSSESSIVE_PRONOUNS.has(previous.lower)
    ) {
      const lemma = verbLemmaOf(word.lower);
      const past = isIrregularPast(word.lower) || /[^e]ed$/.test(word.lower);
      // "Airbus parent EADS defeat Boeing": a noun before a name that a verb follows modifies it.
      const modifier = next?.pos === 'PROPN' && verbAfterName(words, index + 1);
      // "the parent company of Airbus": a noun before "of" heads its phrase; "Obama presents
      // rescue plan after …": a headline has one verb, and a noun after it is its object.
      // "Boeing claims that the jet …", "GM plans to close": an -s form before "that" or an
      // infinitive is the verb whose clause follows.
      // (Not after a count: "one of two plants that make the Explorer"; a model's number
      // is no count: "An American Airlines 777 landing at Heathrow".)
      const counted = previous.pos === 'NUM' && words[index - 2]?.pos !== 'PROPN';
      // ("the FTSE 100 index in London fell": a base form after a name's number would not
      // agree with the one thing named, as "lands" in "Airbus A380 lands in Sydney" does.)
      const disagrees =
        previous.pos === 'NUM' && words[index - 2]?.pos === 'PROPN' && lemma === word.lower;
      const headlineVerb =
        lemma !== null &&
        !counted &&
        !disagrees &&
        next !== undefined &&
        (OBJECT_START.has(next.pos) ||
          (/[^s]s$/.test(word.lower) && opensClause(words, index + 1))) &&
        next.lower !== 'of' &&
        !modifier &&
        !afterDateModifier(words, index) &&
        !inApposition(words, index) &&
        (firstVerb < 0 || firstVerb > index);
      const pastAfterSubject =
        past && lemma !== null && (next === undefined || next.pos !== 'NOUN');
      if (/^[a-z]/.test(word.text) && (headlineVerb || pastAfterSubject) && lemma !== null)
        return retagged(word, 'VERB', lemma);
    }
    return word;
  });
}

/** What may open the adjunct or object of a verb right after it: "land in", "sign the". */
const AFTER_COORDINATED_VERB: ReadonlySet<PartOfSpeech> = new Set(['ADP', 'DET']);

/**
 * Whether the word, after "and" or "or", is a base verb joined to the base verb of a modal
 * or "to" earlier in its clause, not a singular noun joined to another ("steel and iron").
 */
function coordinatedBaseVerb(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const conjunction = words[index - 1];
  const next = words[index + 1];
  // (The lexicon is asked last: it is the dearest test, and most nouns fail the others.)
  if (
    (conjunction?.lower !== 'and' && conjunction?.lower !== 'or') ||
    next === undefined ||
    !AFTER_COORDINATED_VERB.has(next.pos) ||
    !/^[a-z]+$/.test(word.text) ||
    isSingularNoun(words[index - 2]) ||
    verbLemmaOf(word.lower) !== word.lower
  )
    return false;
  for (let at = index - 2; at >= 0; at--) {
    const before = words[at] as Word;
    if (/^[.;:!?]$/.test(before.text) || before.pos === 'AUX' || before.pos === 'SCONJ')
      return false;
    if (before.pos !== 'VERB') continue;
    if (before.lemma !== before.lower) return false;
    let opener = at - 1;
    while (words[opener]?.pos === 'ADV') opener--;
    const governor = words[opener]?.lower ?? '';
    return governor === 'to' || MODAL_VERBS.has(governor);
  }
  return false;
}

function isSingularNoun(word: Word | undefined): boolean {
  return word?.pos === 'NOUN' && word.lemma === word.lower;
}

/** "Asian", "European", "Japanese", "British": adjectives of a region or a people. */
function isRegionalAdjective(word: Word): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic)$/u.test(word.text) || countryOf(word.text)?.demonym === true
  );
}

/**
 * In "Asian markets tumble" (a regional adjective opening the sentence, an -s form, a bare
 * verb ending it or a phrase), the -s form is the plural subject and the bare word its verb.
 */
function regionalHeadline(words: readonly Word[], index: number): 'plural' | 'verb' | null {
  const pos = words[index]?.pos;
  if (pos !== 'NOUN' && pos !== 'VERB') return null;
  if (regionalShape(words, index - 1)) return 'plural';
  if (pos === 'NOUN' && regionalShape(words, index - 2)) return 'verb';
  return null;
}

/** Whether a regional adjective at `opener` opens "Asian markets tumble". */
function regionalShape(words: readonly Word[], opener: number): boolean {
  const adjective = words[opener];
  const plural = words[opener + 1];
  const verb = words[opener + 2];
  const after = words[opener + 3];
  return (
    adjective !== undefined &&
    plural !== undefined &&
    verb !== undefined &&
    verb.pos === 'NOUN' &&
    (plural.pos === 'VERB' || plural.pos === 'NOUN') &&
    // ("Asian markets tumble", "… tumble on …", "… fall sharply as …")
    (after === undefined || after.pos === 'ADP' || after.pos === 'PUNCT' || after.pos === 'ADV') &&
    (opener === 0 || /^[.!?“"]$/.test(words[opener - 1]?.text ?? '')) &&
    /[^s]s$/.test(plural.lower) &&
    isRegionalAdjective(adjective) &&
    verbLemmaOf(verb.lower) === verb.lower
  );
}

/** Words opening a clause of their own: what follows them is not the subject's phrase. */
const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'as',
  'since',
  'because',
  'while',
  'when',
  'although',
  'though',
  'if',
  'until',
  'unless',
  'that',
  'which',
  'who',
  'where',
]);
/** Participles that follow a noun as its description ("rivals based in Europe"), not as its verb. */
const DESCRIBING_PARTICIPLES = new Set([
  'based',
  'located',
  'headquartered',
  'listed',
  'owned',
  'known',
  'called',
  'named',
  'led',
  'made',
  'founded',
  'held',
  'built',
  'used',
]);

/**
 * Whether the -s form at `index`, right after a title-case opener the tagger made a name
 * ("Share" in "Share prices in Tokyo fell"), starts a prepositional phrase that a past
 * verb (or an auxiliary) ends: then the two are one plural subject and the past is its verb, not a
 * headline's "GM files for bankruptcy" (acronyms and reporting verbs stay as they are).
 */
function pluralAfterOpener(words: readonly Word[], index: number): boolean {
  const opener = words[index - 1] as Word;
  const word = words[index] as Word;
  if (
    opener.pos !== 'PROPN' ||
    !/^\p{Lu}\p{Ll}+$/u.test(opener.text) ||
    (word.pos !== 'VERB' && word.pos !== 'NOUN') ||
    !/[^s]s$/.test(word.lower) ||
    word.lemma === word.lower ||
    VERB_CLASSES.get(word.lemma) === 'REPORTING' ||
    words[index + 1]?.pos !== 'ADP' ||
    CLAUSE_OPENERS.has(words[index + 1]?.lower ?? '') ||
    words[index + 1]?.lower === 'to'
  )
    return false;
  for (let at = index + 2; at < words.length; at++) {
    const next = words[at] as Word;
    if (CLAUSE_OPENERS.has(next.lower)) return false;
    // "Toyota plans in Japan were dropped": an auxiliary is the phrase's verb too.
    if (next.pos === 'AUX') return true;
    if (next.pos === 'VERB')
      return (
        (isIrregularPast(next.lower) || /ed$/.test(next.lower)) &&
        !DESCRIBING_PARTICIPLES.has(next.lower) &&
        words[at + 1]?.lower !== 'by'
      );
    if (next.text === ',' || next.pos === 'CCONJ') {
      if (words[at + 1]?.pos === 'VERB') return false;
      continue;
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(next.pos)) return false;
  }
  return false;
}

/**
 * Rules kept out of `correctWords`'s loop body, which they would make too big to optimize:
 * a sentence's opening ("Asian markets tumble", "Share prices in Tokyo fell", "Moody's said").
 */
function openingShape(words: readonly Word[], index: number, word: Word): Word | null {
  const previous = words[index - 1];
  const next = words[index + 1];
  // "Asian markets tumble", "European stocks rise": a headline's regional adjective
  // before a plural and a bare verb is no subject of its own; the plural is.
  const regional = regionalHeadline(words, index);
  if (regional === 'plural') return retagged(word, 'NOUN', singularOf(word.lower));
  if (regional === 'verb') return retagged(word, 'VERB', word.lower);
  // "Share prices in Tokyo fell", "Bond yields across Europe rose": after a common noun
  // opening the sentence (which the tagger takes for a name), an -s form whose phrase a
  // past verb follows is the plural noun the opener modifies, not a second verb.
  if (opensSentence(words, index - 1) && pluralAfterOpener(words, index))
    return retagged(word, 'NOUN', singularOf(word.lower));
  // "said that Jobs would not speak, and that marketing chief Phil Schiller would": after
  // "and", in a sentence whose verb took a "that" clause, "that" opens a second one.
  if (
    word.lower === 'that' &&
    word.pos === 'DET' &&
    previous?.lower === 'and' &&
    words.some((other, at) => at < index && other.lower === 'that' && other.pos === 'SCONJ')
  )
    return retagged(word, 'SCONJ', 'that');
  // "Moody's said", "McDonald's reported higher sales": a possessive right before a past
  // verb owns nothing; it is the end of the name ("Moody's", a firm named after its
  // founder). Not before a passive's "by" or an infinitive ("Lund's expected to": is).
  // A past written as its present ("Standard & Poor's cut the rating") is one only before
  // what it takes ("S&P's cut in the rating" is its noun).
  if (
    isApostropheS(word) &&
    previous?.pos === 'PROPN' &&
    next?.pos === 'VERB' &&
    (isIrregularPast(next.lower) ||
      /ed$/.test(next.lower) ||
      (isSameFormPast(next.lower) && /^(?:DET|PRON|NUM)$/.test(words[index + 2]?.pos ?? ''))) &&
    words[index + 2]?.lower !== 'to' &&
    words[index + 2]?.lower !== 'by'
  )
    return retagged(word, 'PROPN', word.lower);
  return null;
}

/**
 * Whether a relative "which" or "who" right after a comma opens a clause whose verb is the
 * -s form after it: "OPEC, which pumps 40 percent of the world's oil, will meet" (the
 * tagger reads "which pumps" as a determiner and its noun).
 */
function opensRelativeClause(words: readonly Word[], index: number): boolean {
  const verb = words[index + 1];
  return (
    WH_RELATIVE_PRONOUNS.has(words[index]?.lower ?? '') &&
    words[index - 1]?.text === ',' &&
    verb !== undefined &&
    verb.pos === 'NOUN' &&
    /^[a-z]+[^s]s$/.test(verb.text) &&
    verbLemmaOf(verb.lower) !== null &&
    OBJECT_OPENERS.has(words[index + 2]?.pos ?? 'PUNCT')
  );
}

/** The relative pronoun and its verb of a clause `opensRelativeClause` finds. */
function relativeClauseShape(words: readonly Word[], index: number, word: Word): Word | null {
  if (opensRelativeClause(words, index)) return retagged(word, 'PRON', word.lower);
  if (opensRelativeClause(words, index - 1))
    return retagged(word, 'VERB', verbLemmaOf(word.lower) as string);
  return null;
}

/** Quantifiers that may float after their subject: "the banks both", "they have all". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const HAVE_OR_MODAL = /^(?:has|have|had|having|will|would|can|could|may|might|must|shall|should)$/;

/**
 * The form after a floating quantifier, read as a verb: "Barclays and Bank of America
 * both bought", "had both held talks", "they both said". A base form only after "have" or
 * a modal ("they have all agreed"), not after "be" ("it was all talk").
 */
function verbAfterFloating(words: readonly Word[], index: number): string | null {
  const word = words[index] as Word;
  const before = words[index - 2];
  if (!/^[a-z]/.test(word.text)) return null;
  const lemma = word.pos === 'VERB' ? word.lemma : verbLemmaOf(word.lower);
  if (lemma === null || lemma === undefined) return null;
  const pastForm = isIrregularPast(word.lower) || (/ed$/.test(word.lower) && lemma !== word.lower);
  if (pastForm) return lemma;
  const base = word.lower === lemma && isVerbLemma(lemma);
  return base && before !== undefined && HAVE_OR_MODAL.test(before.lower) ? lemma : null;
}

/** Whether the word is a quantifier floated after its subject or auxiliary, before a verb. */
function isFloatingQuantifier(words: readonly Word[], index: number): boolean {
  const word = words[index];
  const before = words[index - 1];
  return (
    word !== undefined &&
    FLOATING_QUANTIFIERS.has(word.lower) &&
    before !== undefined &&
    ['PROPN', 'NOUN', 'PRON', 'AUX'].includes(before.pos) &&
    words[index + 1] !== undefined &&
    verbAfterFloating(words, index + 1) !== null
  );
}

/**
 * "Barclays and Bank of America had both held talks": a quantifier floated after its
 * subject is an adverb of the clause, and the verb form after it is the clause's verb,
 * though the tagger read "both held" as a determiner and its noun.
 */
function floatingQuantifierShape(words: readonly Word[], index: number, word: Word): Word | null {
  if (isFloatingQuantifier(words, index)) return retagged(word, 'ADV', word.lower);
  if (word.pos !== 'VERB' && isFloatingQuantifier(words, index - 1))
    return retagged(word, 'VERB', verbAfterFloating(words, index) as string);
  return null;
}

/**
 * "Veteran Miroslav Klose retired on Monday": a past form the tagger took for an adjective
 * right after a name that opens its clause, with a preposition, an article, a name, a
 * pronoun or the end after it, is the name's verb ("Zuckerberg married Priscilla Chan";
 * not "Kenya Airways chartered flights": a common noun follows).
 */
function pastAfterNamedSubject(words: readonly Word[], index: number): boolean {
  const next = words[index + 1];
  if (words[index - 1]?.pos !== 'PROPN') return false;
  if (!/^(?:ADP|DET|PUNCT|PROPN|PRON)$/.test(next?.pos ?? '') && !onlyVerbOfClause(words, index))
    return false;
  if (next?.pos === 'PUNCT' && next.text !== '.') return false;
  let start = index - 1;
  while (start > 0 && (words[start - 1] as Word).pos === 'PROPN') start--;
  const before = words[start - 1];
  return before === undefined || before.text === ',' || /^(?:and|but)$/.test(before.lower);
}

/**
 * "AT&T limited buyers to one iPhone each, while …": before a common noun, a past form is
 * still the name's verb when its clause has no other verb up to its end ("Kenya Airways
 * chartered flights landed" has one: "chartered" describes the flights).
 */
function onlyVerbOfClause(words: readonly Word[], index: number): boolean {
  if (words[index + 1]?.pos !== 'NOUN') return false;
  for (let at = index + 1; at < words.length; at++) {
    const word = words[at] as Word;
    if (/^[,;:.!?]$/.test(word.text) || word.pos === 'SCONJ' || word.pos === 'CCONJ') return true;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PART') return false;
  }
  return true;
}

/**
 * Whether the adjective at `index` heads the subject of the verb after it: "Ukraine's
 * military did not confirm", "the military said" (after a determiner or possessive), and
 * "Japan's Nikkei 225 average plunged" (after a name or its number). Not "the current
 * weakened state": a participle before its noun.
 */
/** The word after the run of common nouns that starts at `index` (at most three). */
function afterNouns(words: readonly Word[], index: number): Word | undefined {
  let at = index;
  while (at < index + 3 && words[at]?.pos === 'NOUN') at++;
  return words[at];
}

function isSubjectHead(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  const next = words[index + 1];
  if (!previous || !next) return false;
  const finiteVerb =
    next.pos === 'VERB' && (/(?:ed|s)$/.test(next.lower) || isIrregularPast(next.lower));
  const after = words[index + 2]?.pos ?? '';
  if (previous.pos === 'DET' || isApostropheS(previous))
    return next.pos === 'AUX' || (finiteVerb && !/^(?:NOUN|ADJ)$/.test(after));
  if (previous.pos === 'NUM' || previous.pos === 'PROPN')
    return finiteVerb && !/^(?:NOUN|ADJ|PROPN)$/.test(after);
  return false;
}

/** Words that modify rather than report: "Chief operating officer", "an estimated $1.2 trillion". */
function modifierShape(words: readonly Word[], index: number, word: Word): Word | null {
  const previous = words[index - 1];
  const next = words[index + 1];
  // "Chief operating officer Tim Cook", "its first annual operating loss", "the Windows 7
  // operating system", "the firm's falling sales": an -ing form after "chief", or between
  // a noun's modifiers and the noun, is one of the modifiers, no verb.
  if (
    word.pos === 'VERB' &&
    /ing$/.test(word.lower) &&
    previous !== undefined &&
    (previous.lower === 'chief' ||
      (next?.pos === 'NOUN' &&
        (previous.pos === 'ADJ' ||
          previous.pos === 'NUM' ||
          ORDINALS.has(previous.lower) ||
          isApostropheS(previous) ||
          POSSESSIVE_PRONOUNS.has(previous.lower) ||
          /^(?:a|an|the)$/.test(previous.lower))))
  )
    return retagged(word, 'ADJ', word.lower);
  // "won the title on Sunday, beating Ivo Lund 6-4": an -ing form after a comma, before
  // a name, an article, a number or a pronoun, opens a participle clause (not "new
  // taxes, spending cuts": a noun before a noun).
  if (
    word.pos === 'NOUN' &&
    /ing$/.test(word.lower) &&
    previous?.text === ',' &&
    next !== undefined &&
    /^(?:PROPN|DET|NUM|PRON)$/.test(next.pos) &&
    verbLemmaOf(word.lower) !== null
  )
    return retagged(word, 'VERB', verbLemmaOf(word.lower) as string);
  // "wiping out an estimated $1.2 trillion", "a reported 300 workers": a participle
  // between an article and an amount qualifies the amount; nothing was estimated then.
  if (
    word.pos === 'VERB' &&
    /ed$/.test(word.lower) &&
    previous !== undefined &&
    ['a', 'an', 'the'].includes(previous.lower) &&
    (next?.pos === 'NUM' ||
      next?.pos === 'SYM' ||
      // "a combined mobile phone", "an improved engine": after "a" it describes.
      (previous.lower !== 'the' && (next?.pos === 'ADJ' || next?.pos === 'NOUN')))
  )
    return retagged(word, 'ADJ', word.lower);
  // "All 33 trapped Chilean miners": a past form between a count and its noun's words
  // describes the noun (a number ending a name is no count: "iPhone 4 dropped", "Terminal
  // 5 reported").
  if (
    word.pos === 'VERB' &&
    /ed$/.test(word.lower) &&
    previous?.pos === 'NUM' &&
    words[index - 2]?.pos !== 'PROPN' &&
    (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'ADJ')
  )
    return retagged(word, 'ADJ', word.lower);
  return null;
}

/** Words after a participle describing a noun ("the deadline set by the board", "set for June"). */
const PARTICIPLE_COMPLEMENTS = new Set(['by', 'for', 'to', 'at']);

/**
 * "the coordinated rate cut,", "a tax cut of 2%", "after the rate cut.": the tagger reads a
 * verb whose past is its base ("cut", "bid") right after a singular noun as that noun's verb.
 * When the noun names no doer (no person, no body, no product), stands after a determiner
 * or a modifier, and nothing the verb could take as object follows, the two are one noun
 * (not "the bank cut on Monday", "the mill cut as many as 500 jobs"; nor before what a
 * participle takes: "the deadline set by the board").
 */
function endsEventCompound(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const previous = words[index - 1];
  const before = words[index - 2];
  const next = words[index + 1];
  if (word.pos !== 'VERB' || word.lower !== word.lemma) return false;
  if (!isSameFormPast(word.lower) || !isEventNoun(word.lower)) return false;
  if (previous?.pos !== 'NOUN' || previous.lower !== previous.lemma) return false;
  if (isPersonNoun(previous.lemma) || referentKindOf(previous.lemma) !== null) return false;
  const modified =
    before !== undefined &&
    (/^(?:DET|ADJ|NOUN)$/.test(before.pos) ||
      isApostropheS(before) ||
      POSSESSIVE_PRONOUNS.has(before.lower) ||
      (before.pos === 'VERB' && /ed$/.test(before.lower)));
  if (!modified) return false;
  return (
    next === undefined ||
    (!/^(?:DET|NUM|PRON|NOUN|PROPN|ADJ|ADV|SYM)$/.test(next.pos) &&
      // (A particle makes it a verb, "cut back"; "on" brings a day here, "the tax cut on Monday".)
      !(PARTICLES.has(next.lower) && next.lower !== 'on') &&
      !PARTICIPLE_COMPLEMENTS.has(next.lower))
  );
}

/** Whether "the" and a date stand right before the word: "the September 11", "the 2001". */
function afterDateModifier(words: readonly Word[], index: number): boolean {
  const day = words[index - 1];
  const month = words[index - 2];
  if (day?.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(day.lower))
    return words[index - 2]?.lower === 'the';
  return (
    day?.pos === 'NUM' &&
    /^\d{1,2}$/.test(day.lower) &&
    month !== undefined &&
    MONTHS[month.lower] !== undefined &&
    words[index - 3]?.lower === 'the'
  );
}

/** "that" opening what is claimed, or "to" before a verb: "claims that …", "plans to close". */
function opensClause(words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (word?.lower === 'that') return true;
  return word?.lower === 'to' && words[at + 1]?.pos === 'VERB';
}

/** Whether the name starting at `from` is followed by a verb, or a noun that may be one. */
function verbAfterName(words: readonly Word[], from: number): boolean {
  let at = from;
  // "European Aeronautic Defence and Space Company EADS N.V. (EADS) have": a name's "and"
  // or "of" between its words, and its bracketed acronym, are the name's too.
  for (;;) {
    while (words[at]?.pos === 'PROPN') at++;
    const joiner = words[at]?.lower;
    if ((joiner === 'and' || joiner === 'of' || joiner === '&') && words[at + 1]?.pos === 'PROPN')
      at++;
    else if (
      words[at]?.text === '(' &&
      words[at + 1]?.pos === 'PROPN' &&
      words[at + 2]?.text === ')'
    )
      at += 3;
    else break;
  }
  const after = words[at];
  if (!after) return false;
  return (
    after.pos === 'VERB' ||
    after.pos === 'AUX' ||
    (after.pos === 'NOUN' && verbLemmaOf(after.lower) !== null)
  );
}

const AFTER_NAME_OPENERS: ReadonlySet<PartOfSpeech> = new Set(['ADP', 'CCONJ', 'DET']);

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'each', 'every', 'another']);
const MODIFIERS: ReadonlySet<PartOfSpeech> = new Set(['ADJ', 'NUM']);

/** What a noun phrase's words before its head may be: "the fourth-largest investment". */
const PHRASE_MODIFIERS: ReadonlySet<PartOfSpeech> = new Set(['ADJ', 'NUM', 'NOUN', 'PUNCT']);

/**
 * Whether the word ends a noun phrase an article opens right after a comma and a name:
 * "Lehman Brothers, the fourth-largest investment bank in the United States, filed" is
 * an apposition describing the name, with no verb of its own.
 */
function inApposition(words: readonly Word[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && PHRASE_MODIFIERS.has((words[at] as Word).pos) && index - at <= 5) {
    if ((words[at] as Word).pos === 'PUNCT' && (words[at] as Word).text !== '-') return false;
    at--;
  }
  const article = words[at];
  return (
    article !== undefined &&
    article.pos === 'DET' &&
    ARTICLES.has(article.lower) &&
    words[at - 1]?.text === ',' &&
    words[at - 2]?.pos === 'PROPN'
  );
}

/**
 * A word between an article and its noun: "an American company", "an earlier offer" (an
 * adverb only in -er: "These also cut" is a subject and its verb).
 */
function isArticleModifier(word: Word): boolean {
  return (
    MODIFIERS.has(word.pos) ||
    (word.pos === 'ADV' && /er$/.test(word.lower)) ||
    // "off the northeast coast of Japan": a point of the compass modifies its noun.
    (word.pos === 'ADV' && COMPASS.test(word.lower)) ||
    // "the Chinese firm Sino-Forest": a country's adjective (not "the Fed cut").
    (word.pos === 'PROPN' && countryOf(word.text)?.demonym === true) ||
    // "the planned stop", "a revised offer": a participle between an article and its noun.
    (word.pos === 'VERB' && /[^e]ed$/.test(word.lower))
  );
}

/** The points of the compass, which the tagger reads as adverbs before a noun ("northeast"). */
const COMPASS = /^(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?$/;

/** Whether only modifiers stand between the word and an article before it. */
function afterArticle(words: readonly Word[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && isArticleModifier(words[at] as Word) && index - at <= 4) at--;
  const before = words[at];
  return before !== undefined && ARTICLES.has(before.lower) && before.pos === 'DET';
}

/** The model leaves an inflected verb it does not know as written ("stimulates"): WordNet has its lemma. */
function withVerbLemma(word: Word): Word {
  if (word.pos !== 'VERB' || word.lemma !== word.lower || word.lower.includes('-')) return word;
  const lemma = verbLemmaOf(word.lower);
  return lemma && lemma !== word.lemma ? retagged(word, 'VERB', lemma) : word;
}

/** Participles that give a noun its name: "a phone called the Q7". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set([
  'called',
  'named',
  'dubbed',
  'nicknamed',
  'titled',
  'entitled',
  'codenamed',
]);

/**
 * Whether `word` is a naming participle right after a noun phrase that "a" or "an" opens,
 * before the name ("a startup named Orrin", "a device called “the Pad”"); not after a
 * subject ("The company named Ann Berg its chief").
 */
function namesIndefiniteNoun(words: readonly Word[], index: number, word: Word): boolean {
  if (word.pos !== 'VERB' || !NAMING_PARTICIPLES.has(word.lower)) return false;
  const next = words[index + 1];
  if (!next || !(next.pos === 'PROPN' || next.pos === 'DET' || /^[“"‘']$/.test(next.text)))
    return false;
  let start = index - 1;
  if (words[start]?.pos !== 'NOUN') return false;
  while (start > 0 && /^(?:NOUN|ADJ|ADV|NUM)$/.test((words[start - 1] as Word).pos)) start--;
  return /^an?$/.test(words[start - 1]?.lower ?? '');
}

/** The word with another tag and lemma; every field written out, so all words share one shape. */
function retagged(word: Word, pos: PartOfSpeech, lemma: string): Word {
  return {
    start: word.start,
    end: word.end,
    text: word.text,
    lower: word.lower,
    lemma,
    pos,
    negated: word.negated,
  };
}

/** A verb's past participle by its form: "reported", "taken" (not "need", "red"). */
function looksLikePastParticiple(lower: string): boolean {
  return (isIrregularPast(lower) || /[^e]ed$/.test(lower)) && verbLemmaOf(lower) !== null;
}

/** Whether a past's lemma is a one-syllable stem it would have doubled ("fined" → not "fin"). */
function isUndoubledPast(word: Word): boolean {
  return (
    /ed$/.test(word.lower) &&
    word.lower === `${word.lemma}ed` &&
    /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(word.lemma) &&
    isVerbLemma(`${word.lemma}e`)
  );
}
