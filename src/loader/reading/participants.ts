/**
 * Events layer, participants: who takes part in an event and in what role (agent,
 * patient, partner), and who is only named in its circumstances ("other"); the company,
 * person or product a pronoun or a description stands for ("it said", "the aircraft flew");
 * the report a definite nominal refers back to ("the deal was approved").
 */
import type { EntityMention, ParticipantRole, Role } from '../../contract/corpus.ts';
import type { EventDraft } from '../article-draft.ts';
import type { Word } from '../language/tag-words.ts';
import {
  DEFINITE,
  isApostropheS,
  isPossessivePronoun,
  POSSESSIVE_PRONOUNS,
  singularOf,
} from '../language/word.ts';
import { PUBLIC_BODY_WORDS } from '../events/name-lexicon.ts';
import { isGroupPlural } from '../lexicon/common-words.ts';
import { moveDirection } from '../lexicon/event-kinds.ts';
import { INDEX_PLACES } from '../lexicon/names.ts';
import { isPersonNoun, speaksForBody } from '../lexicon/person-nouns.ts';
import { referentKindOf } from '../lexicon/referring-nouns.ts';
import { takesRecipient } from '../lexicon/transfers.ts';
import { insideQuotation } from './quotations.ts';
import { eventFamily } from './event-family.ts';
import { mostSalient } from './most-salient.ts';
import { isEventNounWord } from './event-words.ts';
import { holds, joinsCompound, type Phrase } from './noun-phrases.ts';
import { mainClauseSubject, type ReadSentence, type SentenceEvent } from './read-sentence.ts';
import { reporterOf } from './reported-clause.ts';
import { relativeAntecedentStart, subjectOfRelative, type Segment } from './segments.ts';
import { unique } from '../../utils/unique.ts';

/** Who the article named last: what "it", "he", "their" and "the company" point to. */
export interface Referents {
  lastPerson: string | null;
  /** The people of the last sentence that named several: "their" points back to them. */
  lastPeople: string[];
  lastOrganization: string | null;
  lastProduct: string | null;
  /** The market index named last: what "the index" and "the benchmark" stand for. */
  lastIndex?: string | null;
  /**
   * The company or product the last sentence's main clause was about (its subject): what a
   * next sentence's "it" stands for before any company named later ("The jet landed in
   * Oslo, where Norwind waited. It was flown by a crew of six").
   */
  lastSubject?: string | null;
  /**
   * The person the last sentence that named or meant one was about, its main clause's
   * subject: what a next "he" stands for before anyone named later in that sentence ("He
   * started Apple with Steve Wozniak … he left Apple in 1985": not Wozniak).
   */
  lastPersonSubject?: string | null;
  /** The person who says a quotation, for its "I" ("“I dread …,” said Anna Berg"). */
  speaker?: string | null;
  /** The company the report of a quotation names, for its "we" ("said a Norwind pilot"). */
  speakerOrganization?: string | null;
  /** Each person's body, as a title told it ("Apple chief executive Steve Jobs"). */
  affiliations?: ReadonlyMap<string, string>;
  /** The people a public office's title named ("President George W. Bush"). */
  officeHolders?: ReadonlySet<string>;
  /**
   * Whether a verb before the event in its sentence has a plural subject naming no one:
   * "the workers may not earn what they earn today" ("they" are the workers).
   */
  pluralBefore?: boolean;
  /**
   * Whether the last sentence's main clause had people for subject, named together or by
   * a plural noun ("Merkel and Hollande launched", "The jurors deliberated"): a next "they"
   * is them, not the company named last.
   */
  peopleSubject?: boolean;
  /**
   * The last of the names joined as the subject "they" continues in its sentence ("GM and
   * Chrysler were given loans after they warned": Chrysler, one of them).
   */
  jointSubject?: string | null;
  /** Whether the words are a headline's, which drops articles ("auto company declared"). */
  headline?: boolean;
  /**
   * The bodies each noun has described, the last described last ("national airline Aer
   * Lingus": airline → Aer Lingus): what a later "the airline" stands for, whoever was
   * named since.
   */
  describedAs?: Map<string, string[]>;
  /** Bodies by the body noun in their own names ("Bank of Lindale": "bank"). */
  namedAs?: Map<string, string>;
  /** How often the article has named each name so far. */
  mentions?: Map<string, number>;
  /** The organizations the article has named so far. */
  organizations?: Set<string>;
  /** Whether the last sentence opened with a company's shares for subject (a next "they"). */
  sharesSubject?: boolean;
  /** The products the article has named so far, the one named last last. */
  products?: string[];
}

export function participantsOf(
  words: readonly Word[],
  event: SentenceEvent,
  entities: readonly EntityMention[],
  context: Referents,
  reportsClause: boolean,
  subjectNames: readonly string[],
  /** The head of the subject of the verb the event is an object of, if a common noun. */
  subjectHead: Word | null = null,
): ParticipantRole[] {
  const out: ParticipantRole[] = [];
  const add = (name: string, role: Role) => addParticipant(out, name, role);
  // "The London index has lost 21% this week": the index named before, where it trades.
  const placed = placedIndex(words, entities, event.agent, context);
  const agentNames = placed ? [] : headNames(words, namesIn(words, entities, event.agent));
  if (placed) add(placed, 'agent');
  for (const entity of agentNames) add(entity.canonical, 'agent');
  // "Six central banks, including the Fed and the ECB, cut rates": the members named; "the
  // Fed and five other central banks, including the Bank of England, agreed" too, a group
  // beside a name (but "Harwell, including its unit Ostrava Steel, closed" is Harwell's).
  const subject = event.passive ? event.patient : event.agent;
  if (agentNames.length === 0 || event.passive || namesGroup(words, subject))
    for (const entity of includedNames(words, entities, subject, event.trigger))
      add(entity.canonical, event.passive ? 'patient' : 'agent');
  // "Shares of banks rose on Tuesday, including Bank of America": so are those listed after
  // a verb with no object.
  if (agentNames.length === 0 && !event.passive && event.pos === 'verb' && !event.patient)
    for (const entity of trailingMembers(words, entities, event.trigger))
      add(entity.canonical, 'agent');
  const pronoun = pronounAgent(words, event, context);
  if (agentNames.length === 0 && pronoun) add(pronoun, 'agent');
  // "Honda said that its profit fell": whose the subject is, as "Honda's profit fell".
  const owners = agentNames.length === 0 && !pronoun ? ownersOfSubject(words, event, context) : [];
  for (const owner of owners) add(owner, 'agent');
  // "Officials at the Federal Reserve said", "a spokesman for Harwell said": the body said.
  if (agentNames.length === 0 && !pronoun && owners.length === 0) {
    const body = bodySpokenFor(words, entities, event);
    if (body) add(body, 'agent');
  }
  // "GM said Chrysler had filed": Chrysler is the filing's, not the saying's.
  const patientNames = reportsClause
    ? []
    : headNames(words, namesIn(words, entities, event.patient));
  for (const entity of patientNames)
    add(entity.canonical, modifiesNoun(words, entity, event.patient, event) ? 'other' : 'patient');
  // "said the aircraft flew": what follows a report is what it says, not its object (but
  // "praised the phone" names what it praised).
  const described =
    patientNames.length === 0 &&
    (event.eventClass !== 'REPORTING' || (!reportsClause && objectEndsClause(words, event)))
      ? (undergoingSubjectReferent(words, event, context) ??
        describedReferent(words, event.patient, context))
      : null;
  if (described) add(described, 'patient');
  // "below its record close of 14,164.53, set on October 9": whose the thing done to is,
  // and who did it (the index reached its record close), as "its deliveries" are its own.
  if (
    event.tense === 'participle' &&
    event.passive &&
    event.patient &&
    patientNames.length === 0 &&
    !described
  ) {
    const first = words[event.patient.first] as Word;
    const before = words[event.patient.first - 1];
    const possessive = isPossessivePronoun(first)
      ? first
      : isPossessivePronoun(before)
        ? before
        : null;
    if (possessive)
      for (const name of possessorNames(possessive.lower, context)) add(name, 'agent');
  }
  // "named its chief operating officer, Tim Cook, to replace him": the person a title
  // names, in an apposition after it.
  if (patientNames.length === 0 && !described && event.eventClass !== 'REPORTING')
    for (const entity of titledPerson(words, entities, event.patient)) add(entity, 'patient');
  const object = objectPronounReferent(words, entities, event, out, context);
  if (patientNames.length === 0 && !described && object) add(object, 'patient');
  // "their meetings", "its deliveries": a possessive pronoun names who acts.
  if (event.pos === 'noun' && event.patient) {
    // "Kerry and Lavrov … their talks": people named earlier in the sentence come first.
    const before = entities.filter(
      (entity) => entity.kind === 'person' && entity.end <= (words[event.trigger] as Word).start,
    );
    const here = unique(before.map((entity) => entity.canonical));
    // "applauded Singapore Airlines and cited its success": so is the company named last;
    // "when the Dow had its biggest point loss" the index.
    const body = entities.findLast(
      (entity) =>
        (entity.kind === 'organization' || entity.kind === 'index') &&
        entity.end <= (words[event.trigger] as Word).start,
    );
    // "Halden Bank completed its purchase of Norwind. Its agreement to buy Storby …": with
    // no body named before it in its sentence, "its" is what the last sentence was about.
    const topic = insideQuotation(words, (words[event.trigger] as Word).start)
      ? null
      : context.lastSubject;
    const local = {
      ...context,
      lastPeople: here.length >= 2 ? here : context.lastPeople,
      lastOrganization: body?.canonical ?? topic ?? context.lastOrganization,
    };
    // "its first-quarter net profit": a possessive before a date that modifies the noun.
    let from = event.patient.first;
    if ((words[from - 1] as Word | undefined)?.pos === 'X') {
      let opener = from - 1;
      while (opener > 0 && (words[opener] as Word).pos === 'X') opener--;
      if (POSSESSIVE_PRONOUNS.has((words[opener] as Word).lower)) from = opener;
    }
    for (let at = from; at <= event.patient.last; at++) {
      // "the Ford Explorer, whose sales fell": "whose" is the name it follows.
      const antecedent =
        (words[at] as Word).lower === 'whose' ? nameBefore(words, entities, at) : null;
      if (antecedent) add(antecedent, 'agent');
      const possessors = possessorNames((words[at] as Word).lower, local);
      // "Other automobile manufacturers also saw their car sales slip": "their" is the
      // subject's, which names no one; not the person the sentence before named.
      const pronoun = (words[at] as Word).lower;
      const plural = subjectHead !== null && isPluralForm(subjectHead);
      if (possessors.length > 0 && subjectNames.length === 0 && pronoun === 'their' && plural)
        continue;
      for (const name of possessors.length > 0 && subjectNames.length > 0
        ? subjectNames
        : possessors)
        add(name, 'agent');
    }
    // "welcomed the firm's decision": the body a possessive description stands for.
    const owner = describedPossessor(words, event.patient, context);
    if (owner && agentNames.length === 0) add(owner, 'agent');
  }
  for (const phrase of event.others)
    for (const entity of namesIn(words, entities, phrase))
      add(entity.canonical, complementRole(words, event, phrase, entity));
  return out;
}

/**
 * The index a description by its place stands for ("the London index", "the Tokyo
 * average"): the index named last, when it trades there.
 */
function placedIndex(
  words: readonly Word[],
  entities: readonly EntityMention[],
  phrase: Phrase | null,
  context: Referents,
): string | null {
  const index = context.lastIndex;
  if (!phrase || !index || (words[phrase.first] as Word).lower !== 'the') return null;
  const head = words[phrase.last] as Word;
  if (!INDEX_NOUNS.has(head.lemma)) return null;
  const names = namesIn(words, entities, { first: phrase.first + 1, last: phrase.last - 1 });
  const places = INDEX_PLACES.get(index.split(' ')[0]?.toLowerCase() ?? '') ?? [];
  const placeOfIndex = (entity: EntityMention) =>
    entity.kind === 'place' || entity.kind === 'country'
      ? places.includes(entity.text) || places.includes(entity.canonical)
      : false;
  return names.length > 0 && names.every(placeOfIndex) ? index : null;
}

/** Whether a phrase holds a plural common noun, a group ("five other central banks"). */
function namesGroup(words: readonly Word[], phrase: Phrase | null): boolean {
  return (
    phrase !== null &&
    words
      .slice(phrase.first, phrase.last + 1)
      .some((word) => word.pos === 'NOUN' && word.text === word.lower && isPluralForm(word))
  );
}

/** Words that open the members of a group: "banks, including the Fed", "such as". */
const INCLUDING = new Set(['including', 'among', 'such']);

/**
 * The names of an aside that lists members of a subject, between it and its verb ("Six
 * central banks, including the Fed, the ECB and the Bank of England, cut rates").
 */
function includedNames(
  words: readonly Word[],
  entities: readonly EntityMention[],
  phrase: Phrase | null,
  verb: number,
): EntityMention[] {
  if (!phrase || phrase.last >= verb) return [];
  // Right after the subject's head, or after the phrase of "of" it heads ("Six of the
  // world's central banks, including …").
  let opening = phrase.last + 1;
  if (words[opening]?.lower === 'of')
    while (opening < verb && words[opening]?.text !== ',') opening++;
  if (words[opening]?.text !== ',' || !INCLUDING.has(words[opening + 1]?.lower ?? '')) return [];
  // The aside runs to the verb: the subject was found past it.
  return opening + 2 < verb ? namesIn(words, entities, { first: opening + 2, last: verb - 1 }) : [];
}

/**
 * The bodies and people listed in ", including …" after the verb at `verb`, to the next
 * comma or the sentence's end, with no other verb before it ("rose on Tuesday, including
 * Bank of America"; not places: "fell, including in Oslo").
 */
function trailingMembers(
  words: readonly Word[],
  entities: readonly EntityMention[],
  verb: number,
): EntityMention[] {
  let comma = verb + 1;
  while (comma < words.length && words[comma]?.text !== ',') {
    const word = words[comma] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX') return [];
    comma++;
  }
  if (words[comma + 1]?.lower !== 'including') return [];
  let last = comma + 2;
  while (
    last + 1 < words.length &&
    words[last + 1]?.text !== ',' &&
    words[last + 1]?.pos !== 'PUNCT'
  )
    last++;
  return namesIn(words, entities, { first: comma + 2, last }).filter(
    (entity) =>
      entity.kind === 'organization' || entity.kind === 'person' || entity.kind === 'index',
  );
}

/** The name that ends right before `at`, past a comma: the antecedent of "whose". */
function nameBefore(
  words: readonly Word[],
  entities: readonly EntityMention[],
  at: number,
): string | null {
  const comma = words[at - 1]?.text === ',' ? at - 1 : at;
  const end = (words[comma - 1] as Word | undefined)?.end;
  return entities.find((entity) => entity.end === end)?.canonical ?? null;
}

/**
 * The nominal event in whose "of" phrase the event is told ("GM declaration of
 * bankruptcy", "the announcement of job cuts"), if any.
 */
export function ofPhraseHolder(
  words: readonly Word[],
  event: SentenceEvent,
  events: readonly SentenceEvent[],
): SentenceEvent | undefined {
  return events.find(
    (other) =>
      other !== event &&
      other.pos === 'noun' &&
      other.others.some(
        (phrase) =>
          words[phrase.first - 1]?.lower === 'of' &&
          phrase.first <= event.trigger &&
          event.trigger <= phrase.last,
      ),
  );
}

/**
 * The move a move noun set off by a comma renames: the last market move told before it in
 * its sentence ("the Dow lost 18 percent, the biggest weekly drop since 1896": the drop is
 * the Dow's loss).
 */
export function renamedMove(
  words: readonly Word[],
  event: SentenceEvent,
  events: readonly SentenceEvent[],
): SentenceEvent | undefined {
  const phrase = event.patient;
  if (event.pos !== 'noun' || event.kind !== 'market-move' || !phrase) return undefined;
  if (words[phrase.first - 1]?.text !== ',') return undefined;
  const opener = words[phrase.first] as Word;
  if (!DEFINITE.has(opener.lower) && !isPossessivePronoun(opener)) return undefined;
  // ("fell 634 points to close at 10,809, its sixth-largest point drop": the move that goes
  // a way, not where it closed.)
  return events.findLast(
    (other) =>
      other.pos === 'verb' &&
      other.kind === 'market-move' &&
      other.trigger < phrase.first &&
      moveDirection(other.lemma) !== null,
  );
}

/**
 * "The deal was approved", "The first flight lasted four hours": a definite nominal as
 * its clause's subject is the topic, told before. Elsewhere ("critics watched the
 * flight") it may be new.
 */
export function refersBack(
  words: readonly Word[],
  event: SentenceEvent,
  segment: Segment,
): boolean {
  if (event.pos !== 'noun' || event.patient === null) return false;
  if (!DEFINITE.has((words[event.patient.first] as Word).lower)) return false;
  for (let at = segment.first; at < event.patient.first; at++) {
    const pos = (words[at] as Word).pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'ADP') return false;
  }
  return true;
}

/** Nouns for any happening ("The event was attended by 15,000 people"): no kind of their own. */
export const ANY_HAPPENING_NOUNS: ReadonlySet<string> = new Set([
  'event',
  'ceremony',
  'occasion',
  'incident',
  'episode',
]);

/**
 * The report a definite nominal refers back to: the latest earlier one of its word family
 * ("the delivery" after "delivered") that names who took part, else the latest of its kind
 * (the word first: "agreed to buy Tessary … a rival offer … the acquisition" is the
 * purchase); for a noun of any happening ("the event", "the ceremony"), the story's most
 * salient happening so far.
 */
export function antecedentOf(
  event: SentenceEvent,
  earlier: readonly EventDraft[],
): EventDraft | undefined {
  if (ANY_HAPPENING_NOUNS.has(event.lemma)) return mainHappening(earlier);
  const family = eventFamily(event.lemma);
  // "negotiated the purchase of 22 jets … The deal was announced": one kind of event.
  const sameKind = (other: EventDraft) => event.kind !== 'other' && other.kind === event.kind;
  return (
    earlier.findLast(
      (other) => other.participants.length > 0 && eventFamily(other.lemma) === family,
    ) ?? earlier.findLast((other) => other.participants.length > 0 && sameKind(other))
  );
}

/**
 * "Boeing unveiled the 787 in Everett. Sunday was chosen as its date matches … The event
 * was attended by 15,000 people": the most salient actual happening told so far that names
 * who took part (the latest of equals), no saying.
 */
function mainHappening(earlier: readonly EventDraft[]): EventDraft | undefined {
  return mostSalient(
    earlier,
    (other) =>
      other.participants.length > 0 &&
      other.modality === 'actual' &&
      other.eventClass !== 'REPORTING',
  );
}

function addParticipant(out: ParticipantRole[], name: string, role: Role): void {
  if (!out.some((participant) => participant.name === name)) out.push({ name, role });
}

/**
 * "thanked many Boeing employees", "revived respected Ford nameplates": a company named
 * before its object's common noun only says which ones; the event acts on the employees,
 * not on Boeing. (As a subject, "Larkspur shareholders approved the sale", the name stays:
 * its people act for it.) A product so named is the thing itself, of a kind the noun says:
 * "bought 20 K700 passenger jets", "the first K700 superjumbo was delivered".
 */
function modifiesNoun(
  words: readonly Word[],
  name: EntityMention,
  phrase: Phrase | null,
  event: SentenceEvent,
): boolean {
  // "Syrian regime", "Russian diplomats": a country names whose they are, and takes part.
  if (!phrase || name.kind !== 'organization') return false;
  // "GM declaration of bankruptcy", "Ford sales fell": the event's own noun is the name's.
  if (phrase.first <= event.trigger && event.trigger <= phrase.last) return false;
  const last = words[phrase.last] as Word;
  if (last.pos !== 'NOUN' || last.start < name.end) return false;
  const next = words.find((word) => word.start >= name.end);
  return (
    next !== undefined &&
    next.pos === 'NOUN' &&
    /^[a-z]/.test(next.text) &&
    // "the A380 jetliner", "the Larkspur company": a noun for the named thing itself.
    referentKindOf(next.lemma) === null &&
    // "the UN investigation found": the name does what the event noun says.
    !isEventNounWord(next)
  );
}

/**
 * "Aer Lingus rival Ryanair", "Airbus parent EADS": a name before a common noun and
 * another name describes that name; the phrase is about the last one.
 */
function headNames(words: readonly Word[], names: EntityMention[]): EntityMention[] {
  return names.filter((name, index) => {
    const next = names[index + 1];
    if (!next) return true;
    const between = words.filter((word) => word.start >= name.end && word.end <= next.start);
    return !(
      between.length > 0 && between.every((word) => word.pos === 'NOUN' || word.pos === 'ADJ')
    );
  });
}

/** The names (not places) inside a phrase. */
function namesIn(
  words: readonly Word[],
  entities: readonly EntityMention[],
  phrase: Phrase | null,
): EntityMention[] {
  if (!phrase) return [];
  const start = (words[phrase.first] as Word).start;
  const end = (words[phrase.last] as Word).end;
  return entities.filter(
    (entity) => entity.kind !== 'place' && entity.start >= start && entity.end <= end,
  );
}

/**
 * "the bankruptcy of Chrysler", "the purchase by Aeroflot": a nominal's "of" names what it
 * happens to, its "by" who does it. "Met with Lavrov", "a dispute between Airbus and
 * Boeing", "a suit against GM" name a partner. Other complements ("a package for Ford",
 * "chose Airbus over Boeing", "according to Airbus") are circumstances: the name is
 * there, but it takes no part in the event.
 */
function complementRole(
  words: readonly Word[],
  event: SentenceEvent,
  phrase: Phrase,
  name: EntityMention,
): Role {
  const preposition = (words[phrase.first - 1] as Word | undefined)?.lower ?? '';
  if (PARTNER_PREPOSITIONS.has(preposition)) return 'partner';
  // "delivered the jet to SIA", "deliveries to SIA": who receives takes part; not a place
  // ("sold to buyers in Ohio"), nor a name that only modifies what the phrase is about
  // ("pointed to the bankruptcy of Chrysler", "attributed to GM's falling share").
  const content = words[phrase.first]?.pos === 'DET' ? phrase.first + 1 : phrase.first;
  const after = words[phrase.last + 1]?.lower;
  const named =
    name.kind !== 'place' &&
    (words[content] as Word).start >= name.start &&
    (words[phrase.last] as Word).end <= name.end &&
    after !== "'s" &&
    after !== '’s';
  if (preposition === 'to' && named && takesRecipient(eventFamily(event.lemma))) return 'partner';
  if (event.pos !== 'noun') return 'other';
  if (preposition === 'of') return 'patient';
  if (preposition === 'by') return 'agent';
  return 'other';
}

const PARTNER_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'between', 'against']);

function possessorNames(word: string, context: Referents): string[] {
  if (word === 'their')
    return context.lastPeople.length > 0
      ? context.lastPeople
      : context.lastOrganization
        ? [context.lastOrganization]
        : [];
  // "the Dow had jumped 889 points, its second-biggest gain": the index the sentence is about.
  if (word === 'its' && context.lastSubject && context.lastSubject === context.lastIndex)
    return [context.lastSubject];
  if (word === 'its') return context.lastOrganization ? [context.lastOrganization] : [];
  if (word === 'his' || word === 'her') return context.lastPerson ? [context.lastPerson] : [];
  return [];
}

/**
 * "It said", "he told", "the company said", "the aircraft flew": the company, person or
 * product the pronoun or description stands for.
 */
export function pronounAgent(
  words: readonly Word[],
  event: SentenceEvent,
  context: Referents,
): string | null {
  const agent = event.agent;
  if (!agent) return null;
  if (agent.first !== agent.last) return describedReferent(words, agent, context);
  const word = (words[agent.first] as Word).lower;
  // A quotation speaks of the speaker's world, not of the story's last subject.
  if (word === 'it')
    return (
      (insideQuotation(words, (words[agent.first] as Word).start) ? null : context.lastSubject) ??
      context.lastOrganization
    );
  // ("The shares are still below $38. On September 4, they closed at $17.73": the shares.)
  if (word === 'they' && theyContinueShares(words, context)) return sharesCompany(context);
  if (word === 'they')
    return context.jointSubject ?? (context.pluralBefore ? null : context.lastOrganization);
  if (word === 'he' || word === 'she') return context.lastPerson;
  if (word === 'i') return context.speaker ?? null;
  // "“We've reduced our design effort,” said Angers": a quoted "we" is the speaker's
  // company: the one the report names, else the organization the story is about.
  if (word === 'we' && insideQuotation(words, (words[agent.first] as Word).start))
    return (
      context.speakerOrganization ??
      (context.speaker ? context.affiliations?.get(context.speaker) : undefined) ??
      // "“We can solve this crisis,” President Bush said": an office holder's "we" is no
      // company's.
      (context.speaker && context.officeHolders?.has(context.speaker)
        ? null
        : context.lastOrganization)
    );
  return null;
}

/** The body a possessive description inside a phrase stands for: "the company's shares". */
function describedPossessor(
  words: readonly Word[],
  phrase: Phrase | null,
  context: Referents,
): string | null {
  if (!phrase) return null;
  // Only the phrase's own words are read, not the sentence's.
  for (let possessive = phrase.first + 1; possessive < phrase.last; possessive++)
    if (isApostropheS(words[possessive] as Word))
      return describedReferent(words, { first: phrase.first, last: possessive - 1 }, context);
  return null;
}

/** The prepositions that bring in the body a spokesman or an official is of. */
const SPOKEN_FOR: ReadonlySet<string> = new Set(['at', 'for']);

/**
 * The organization named right after the subject, when the subject is people speaking for a
 * body ("Officials at the Federal Reserve", "A spokesman for Harwell Motors").
 */
function bodySpokenFor(
  words: readonly Word[],
  entities: readonly EntityMention[],
  event: SentenceEvent,
): string | null {
  const subject = event.passive ? null : event.agent;
  if (!subject || event.pos !== 'verb' || event.trigger < subject.last) return null;
  if (!speaksForBody((words[subject.last] as Word).lemma)) return null;
  if (!SPOKEN_FOR.has(words[subject.last + 1]?.lower ?? '')) return null;
  const start = words[subject.last + 2]?.start;
  const body = entities.find(
    (entity) =>
      entity.kind === 'organization' &&
      entity.end <= (words[event.trigger] as Word).start &&
      start !== undefined &&
      entity.start >= start &&
      // (The name opens the phrase: "the Federal Reserve", not a name deeper in it.)
      words.slice(subject.last + 2).findIndex((word) => word.start >= entity.start) <= 1,
  );
  return body?.canonical ?? null;
}

/** Whose the subject is, by a possessive before or inside it ("its profit fell"). */
function ownersOfSubject(
  words: readonly Word[],
  event: SentenceEvent,
  context: Referents,
): string[] {
  const subject = event.passive ? null : event.agent;
  if (!subject || event.pos !== 'verb') return [];
  // "The company's shares fell", "the firm's chief executive resigned".
  const described = describedPossessor(words, subject, context);
  if (described) return [described];
  // "its first-quarter net profit fell": past a date that modifies the subject.
  let opener = subject.first - 1;
  while (opener > 0 && (words[opener] as Word).pos === 'X') opener--;
  const before = words[opener];
  // "Lund was the sole exception, as their sales declined": whose a plural "their" is, the
  // people named last first ("Kerry and Lavrov … Their discussion follows"); none after a
  // plural subject ("other makers saw … their sales").
  if (before?.lower === 'their')
    return context.pluralBefore ? [] : possessorNames('their', context);
  if (before?.lower !== 'its') return [];
  const owner =
    (insideQuotation(words, before.start) ? null : context.lastSubject) ?? context.lastOrganization;
  return owner ? [owner] : [];
}

/**
 * "It was flown to Toulouse": a passive's "it" is its subject, what the story is about. Not
 * what "it was announced" or "reported": that is a plan, a figure or a deal, seldom the
 * company the story is about. "He was scheduled to meet": a passive's "he" or "she" is the
 * person named last. So is the subject of a verb that carries a noun's event: "It will go
 * on sale in June", "he went on leave".
 */
export function undergoingSubjectReferent(
  words: readonly Word[],
  event: SentenceEvent,
  context: Referents,
): string | null {
  const patient = event.patient;
  if (!patient || patient.first !== patient.last) return null;
  // (A noun's own phrase holds it: a patient before it is its carrier verb's subject.)
  const carried = event.pos === 'noun' && patient.last < event.trigger;
  if (!event.passive && !carried) return null;
  const pronoun = (words[patient.first] as Word).lower;
  if (pronoun === 'he' || pronoun === 'she') return context.lastPerson;
  if (event.eventClass === 'REPORTING') return null;
  if (pronoun !== 'it') return null;
  return context.lastSubject ?? null;
}

/**
 * Whether a product's name holds a kind's noun as a word of its own or as the end of one
 * ("iPhone", "Orbix Phone 4": a phone).
 */
function endsInKind(product: string, lemma: string): boolean {
  const kind = lemma.charAt(0).toUpperCase() + lemma.slice(1);
  const words = product.split(' ');
  return words.some(
    (word) =>
      (word === kind && words.length > 1) ||
      (word.length > kind.length &&
        word.endsWith(kind) &&
        /\p{Ll}/u.test(word.charAt(word.length - kind.length - 1))),
  );
}

/**
 * "the company", "the US automaker", "the new aircraft": a definite description without a
 * name stands for the company or product named last.
 */
function describedReferent(
  words: readonly Word[],
  phrase: Phrase | null,
  context: Referents,
): string | null {
  if (!phrase) return null;
  const head = words[phrase.last] as Word;
  if (head.pos !== 'NOUN') return null;
  // "The Cupertino, California-based company": the phrase after the town's comma.
  const town =
    words[phrase.first - 1]?.text === ',' &&
    words[phrase.first - 2]?.pos === 'PROPN' &&
    DEFINITE.has(words[phrase.first - 3]?.lower ?? '');
  const definite = town || DEFINITE.has((words[phrase.first] as Word).lower);
  // A headline drops its articles: "… after auto company declared bankruptcy".
  const bare = context.headline === true && head.lemma === head.lower && !definite;
  if (!definite && !bare) return null;
  for (let at = definite && !town ? phrase.first + 1 : phrase.first; at < phrase.last; at++)
    if (
      !['ADJ', 'NOUN', 'NUM', 'PROPN'].includes((words[at] as Word).pos) &&
      !joinsCompound(words, at)
    )
      return null;
  const kind = referentKindOf(head.lemma);
  // "the dealerships", "the two companies": many bodies are not the one named last (but
  // "the planes" are the model named last).
  // "Apple shipped 1.25 million Macintosh computers. The company also said": the company
  // the last sentence was about, before any body named in passing after it.
  const topic =
    context.lastSubject && context.lastSubject !== context.lastProduct ? context.lastSubject : null;
  if (kind === 'organization') {
    if (isPluralForm(head)) return null;
    // ("The Dow rose … In a statement, the central bank said": an index is no body.)
    const topicBody = topic !== null && (context.organizations?.has(topic) ?? true) ? topic : null;
    const body =
      describedBody(context, head.lemma) ??
      topicBody ??
      mostMentioned(context, [context.lastOrganization, context.namedAs?.get(head.lemma)]);
    // "The filing with the Securities and Exchange Commission showed that the company
    // earned $1 billion": a company is none of the public bodies the story names, but
    // the company it names most.
    if (body && COMPANY_NOUNS.has(head.lemma) && isPublicBody(body))
      return mostMentioned(
        context,
        [...(context.organizations ?? [])].filter((name) => !isPublicBody(name)),
      );
    return body;
  }
  // "the iPhone … the iPod … Jobs showed the phone": the product named last whose name
  // ends in the noun, before the product named last.
  if (kind === 'product')
    return (
      context.products?.findLast((name) => endsInKind(name, head.lemma)) ?? context.lastProduct
    );
  // "the iPhone … The phone will launch in Europe": a product whose name ends in the noun.
  const product = context.lastProduct;
  // (One, and not named otherwise: "First Nokia phones run" are no iPhone.)
  const named = words.slice(phrase.first, phrase.last).some((word) => word.pos === 'PROPN');
  if (kind === null && product && !isPluralForm(head) && !named && endsInKind(product, head.lemma))
    return product;
  // ("the RTS index" names its own index.)
  if (INDEX_NOUNS.has(head.lemma) && !isPluralForm(head) && !named)
    return context.lastIndex ?? null;
  // "Lindale's shares closed at $38.23 … The shares opened at $42.05": a company's shares,
  // of the company the story is about (shares stand for their company, "Lindale shares
  // fell"), not of the banks named last ("Three banks will manage the offering. The shares
  // are expected to begin trading in May").
  if (isShares(head) && !named) return sharesCompany(context, topic);
  return null;
}

/**
 * Whether a verb's object is no subject of a clause the verb reports: no verb follows it
 * ("praised the phone last week", not "said the company expects").
 */
function objectEndsClause(words: readonly Word[], event: SentenceEvent): boolean {
  const next = event.patient ? words[event.patient.last + 1] : undefined;
  return next?.pos !== 'VERB' && next?.pos !== 'AUX';
}

/** Nouns that describe a business: "the company", "the firm". */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation']);

/** Whether a name is a public body's ("Securities and Exchange Commission"), by its last word. */
function isPublicBody(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return PUBLIC_BODY_WORDS.has(last);
}

/** Nouns a definite description uses for a market index named before ("the index fell"). */
const INDEX_NOUNS: ReadonlySet<string> = new Set(['index', 'average', 'benchmark', 'gauge']);

/** Whether `head` is an index's noun right after its name ("Nikkei 225 index"). */
function isIndexNounAfter(words: readonly Word[], name: EntityMention, head: Word): boolean {
  const next = words.find((word) => word.start >= name.end);
  return next === head && INDEX_NOUNS.has(head.lemma) && !isPluralForm(head);
}

/**
 * The company whose shares "the shares" or a "they" that continues them are: the story's,
 * the company the last sentence was about (`topic`) or the one named most, not the banks
 * named last.
 */
function sharesCompany(context: Referents, topic: string | null = null): string | null {
  return (
    (topic !== context.lastIndex ? topic : null) ??
    mostMentioned(context, [context.lastOrganization, ...(context.organizations ?? [])])
  );
}

/**
 * Whether a sentence opens with a company's shares for subject: "The shares are still
 * below $38", "Lindale's shares fell", "Shares of Lindale rose".
 */
export function opensWithShares(words: readonly Word[]): boolean {
  const [first, second, third] = words;
  if (!first) return false;
  if (first.lower === 'shares' || first.lower === 'stock') return true;
  if (first.lower === 'the' && second !== undefined && isShares(second)) return true;
  return (
    first.pos === 'PROPN' &&
    second !== undefined &&
    isApostropheS(second) &&
    third !== undefined &&
    isShares(third)
  );
}

/**
 * Whether a noun is a company's shares: "the shares fell", "the stock rose" (not "the
 * share in Chrysler", a stake).
 */
function isShares(word: Word): boolean {
  return (word.lemma === 'share' && isPluralForm(word)) || word.lemma === 'stock';
}

/**
 * How a title names the doer a description stands for: "The shares opened at $42" is
 * "Lindale shares open at $42", not "Lindale opens"; so is a "they" that continues them.
 */
export function describedDoerName(
  words: readonly Word[],
  phrase: Phrase | null,
  name: string | null,
  context: Referents,
): string | null {
  if (!name || !phrase) return name;
  const head = words[phrase.last] as Word;
  if (phrase.first !== phrase.last) return isShares(head) ? `${name} ${head.lower}` : name;
  return head.lower === 'they' && theyContinueShares(words, context) ? `${name} shares` : name;
}

/**
 * "House leaders said they would meet again on Thursday to try to pass the plan": a "they"
 * in what people report, whom no name gives, is those people. The plural common noun
 * phrase of the report that governs the event, at any remove, for its title; or null.
 */
export function reportingPeople(words: readonly Word[], event: SentenceEvent): Phrase | null {
  const agent = event.agent;
  if (!agent || agent.first !== agent.last || (words[agent.first] as Word).lower !== 'they')
    return null;
  let governor = event.governor;
  for (let depth = 0; governor && depth < MAX_REPORT_REMOVE; depth++) {
    if (governor.eventClass === 'REPORTING') break;
    governor = governor.governor;
  }
  const reporter = governor?.eventClass === 'REPORTING' ? governor.agent : null;
  const head = reporter ? (words[reporter.last] as Word) : undefined;
  return reporter && head?.pos === 'NOUN' && head.lemma !== head.lower ? reporter : null;
}

/** How many governing events up a report may stand from what it reports. */
const MAX_REPORT_REMOVE = 4;

/**
 * Whether a "they" continues the shares its sentence, or the last, opened with: not when
 * names joined or people were the subject before it.
 */
function theyContinueShares(words: readonly Word[], context: Referents): boolean {
  return (
    !context.jointSubject &&
    !context.pluralBefore &&
    (context.sharesSubject === true || opensWithShares(words))
  );
}

/**
 * What "it" and "he" can point to at an event: the names before it in its own sentence
 * first ("Boeing said it had sold ten jets"), then those of the sentences before.
 */
export function contextAt<T extends Referents>(
  context: T,
  entities: readonly EntityMention[],
  words: readonly Word[],
  event: SentenceEvent,
  read: Pick<ReadSentence, 'events' | 'segments'>,
): T {
  const all = read.events;
  const at = words[event.agent?.first ?? event.trigger] as Word;
  // "Google completed its purchase of YouTube, the website it agreed to buy": "it" in a
  // relative clause is not the noun the clause describes.
  const described =
    event.agent && subjectOfRelative(words, read.segments, event.segment, event.agent.first)
      ? (words[relativeAntecedentStart(words, read.segments[event.segment] as Segment)] as Word)
          .start
      : Infinity;
  // A variant of a company's name in quotation marks of its own ("CEO of GM outlines plan
  // for “New GM”") is coined, not the actor a later "the company" stands for.
  const before = entities.filter(
    (entity, index) =>
      entity.end <= at.start && entity.start < described && !coinedVariant(words, entities, index),
  );
  const reporter = reporterOf(event, all);
  const quoted = insideQuotation(words, at.start) ? quotationSpeaker(words, entities, all) : null;
  // ("The jurors deliberated for three days. They found …": the last sentence's people.)
  const plural =
    pluralSubjectBefore(words, event, all) ||
    (before.length === 0 && context.peopleSubject === true);
  // "He started Apple with Steve Wozniak. … he left Apple": with no one named before it in
  // its sentence, "he" is whom the last sentence was about, not whoever it named last,
  // unless that one is the more talked about ("Judge Holwell ordered Rajaratnam to stay
  // home. Prosecutors had asked that he be jailed").
  const personBefore = before.some((entity) => entity.kind === 'person');
  const topic = personBefore ? null : aboutPerson(context);
  const retold = topic !== null && topic !== context.lastPerson;
  if (before.length === 0 && !reporter && !quoted && !plural && !retold) return context;
  // A name told before "it" in its own sentence comes first.
  const local: T = {
    ...context,
    ...(plural ? { pluralBefore: true } : {}),
    ...(before.length > 0 ? { lastSubject: null } : {}),
    ...(quoted ? { speaker: quoted.person, speakerOrganization: quoted.organization } : {}),
    ...(retold ? { lastPerson: topic } : {}),
  };
  remember(local, before);
  // "The L300 will wear the livery of Norwind Air when it arrives": "it" in a later clause
  // is the named company or product the sentence began with, not the name told last; "he"
  // the person ("Mubarak ruled since the assassination of Sadat, and he …").
  const subject = namedSubject(words, entities, read, event, at);
  const person = subject?.named?.kind === 'person' ? subject.named.canonical : null;
  // ("The Germans last won it in 1990, when they beat Argentina": a people named by their
  // plural is "they" as well.)
  const joint =
    subject?.named &&
    (joinsWithAnd(words, subject.phrase) ||
      isGroupPlural((words[subject.phrase.last] as Word).text));
  if (joint) local.jointSubject = subject.named?.canonical ?? null;
  if (person) local.lastPerson = person;
  else if (topic) local.lastPerson = topic;
  const thing = subject && thingNamed(words, subject, local);
  if (thing) local.lastSubject = thing;
  // "Monday's decline left the Dow 23% below the high that it reached in October": with no
  // subject naming it, "it" is an index its sentence named after any company, not the
  // company of the sentences before.
  const lastThing = before.findLast(
    (entity) =>
      entity.kind === 'index' || entity.kind === 'organization' || entity.kind === 'product',
  );
  if (!local.lastSubject && lastThing?.kind === 'index') local.lastSubject = lastThing.canonical;
  // "The mill says it will close", "GM said they would cut jobs": "it" in what a report
  // says is the reporter, when the reporter is no person ("it" is not "he").
  const speaker = reporter?.agent;
  if (speaker && (words[speaker.first] as Word).pos !== 'PRON') {
    local.lastSubject = null;
    const start = (words[speaker.first] as Word).start;
    const end = (words[speaker.last] as Word).end;
    const named = entities.filter((entity) => entity.start >= start && entity.end <= end);
    // "The White House said it would …": a country's voice too; "Nasdaq said it would
    // cancel trades": an exchange named as its index.
    const organization = named.findLast(
      (entity) =>
        entity.kind === 'organization' || entity.kind === 'country' || entity.kind === 'index',
    );
    // "Jobs also announced that the company would drop": the company of the person who
    // reports it, when a title told it.
    const employer = named
      .filter((entity) => entity.kind === 'person')
      .map((entity) => local.affiliations?.get(entity.canonical))
      .find((body) => body !== undefined);
    if (organization) local.lastOrganization = organization.canonical;
    else if (employer) local.lastOrganization = employer;
    else if (named.length === 0) {
      // "The mill says it will close": a described reporter is what its "it" stands for;
      // but people ("Company executives said the firm is trying") speak for the company
      // the story is about. (Not one person: "the envoy said it could help" may mean a
      // meeting.) What the report takes as its own object is no saying of the reporter's:
      // "the minister praised its success" is the company's.
      const head = words[speaker.last] as Word;
      const people = isPluralForm(head) && isPersonNoun(head.lemma);
      const objectOfReport = event.pos === 'noun' && holds(reporter.patient, event.trigger);
      local.lastOrganization =
        describedReferent(words, speaker, local) ??
        (people || objectOfReport ? local.lastOrganization : null);
    }
  }
  return local;
}

/** The company, product or index a subject names or describes ("the plane"), if any. */
function thingNamed(
  words: readonly Word[],
  subject: { phrase: Phrase; named: EntityMention | null },
  context: Referents,
): string | null {
  if (!subject.named) return describedReferent(words, subject.phrase, context);
  return THING_KINDS.has(subject.named.kind) ? subject.named.canonical : null;
}

/** The person the last sentence was about, when no one named after is more talked about. */
function aboutPerson(context: Referents): string | null {
  const about = context.lastPersonSubject ?? null;
  const last = context.lastPerson;
  if (!about || !last) return about;
  return mentionCount(context, about) >= mentionCount(context, last) ? about : null;
}

/** Whether a noun is written in a form other than its lemma: a plural ("mills", "people"). */
function isPluralForm(word: Word): boolean {
  return word.lemma !== word.lower;
}

/** Whether a verb before `event` in its sentence has a plural common noun for subject. */
function pluralSubjectBefore(
  words: readonly Word[],
  event: SentenceEvent,
  all: readonly SentenceEvent[],
): boolean {
  return all.some(
    (other) =>
      other.pos === 'verb' && other.trigger < event.trigger && hasPeopleSubject(words, other),
  );
}

/**
 * Whether a verb's subject is several people or things: a plural common noun ("workers",
 * "hundreds of thousands of people"), or names joined by "and" ("Merkel and Hollande").
 */
export function hasPeopleSubject(
  words: readonly Word[],
  verb: SentenceEvent,
  joinedNames = true,
): boolean {
  const subject = verb.passive ? verb.patient : verb.agent;
  if (!subject) return false;
  const head = words[subject.last] as Word;
  if (head.pos === 'NOUN' && /^[a-z]/.test(head.text))
    return isPluralForm(head) || PLURAL_PEOPLE.has(head.lower);
  // "The Germans", "Republicans": a people named by their plural.
  if (isGroupPlural(head.text)) return true;
  const joined = joinsWithAnd(words, subject);
  return (
    joinedNames && joined && head.pos === 'PROPN' && (words[subject.first] as Word).pos === 'PROPN'
  );
}

/** Whether a phrase joins two or more with "and" ("Merkel and Hollande"). */
function joinsWithAnd(words: readonly Word[], phrase: Phrase): boolean {
  return words.slice(phrase.first, phrase.last + 1).some((word) => word.lower === 'and');
}

/** Nouns of people that are plural in their own form ("people", "police"). */
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'crew']);

/**
 * The subject of the sentence's first verb (or of the clause governing the event), when it
 * comes before `at`, with the name at its head if any: the company, product or person "it"
 * and "he" stand for before names told later ("the plane", "Mubarak").
 */
function namedSubject(
  words: readonly Word[],
  entities: readonly EntityMention[],
  read: Pick<ReadSentence, 'events' | 'segments'>,
  event: SentenceEvent,
  at: Word,
): { phrase: Phrase; named: EntityMention | null } | null {
  const all = read.events;
  // "Sony rose, while Toyota gained after it said": the clause governing the event's
  // comes first, then the sentence's first.
  const governing =
    event.governor?.pos === 'verb' && event.governor.trigger < event.trigger
      ? event.governor
      : undefined;
  const first =
    governing ?? all.find((other) => other.pos === 'verb' && other.trigger < event.trigger);
  // ("Lund Bank became the largest failure when it was seized": a main clause whose verb
  // tells no event still has its subject; and "… when it was seized and sold": the "it" of
  // the clause governing the event stands for that subject too.)
  const governed = first ? (first.passive ? first.patient : first.agent) : null;
  const pronoun =
    governed !== null &&
    governed.first === governed.last &&
    (words[governed.first] as Word).lower === 'it';
  const subject =
    first && !pronoun ? governed : mainClauseSubject({ segments: read.segments, words });
  if (first === event || !subject || (words[subject.last] as Word).end > at.start) return null;
  if (insideQuotation(words, (words[subject.first] as Word).start)) return null;
  // The name must head the subject: not "GM's move", not "the President of the US"; an
  // index's name may come before the noun it is ("Japan's Nikkei 225 index").
  const head = words[subject.last] as Word;
  const names = namesIn(words, entities, subject);
  const named =
    names.find((entity) => entity.start <= head.start && head.end <= entity.end) ??
    names.find((entity) => entity.kind === 'index' && isIndexNounAfter(words, entity, head));
  return { phrase: subject, named: named ?? null };
}

/**
 * "“I dread the coming months,” said Anna Berg": the person a quotation's report names,
 * the reporting verb being outside the quotation, and the company the report or the
 * speaker's description names ("said Anna Berg, a Norwind spokeswoman"; "Norwind said"):
 * the company a quoted "we" is.
 */
function quotationSpeaker(
  words: readonly Word[],
  entities: readonly EntityMention[],
  all: readonly SentenceEvent[],
): { person: string | null; organization: string | null } | null {
  for (const report of all) {
    if (report.pos !== 'verb' || !report.agent) continue;
    if (report.eventClass !== 'REPORTING' && !followsQuotation(words, report.trigger)) continue;
    if (insideQuotation(words, (words[report.trigger] as Word).start)) continue;
    const named = [
      ...namesIn(words, entities, report.agent),
      ...describedBy(words, entities, report.agent),
    ];
    const person = named.find((entity) => entity.kind === 'person');
    const organization = named.find((entity) => entity.kind === 'organization');
    if (person || organization)
      return { person: person?.canonical ?? null, organization: organization?.canonical ?? null };
  }
  return null;
}

/** Whether a verb stands right after a quotation's closing mark ("…,” enthused Berg"). */
function followsQuotation(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]?.text === ',' ? index - 2 : index - 1;
  const mark = words[before]?.text;
  return mark === '”' || (mark === '"' && insideQuotation(words, (words[before] as Word).start));
}

/**
 * The names of an apposition right after a phrase, up to the clause's end ("Anna Berg, a
 * Norwind spokeswoman."), not past a quotation mark or another comma.
 */
function describedBy(
  words: readonly Word[],
  entities: readonly EntityMention[],
  phrase: Phrase,
): EntityMention[] {
  if (words[phrase.last + 1]?.text !== ',') return [];
  let last = phrase.last + 1;
  while (last + 1 < words.length && !APPOSITION_ENDS.has((words[last + 1] as Word).text)) last++;
  if (last === phrase.last + 1) return [];
  return namesIn(words, entities, { first: phrase.last + 2, last });
}

const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', '“', '”', '"', '(']);

/**
 * "Jobs resigned on Wednesday, and the company named Tim Cook to replace him", "Jobs asked
 * to stay on, and the board elected him chairman": "him" or "her" as the object is the
 * person the sentence is about, the first it names before it who is not the verb's own
 * subject (nor, for an infinitive or an -ing form, the one named right before it, who does
 * it: "charges against Sears for hiring her"); with no one there, the person the last
 * sentence was about.
 */
function objectPronounReferent(
  words: readonly Word[],
  entities: readonly EntityMention[],
  event: SentenceEvent,
  known: readonly ParticipantRole[],
  context: Referents,
): string | null {
  // ("elected him chairman"; "her chairman" may be hers.)
  const phrase = event.patient;
  const pronoun = phrase ? (words[phrase.first] as Word).lower : '';
  if (pronoun !== 'him' && !(pronoun === 'her' && phrase?.first === phrase?.last)) return null;
  const agents = new Set(known.filter((role) => role.role === 'agent').map((role) => role.name));
  const trigger = words[event.trigger] as Word;
  const people = entities.filter(
    (entity) => entity.kind === 'person' && entity.end <= trigger.start,
  );
  const nonFinite = event.tense === 'infinitive' || event.tense === 'gerund';
  const doer = nonFinite ? people.at(-1)?.canonical : undefined;
  const topic = people.find((entity) => !agents.has(entity.canonical) && entity.canonical !== doer);
  if (topic) return topic.canonical;
  if (people.length > 0) return null;
  const last = context.lastPersonSubject ?? context.lastPerson;
  return last && !agents.has(last) ? last : null;
}

/** The person an apposition names after a phrase whose head is a person's title. */
function titledPerson(
  words: readonly Word[],
  entities: readonly EntityMention[],
  phrase: Phrase | null,
): string[] {
  if (!phrase || !isPersonNoun((words[phrase.last] as Word).lemma)) return [];
  const people = describedBy(words, entities, phrase).filter((entity) => entity.kind === 'person');
  return people.length === 1 ? [(people[0] as EntityMention).canonical] : [];
}

/** Whether the entity at `index` is a quoted variant of an organization named before it. */
function coinedVariant(
  words: readonly Word[],
  entities: readonly EntityMention[],
  index: number,
): boolean {
  const entity = entities[index] as EntityMention;
  if (entity.kind !== 'organization') return false;
  const before = words.findLast((word) => word.end <= entity.start);
  const after = words.find((word) => word.start >= entity.end);
  const quoted =
    (before?.text === '“' || before?.text === '"') && (after?.text === '”' || after?.text === '"');
  if (!quoted) return false;
  const parts = entity.text.split(' ');
  for (let earlier = 0; earlier < index; earlier++) {
    const other = entities[earlier] as EntityMention;
    if (
      other.kind === 'organization' &&
      other.canonical !== entity.canonical &&
      parts.includes(other.text)
    )
      return true;
  }
  return false;
}

/**
 * The first verb of the sentence's main clause; a report's rather than its quotation's
 * ("“He has decided to step down,” Suleiman said"), when the report is an event.
 */
export function mainClauseVerb(
  read: Pick<ReadSentence, 'events' | 'segments' | 'words'>,
): SentenceEvent | undefined {
  const mains = read.events.filter(
    (event) => event.pos === 'verb' && read.segments[event.segment]?.parent === null,
  );
  return (
    mains.find(
      (event) => !insideQuotation(read.words, (read.words[event.trigger] as Word).start),
    ) ?? mains[0]
  );
}

/** What "it" may stand for: a company, a product, a market index. */
const THING_KINDS: ReadonlySet<string> = new Set(['organization', 'product', 'index']);

/** What "he" and "she" stand for. */
export const PERSON_KINDS: ReadonlySet<string> = new Set(['person']);

/**
 * The company or product (or, asked for `PERSON_KINDS`, the person) the sentence's main
 * clause is about: the named subject of its first verb outside any subordinate clause
 * (`mainClauseVerb`; a passive's subject is its patient).
 */
export function mainSubject(
  main: SentenceEvent | undefined,
  participantsOf: (event: SentenceEvent) => readonly ParticipantRole[],
  kindOf: (name: string) => EntityMention['kind'] | undefined,
  kinds: ReadonlySet<string> = THING_KINDS,
): string | null {
  if (!main) return null;
  const role = main.passive ? 'patient' : 'agent';
  // ("The Dow fell 998 points. It then rebounded": an index too.) The first is the subject:
  // in "Lindale chief executive Ann Berg introduced the Orbix", the body after the person is
  // her title's, not what the sentence is about.
  const subjects = participantsOf(main).filter((participant) => participant.role === role);
  const subject = subjects[0];
  // ("Harwell Trust, Ostrava Capital and Norwind Bank managed the offering": many bodies
  // are no one thing a next "it" or "the shares" stands for.)
  const many =
    subjects.filter((participant) => kinds.has(kindOf(participant.name) ?? '')).length > 1;
  return subject && !many && kinds.has(kindOf(subject.name) ?? '') && !isGroupPlural(subject.name)
    ? subject.name
    : null;
}

/**
 * The company or product a sentence opens with as the subject of its first verb, for when
 * no event of its main clause tells it ("The Orbix has no keyboard and is controlled with
 * the fingers": "has" tells no event, "controlled" names no subject): a next "it" stands
 * for it.
 */
export function openingSubject(
  words: readonly Word[],
  entities: readonly EntityMention[],
): string | null {
  const first = words[words[0]?.pos === 'DET' ? 1 : 0];
  const entity = first && entities.find((mention) => mention.start === first.start);
  if (!entity || !THING_KINDS.has(entity.kind) || isGroupPlural(entity.canonical)) return null;
  const next = words.find((word) => word.start >= entity.end);
  return next?.pos === 'AUX' || next?.pos === 'VERB' ? entity.canonical : null;
}

/**
 * The body a description stands for as the subject of a main clause that tells no event
 * ("The Dow fell 998 points. At its lowest point, the index was down 9 percent. It closed
 * at 10,520": the index, so the Dow, is what the next "it" stands for).
 */
export function describedSubject(
  read: Pick<ReadSentence, 'segments' | 'words'>,
  context: Referents,
): string | null {
  return describedReferent(read.words, mainClauseSubject(read), context);
}

/** Nouns that describe any body alike ("the company"): the body named last is theirs. */
const GENERIC_BODY_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'business',
  'corporation',
  'concern',
  'organization',
  'organisation',
  'institution',
  'establishment',
]);

/**
 * Notes the body a specific noun describes in a sentence ("Irish national airline Aer
 * Lingus", "carmaker Toyota", "Aer Lingus, the Irish airline,").
 */
export function rememberDescriptions(
  context: Referents,
  words: readonly Word[],
  entities: readonly EntityMention[],
): void {
  for (const entity of entities) {
    if (entity.kind !== 'organization') continue;
    const first = words.findIndex((word) => word.start >= entity.start);
    const last = words.findLastIndex((word) => word.end <= entity.end);
    if (first < 0 || last < first) continue;
    const before = words[first - 1];
    // ", the Irish airline": the apposition's head, up to three words on (a hyphened
    // word counts as one: ", the fourth-largest investment bank").
    let after: Word | undefined;
    if (words[last + 1]?.text === ',' && DEFINITE.has(words[last + 2]?.lower ?? '')) {
      let counted = 0;
      for (let at = last + 3; counted < 3 && words[at] !== undefined; at++) {
        const word = words[at] as Word;
        const hyphen = word.text === '-' && word.start === words[at - 1]?.end;
        if (hyphen) {
          counted--;
          continue;
        }
        if (word.pos === 'PUNCT') break;
        if (word.pos === 'NOUN') after = word;
        counted++;
      }
    }
    for (const noun of [before, after])
      if (noun?.pos === 'NOUN' && describesBody(noun.lemma)) {
        const described = (context.describedAs ??= new Map<string, string[]>());
        const others = (described.get(noun.lemma) ?? []).filter(
          (body) => body !== entity.canonical,
        );
        described.set(noun.lemma, [...others, entity.canonical]);
      }
    // "Bank of America … The bank said", "Lund Airlines … the airline": a body noun in
    // the name itself says what the body is (after the body the story is about).
    for (let at = first; at <= last; at++) {
      const noun = singularOf((words[at] as Word).lower);
      if (describesBody(noun)) (context.namedAs ??= new Map()).set(noun, entity.canonical);
    }
  }
}

/** A noun for a kind of body ("airline", "bank", "carmaker"), not any body ("company"). */
function describesBody(lemma: string): boolean {
  return !GENERIC_BODY_NOUNS.has(lemma) && referentKindOf(lemma) === 'organization';
}

/**
 * Of `names`, the one the article has named most, the first of them on a tie ("Bank of
 * America … the FDIC … The bank cut its dividend": the story's bank, not the insurer named
 * last, when the bank is named more often).
 */
function mostMentioned(
  context: Referents,
  names: Iterable<string | null | undefined>,
): string | null {
  let best: string | null = null;
  for (const name of names)
    if (name && (best === null || mentionCount(context, name) > mentionCount(context, best)))
      best = name;
  return best;
}

/** How often the article has named a name so far. */
function mentionCount(context: Referents, name: string): number {
  return context.mentions?.get(name) ?? 0;
}

/**
 * The body a noun has described; of several, the one the article has named most, the last
 * described on a tie ("Lehman, the fourth-largest investment bank … the British bank
 * Barclays had held talks … Lehman … Lehman … In June, the bank reported": Lehman).
 */
function describedBody(context: Referents, lemma: string): string | null {
  const bodies = context.describedAs?.get(lemma);
  return bodies ? mostMentioned(context, bodies.toReversed()) : null;
}

export function remember(context: Referents, entities: readonly EntityMention[]): void {
  for (const entity of entities) {
    (context.mentions ??= new Map()).set(
      entity.canonical,
      (context.mentions.get(entity.canonical) ?? 0) + 1,
    );
    if (entity.kind === 'person') context.lastPerson = entity.canonical;
    // "Republicans" are people, whom a later "it" does not stand for.
    if (entity.kind === 'organization' && !isGroupPlural(entity.canonical)) {
      context.lastOrganization = entity.canonical;
      (context.organizations ??= new Set()).add(entity.canonical);
    }
    if (entity.kind === 'product') {
      context.lastProduct = entity.canonical;
      // (A new list: a sentence's own context shares its article's.)
      context.products = [
        ...(context.products ?? []).filter((name) => name !== entity.canonical),
        entity.canonical,
      ];
    }
    if (entity.kind === 'index') context.lastIndex = entity.canonical;
  }
}
