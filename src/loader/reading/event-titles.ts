/**
 * Titles layer: a short grammatical headline for an event, from its subject, predicate
 * and object as the sentence gives them ("Northrop Grumman and EADS defeat Boeing",
 * "GM files for bankruptcy", "Tanker contract awarded"), in the headline's present tense.
 * Names appear whole; no title is ever "Someone …".
 */
import type { Word } from '../language/tag-words.ts';
import { isPersonNoun } from '../lexicon/person-nouns.ts';
import { isApostropheS } from '../language/word.ts';
import { isGroupPlural } from '../lexicon/common-words.ts';
import { isSameFormPast } from '../lexicon/verbs.ts';
import { joinsCompound, phraseHead, type Phrase } from './noun-phrases.ts';
import type { SentenceEvent } from './read-sentence.ts';
import { startsReportedClause } from './reported-clause.ts';
import { measuresChange, NEGATIONS } from './verb-groups.ts';
import { TIME_OF_HAPPENING } from '../timex/lexicon.ts';

const MAX_PHRASE_WORDS = 7;
const DROPPED_DETERMINERS = new Set(['the', 'a', 'an']);
const IRREGULAR_PRESENT: Readonly<Record<string, string>> = {
  be: 'is',
  have: 'has',
  do: 'does',
  go: 'goes',
};
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
/** Words before a plural that keep it plural: "Most Republicans", "Many Democrats". */
const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'several', 'few', 'both', 'the']);
/** Pronouns a subject may be, which name no one by themselves. */
const PRONOUN_SUBJECTS = new Set([
  'it',
  'they',
  'he',
  'she',
  'we',
  'i',
  'you',
  'this',
  'these',
  'that',
  'those',
]);
/** Object pronouns that do a verb ("forced them to sell"), as its subject. */
const SUBJECT_FORMS: Readonly<Record<string, string>> = {
  them: 'they',
  him: 'he',
  her: 'she',
  us: 'we',
  me: 'I',
};
/** Whether a phrase cannot end on the word ("Moody's" can: the tags made it the name's). */
function dangles(word: Word): boolean {
  return DANGLING.has(word.lower) && !(word.pos === 'PROPN' && isApostropheS(word));
}

/** Plurals without an -s: "people say", "workers and police clash". */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police']);
/** Words a phrase cannot end on: "loss of", "Chase &", "and a", "its", "to". */
const DANGLING = new Set([
  'of',
  '&',
  'and',
  'or',
  "'s",
  '’s',
  // (A plural's possessive: "of Airbus' massive new A380s".)
  "'",
  '’',
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'to',
  'for',
  'with',
  'by',
  'in',
  'on',
  'at',
  'from',
]);

export interface TitleInput {
  words: readonly Word[];
  text: string;
  event: SentenceEvent;
  /** A name to say for a pronoun agent ("it" → "Boeing"), when the article makes it clear. */
  agentName: string | null;
  /**
   * The phrase `agentName` was written from, when it is another than the agent's own ("House
   * leaders" for the "they" they report): whether the title's verb is plural follows it.
   */
  agentPhrase?: Phrase | null;
  /** A name to say for a passive's "it" ("it was flown" → "Larkspur L300 flown"). */
  patientName?: string | null;
  /** The agent's phrase ends on a person's name: one person, whatever its form ("Jobs says"). */
  personAgent?: boolean;
  /**
   * For a reporting verb, the title of what it reports ("jet flies"): "Proulx says jet
   * flies", not "Proulx says jet", whose object is the reported clause's subject.
   */
  reported?: string | null;
  /**
   * Write the verb with its modality ("will not block", "will cut"): a reported clause's
   * title, where a bare present would turn "said it would not block the deal" into "says
   * it blocks deal".
   */
  withModality?: boolean;
  /**
   * For a verb of intent with no object of its own, what it intends, as written by
   * `intendedTitle` ("to work with United States"): "Moscow vows to work with United
   * States", not "Moscow vows".
   */
  intended?: string | null;
}

/**
 * The infinitive a verb of intent governs, as its title's object: "to work with United
 * States" (subject left out, verb in its base form); null for a passive or a noun.
 */
export function intendedTitle({
  words,
  text,
  event,
}: Pick<TitleInput, 'words' | 'text' | 'event'>): string | null {
  if (event.pos !== 'verb' || event.passive) return null;
  const trigger = words[event.trigger] as Word;
  const object = phraseText(words, text, event.patient) ?? prepositionalText(words, text, event);
  return [`to ${trigger.lemma}${particleAfter(words, event.trigger)}`, object]
    .filter((part): part is string => !!part)
    .join(' ');
}

/** The event's first prepositional complement with its preposition ("with United States"). */
function prepositionalText(
  words: readonly Word[],
  text: string,
  event: SentenceEvent,
): string | null {
  const phrase = event.others[0];
  const written = phrase ? phraseText(words, text, phrase, 5) : null;
  return phrase && written ? `${prepositionOf(words, phrase, event.trigger)} ${written}` : null;
}

export function writeTitle({
  words,
  text,
  event,
  agentName,
  agentPhrase = null,
  patientName,
  reported,
  intended,
  personAgent = false,
  withModality = false,
}: TitleInput): string {
  const trigger = words[event.trigger] as Word;
  const doer = agentName ?? phraseText(words, text, event.agent);
  // "allow them to cease dealing": a subject is written as one ("They cease").
  const agent = doer ? (SUBJECT_FORMS[doer.toLowerCase()] ?? doer) : null;
  if (event.pos === 'noun') {
    const own = phraseText(words, text, event.patient) ?? trigger.text;
    const complement = event.others[0] ? phraseText(words, text, event.others[0], 5) : null;
    const preposition = event.others[0] ? (words[event.others[0].first - 1] as Word).lower : '';
    // "the fog of war": a bare nominal says more with the noun it completes.
    const before = event.patient ? words[event.patient.first - 1] : undefined;
    const head = words[(event.patient?.first ?? event.trigger) - 2];
    // (Not a time it names: "on the day of Lund's bankruptcy" is the bankruptcy's.)
    const holder =
      !complement &&
      before?.lower === 'of' &&
      head?.pos === 'NOUN' &&
      !TIME_OF_HAPPENING.has(head.lower)
        ? `${head.text} of `
        : '';
    const main = complement ? `${own} ${preposition} ${complement}` : `${holder}${own}`;
    // "They: viability plans", "This: controversy": a pronoun says nothing before a nominal.
    const named = agent && !PRONOUN_SUBJECTS.has(agent.toLowerCase()) ? agent : null;
    return capitalize(named && !main.includes(named) ? `${named}: ${main}` : main);
  }
  // "The mill says it will close": a report's object that a verb follows is the reported
  // clause's subject, not what was said ("The plan was announced" has its own subject).
  const clauseSubject =
    event.eventClass === 'REPORTING' &&
    !event.passive &&
    startsReportedClause(words, event.patient);
  const written = clauseSubject
    ? null
    : ((event.passive ? patientName : null) ?? phraseText(words, text, event.patient));
  // "before it is officially reported to the SEC": a passive's bare "it" says less than
  // what the clause goes on to say.
  const patient = event.passive && written?.toLowerCase() === 'it' ? null : written;
  const particle = particleAfter(words, event.trigger);
  const firstOther = event.others[0];
  const prepositional = patient ? null : prepositionalText(words, text, event);
  if (event.passive) {
    // "said the plant was not damaged": "Plant not damaged", never "Plant damaged"; "would
    // be closed": "Plant will be closed".
    const auxiliary = withModality ? modalAuxiliary(words, event, false) : null;
    const marked = auxiliary
      ? /^(?:did|does|do) not$/.test(auxiliary)
        ? 'not '
        : `${auxiliary} be `
      : '';
    const participle = `${marked}${trigger.lower}`;
    const rest = prepositional && !prepositional.startsWith('by ') ? ` ${prepositional}` : '';
    const byAgent = agent ? ` by ${agent}` : '';
    return capitalize(
      `${patient ?? 'It'} ${participle}${particle}${rest}${byAgent}`.replace(/^It /, ''),
    );
  }
  // "since the reopening of markets": a gerund after an article is written as the noun it is.
  if (
    event.tense === 'gerund' &&
    /^(?:a|an|the)$/.test(words[event.trigger - 1]?.lower ?? '') &&
    prepositional
  )
    return capitalize(`${trigger.text} ${prepositional}`);
  // "Aer Lingus, backed by shareholders", "the vehicles produced by the two projects": a
  // past form with a "by" phrase and no object is a passive the reading did not take for
  // one; it is written as one ("Aer Lingus backed by shareholders", not "… backs by …").
  // (Not a "by" that measures: "dropped by no less than 10 percent".)
  if (
    !patient &&
    !reported &&
    !withModality &&
    prepositional?.startsWith('by ') &&
    firstOther !== undefined &&
    !words.slice(firstOther.first, firstOther.last + 1).some(measuresChange) &&
    trigger.lower !== trigger.lemma &&
    /(?:ed|en|wn|ne)$/.test(trigger.lower)
  )
    return capitalize(
      [agent, `${trigger.lower}${particle}`, prepositional].filter(Boolean).join(' '),
    );
  const subject = agent;
  // ("Lindale shares open": a name written with the phrase's head agrees as the phrase does.)
  const keepsHead =
    agentName !== null &&
    event.agent !== null &&
    agentName.endsWith(` ${(words[event.agent.last] as Word).lower}`);
  // ("Lindale shares close": shares, told as "the shares" or as a "they" that continues
  // them, are many.)
  const many =
    subject !== null &&
    (agentName?.endsWith(' shares') === true ||
      plural(
        words,
        event,
        agentName && !keepsHead ? agentPhrase : event.agent,
        subject,
        personAgent,
      ));
  const auxiliary = withModality ? modalAuxiliary(words, event, many) : null;
  const verb = auxiliary ? `${auxiliary} ${trigger.lemma}` : presentTense(trigger.lemma, many);
  const object = reported ?? patient ?? prepositional ?? intended ?? null;
  const parts = [subject, `${verb}${particle}`, object].filter((part): part is string => !!part);
  return capitalize(parts.join(' '));
}

/**
 * The auxiliary a headline writes for a verb that did not simply happen: its modal as a
 * headline says it ("would not block" → "will not block", "could close" → "may close"),
 * "did not" or "does not" for a denied fact, "will" for a plan; null for what happened,
 * written in the plain present.
 */
function modalAuxiliary(
  words: readonly Word[],
  event: SentenceEvent,
  many: boolean,
): string | null {
  // The words of the verb's group before it: "would not", "could", "did not".
  const group: string[] = [];
  for (let at = event.trigger - 1; at >= 0 && group.length < 4; at--) {
    const word = words[at] as Word;
    if (!/^(?:AUX|PART|ADV)$/.test(word.pos)) break;
    group.push(word.lower);
  }
  const negated =
    event.modality === 'denied' || group.some((word) => NEGATIONS.has(word.replace('’', "'")));
  const modal = group.find((word) => MODAL_AUXILIARIES.has(word));
  if (modal) return `${MODAL_AUXILIARIES.get(modal)}${negated ? ' not' : ''}`;
  const ahead = event.tense === 'future' || event.tense === 'infinitive';
  if (negated)
    return ahead ? 'will not' : event.tense === 'past' ? 'did not' : many ? 'do not' : 'does not';
  return ahead && event.modality !== 'actual' ? 'will' : null;
}

/** A headline's present for each modal: "would" → "will", "could" → "may". */
const MODAL_AUXILIARIES: ReadonlyMap<string, string> = new Map([
  ['will', 'will'],
  ['would', 'will'],
  ["'ll", 'will'],
  ['shall', 'will'],
  ['could', 'may'],
  ['may', 'may'],
  ['might', 'may'],
  ['can', 'can'],
  ['must', 'must'],
  ['should', 'should'],
]);

// ("Prime Minister: its success": the doer before a nominal goes with its pronoun.)
const POSSESSIVE_OPENING = /^(?:[^:]*: (?:its|their|his|her|whose) |(?:Its|Their|His|Her|Whose) )/;

/**
 * "Its sales in the US" → "Ford's sales in the US", "whose sales" → "the Explorer's
 * sales": a title that opens with a possessive pronoun says whose, when the article makes
 * it clear; so does one that gives a doer before it ("Prime Minister: its success", the
 * company's success the minister cited).
 */
export function namePossessor(title: string, agents: readonly { name: string }[]): string {
  if (!POSSESSIVE_OPENING.test(title)) return title;
  // ("bond insurers, whose troubles could force banks …": whose, the article names no one;
  // a relative pronoun is no headline's word.)
  if (agents.length === 0) return withoutWhose(title);
  const names = agents.map((agent) => agent.name);
  // "Berg, Lund and Moe's talks".
  const owners =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : (names[0] as string);
  // "General Motors' pensions": a name ending in "s" takes the apostrophe alone; one that
  // is a possessive already takes none ("McDonald's sales").
  const possessive = /['’]s$/.test(owners)
    ? `${owners} `
    : /s$/.test(owners)
      ? `${owners}' `
      : `${owners}'s `;
  return title.replace(POSSESSIVE_OPENING, possessive);
}

/** The title without an opening "whose": "Whose troubles" → "Troubles". */
function withoutWhose(title: string): string {
  return title
    .replace(/^Whose (\p{L})/u, (_, letter: string) => letter.toUpperCase())
    .replace(/^([^:]*: )whose /, '$1');
}

/** The phrase as written, without leading articles, at most `limit` words. */
export function phraseText(
  words: readonly Word[],
  text: string,
  phrase: Phrase | null,
  limit = MAX_PHRASE_WORDS,
): string | null {
  if (!phrase) return null;
  let first = phrase.first;
  while (first < phrase.last && DROPPED_DETERMINERS.has((words[first] as Word).lower)) first++;
  // "The United States's largest car manufacturer General Motors": too long a description
  // gives way to the name it ends on.
  if (phrase.last - first + 1 > limit) first = Math.max(first, trailingNameStart(words, phrase));
  let last = lastWithin(words, first, phrase.last, limit);
  // Never cut a name ("… state of North Rhine-Westphalia" is no "… state of North"), nor a
  // compound before its noun ("the Fed's policy committee", "rate-setting committee"): the
  // phrase runs on to its end, or, when that is far, ends before it.
  last = unbroken(words, first, last, phrase.last, nameGoesOn, NAME_ALLOWANCE);
  last = unbroken(words, first, last, phrase.last, compoundGoesOn, COMPOUND_ALLOWANCE);
  // Never cut an amount: "$30 billion", "12.5%", "2,000 and 3,000" stay whole.
  while (
    last < phrase.last &&
    (words[last] as Word).pos === 'NUM' &&
    continuesAmount(words[last + 1] as Word)
  )
    last++;
  // Never cut a list ("Belgium, the Netherlands and Luxembourg"): whole when it is short,
  // else its first item.
  let comma = first + 1;
  while (comma <= last && (words[comma] as Word).text !== ',') comma++;
  if (comma <= last && last < phrase.last)
    last = phrase.last - first < limit + LIST_ALLOWANCE ? phrase.last : comma - 1;
  // Never cut a phrase inside a name or after "of", "and a", "its": end on a word that can
  // end it; a phrase of such words alone ("its" before a date or an adverb) says nothing.
  // Nor after an adjective whose noun is cut off ("fears of a cold winter and low").
  while (
    last > first &&
    (dangles(words[last] as Word) || (last < phrase.last && (words[last] as Word).pos === 'ADJ'))
  )
    last--;
  if (dangles(words[last] as Word)) return null;
  const value = text
    .slice((words[first] as Word).start, (words[last] as Word).end)
    .replace(/\s+/g, ' ');
  return value.replace(/\s+['’]s$/, '') || null;
}

/**
 * `last`, moved off the middle of a unit whose words `goesOn` joins: to the unit's end when
 * that is at most `allowance` words on (and no further than `end`), else to before its start.
 */
function unbroken(
  words: readonly Word[],
  first: number,
  last: number,
  end: number,
  goesOn: (words: readonly Word[], at: number) => boolean,
  allowance: number,
): number {
  if (last >= end || !goesOn(words, last)) return last;
  let to = last;
  while (to < end && goesOn(words, to)) to++;
  let from = last;
  while (from > first && goesOn(words, from - 1)) from--;
  if (to - last <= allowance) return to;
  return from > first ? from - 1 : last;
}

/** Words a compound may run past the phrase limit to reach its noun, rather than be cut. */
const COMPOUND_ALLOWANCE = 3;

/**
 * Whether the word at `at` is followed by more of its compound: a noun after a noun
 * ("policy committee") or after a word hyphened to the one before ("rate-setting
 * committee"), or a word hyphened to it ("rate-setting").
 */
function compoundGoesOn(words: readonly Word[], at: number): boolean {
  const word = words[at] as Word;
  const next = words[at + 1];
  if (!next) return false;
  if (next.start === word.end && (next.text === '-' || word.text === '-')) return true;
  const hyphened = words[at - 1]?.text === '-' && words[at - 1]?.end === word.start;
  return next.pos === 'NOUN' && (word.pos === 'NOUN' || hyphened);
}

/** Words a list may run past the phrase limit, rather than be cut. */
const LIST_ALLOWANCE = 4;
/** Words a name may run past the phrase limit, rather than be cut. */
const NAME_ALLOWANCE = 4;

/** Whether the name `words[at]` is part of goes on after it ("North" of "North Rhine"). */
function nameGoesOn(words: readonly Word[], at: number): boolean {
  const word = words[at] as Word;
  const next = words[at + 1];
  if (next === undefined) return false;
  // ("Rhine" + "-" + "Westphalia", and the hyphen itself.)
  if (joinsCompound(words, at + 1) || joinsCompound(words, at)) return true;
  return word.pos === 'PROPN' && next.pos === 'PROPN';
}

const AMOUNT_SCALES: ReadonlySet<string> = new Set([
  'thousand',
  'million',
  'billion',
  'trillion',
  'bn',
  'percent',
  '%',
]);

/** Whether a word goes on the number before it: "30 billion", "12%", "1 500". */
function continuesAmount(word: Word): boolean {
  return word.pos === 'NUM' || AMOUNT_SCALES.has(word.lower);
}

/** The last of `limit` words from `first`: a hyphenated compound counts as one word. */
function lastWithin(words: readonly Word[], first: number, end: number, limit: number): number {
  let last = first;
  let count = 1;
  while (last < end) {
    const next = last + 1;
    // ("the world's leading central banks": a possessive's "'s" is no word of its own.)
    const inCompound =
      joinsCompound(words, next) ||
      joinsCompound(words, next - 1) ||
      isApostropheS(words[next] as Word);
    if (!inCompound && count >= limit) break;
    if (!inCompound) count++;
    last = next;
  }
  return last;
}

/**
 * Where the name ending a described phrase starts ("… carmaker General Motors"), or the
 * phrase's start when it ends on no name or holds a complement ("support of Bashar al-Assad").
 */
function trailingNameStart(words: readonly Word[], phrase: Phrase): number {
  let at = phrase.last;
  while (at >= phrase.first && (words[at]?.pos === 'PROPN' || joinsCompound(words, at))) at--;
  const described = words.slice(phrase.first, at + 1).every((word) => word.pos !== 'ADP');
  return at === phrase.last || !described ? phrase.first : at + 1;
}

/** Words that open a span of time after "over" ("over the weekend", "over this past week"). */
const SPAN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'past']);

function particleAfter(words: readonly Word[], trigger: number): string {
  const next = words[trigger + 1];
  if (!next || next.pos !== 'ADP') return '';
  if (['up', 'off', 'out', 'down', 'back', 'away'].includes(next.lower)) return ` ${next.lower}`;
  // "will take over from Watanabe", "took over in June": "over" with no object of its own
  // (not "fought over the plan").
  const after = words[trigger + 2];
  // "took over Monday" ends on a date; "nationalised over the weekend" spans one.
  const particle =
    !after ||
    /^(?:ADP|PUNCT)$/.test(after.pos) ||
    (after.pos === 'X' && !SPAN_OPENERS.has(after.lower));
  return next.lower === 'over' && particle ? ' over' : '';
}

/**
 * Whether the phrase's "and" joins two titles of one person: singular nouns of persons, the
 * second with no article of its own ("vice president and chairman", not "workers and
 * managers", nor "the president and the chairman").
 */
function titlesOfOnePerson(words: readonly Word[], phrase: Phrase | null): boolean {
  if (!phrase) return false;
  const title = (word: Word | undefined) =>
    word?.pos === 'NOUN' && word.lemma === word.lower && isPersonNoun(word.lemma);
  for (let at = phrase.first + 1; at < phrase.last; at++) {
    if ((words[at] as Word).lower !== 'and') continue;
    // ("president and chief executive": an adjective may open the second.)
    let second = at + 1;
    while (words[second]?.pos === 'ADJ') second++;
    return title(words[at - 1]) && title(words[second]);
  }
  return false;
}

function plural(
  words: readonly Word[],
  event: SentenceEvent,
  phrase: Phrase | null,
  subject: string,
  personAgent: boolean,
): boolean {
  // ("The vice president and chairman of Chrysler, Jim Press, says": two titles of one
  // person, joined with no article of their own.)
  if (/ and /.test(subject) && !titlesOfOnePerson(words, phrase)) return true;
  if (PLURAL_PRONOUNS.has(subject.toLowerCase())) return true;
  if (personAgent) return false;
  // "Republicans vote", "Most Democrats oppose it": a group of people named by its plural.
  const named = subject.split(' ');
  if (named.length === 2 && QUANTIFIERS.has((named[0] as string).toLowerCase())) named.shift();
  if (named.length === 1 && isGroupPlural(named[0] as string)) return true;
  if (!phrase) return false;
  const headIndex = phraseHead(words, phrase);
  const head = words[headIndex] as Word;
  // "Investigators look for …", "People sell cars": the writer's present agrees with them.
  // Not a base form after an auxiliary ("would involve"), nor one far from its subject
  // ("Fiat should manage Chrysler, transfer … and distribute them").
  const verb = words[event.trigger] as Word;
  const auxiliary = words
    .slice(Math.max(0, event.trigger - 3), event.trigger)
    .some((word) => word.pos === 'AUX' || word.lower === 'to');
  const adjacent = words.slice(phrase.last + 1, event.trigger).every((word) => word.pos === 'ADV');
  // "Ford beat predictions" is a past, whatever its form.
  if (
    event.tense === 'present' &&
    !auxiliary &&
    adjacent &&
    head.pos !== 'PRON' &&
    verb.lower === verb.lemma &&
    !isSameFormPast(verb.lower)
  )
    return true;
  if (IRREGULAR_PLURALS.has(head.lower)) return true;
  // "Six of the world's central banks cut": a count above one, of a group, is plural.
  const ofGroup = words[headIndex + 1]?.lower === 'of';
  if (ofGroup && head.pos === 'NUM' && !/^(?:1|one)$/.test(head.lower)) return true;
  // "115 Ukrainians returned": a counted name is a people's, plural.
  const count = words[headIndex - 1];
  const counted =
    headIndex > phrase.first &&
    count?.pos === 'NUM' &&
    /^(?:\d[\d,]*|[a-z-]+)$/.test(count.lower) &&
    !/^(?:1|one)$/.test(count.lower);
  if (counted && head.pos === 'PROPN' && /s$/.test(head.lower)) return true;
  return head.pos === 'NOUN' && head.lemma !== head.lower && /s$/.test(head.lower);
}

/** "file" → "files", "fly" → "flies", "say" → "says"; the plural keeps the lemma. */
export function presentTense(lemma: string, pluralSubject: boolean): string {
  if (pluralSubject) return lemma === 'be' ? 'are' : lemma;
  const irregular = IRREGULAR_PRESENT[lemma];
  if (irregular) return irregular;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function capitalize(title: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  // "iPhone sales", "eBay shares": a name written with an inner capital keeps its case.
  if (/^[a-z]+[A-Z]/.test(trimmed)) return trimmed;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * The preposition before a phrase, both words of "out of", "because of", "ahead of" (but
 * not the verb's own particle: "runs out of money" writes its "out" with the verb).
 */
function prepositionOf(words: readonly Word[], phrase: Phrase, trigger: number): string {
  const preposition = (words[phrase.first - 1] as Word).lower;
  const before = words[phrase.first - 2];
  const particle = phrase.first - 2 === trigger + 1;
  return preposition === 'of' && before && OF_COMPOUNDS.has(before.lower) && !particle
    ? `${before.lower} of`
    : preposition;
}

const OF_COMPOUNDS: ReadonlySet<string> = new Set(['out', 'because', 'instead', 'ahead']);
