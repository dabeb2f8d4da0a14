/**
 * Names layer: finds the names in one sentence's tagged words, whole ("General Motors",
 * "JPMorgan Chase & Co.", "Boeing 787 Dreamliner", "S&P 500", "Standard and Poor's 500"),
 * and tells people, organizations, countries, places, products and market indices apart.
 * An acronym in brackets after a name ("European Aeronautic Defence and Space Company
 * (EADS)") is tied to it. Descriptions that stand for a person ("the top US diplomat")
 * and demonyms that stand for a country ("Russian diplomats") are found too.
 */
import type { EntityKind, Span } from '../../contract/corpus.ts';
import type { Word } from '../language/tag-words.ts';
import { foldAccents } from '../language/fold-accents.ts';
import { followsDatelineDash, isApostropheS } from '../language/word.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { isMarketNoun } from '../lexicon/event-kinds.ts';
import {
  ACTOR_NOUNS,
  DESCRIPTOR_NOUNS,
  KNOWN_ORGANIZATIONS,
  NOT_NAME_WORDS,
  ORGANIZATION_WORDS,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  PORTFOLIOS,
  TITLE_WORDS,
  countryOf,
  governmentOf,
} from '../events/name-lexicon.ts';
import {
  CORPORATE_SUFFIXES,
  CREDIT_GRADE,
  FIRST_NAMES,
  HONORIFICS,
  INDEX_WORDS,
  LAST_NAMES,
  NAME_CONNECTORS,
  NEARNESS_WORDS,
  ORGANIZATIONS,
  PLACE_FRAME_NOUNS,
  PLACES,
  RATING_LEMMAS,
  STAFF_TITLES,
  REGION_QUALIFIERS,
  TIME_ZONES,
} from '../lexicon/names.ts';
import { isEventNoun } from '../lexicon/event-nouns.ts';
import { isPersonNoun } from '../lexicon/person-nouns.ts';
import { isGeographicNoun, referentKindOf } from '../lexicon/referring-nouns.ts';
import { verbLemmaOf } from '../lexicon/verbs.ts';
import { findDescriptions } from './find-descriptions.ts';
import { joinsCompound } from './noun-phrases.ts';
import type { NameMention } from './name-mention.ts';

export type { NameMention } from './name-mention.ts';

/** Endings of adjectives ("successive", "internal", "additional", "annualised"). */
const ADJECTIVE_ENDING = /(?:ive|al|ous|ful|ible|able|ic|ised|ized)$/;
/**
 * A model's name: one or two capitals, then three or four digits ("A380", "S-300", "B747"),
 * and a variant after a hyphen ("A350-900", "E195-E2").
 */
const MODEL_DESIGNATOR = /^[A-Z]{1,2}-?\d{3,4}[A-Z]{0,3}(?:-[A-Z0-9]{1,4})?s?$/;

/** Prepositions after which a name is where something happens, not who acts. */
const LOCATIVE = new Set<string>([...PLACE_PREPOSITIONS, 'around', 'via', 'through', 'between']);
/** Verbs whose object is a place, though a capital's name ("visited Tripoli", "fled Kyiv"). */
const PLACE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'visit',
  'tour',
  'leave',
  'flee',
  'reach',
  'enter',
  'evacuate',
  'bomb',
  'shell',
  'storm',
  'capture',
  'seize',
  'besiege',
  'occupy',
  'liberate',
]);
/** Of those, the ones that also take companies and people ("a letter to Boeing"). */
const LOCATIVE_FOR_PLACES_ONLY = new Set(['to', 'from', 'for', 'toward', 'towards', 'into']);
/** Titles that may stand inside a run of names: "Northrop Grumman CEO Ron Sugar". */
const INNER_TITLES = new Set(
  [...PERSON_TITLES].filter((title) => !['us', 'u.s.', 'of', 'the'].includes(title)),
);

/** Name lists hold names unaccented ("sebastian"): "Sebastián" is found as well. */
const isFirstName = (lower: string) =>
  FIRST_NAMES.has(lower) || FIRST_NAMES.has(foldAccents(lower));
const isLastName = (lower: string) => LAST_NAMES.has(lower) || LAST_NAMES.has(foldAccents(lower));
const isCapitalized = (word: Word) =>
  /^\p{Lu}/u.test(word.text) || /^\p{Ll}+\p{Lu}/u.test(word.text);
const isAcronym = (text: string) => /^[A-Z][A-Z&.]{1,}$/.test(text.replace(/\.$/, ''));

/** Whether a word can be part of a name. `first`: it would open the sentence. */
function nameWord(
  word: Word,
  first: boolean,
  excluded: (word: Word) => boolean,
  next?: Word,
  afterNext?: Word,
): boolean {
  if (excluded(word) || !isCapitalized(word) || /[$€£¥]/.test(word.text)) return false;
  // "Obviously, …": an adverb the tagger took for a name.
  if (/ly$/.test(word.lower) && word.pos !== 'PROPN') return false;
  if (NOT_NAME_WORDS.has(word.lower) && word.pos !== 'PROPN') return false;
  if (TIME_ZONES.has(word.lower)) return false;
  // A sentence opens with a capital whatever the word: only a proper noun counts there,
  // and not a plural no name list knows ("Shares of …", "Officials said").
  if (first)
    return (
      (word.pos === 'PROPN' &&
        !commonPluralOpener(word) &&
        !genericBodies(word, next, afterNext)) ||
      isAcronym(word.text) ||
      // "Ford spokesman Mark Truby", "Apple chief executive Steve Jobs": a staff title
      // after the opener makes it the body's name.
      (next !== undefined &&
        STAFF_TITLES.has(next.text) &&
        (word.pos === 'NOUN' || word.pos === 'VERB') &&
        !ORGANIZATION_WORDS.has(word.lower))
    );
  return word.pos !== 'PRON' && word.pos !== 'DET' && word.pos !== 'ADP' && word.pos !== 'CCONJ';
}

/**
 * "Airlines choose the layout", "Banks lent less": a body word alone names no one body;
 * nor does a market's word ("Stock markets fell", "Oil prices rose"). "Bank of America
 * said", "University of Michigan researchers": with "of" and a name it is a body's name.
 */
function genericBodies(word: Word, next: Word | undefined, afterNext: Word | undefined): boolean {
  const ofName = next?.lower === 'of' && afterNext !== undefined && isCapitalized(afterNext);
  return (
    (ORGANIZATION_WORDS.has(word.lower) || isMarketNoun(word.lower)) &&
    next !== undefined &&
    !isCapitalized(next) &&
    !(ofName && ORGANIZATION_WORDS.has(word.lower)) &&
    !institutionSubject(word, next)
  );
}

/**
 * "Congress passed a housing bill", "Parliament voted": a singular body word with no
 * article before its verb is the one institution of that name (not "Police said",
 * "Banks lent less").
 */
function institutionSubject(word: Word, next: Word): boolean {
  return (
    ORGANIZATION_WORDS.has(word.lower) &&
    word.lemma === word.lower &&
    !MASS_BODY_WORDS.has(word.lower) &&
    (next.pos === 'VERB' || next.pos === 'AUX')
  );
}

/** Body words that take no article without being a name: "Police said", "Media reported". */
const MASS_BODY_WORDS: ReadonlySet<string> = new Set([
  'police',
  'media',
  'press',
  'news',
  'energy',
  'forces',
  'airlines',
  'airways',
  'motors',
  'holdings',
  'times',
  'security',
  'management',
  'industries',
  'systems',
  'technologies',
  'brands',
  'foods',
  'pharmaceuticals',
  'brigades',
]);

/** "Rolls-Royce", "Coca-Cola": capitalised words hyphened together, whatever the tagger read. */
function hyphenedName(words: readonly Word[], index: number): boolean {
  const [word, hyphen, after] = [words[index], words[index + 1], words[index + 2]];
  return (
    word !== undefined &&
    hyphen?.text === '-' &&
    after !== undefined &&
    isCapitalized(word) &&
    (isCapitalized(after) || hyphenedParticle(words, index + 1) > 0) &&
    hyphen.start === word.end &&
    after.start === hyphen.end
  );
}

/** Particles of a place's hyphened name: "Port-au-Prince", "Stratford-upon-Avon". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'au',
  'aux',
  'en',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'sur',
  'sous',
  'upon',
  'on',
  'under',
  'am',
  'im',
]);

/**
 * How many words a hyphen at `index`, a lower-case particle and a hyphen before a capital
 * take, all written together ("-au-Prince" of "Port-au-Prince": 4); 0 when none does.
 */
function hyphenedParticle(words: readonly Word[], index: number): number {
  const [hyphen, particle, second, after] = words.slice(index, index + 4);
  const joined = (a: Word | undefined, b: Word | undefined) =>
    a !== undefined && b !== undefined && a.end === b.start;
  const shaped =
    hyphen?.text === '-' &&
    NAME_PARTICLES.has(particle?.text ?? '') &&
    second?.text === '-' &&
    after !== undefined &&
    isCapitalized(after);
  return shaped &&
    joined(words[index - 1], hyphen) &&
    joined(hyphen, particle) &&
    joined(particle, second) &&
    joined(second, after)
    ? 4
    : 0;
}

function commonPluralOpener(word: Word): boolean {
  const lower = word.lower;
  const singular = lower.slice(0, -1);
  return (
    /^\p{Lu}\p{Ll}+s$/u.test(word.text) &&
    !/ss$/.test(lower) &&
    (verbLemmaOf(singular) === singular || isEventNoun(singular)) &&
    !isFirstName(lower) &&
    !isLastName(lower) &&
    !PLACES.has(lower) &&
    !ORGANIZATIONS.has(lower)
  );
}

/**
 * Names in one sentence's words. `excluded` marks words that belong to a date or time
 * ("Monday", "March").
 */
export function findNames(
  words: readonly Word[],
  text: string,
  excluded: (word: Word) => boolean,
): NameMention[] {
  const mentions: NameMention[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    const opener = opensSentence(words, index);
    if (
      !(
        nameWord(word, opener, excluded, words[index + 1], words[index + 2]) ||
        hyphenedName(words, index)
      ) ||
      // "Automaker General Motors said", "Rival Samsung said": a common noun that opens the
      // sentence before a name describes it.
      (opener && describesNameAfter(word, words[index + 1], words[index + 2])) ||
      isUnitOfNumber(words, index) ||
      isCreditGrade(words, index)
    ) {
      const demonym = demonymActor(words, index);
      if (demonym) mentions.push(demonym);
      index++;
      continue;
    }
    // "Former Federal Reserve chairman Alan Greenspan": an opener that dates a title
    // belongs to the title written small after the body, not to the body's name.
    if (opener && FORMER_WORDS.has(word.lower) && !isPersonTitle(words[index + 1]?.lower ?? '')) {
      index++;
      continue;
    }
    const title = quotedTitleEnd(words, index);
    if (title > 0) {
      index = title + 1;
      continue;
    }
    const end = runEnd(words, index, excluded);
    const run = joinTitleCompounds(words.slice(index, end + 1));
    const previous = words.slice(Math.max(0, index - 5), index);
    const numbered = numberedProduct(
      words,
      index,
      end,
      classifyRun(run, previous, opener, words[end + 1], text),
      excluded,
    );
    const classified = boughtBody(
      words,
      end,
      basedIn(words, end, describedBody(words, end, classifiedPerson(words, index, end, numbered))),
    );
    const nicknamed = withNickname(words, end, classified);
    const found = nicknamed?.found ?? classified;
    const acronym = bracketedAcronym(words, end);
    for (const mention of found) mentions.push(mention);
    if (nicknamed) {
      index = nicknamed.end + 1;
      continue;
    }
    if (acronym && found.length > 0) {
      const longForm = found[found.length - 1] as NameMention;
      mentions.push({
        start: acronym.start,
        end: acronym.end,
        text: acronym.text,
        kind: longForm.kind === 'person' ? 'organization' : longForm.kind,
        name: acronym.text,
        role: null,
        longForm: longForm.name,
      });
      index = end + 4;
      continue;
    }
    index = end + 1;
  }
  mentions.push(...findDescriptions(words, text));
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * "WHO Director-General Tedros", "UN Secretary-General": a title written with a hyphen is
 * one word of the run, so the title and the name split whole.
 */
function joinTitleCompounds(run: readonly Word[]): Word[] {
  const joined: Word[] = [];
  for (let at = 0; at < run.length; at++) {
    const [first, hyphen, second] = [run[at] as Word, run[at + 1], run[at + 2]];
    if (
      hyphen !== undefined &&
      second !== undefined &&
      joinsCompound(run, at + 1) &&
      TITLE_WORDS.has(first.lower) &&
      TITLE_WORDS.has(second.lower)
    ) {
      const text = `${first.text}-${second.text}`;
      joined.push({
        ...first,
        end: second.end,
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase(),
      });
      at += 2;
    } else joined.push(first);
  }
  return joined;
}

function describesNameAfter(word: Word, next: Word | undefined, afterNext?: Word): boolean {
  if (next === undefined || !isCapitalized(next)) return false;
  const lower = word.lower;
  if (TITLE_WORDS.has(lower) || HONORIFICS.has(lower) || isFirstName(lower)) return false;
  if (DESCRIPTOR_NOUNS.has(lower) || isPersonNoun(lower)) return true;
  // "Substitute Mario Götze scored", "Veteran Anna Berg left": a common word before a
  // first name and a surname describes the person (not "Lake Victoria", a place's name).
  return (
    isCommonWord(lower) &&
    isFirstName(next.lower) &&
    afterNext !== undefined &&
    isCapitalized(afterNext) &&
    (isLastName(afterNext.lower) || !isCommonWord(afterNext.lower))
  );
}

/** A model number before a name: "787" (not a year: "the 2008 Olympics"). */
const LEADING_MODEL_NUMBER = /^\d{3,4}$/;
const YEAR_LIKE = /^(1[89]|2[01])\d\d$/;

/**
 * "the first 787 Dreamliner", "its 737 Max": a model number before a name the lexicons do
 * not know is the product's name with it. Not a count ("the 300 Boeing workers": a noun
 * follows) and not a year ("the 2012 Olympics").
 */
function numberedProduct(
  words: readonly Word[],
  start: number,
  end: number,
  found: NameMention[],
  excluded: (word: Word) => boolean,
): NameMention[] {
  const number = words[start - 1];
  const before = words[start - 2];
  const after = words[end + 1];
  const only = found[0];
  if (
    !number ||
    !before ||
    found.length !== 1 ||
    !only ||
    only.kind !== 'organization' ||
    only.start !== (words[start] as Word).start ||
    only.end !== (words[end] as Word).end ||
    !LEADING_MODEL_NUMBER.test(number.text) ||
    YEAR_LIKE.test(number.text) ||
    excluded(number) ||
    number.end + 1 !== (words[start] as Word).start ||
    !['DET', 'ADJ', 'PRON'].includes(before.pos) ||
    (after !== undefined && ['NOUN', 'NUM', 'PROPN'].includes(after.pos)) ||
    isKnownOrganizationName(only.name.toLowerCase())
  )
    return found;
  const name = `${number.text} ${only.name}`;
  return [{ start: number.start, end: only.end, text: name, kind: 'product', name, role: null }];
}

const OPENING_QUOTES = new Set(['“', '"']);
const CLOSING_QUOTES = new Set(['”', '"']);

/**
 * "Boeing 787 “Dreamliner”": a product's nickname in quotation marks right after it is part
 * of its name ("Boeing 787 Dreamliner"). `end`: the run's last word.
 */
function withNickname(
  words: readonly Word[],
  end: number,
  found: NameMention[],
): { found: NameMention[]; end: number } | null {
  const product = found[found.length - 1];
  const [open, nickname, close] = [words[end + 1], words[end + 2], words[end + 3]];
  if (
    !product ||
    product.kind !== 'product' ||
    product.end !== (words[end] as Word).end ||
    !open ||
    !nickname ||
    !close ||
    !OPENING_QUOTES.has(open.text) ||
    !CLOSING_QUOTES.has(close.text) ||
    !/^\p{Lu}\p{Ll}+$/u.test(nickname.text)
  )
    return null;
  const name = `${product.name} ${nickname.text}`;
  const whole = { ...product, end: close.end, name };
  return { found: [...found.slice(0, -1), whole], end: end + 3 };
}

/**
 * "published a book about women and work, “Lean In,” in March": a quotation set off by a
 * comma or after a common noun, all of whose words are capitalized, is the title of a work,
 * no name; where it closes, or -1 (not "said “BP is responsible”", nor the nickname of
 * "the 787 “Dreamliner”").
 */
function quotedTitleEnd(words: readonly Word[], index: number): number {
  const open = words[index - 1];
  const before = words[index - 2];
  if (!open || !OPENING_QUOTES.has(open.text)) return -1;
  if (before?.text !== ',' && before?.pos !== 'NOUN') return -1;
  for (let at = index; at < words.length && at < index + 8; at++) {
    const word = words[at] as Word;
    if (CLOSING_QUOTES.has(word.text)) return at > index ? at : -1;
    if (word.pos !== 'PUNCT' && !/^\p{Lu}/u.test(word.text)) return -1;
  }
  return -1;
}

/**
 * The sentence's first word, the first of a quotation ("“Sales will rise”", "said “People
 * will buy cars”"), or the first after an ellipsis ("disappointed ... Once we have").
 */
function opensSentence(words: readonly Word[], index: number): boolean {
  if (index === 0) return true;
  const previous = words[index - 1] as Word;
  // (A straight quote opens only when written against the word: not '"We will," Banks'.)
  const opening =
    previous.text === '“' ||
    (previous.text === '"' && previous.end === (words[index] as Word).start);
  return (
    opening || previous.text === '...' || previous.text === '…' || followsDatelineDash(words, index)
  );
}

/**
 * "Bay of Biscay", "Lake Geneva", "Hudson River": a name headed by a water or a landform
 * is a place (not "Deutsche Bank": a body's word names a body; not "Anna Berg": a person).
 */
function namesGeography(run: readonly Word[]): boolean {
  const geographic = (word: Word | undefined) =>
    word !== undefined && isGeographicNoun(word.lower) && !ORGANIZATION_WORDS.has(word.lower);
  if (run.length < 2) return false;
  // "Anna Berg", "President Anna Berg": a first name and a surname that is also a landform.
  let name = 0;
  while (name < run.length - 2 && isTitleWord(run[name] as Word)) name++;
  if (run.length - name === 2 && isFirstName((run[name] as Word).lower)) return false;
  // "Lake Geneva", "Mount Kenya", "Bay of Biscay": a water or landform before its name too.
  return (
    geographic(run[run.length - 1]) ||
    (geographic(run[0]) && (run.length === 2 || run[1]?.lower === 'of'))
  );
}

/** Plurals of people that open names with their "'s" ("People's Bank", "Children's Hospital"). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'women', 'men']);

/** Index of the last word of the name that starts at `start`. */
function runEnd(words: readonly Word[], start: number, excluded: (word: Word) => boolean): number {
  let end = start;
  while (end + 1 < words.length) {
    const current = words[end] as Word;
    const next = words[end + 1] as Word;
    const after = words[end + 2];
    if (next !== undefined && isApostropheS(next)) {
      // "Moody's said": a possessive the tags made part of a name ends it.
      if (next.pos === 'PROPN') return end + 1;
      // "Standard & Poor's 500": a possessive inside a joined name, before an index's size.
      const joined = words
        .slice(start, end)
        .some((word) => word.text === '&' || word.lower === 'and');
      if (joined && after?.pos === 'NUM' && /^\d{2,4}$/.test(after.text)) return end + 2;
      // "the People's Bank of China", "the Children's Hospital": a plural of people opening
      // a name is part of it, not its owner (not "Britain's Bank of England").
      if (
        end === start &&
        PEOPLE_PLURALS.has(current.lower) &&
        after !== undefined &&
        nameWord(after, false, excluded)
      ) {
        end += 2;
        continue;
      }
      return end;
    }
    // "Chrysler LLC Jim Press": a legal form ends a company's name.
    if (end > start && CORPORATE_SUFFIXES.has(current.lower) && /^\p{Lu}/u.test(current.text))
      return end;
    if (CORPORATE_SUFFIXES.has(next.lower) && /^\p{Lu}/u.test(next.text)) {
      end++;
      continue;
    }
    if (nameWord(next, false, excluded) && adjacent(current, next)) {
      end++;
      continue;
    }
    // "Rolls-Royce", "Mercedes-Benz": capitalized parts joined by a hyphen.
    if (
      next.text === '-' &&
      after &&
      /^[\p{Lu}0-9]/u.test(after.text) &&
      next.start === current.end &&
      after.start === next.end
    ) {
      end += 2;
      continue;
    }
    // "Port-au-Prince", "Aix-en-Provence": a place's particle between hyphens.
    const particle = hyphenedParticle(words, end + 1);
    if (particle > 0) {
      end += particle;
      continue;
    }
    // "Apple Computer, Inc.", "Google, Inc.": a legal form set off by a comma ends the name.
    if (next.text === ',' && after && isCapitalized(after) && CORPORATE_SUFFIXES.has(after.lower)) {
      end += 2;
      continue;
    }
    // "JPMorgan Chase & Co.", "AT&T": an ampersand joins two parts of one name.
    if (
      next.text === '&' &&
      after &&
      (isCapitalized(after) || CORPORATE_SUFFIXES.has(after.lower))
    ) {
      end += 2;
      continue;
    }
    // "Bashar al-Assad", "Abdel Fattah el-Sisi": a particle hyphened to a capitalized word.
    const particleEnd = words[end + 3];
    if (
      NAME_CONNECTORS.has(next.lower) &&
      after?.text === '-' &&
      particleEnd &&
      after.start === next.end &&
      particleEnd.start === after.end &&
      nameWord(particleEnd, false, excluded)
    ) {
      end += 3;
      continue;
    }
    // "Bank of America", "Department of Defense": a connector then a capitalized word.
    if (
      NAME_CONNECTORS.has(next.lower) &&
      after &&
      nameWord(after, false, excluded) &&
      !countryOf(after.text)?.demonym
    ) {
      end += 2;
      continue;
    }
    // "Research In Motion": a preposition written with a capital inside a run of names is
    // the name's own (not before a place: "iPhone In San Francisco" in a headline).
    if (
      CAPITAL_CONNECTORS.has(next.text) &&
      after &&
      nameWord(after, false, excluded) &&
      !namesPlaceFrom(words, end + 2, excluded)
    ) {
      end += 2;
      continue;
    }
    // "Standard and Poor's", "Defence and Space Company": "and" inside a name runs on to
    // a possessive or an organization word.
    // "Toyota and General Motors" stay two: a known organization before "and" is whole, and
    // so is a place ("Lake Geneva and Deutsche Bank"), and a name that ends in an
    // organization's word ("United Airlines and Continental Airlines").
    if (
      next.lower === 'and' &&
      after &&
      nameWord(after, false, excluded) &&
      !knownOrganization(words, start, end) &&
      !ORGANIZATION_WORDS.has(current.lower) &&
      !namesGeography(words.slice(start, end + 1))
    ) {
      const runsOn = andContinues(words, end + 2, excluded);
      if (runsOn !== null) {
        end = runsOn;
        continue;
      }
    }
    // "Boeing 787", "S&P 500", "Airbus A380": a model number or an index's size, also
    // before the word "index" or "average" ("the Nikkei 225 index"), which count nothing.
    if (next.pos === 'NUM' && /^\d{2,4}s?$/.test(next.text) && !/^(1[89]|20)\d\d/.test(next.text)) {
      const unit =
        after &&
        after.lower !== 'index' &&
        after.lower !== 'average' &&
        (after.pos === 'NOUN' || after.pos === 'NUM' || after.pos === 'SYM');
      if (!unit || (after && isCapitalized(after))) {
        end++;
        continue;
      }
    }
    // "iPhone 4", "Lundos 7", "iPhone 3G": a version, one digit with any capitals written
    // onto it, ends a product's name (not a count: "sent Lund 2 percent higher"; not a
    // part's number after common words: "Article 5", "Phase 2").
    const version = versionLength(words, end + 1);
    if (version > 0 && words.slice(start, end + 1).some((word) => !isCommonWord(word.lower))) {
      end += version;
      continue;
    }
    break;
  }
  return end;
}

/** The words of a version number at `at` ("4"; "3" and "G" of "3G"), or 0. */
function versionLength(words: readonly Word[], at: number): number {
  const digit = words[at];
  // ("3G" may come as one word.)
  if (digit && /^\d\p{Lu}{1,3}$/u.test(digit.text)) return 1;
  if (digit?.pos !== 'NUM' || !/^\d$/.test(digit.text)) return 0;
  const letters = words[at + 1];
  const written = letters && letters.start === digit.end && /^\p{Lu}{1,3}$/u.test(letters.text);
  const after = words[at + (written ? 2 : 1)];
  // ("beat Lund 2-1", "Lund 2nd": a score or an ordinal runs on; a comma may follow.)
  if (
    after &&
    after.start === (written ? letters : digit).end &&
    /^[\p{L}\p{N}-]/u.test(after.text)
  )
    return 0;
  // ("the iPhone 3G phones": capitals written onto it make it a version before a noun too.)
  if (written) return 2;
  if (after && !isCapitalized(after) && (after.pos === 'NOUN' || after.pos === 'NUM')) return 0;
  return 1;
}

function knownOrganization(words: readonly Word[], start: number, end: number): boolean {
  const name = words
    .slice(start, end + 1)
    .map((word) => word.lower)
    .join(' ');
  return isKnownOrganizationName(name);
}

/** Whether a lower-case name is an organization the lexicons know ("general motors"). */
export function isKnownOrganizationName(name: string): boolean {
  return ORGANIZATIONS.has(name) || KNOWN_ORGANIZATIONS.has(name);
}

function adjacent(a: Word, b: Word): boolean {
  return b.start - a.end <= 1;
}

/** After "X and", the end of the name if it runs on to a possessive or organization word. */
function andContinues(
  words: readonly Word[],
  from: number,
  excluded: (word: Word) => boolean,
): number | null {
  let end = from;
  while (end + 1 < words.length && nameWord(words[end + 1] as Word, false, excluded)) end++;
  const last = words[end] as Word;
  const after = words[end + 1];
  if (after && isApostropheS(after) && words[end + 2]?.pos === 'NUM') return end + 2;
  // "Barclays and Bank of America": an organization word before "of" and a name opens a
  // name of its own.
  const owner = words[end + 2];
  const opensName = after?.lower === 'of' && owner !== undefined && isCapitalized(owner);
  if (opensName) return null;
  if (ORGANIZATION_WORDS.has(last.lower) || CORPORATE_SUFFIXES.has(last.lower)) return end;
  return null;
}

/** "(EADS)" right after a name: the acronym it goes by. */
function bracketedAcronym(words: readonly Word[], end: number): Word | null {
  const open = words[end + 1];
  const acronym = words[end + 2];
  const close = words[end + 3];
  if (open?.text !== '(' || close?.text !== ')' || !acronym) return null;
  return isAcronym(acronym.text) ? acronym : null;
}

/** "Russian diplomats", "US troops": the demonym names the country as an actor. */
function demonymActor(words: readonly Word[], index: number): NameMention | null {
  const word = words[index] as Word;
  const next = words[index + 1];
  if (!/^\p{Lu}/u.test(word.text) || !next) return null;
  const country = countryOf(word.text);
  if (!country || !ACTOR_NOUNS.has(next.lower)) return null;
  return mention(word, word, 'country', country.canonical, null);
}

/**
 * "his predecessor, Shinzo Abe": a name of two or three words set after a noun for a
 * person is that person's, though no list knows the first name.
 */
function namedPerson(run: readonly Word[], previous: readonly Word[]): boolean {
  const noun = previous[previous.length - 2];
  return (
    previous[previous.length - 1]?.text === ',' &&
    noun !== undefined &&
    noun.pos === 'NOUN' &&
    isPersonNoun(noun.lemma) &&
    run.length >= 2 &&
    run.length <= 3 &&
    run.every(isNameShaped)
  );
}

/** "a 4GB model", "a 500MW plant": capitals written onto a number are its unit, no name. */
function isUnitOfNumber(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const before = words[index - 1];
  return (
    before !== undefined &&
    before.pos === 'NUM' &&
    before.end === word.start &&
    /^\d/.test(before.text) &&
    /^\p{Lu}{1,3}[a-z]?$/u.test(word.text)
  );
}

/**
 * "cut to AA+", "its top AAA rating", "rated it Baa3": a credit rating's grade is no name,
 * when a sign follows it or its sentence speaks of ratings.
 */
function isCreditGrade(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  if (!CREDIT_GRADE.test(word.text.replace(/[+-]$/, ''))) return false;
  const next = words[index + 1];
  if (/[+-]$/.test(word.text) || (next?.start === word.end && /^[+-]$/.test(next.text)))
    return true;
  return words.some(
    (other) => RATING_LEMMAS.has(other.lemma) || (other.pos === 'VERB' && other.lemma === 'rate'),
  );
}

/** Words for a company's shares: "Merrill Lynch shares", "shares of Morgan Stanley". */
const SHARE_WORDS = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders']);

/** Whether the name before `following` (after `previous`) is one whose shares trade. */
function tradedName(previous: readonly Word[], following: Word | undefined): boolean {
  if (following && SHARE_WORDS.has(following.lower)) return true;
  const preposition = previous[previous.length - 1]?.lower;
  const noun = previous[previous.length - 2]?.lower ?? '';
  return (
    (preposition === 'of' || preposition === 'in') && (SHARE_WORDS.has(noun) || noun === 'stake')
  );
}

/** Whether the words before a name are "a stake in", "its holding in". */
function heldStake(previous: readonly Word[]): boolean {
  const noun = previous[previous.length - 2]?.lower ?? '';
  return (
    previous[previous.length - 1]?.lower === 'in' &&
    (noun === 'stake' || noun === 'holding' || noun === 'shareholding')
  );
}

function classifyRun(
  run: Word[],
  previous: Word[],
  sentenceInitial: boolean,
  following: Word | undefined,
  text: string,
): NameMention[] {
  const first = run[0] as Word;
  const last = run[run.length - 1] as Word;
  // ("Apple Computer, Inc." is named "Apple Computer Inc.".)
  const phrase = text
    .slice(first.start, last.end)
    .replace(/\s+/g, ' ')
    .replace(/, (?=\S+$)/, ' ');
  const lower = phrase.toLowerCase().replace(/^the /, '');
  const lowerWords = run.flatMap((word) => word.lower.split('-'));
  const before = previous[previous.length - 1];
  // "disappointment at GM's cancellation": a possessive after "at" owns the noun that
  // follows; the preposition places that noun, not the name.
  const possessor = following !== undefined && isApostropheS(following);
  const locative = before !== undefined && LOCATIVE.has(before.lower) && !possessor;
  const name = phrase.replace(/^The /, '');
  // "Merrill Lynch shares", "shares of Morgan Stanley": what has shares is a company,
  // however much its name looks like a person's.
  if (run.length >= 2 && run.length <= 4 && tradedName(previous, following) && !countryOf(phrase))
    return [mention(first, last, 'organization', name, null)];
  // "a 75 percent stake in Glitnir", "shares in HBOS": what one holds a stake or shares in
  // is a company, not a place.
  if (
    run.length === 1 &&
    (heldStake(previous) || tradedName(previous, undefined)) &&
    !countryOf(phrase) &&
    !PLACES.has(lower)
  )
    return [mention(first, last, 'organization', name, null)];
  // "the Chief Executive Officer of General Motors": a title of a company names the company.
  const of = run.findIndex((word) => word.lower === 'of');
  if (
    of > 0 &&
    of < run.length - 1 &&
    run.slice(0, of).every(isTitleWord) &&
    (knownOrganization(run, of + 1, run.length - 1) ||
      ORGANIZATION_WORDS.has(last.lower) ||
      // "CEO of GM": a title's acronym is a body, not a person.
      (of === run.length - 2 && isAcronym(last.text)))
  )
    return classifyRun(
      run.slice(of + 1),
      [...previous, ...run.slice(0, of + 1)],
      false,
      following,
      text,
    );
  // "Chancellor of the Exchequer Alistair Darling": after a title's "of", the words before
  // a first name end the title, and the name is the holder's.
  const holder = holderAfterTitleOf(run, previous);
  if (holder > 0)
    return classifyRun(
      run.slice(holder),
      [...previous, ...run.slice(0, holder)],
      false,
      following,
      text,
    );
  // "10:00 pm (Local Time)", "at 9 a.m. Eastern Time": a clock's time zone names no one.
  if (last.lower === 'time' && afterClockTime(previous)) return [];
  // "the Prime Minister", "Ohio's Congresswoman", "The Chief Executive": a title that
  // names no one is a role, not a name (a lone "King" or "Baker" may be a surname).
  // ("Chief executive Tero Lund said": a title's first word, capitalised by its place.)
  if (
    run.every(isRoleWord) &&
    (run.length > 1 ||
      following?.lower === 'of' ||
      (following !== undefined && isSmallTitle(following)) ||
      (before !== undefined &&
        (before.pos === 'DET' || isApostropheS(before) || isRoleWord(before))))
  )
    return [];
  // "the UN Secretary-General said", "a Ford Vice President": a body, then a title that
  // names no one: the body alone.
  let titleStart = run.length;
  // (A word hyphened onto the name is the name's: "Port-au-Prince".)
  while (
    titleStart > 1 &&
    isRoleWord(run[titleStart - 1] as Word) &&
    run[titleStart - 2]?.text !== '-'
  )
    titleStart--;
  // (Not "Mervyn King": after a first name alone, a title's word is the surname.)
  if (
    titleStart < run.length &&
    run.slice(titleStart).some((word) => isPersonTitle(word.lower)) &&
    !run.slice(0, titleStart).some(isRoleWord) &&
    !(titleStart === 1 && isFirstName(first.lower))
  )
    return classifyRun(run.slice(0, titleStart), previous, sentenceInitial, run[titleStart], text);
  // "Northrop Grumman CEO Ron Sugar": an organization, then a person with that role.
  // "Chrysler Chief Executive Robert Nardelli": words that are a title only with others
  // ("chief", "executive") split the run too when a known first name follows them.
  const found = run.findIndex(
    (word, index) =>
      index > 0 &&
      /^\p{Lu}/u.test(word.text) &&
      (INNER_TITLES.has(word.lower.replace(/\.$/, '')) ||
        (TITLE_WORDS.has(word.lower) && firstNameAfterTitles(run, index))),
  );
  // "Boeing Chief Financial Officer James Bell": the whole title goes with the person.
  let inner = found;
  while (inner > 1 && isOfficerTitleWord(run, inner - 1)) inner--;
  if (inner > 0 && inner < run.length - 1) {
    let personStart = inner;
    while (
      personStart < run.length - 1 &&
      (isTitleWord(run[personStart] as Word) || isOfficerTitleWord(run, personStart))
    )
      personStart++;
    const person = run.slice(personStart);
    if (
      // Not "Vice Chairman of Chrysler": after a title's "of" comes the body it heads.
      (run[personStart - 1] as Word).lower !== 'of' &&
      person.length >= 1 &&
      person.length <= 4 &&
      // ("ECB President Jean-Claude Trichet": a hyphen joins two words of the name.)
      person.every((word) => word.text === '-' || /^\p{Lu}[\p{Ll}'’.-]*$/u.test(word.text))
    ) {
      // "Deputy Defense Secretary Wolfowitz": a title's own first word owns nothing.
      const ownerWords = run.slice(0, inner);
      // "Secretary of State John Kerry": a title's "of" and what it heads are the title's.
      const owner = ownerWords.every((word) => isRoleWord(word) || TITLE_LINKS.has(word.lower))
        ? []
        : classifyRun(ownerWords, previous, sentenceInitial, run[inner], text);
      const role = text.slice(first.start, (run[personStart - 1] as Word).end);
      const personName = text.slice((person[0] as Word).start, last.end);
      return [...owner, mention(person[0] as Word, last, 'person', personName, role)];
    }
  }

  if (namesGeography(run)) return [mention(first, last, 'place', phrase, null)];
  const country = countryOf(phrase);
  if (country && !country.demonym)
    return [mention(first, last, 'country', country.canonical, null)];
  const government = governmentOf(phrase);
  if (government) {
    // "in Moscow" is a place; "Moscow vowed", "Moscow's envoy" is the government; so is
    // what one visits, leaves or bombs ("visited Tripoli", "fled Kyiv").
    const visited = before?.pos === 'VERB' && PLACE_OBJECT_VERBS.has(before.lemma) && !possessor;
    return locative || visited
      ? [mention(first, last, 'place', phrase, null)]
      : [mention(first, last, 'country', government, null)];
  }
  if (country?.demonym) {
    return following && ACTOR_NOUNS.has(following.lower)
      ? [mention(first, last, 'country', country.canonical, null)]
      : [];
  }
  // "the UN special envoy …": an organization inside someone's title is no mention of its own.
  if (
    following &&
    TITLE_WORDS.has(following.lower) &&
    !isCapitalized(following) &&
    run.length === 1 &&
    isAcronym(first.text)
  )
    return [];
  // "the Hang Seng index", "Japan's Nikkei 225 index": a name before "index" names one, and
  // so does a possessive before a size ("Standard & Poor's 500").
  // ("Dow Jones & Company", "Nasdaq Stock Market Inc.": the companies behind an index.)
  const company = CORPORATE_SUFFIXES.has(last.lower) || ORGANIZATION_WORDS.has(last.lower);
  if (
    !company &&
    (lowerWords.some((word) => INDEX_WORDS.has(word)) ||
      INDEX_WORDS.has(lower) ||
      (last.pos === 'NUM' && run.length > 2 && isApostropheS(run[run.length - 2] as Word))) &&
    (run.length > 1 || last.lower !== 'average')
  )
    return [mention(first, last, 'index', name, null)];
  if (following?.lower === 'index') return [mention(first, last, 'index', name, null)];
  const organization =
    isKnownOrganizationName(lower) ||
    ORGANIZATION_WORDS.has(last.lower) ||
    CORPORATE_SUFFIXES.has(last.lower) ||
    run.some((word) => word.text === '&');
  if (organization) return [mention(first, last, 'organization', name, null)];
  // "An American Airlines 777", "the Singapore Airlines A380": a body before a model is the
  // airline that flies it, not part of the model's name.
  const modelAt = run.findIndex((word, index) => index > 0 && /\d/.test(word.text));
  if (modelAt > 0 && ORGANIZATION_WORDS.has((run[modelAt - 1] as Word).lower)) {
    const operator = run.slice(0, modelAt);
    const model = run.slice(modelAt);
    const operatorName = text.slice(
      (operator[0] as Word).start,
      (operator[modelAt - 1] as Word).end,
    );
    const modelName = text.slice((model[0] as Word).start, last.end);
    return [
      mention(
        operator[0] as Word,
        operator[modelAt - 1] as Word,
        'organization',
        operatorName.replace(/^The /, ''),
        null,
      ),
      mention(model[0] as Word, last, 'product', modelName.replace(/(\d)s$/, '$1'), null),
    ];
  }
  // "Boeing 787 Dreamliner", "Airbus A380": a maker's name with a model number.
  // "the A380s", "two Boeing 737s", "22 Boeing 787 Dreamliners": the plural names the model.
  const model = name.replace(/(\d)s$/, '$1').replace(/(\d[^ ]* [A-Z][a-z]+[^s])s$/, '$1');
  if (run.length > 1 && run.slice(1).some((word) => /\d/.test(word.text)))
    return [mention(first, last, 'product', model, null)];
  // "iPhone", "iPad 2", "iTunes Store": a name written with a small "i" before its capital
  // is a product's (a plural is its model: "iPhones" where the text names the "iPhone";
  // not "iTunes").
  if (/^i\p{Lu}/u.test(first.text)) {
    const singular = /^i\p{Lu}\p{Ll}+s$/u.test(name) ? name.slice(0, -1) : null;
    const named = singular !== null && new RegExp(`\\b${singular}\\b`, 'u').test(text);
    return [mention(first, last, 'product', named ? singular : name, null)];
  }
  // "the A380", "an S-300": a model designator alone (letters, then three or more digits).
  if (run.length === 1 && MODEL_DESIGNATOR.test(first.text))
    return [mention(first, last, 'product', model, null)];
  // "US-Russian": a compound of countries names no one.
  const parts = run.filter((word) => word.text !== '-');
  if (parts.length > 1 && parts.every((word) => countryOf(word.text) !== null)) return [];
  // "UN-backed", "Chicago-based": a name inside a modifier is no participant.
  if (run.length === 1 && /-[a-z]+$/.test(first.text)) return [];

  // Strip a leading title: "US Secretary of State John Kerry" → role + "John Kerry".
  let split = 0;
  while (split < run.length - 1) {
    if (isTitleWord(run[split] as Word)) split++;
    // "(President of the) United States Barack Obama": a two-word country before a name.
    else if (split < run.length - 2 && twoWordCountry(run[split] as Word, run[split + 1] as Word))
      split += 2;
    else break;
  }
  const prefix = run.slice(0, split);
  const rest = run.slice(split);
  // "the Vice Chairman of Chrysler": what a title's "of" leads to is the body it heads.
  if (split > 0 && (run[split - 1] as Word).lower === 'of')
    return classifyRun(rest, [...previous, ...prefix], false, following, text);
  const restName = text.slice((rest[0] as Word).start, last.end).replace(/\s+/g, ' ');
  const lowerTitle = previous.filter((word) => !isCapitalized(word) && word.pos === 'NOUN');
  // "the CEO of GM", "the chief financial officer for GM": what follows a title's "of", or
  // a single word after its "for", is the body it heads, not its holder (but "the envoy for
  // Syria Staffan de Mistura").
  // ("the president of the ECB", "… of the Federal Reserve Bank of New York": "the" may
  // stand before one word, or a body's name.)
  const ofBefore =
    before?.lower === 'of' ||
    ((run.length === 1 || run.some((word) => ORGANIZATION_WORDS.has(word.lower))) &&
      before?.lower === 'the' &&
      previous[previous.length - 2]?.lower === 'of');
  const bodyAfterTitle =
    ofBefore || (run.length === 1 && TITLE_CONNECTORS.has(before?.lower ?? ''));
  const titledBefore =
    !bodyAfterTitle &&
    titleWordsBefore(previous).some(
      (word) => PERSON_TITLES.has(word.lower) || HONORIFICS.has(word.lower),
    );
  const titled =
    prefix.some((word) => isPersonTitle(word.lower) || HONORIFICS.has(word.lower)) || titledBefore;
  const personName = looksLikePerson(rest);
  if ((split > 0 && (titled || personName)) || (titledBefore && nameParts(rest).length <= 3)) {
    const countries = prefix
      .filter((word) => countryOf(word.text) && !countryOf(word.text)?.demonym)
      .map((word) =>
        mention(word, word, 'country', countryOf(word.text)?.canonical ?? word.text, null),
      );
    const role = [...lowerTitle, ...prefix].map((word) => word.text).join(' ') || null;
    return [...countries, mention(rest[0] as Word, last, 'person', restName, role)];
  }
  if (personName || namedPerson(run, previous))
    return [mention(first, last, 'person', phrase, null)];
  const placeOnly = before !== undefined && LOCATIVE_FOR_PLACES_ONLY.has(before.lower);
  if (PLACES.has(lower) || framedAsPlace(previous) || (locative && !placeOnly && run.length <= 3))
    return [mention(first, last, 'place', name, null)];
  // "Shares fell …": a plural common word opening the sentence, capitalized by its place.
  const commonPlural =
    first.lemma !== first.lower && (verbLemmaOf(first.lower) !== null || isEventNoun(first.lemma));
  if (run.length === 1 && sentenceInitial && (first.pos !== 'PROPN' || commonPlural)) return [];
  // "Industry-wide US car sales", "Due to the contract": a common word opening the sentence
  // as part of a compound or of a complex preposition names no one.
  if (run.length === 1 && sentenceInitial && isCommonWord(first.lower)) {
    const rest = following ? text.slice(following.end) : '';
    const hyphened = following?.text === '-' && following.start === last.end && /^[a-z]/.test(rest);
    const preposition = following?.lower === 'to' && /^\s+(?:the|a|an|its|their)\b/i.test(rest);
    if (hyphened || preposition) return [];
  }
  // "Successive rounds of talks", "Internal emails": an adjective opening the sentence
  // before its lower-case noun.
  if (
    run.length === 1 &&
    sentenceInitial &&
    ADJECTIVE_ENDING.test(first.lower) &&
    following?.pos === 'NOUN' &&
    !isCapitalized(following)
  )
    return [];
  // "European aircraft manufacturer", "its North American production": a regional
  // adjective before a common noun names no one.
  const regional =
    run.length === 1
      ? /(?:ean|ian|ese|ish)$/.test(first.lower)
      : run.slice(0, -1).every((word) => REGION_QUALIFIERS.has(word.lower)) &&
        /(?:an|ese|ish)$/.test(last.lower);
  if (regional && following?.pos === 'NOUN' && !isCapitalized(following)) return [];
  // A surname alone ("Kerry") or a company's short name ("Boeing"): unification decides.
  if (run.length === 1) {
    const single = { ...mention(first, last, 'organization', name, null), tentative: true };
    // "Opposition lawmakers", "Former foreign minister Taro Aso".
    const commonOpener =
      sentenceInitial &&
      isCommonWord(first.lower) &&
      (following?.pos === 'NOUN' || following?.pos === 'ADJ') &&
      !isCapitalized(following);
    return [commonOpener ? { ...single, commonOpener: true } : single];
  }
  const body = mention(first, last, 'organization', name, null);
  return [personShaped(run) ? { ...body, personShaped: true } : body];
}

/**
 * Two or three capitalised proper nouns, none a body's word or a country's, the first no
 * English word in common use ("Actual Airbus deliveries") nor a known body's ("Ford Taurus").
 */
function personShaped(run: readonly Word[]): boolean {
  const first = (run[0] as Word).lower;
  return (
    run.length <= 3 &&
    !isCommonWord(first) &&
    !isKnownOrganizationName(first) &&
    run.every(
      (word, index) =>
        word.pos === 'PROPN' &&
        isNameShaped(word, index) &&
        !ORGANIZATION_WORDS.has(word.lower) &&
        !countryOf(word.text),
    )
  );
}

const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['for', 'of', 'to']);

/**
 * The words right before a name that may be its title ("the company's chief executive",
 * "Foreign Minister"): up to four, stopping at anything else, so that the "General" of
 * "General Motors and Chrysler" titles no one.
 */
function titleWordsBefore(previous: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let at = previous.length - 1; at >= 0 && out.length < 4; at--) {
    const word = previous[at] as Word;
    // "the US president, Obama": an apposition's comma.
    if (word.text === ',' && out.length === 0) continue;
    const titleLike =
      PERSON_TITLES.has(word.lower) ||
      HONORIFICS.has(word.lower) ||
      isTitleWord(word) ||
      // "the UN special envoy for Syria Staffan de Mistura"
      TITLE_CONNECTORS.has(word.lower) ||
      (!isCapitalized(word) && (word.pos === 'NOUN' || word.pos === 'ADJ'));
    if (!titleLike) break;
    out.push(word);
  }
  return out;
}

/**
 * "Ray Young, the chief financial officer for GM", "Jo Vance, project manager": a name the
 * lists do not know is a person's when an apposition after it gives a person's title.
 */
function classifiedPerson(
  words: readonly Word[],
  start: number,
  end: number,
  found: NameMention[],
): NameMention[] {
  const only = found[0];
  if (found.length !== 1 || !only || only.kind !== 'organization' || only.tentative) return found;
  // ("Jean-Claude Trichet": a hyphen's parts are words of the name; "August Busch IV",
  // "Tero Vaalasmo Jr.": a generation's mark ends it.)
  const run = words
    .slice(start, end + 1)
    .filter((word) => word.text !== '-')
    .filter((word, index, all) => index < all.length - 1 || !GENERATIONS.has(word.text));
  if (run.length > 3 || !run.every(isNameShaped)) return found;
  // "Larkspur Holdings, the parent company": a body's word names a body, unless a known
  // first name opens the run ("Jim Press, the Vice Chairman of Chrysler").
  const firstName = isFirstName((run[0] as Word).lower);
  if (!firstName && run.some((word) => ORGANIZATION_WORDS.has(word.lower))) return found;
  // "Akio Toyoda, the grandson of the founder": a full name the lists do not know as a
  // body may be described by any noun for a person (not "Boeing, the largest rival").
  const described =
    run.length >= 2 && !isKnownOrganizationName(run.map((word) => word.lower).join(' '));
  // "chief executive Olli-Pekka Kallasvuo said": a title written small right before a
  // full name is its holder's.
  const titled = described && isSmallTitle(words[start - 1]);
  // "Bill Gates, who founded Microsoft": a body is told of with "which".
  const comma = words[end + 1]?.text === ',' ? 1 : 0;
  const who = described && words[end + 1 + comma]?.lower === 'who';
  return titled || who || appositionTitle(words, end, described)
    ? [{ ...only, kind: 'person' }]
    : found;
}

/** Marks of a generation after a person's name: "August Busch IV", "William Clay Ford Jr.". */
const GENERATIONS: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** A person's title written small: "president", "spokesman", "chief executive". */
function isSmallTitle(word: Word | undefined): boolean {
  if (!word || word.text !== word.lower) return false;
  return PERSON_TITLES.has(word.lower) || word.lower === 'executive' || word.lower === 'officer';
}

/**
 * Whether the words after a name are ", [the] … TITLE" ending at "of", "for", "and" or a
 * mark; or any noun for a person there, when `anyPersonNoun`.
 */
function appositionTitle(words: readonly Word[], end: number, anyPersonNoun: boolean): boolean {
  const head = appositionHead(words, end);
  return (
    head !== null &&
    (PERSON_TITLES.has(head.lower) ||
      (anyPersonNoun && head.pos === 'NOUN' && isPersonNoun(head.lemma)))
  );
}

/** The last word of ", [the] …" after a name, before "of", "for", "and" or a mark; or null. */
function appositionHead(words: readonly Word[], end: number): Word | null {
  if (words[end + 1]?.text !== ',') return null;
  let head: Word | null = null;
  for (let at = end + 2; at < Math.min(words.length, end + 9); at++) {
    const word = words[at] as Word;
    if (word.pos === 'PUNCT' || word.pos === 'ADP' || word.pos === 'CCONJ') break;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PRON') return null;
    head = word;
  }
  return head;
}

/**
 * "in Icesave, Landsbanki's online bank": a name read as a place only for its preposition,
 * or as a person's for its shape, is a body's when an apposition after it calls it one.
 */
function describedBody(words: readonly Word[], end: number, found: NameMention[]): NameMention[] {
  const only = found[0];
  // ("Morgan Stanley, the investment bank": so is one that looked like a person's.)
  const untitled = only?.kind === 'person' && only.role === null;
  if (
    found.length !== 1 ||
    (only?.kind !== 'place' && !untitled) ||
    PLACES.has(only.name.toLowerCase())
  )
    return found;
  const head = appositionHead(words, end);
  return head?.pos === 'NOUN' && referentKindOf(head.lemma) === 'organization'
    ? [{ ...only, kind: 'organization' }]
    : found;
}

/**
 * "The Cupertino, California-based company": a name before a comma and a "…-based" place
 * is the town that place holds, whatever else it looked like.
 */
function basedIn(words: readonly Word[], end: number, found: NameMention[]): NameMention[] {
  const only = found[0];
  if (found.length !== 1 || !only || only.kind === 'place' || only.kind === 'country') return found;
  const [comma, region, hyphen, based] = words.slice(end + 1, end + 5);
  return comma?.text === ',' &&
    region?.pos === 'PROPN' &&
    hyphen?.text === '-' &&
    based?.lower === 'based'
    ? [{ ...only, kind: 'place', role: null }]
    : found;
}

/** Verbs of buying a company ("Merrill Lynch agreed to be bought by Bank of America"). */
const BUYING_VERBS: ReadonlySet<string> = new Set(['buy', 'acquire', 'purchase', 'nationalize']);

/**
 * "Merrill Lynch agreed on Sunday to be bought by Bank of America", "Wachovia was
 * acquired": a name that is bought is a company's, though it looked like a person's.
 */
function boughtBody(words: readonly Word[], end: number, found: NameMention[]): NameMention[] {
  const only = found[0];
  if (found.length !== 1 || only?.kind !== 'person' || only.role !== null) return found;
  for (let at = end + 1; at <= end + 7 && at < words.length; at++) {
    const word = words[at] as Word;
    if (word.pos === 'PUNCT' && word.text !== '-') break;
    const be = words[at - 1];
    // (Not "was bought a drink": a person is given something bought.)
    const after = words[at + 1];
    const objectless = !after || /^(?:ADP|PUNCT|X)$/.test(after.pos);
    if (BUYING_VERBS.has(word.lemma) && (be?.lemma === 'be' || be?.lower === 'been') && objectless)
      return [{ ...only, kind: 'organization' }];
  }
  return found;
}

/** Whether the words before a name end with a clock time ("10:00 pm (", "9 a.m."). */
function afterClockTime(previous: readonly Word[]): boolean {
  let at = previous.length - 1;
  if (previous[at]?.text === '(') at--;
  const word = previous[at];
  return (
    word !== undefined && (/^\d{1,2}[:.]\d{2}$/.test(word.text) || CLOCK_SUFFIXES.has(word.lower))
  );
}

const CLOCK_SUFFIXES: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);

/** Whether the capitalized words from `start` name a known place or country ("San Francisco"). */
function namesPlaceFrom(
  words: readonly Word[],
  start: number,
  excluded: (word: Word) => boolean,
): boolean {
  let end = start;
  while (words[end + 1] && nameWord(words[end + 1] as Word, false, excluded)) end++;
  const name = words
    .slice(start, end + 1)
    .map((word) => word.text)
    .join(' ');
  return PLACES.has(name.toLowerCase()) || countryOf(name) !== null;
}

/**
 * Whether the word at `index` of a name is shaped like a person's: a capital, then small
 * letters; after the first word, a short prefix may carry a capital of its own ("Jim
 * McNerney", "Tom LaSorda"; not "McDonnell Douglas", a maker's name).
 */
function isNameShaped(word: Word, index: number): boolean {
  return index === 0 ? PLAIN_NAME_SHAPE.test(word.text) : NAME_SHAPE.test(word.text);
}

const PLAIN_NAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]+$/u;
const NAME_SHAPE = /^(?:\p{Lu}\p{Ll}{1,2}(?=\p{Lu}))?\p{Lu}[\p{Ll}'’-]+$/u;

/** Prepositions that only a name writes with a capital in running text. */
const CAPITAL_CONNECTORS: ReadonlySet<string> = new Set(['In', 'On', 'At']);

/** Connectors that are English words, not the particles of a person's name. */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['of', 'for']);

/** A name's words without its particles and hyphens ("Bashar al-Assad" → Bashar, Assad). */
function nameParts(run: readonly Word[]): Word[] {
  return run.filter(
    (word) =>
      word.text !== '-' && !(NAME_CONNECTORS.has(word.text) && !CONNECTOR_WORDS.has(word.text)),
  );
}

/** Two or three words opening with a known first name, or ending with a known surname. */
function looksLikePerson(words: readonly Word[]): boolean {
  const run = nameParts(words);
  if (run.length < 2 || run.length > 4) return false;
  if (
    !run.every(
      (word, index) =>
        isNameShaped({ ...word, text: word.text.replace(/\.$/, '') }, index) ||
        /^\p{Lu}\.$/u.test(word.text),
    )
  )
    return false;
  const firstWord = (run[0] as Word).lower;
  return isFirstName(firstWord) || isLastName((run[run.length - 1] as Word).lower);
}

/**
 * Where a title's holder starts in a run that follows the title's "of" ("Chancellor of the
 * | Exchequer Alistair Darling"): at a first name after one or two words, with a surname
 * after it; else 0.
 */
function holderAfterTitleOf(run: readonly Word[], previous: readonly Word[]): number {
  const link = previous.length - (previous[previous.length - 1]?.lower === 'the' ? 2 : 1);
  const title = previous[link - 1];
  if (previous[link]?.lower !== 'of' || title === undefined || !isRoleWord(title)) return 0;
  const holder = run.findIndex((word, index) => index > 0 && isFirstName(word.lower));
  return holder > 0 && holder <= 2 && run.length - holder >= 2 && run.length - holder <= 3
    ? holder
    : 0;
}

/** Small words inside a title: "Secretary of State", "Chancellor of the Exchequer". */
const TITLE_LINKS = new Set(['of', 'the']);

function firstNameAfterTitles(run: readonly Word[], from: number): boolean {
  let at = from;
  while (at < run.length - 1 && isTitleWord(run[at] as Word)) at++;
  if (at === from || at >= run.length - 1) return false;
  if (isFirstName((run[at] as Word).lower)) return true;
  // "Aer Lingus Chief Executive Dermot Mannion": after a title of two words or more, a
  // name of two or three words is a person's, known or not.
  const rest = run.slice(at);
  return (
    at - from >= 2 &&
    rest.length >= 2 &&
    rest.length <= 3 &&
    rest.every((word, index) => isNameShaped(word, index) && !isTitleWord(word))
  );
}

/** Words of an officer's title before "Officer": "Chief Financial Officer". */
const OFFICER_TITLE_WORDS = new Set(['financial', 'operating', 'technology', 'information']);

function isOfficerTitleWord(run: readonly Word[], at: number): boolean {
  const word = (run[at] as Word).lower;
  return (
    (TITLE_WORDS.has(word) || OFFICER_TITLE_WORDS.has(word)) &&
    run.slice(at + 1).some((w) => w.lower === 'officer')
  );
}

function twoWordCountry(first: Word, second: Word): boolean {
  const country = countryOf(`${first.text} ${second.text}`);
  return country !== null && !country.demonym;
}

/** Words that date a title: "Former", "Then" ("Former Ford chief executive Jacques Nasser"). */
const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'then', 'ex', 'outgoing', 'incoming']);

/** Words that make a person's title with another ("Vice President", "Chief Executive"). */
const TITLE_MODIFIERS = new Set([
  'vice',
  'deputy',
  'assistant',
  'chief',
  'executive',
  'acting',
  'former',
  'outgoing',
  'incoming',
  'interim',
]);

/** "the town of Norcia", "the mayor of Amatrice", "in nearby Rieti": words that frame a place. */
function framedAsPlace(previous: readonly Word[]): boolean {
  const before = previous.at(-1);
  const earlier = previous.at(-2);
  if (!before || !earlier) return false;
  if (before.lower === 'of') return PLACE_FRAME_NOUNS.has(earlier.lower);
  return NEARNESS_WORDS.has(before.lower) && LOCATIVE.has(earlier.lower);
}

/** A title or a word for a kind of person ("Minister", "Chief", "Congresswoman"). */
function isRoleWord(word: Word): boolean {
  const normal = word.lower.replace(/\.$/, '');
  const joined = hyphenedTitle(normal);
  if (joined !== null) return joined;
  // Not a country's word ("US" is among the title words: "US Secretary of State").
  if (countryOf(word.text) !== null) return false;
  return (
    PERSON_TITLES.has(normal) ||
    TITLE_MODIFIERS.has(normal) ||
    PORTFOLIOS.has(normal) ||
    HONORIFICS.has(normal) ||
    isPersonNoun(normal)
  );
}

/** "President", "Director-General": a title a person holds. */
function isPersonTitle(lower: string): boolean {
  if (PERSON_TITLES.has(lower)) return true;
  return hyphenedTitle(lower) === true && lower.split('-').some((part) => PERSON_TITLES.has(part));
}

/**
 * "director-general", "secretary-general": for two words joined by a hyphen, whether both
 * are title words; null for a word that is no such pair.
 */
function hyphenedTitle(normal: string): boolean | null {
  if (!/^[a-z]+-[a-z]+$/.test(normal)) return null;
  return normal.split('-').every((part) => TITLE_WORDS.has(part));
}

function isTitleWord(word: Word): boolean {
  const normal = word.lower.replace(/\.$/, '');
  // "Director-General", "Secretary-General": titles joined by a hyphen.
  const joined = hyphenedTitle(normal);
  if (joined !== null) return joined;
  return (
    TITLE_WORDS.has(normal) ||
    HONORIFICS.has(normal) ||
    HONORIFICS.has(word.lower) ||
    (countryOf(word.text) !== null && !isApostropheS(word))
  );
}

function isNameEndingPossessive(span: Span): boolean {
  return 'pos' in span && (span as Word).pos === 'PROPN' && isApostropheS(span as Word);
}

function mention(
  first: Span,
  last: Span,
  kind: EntityKind,
  name: string,
  role: string | null,
): NameMention {
  return {
    start: first.start,
    end: last.end,
    text: '',
    kind,
    // "Ford's" loses its possessive; "Moody's", a name the tags end on it, keeps it.
    name: isNameEndingPossessive(last) ? name : name.replace(/['’]s$/, ''),
    role,
  };
}
