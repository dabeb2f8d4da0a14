/**
 * Events layer, one sentence: every event the sentence reports (several per sentence:
 * coordinated verbs, complements, infinitives and nominals), each with its clause, its
 * governing event, its roles (agent, patient, others) as word phrases, and its modality.
 * Dates, names and titles are attached later; this step reads structure only.
 */
import type { EventClass, EventKind, Modality } from '../../contract/corpus.ts';
import type { Word } from '../language/tag-words.ts';
import {
  DEFINITE,
  isApostropheS,
  isPossessivePronoun,
  MODAL_VERBS,
  RELATIVE_PRONOUNS,
} from '../language/word.ts';
import { PERSON_TITLES } from '../events/name-lexicon.ts';
import { isMoveNoun, isMoveVerb } from '../lexicon/event-kinds.ts';
import { isThingCompound } from '../lexicon/thing-compounds.ts';
import { REPORT_MEDIA } from '../lexicon/report-media.ts';
import { isPersonNoun } from '../lexicon/person-nouns.ts';
import {
  ADDRESSEE_CONTROL_VERBS,
  JUDGING_VERBS,
  CARRIER_PREPOSITIONS,
  CARRIER_VERBS,
  LIGHT_VERBS,
  PHRASAL_LIGHT_VERBS,
  isLightVerbFor,
  isSameFormPast,
  OBJECT_CONTROL_VERBS,
  OBJECT_GERUND_VERBS,
} from '../lexicon/verbs.ts';
import { defers, isPastAct, modalityOf, nominalModality, RANKING_WORDS } from './event-modality.ts';
import {
  eventClassOf,
  listedNounLemma,
  eventKindOf,
  isAddedAmount,
  inComplexPreposition,
  isSessionFrame,
  isComparisonVerb,
  measuresTimeTaken,
  isEventNounWord,
  isRankedClose,
  isKindCompound,
  isOccasionInContext,
  isThemeOfVerb,
  isEventVerb,
  keepsAtLevel,
} from './event-words.ts';
import {
  holds,
  joinsCompound,
  opensAmount,
  phraseAround,
  phraseEndingBefore,
  phraseStartingAt,
  type Phrase,
} from './noun-phrases.ts';
import {
  asideOpening,
  datePhraseOpening,
  findSegments,
  isAdverbialNoun,
  opensNoObject,
  outermostRelative,
  quantifiedRelative,
  relativeSubjectStart,
  RESUMES,
  segmentOf,
  type Segment,
} from './segments.ts';
import { insideQuotation } from './quotations.ts';
import {
  afterAbsoluteWith,
  findVerbGroups,
  isUnderWayOrStillSo,
  NEGATIONS,
  opensParticipialAside,
  type Tense,
  type VerbGroup,
} from './verb-groups.ts';

export interface SentenceEvent {
  /** Index of the trigger in the sentence's words. */
  trigger: number;
  pos: 'verb' | 'noun';
  lemma: string;
  eventClass: EventClass;
  kind: EventKind;
  tense: Tense | 'nominal';
  /**
   * A light verb whose object noun is the event it tells ("made its maiden flight"): read
   * for its subject, date and title, but the event is the noun's.
   */
  light?: boolean;
  /** The noun such a light verb tells ("flight"): it takes the verb's date and title. */
  toldByLightVerb?: boolean;
  passive: boolean;
  modality: Modality;
  segment: number;
  /** The event that governs this one ("said" for what was said, "plans" for "to cut"). */
  governor: SentenceEvent | null;
  agent: Phrase | null;
  patient: Phrase | null;
  /** Prepositional objects and the like: "for bankruptcy", "with Boeing". */
  others: Phrase[];
}

export interface ReadSentence {
  words: readonly Word[];
  segments: Segment[];
  events: SentenceEvent[];
}

/** Prepositions before the state or process a verb's subject enters or leaves. */
const STATE_PREPOSITIONS = new Set(['for', 'into', 'from']);
const NONFINITE: ReadonlySet<Tense> = new Set(['infinitive', 'gerund', 'participle']);

/** Adjectives whose infinitive the subject of their "be" does: "is due to visit". */
const SUBJECT_ADJECTIVES: ReadonlySet<string> = new Set([
  'due',
  'likely',
  'unlikely',
  'able',
  'unable',
  'ready',
  'poised',
  'set',
  'scheduled',
  'slated',
  'certain',
  'sure',
  'bound',
  'about',
  'eager',
  'willing',
  'unwilling',
  'reluctant',
  'keen',
  'first',
  'last',
]);

/** Particles and prepositions that belong to the verb, not to a following object. */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'over', 'back', 'away']);

/**
 * "OPEC, which pumps 40 percent of the world's oil, will meet": the simple present right
 * after a relative "which", "who" or "that" describes what its noun is or does, nothing
 * that happens. Not a progressive ("GM, which is seeking to cut 31,500 jobs", under way),
 * nor a form that may be a past ("a revolution that completely rid Detroit of boxy cars").
 */
function describesItsNoun(words: readonly Word[], group: VerbGroup, segment: Segment): boolean {
  const verb = words[group.head] as Word;
  let opener = group.head - 1;
  while (opener > segment.first && (words[opener] as Word).pos === 'ADV') opener--;
  return (
    group.tense === 'present' &&
    group.first === group.head &&
    !group.modal &&
    !group.passive &&
    segment.type === 'relative' &&
    RELATIVE_PRONOUNS.has((words[opener] as Word).lower) &&
    !/ing$/.test(verb.lower) &&
    !isSameFormPast(verb.lower) &&
    !isUnderWayOrStillSo(words, group.head)
  );
}

/** Passives that only put the infinitive after them on a schedule: "was set to land". */
const SCHEDULING_PASSIVES: ReadonlySet<string> = new Set(['set', 'schedule', 'slate', 'poise']);

/**
 * "The jet was set to land in Oslo on Monday", "Berg is scheduled to testify next week":
 * the passive frames the infinitive, which is the event (planned); it tells nothing itself.
 * So does one whose "be" an earlier verb gave ("is under development and scheduled to enter
 * service in 2008"): with no auxiliary of its own, a participle of these before "to" and a
 * verb is that passive.
 */
function schedulesInfinitive(words: readonly Word[], group: VerbGroup): boolean {
  return (
    (group.passive || (group.first === group.head && /ed$/.test(words[group.head]?.lower ?? ''))) &&
    SCHEDULING_PASSIVES.has((words[group.head] as Word).lemma) &&
    words[group.head + 1]?.lower === 'to' &&
    words[group.head + 2]?.pos === 'VERB'
  );
}

/** `headline`: the words are a headline's, which drops the "be" of its passives. */
export function readSentence(words: readonly Word[], headline = false): ReadSentence {
  const segments = findSegments(words);
  const groups = findVerbGroups(words, headline);
  const events: SentenceEvent[] = [];
  const lightOnly = new Set<SentenceEvent>();
  const groupEvents: GroupEvent[] = [];
  // Each clause's lemmas are gathered once, for all the events of the clause.
  const clauseLemmas = segments.map(() => null as ReadonlySet<string> | null);
  const lemmasOfClause = (index: number): ReadonlySet<string> =>
    (clauseLemmas[index] ??= lemmasOf(words, segments[index] as Segment));
  for (const group of groups) {
    const word = words[group.head] as Word;
    const segmentIndex = segmentOf(segments, group.head);
    const segment = segments[segmentIndex] as Segment;
    // "he said that “…,” and described": a verb inside a closed quotation lends no subject.
    const quoted = insideQuotation(words, word.start);
    const lastGroup = groupEvents.findLast(
      (entry) =>
        entry.group.head < group.head &&
        (quoted || !insideQuotation(words, (words[entry.group.head] as Word).start)),
    );
    const previousGroup =
      conjoinedGroup(words, segments, segment, group, groupEvents) ??
      joinedAcrossClause(words, segments, segment, lastGroup, groupEvents) ??
      lastGroup;
    const governor = governingEvent(words, group, segment, groupEvents, segments);
    const subject =
      resumedSubject(words, segments, segmentIndex, group) ??
      subjectOf(words, group, segment, previousGroup?.event ?? null, governor) ??
      lightVerbSubject(words, group, previousGroup);
    // "…,” said the chief executive: a subject after its verb is no object as well.
    const inverted = subject !== null && subject.first > group.head;
    const objects = inverted
      ? { object: null, others: [] }
      : objectsOf(words, group, reportReach(words, segments, segmentIndex, group));
    const { others } = objects;
    const object =
      objects.object ?? (group.passive ? null : gapObject(words, segment, group, subject));
    const governorEvent = governor?.event ?? null;
    // "will go on sale in June, priced at $499": a past form set off by a comma after a
    // clause, with no subject of its own, is a participle describing what came before.
    const setOff = group.first === group.head && words[group.head - 1]?.text === ',';
    const describing =
      setOff &&
      subject === null &&
      group.tense === 'past' &&
      groupEvents.some((entry) => entry.group.head < group.head);
    const gain = isAddedAmount(words, group.head);
    // "Instagram added 15-second videos": "add" with a thing added says nothing.
    const addsThing = !gain && word.lemma === 'add' && (group.passive || object !== null);
    const kind = gain
      ? 'market-move'
      : addsThing
        ? 'other'
        : eventKindOf(
            word.lemma,
            lemmasWithSubject(words, lemmasOfClause(segmentIndex), segment, subject),
          );
    // "its record close of 14,164.53, set on October 9": with no object and a date of its
    // own, such a participle tells what was done to the noun before the comma (not a move:
    // "The Dow rose, closed at 9,000 on Friday" joins a verb to the one before), whatever
    // subject another verb took before that noun ("the index is below its record close, set
    // on …").
    const described =
      setOff &&
      object === null &&
      // ("Rahm Emanuel, the chief of staff, said on ABC": a saying's speaker is set off.)
      eventClassOf(word, 'verb') !== 'REPORTING' &&
      (group.tense === 'past' || sameFormParticiple(words, group)) &&
      !isMoveVerb(word.lemma)
        ? describedBefore(words, group, segment)
        : null;
    const event: SentenceEvent = {
      trigger: group.head,
      pos: 'verb',
      lemma: word.lemma,
      eventClass: gain || addsThing ? 'OCCURRENCE' : eventClassOf(word, 'verb'),
      kind,
      tense: describing || described ? 'participle' : group.tense,
      passive: group.passive || described !== null,
      modality: 'actual',
      segment: segmentIndex,
      governor: governorEvent,
      agent: group.passive || described ? byAgent(words, others) : subject,
      patient: described ?? (group.passive ? subject : object),
      others:
        group.passive || described
          ? others.filter((phrase) => (words[phrase.first - 1] as Word).lower !== 'by')
          : others,
    };
    if (callsSomeone(words, event)) {
      event.kind = 'phone-call';
      event.eventClass = 'OCCURRENCE';
    }
    // "the record, set by AT&T Wireless, which raised $10.6 billion": a relative clause tells
    // of its noun in its own right; the verb outside it plans nothing in it (one inside it
    // does: "which Paulson refused to give").
    const outsideRelative =
      segment.type === 'relative' &&
      governorEvent !== null &&
      governorEvent.segment !== segmentIndex;
    // "had been set on November 21, when fears pushed prices up": nor does the verb a time
    // or reason clause hangs on ("set" plans nothing in it); its tense does, below.
    const outsideAdverbial =
      segment.type === 'subordinate' &&
      governorEvent !== null &&
      governorEvent.segment !== segmentIndex;
    event.modality = modalityOf({
      words,
      group,
      trigger: group.head,
      segmentType: segment.type,
      governor:
        outsideRelative || outsideAdverbial
          ? null
          : governorEvent
            ? governorEvent.lemma
            : governingWord(words, group, governor),
      // ("had never considered it appropriate to put money on the line": a negated verb
      // that tells no event of its own still denies what it governs; not a saying's:
      // "didn't say where the cuts were going to take place".)
      governorModality: outsideRelative
        ? null
        : negatedBeforeInfinitive(words, segment, group, groupEvents)
          ? 'denied'
          : (governorEvent?.modality ?? (deniesWithoutEvent(words, governor) ? 'denied' : null)),
    });
    // "would step down on October 1 and be replaced by Dudley": a bare verb sharing the modal
    // of the clause it is joined to is what that modal tells there (a plan reported).
    const sharer = sharedModalEvent(words, segments, segment, group, groupEvents);
    if (sharer) event.modality = sharer.modality;
    // What someone is called on to do is wanted, not done.
    if (event.modality === 'actual' && governorEvent && addresseeOf(words, group, governorEvent))
      event.modality = 'expected';
    // "once you start losing revenues you get into a vicious circle": what a generic "you"
    // does is what may happen to anyone, no event of the story.
    const doer = event.agent;
    if (
      event.modality === 'actual' &&
      doer !== null &&
      doer.first === doer.last &&
      (words[doer.first] as Word).lower === 'you'
    )
      event.modality = 'possible';
    // "will be the largest airliner when it enters service": a present in a time clause
    // of a future tells what will happen then; so of a plan ("plans to cut 19,000 jobs once
    // the deal is completed").
    // A past in a time clause of a reported "would" is that future seen from the past
    // ("said the engines would be replaced before the tour commenced").
    if (
      event.modality === 'actual' &&
      (inFutureTimeClause(words, groups, segments, group, segmentIndex) ||
        ((inTimeClause(segments, group, segmentIndex) ||
          inFutureInPastTimeClause(groups, segments, group, segmentIndex, governorEvent)) &&
          (governorEvent?.modality === 'scheduled' || governorEvent?.modality === 'expected')))
    )
      event.modality = 'scheduled';
    const reports =
      (isEventVerb(word) || keepsAtLevel(words, group.head)) &&
      !schedulesInfinitive(words, group) &&
      !isComparisonVerb(words, group.head) &&
      (headline || quoted || !describesItsNoun(words, group, segment));
    groupEvents.push({
      group,
      event: reports ? event : null,
      doer: event.agent,
      subject,
      object: event.patient,
    });
    // "It took Apple 74 days to sell": a measure of time, read for what it governs (the
    // selling, done), and dropped below like a light verb that tells no noun.
    const measures = reports && measuresTimeTaken(words, group.head);
    if (reports && !measures) events.push(event);
    // "Boeing held talks with Airbus": a light verb that is no event itself ("hold") is
    // read for the noun it may govern, and dropped below unless it does.
    else if (measures || LIGHT_VERBS.has(word.lemma) || CARRIER_VERBS.has(word.lemma)) {
      events.push(event);
      lightOnly.add(event);
    }
  }
  if (headline) for (const event of events) event.agent = withNamesListedBefore(words, event);
  giveOpeningParticiplesTheirSubject(words, events);
  const nominals = nominalEvents(words, segments, events, lemmasOfClause);
  for (const nominal of nominals) giveSayingItsSayer(words, events, nominal);
  // "made its maiden flight", "held talks": a light verb's event is its object's.
  for (const nominal of nominals) {
    const verb = nominal.governor;
    // ("went on sale": a carrier verb only with its preposition, not "came forward with
    // requests for assistance".)
    const carried =
      verb !== null && (!CARRIER_VERBS.has(verb.lemma) || carriedBy(words, verb, nominal.trigger));
    if (
      verb &&
      carried &&
      lightWithItsParticle(words, verb, nominal.kind) &&
      (!verb.passive || lightOnly.has(verb))
    ) {
      verb.light = true;
      nominal.toldByLightVerb = true;
      // "a deal that Citigroup had struck": the relative clause's object is its noun.
      if (verb.patient === null && verb.segment !== nominal.segment) verb.patient = nominal.patient;
    }
  }
  // A light verb that governs no event noun tells nothing ("holds a stake").
  const told = events.filter((event) => !lightOnly.has(event) || event.light === true);
  return {
    words,
    segments,
    events: [...told, ...nominals].sort((a, b) => a.trigger - b.trigger),
  };
}

/**
 * Whether a verb is light for its object noun, with the particle it may take: "held
 * talks", "carried out raids"; "give up" is a verb of its own.
 */
function lightWithItsParticle(
  words: readonly Word[],
  verb: SentenceEvent,
  nounKind: string | null,
): boolean {
  const next = words[verb.trigger + 1]?.lower ?? '';
  if (PARTICLES.has(next)) return PHRASAL_LIGHT_VERBS.has(`${verb.lemma} ${next}`);
  return isLightVerbFor(verb.lemma, nounKind);
}

/**
 * "Kerry, Lavrov agree ceasefire plan": a headline lists its subjects with a comma for
 * "and"; a plural verb after the last takes the names before it too.
 */
function withNamesListedBefore(words: readonly Word[], event: SentenceEvent): Phrase | null {
  const agent = event.agent;
  const verb = words[event.trigger] as Word;
  if (!agent || event.pos !== 'verb' || verb.lemma !== verb.lower) return agent;
  let first = agent.first;
  while (words[first - 1]?.text === ',' && words[first - 2]?.pos === 'PROPN') {
    first -= 2;
    while (words[first - 1]?.pos === 'PROPN') first--;
  }
  return first === 0 && first < agent.first ? { first, last: agent.last } : agent;
}

/** A verb that tells about something ("describe", "criticize"), not one that makes it known. */
export function talksAbout(event: SentenceEvent): boolean {
  return event.pos === 'verb' && event.kind === 'statement' && event.eventClass === 'REPORTING';
}

/** Verbs that name what they talk about: "called the attacks an act of war", "dubbed". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'term', 'label', 'dub', 'brand']);

/**
 * Whether a verb names its object ("called the attacks an act of war", "called the strike
 * unjustified", "called the lawsuit “silly”"), which it talks about, rather than calls it
 * ("called a general strike for Wednesday"): where the object ends, what it is called
 * begins.
 */
export function namesItsObject(words: readonly Word[], verb: SentenceEvent): boolean {
  const object = verb.patient;
  if (verb.pos !== 'verb' || !NAMING_VERBS.has(verb.lemma) || !object) return false;
  const next = words[object.last + 1];
  return (
    calledAt(words, object) >= 0 ||
    next?.pos === 'ADJ' ||
    next?.pos === 'DET' ||
    /^[“"]$/.test(next?.text ?? '')
  );
}

/** Determiners of a noun a saying is made in: "in a statement", "in his speech". */
const SAYING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'its', 'their']);

/**
 * "In a statement, the Fed's policy makers said …", "Lindale said in a filing that …": the
 * noun a report is made in, with no doer of its own, is made by who reports (the verb of
 * saying of its clause).
 */
function giveSayingItsSayer(
  words: readonly Word[],
  events: readonly SentenceEvent[],
  nominal: SentenceEvent,
): void {
  const phrase = nominal.patient;
  if (nominal.agent !== null || nominal.governor !== null || !phrase) return;
  if (words[phrase.first - 1]?.lower !== 'in') return;
  if (!SAYING_DETERMINERS.has((words[phrase.first] as Word).lower)) return;
  const saying = events.find(
    (event) =>
      event.pos === 'verb' &&
      event.eventClass === 'REPORTING' &&
      event.segment === nominal.segment &&
      event.agent !== null &&
      !event.passive,
  );
  if (saying) nominal.agent = saying.agent;
}

/** Pronouns a call may be made to ("called him on Sunday"). */
const CALLED_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/**
 * Whether "call" tells a telephone call: its object is a name or a person's pronoun and
 * nothing follows that calls it something ("Lund called Berg on Wednesday to discuss
 * prisoners", not "called Berg a liar", "called the strike unjustified" or "called for").
 */
function callsSomeone(words: readonly Word[], verb: SentenceEvent): boolean {
  const object = verb.patient;
  if (verb.lemma !== 'call' || verb.passive || verb.kind === 'phone-call' || !object) return false;
  const named = words.slice(object.first, object.last + 1);
  const person =
    named.every((word) => word.pos === 'PROPN') ||
    (named.length === 1 && CALLED_PRONOUNS.has((named[0] as Word).lower));
  const next = words[object.last + 1];
  return person && !namesItsObject(words, verb) && next?.pos !== 'PROPN' && next?.pos !== 'NOUN';
}

/** Where a second noun phrase opens in a naming verb's object ("the verdict a loss"), or -1. */
function calledAt(words: readonly Word[], object: Phrase): number {
  for (let at = object.first + 1; at <= object.last; at++)
    if (words[at]?.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(words[at - 1]?.pos ?? '')) return at;
  return -1;
}

/** Whether the noun at `index` is what a naming verb calls its object ("a loss"). */
function calledByNamingVerb(
  words: readonly Word[],
  verbs: readonly SentenceEvent[],
  index: number,
): boolean {
  return verbs.some((verb) => {
    if (!verb.patient || !NAMING_VERBS.has(verb.lemma)) return false;
    const called = calledAt(words, verb.patient);
    return called >= 0 && called <= index && index <= verb.patient.last;
  });
}

/** Words that open a clause telling when the clause it hangs on happens. */
const TIME_MARKERS = new Set(['when', 'after', 'before', 'once', 'until']);

/** Whether a present verb is in a time clause ("once the deal is completed", "when it enters"). */
function inTimeClause(
  segments: readonly Segment[],
  group: VerbGroup,
  segmentIndex: number,
): boolean {
  const segment = segments[segmentIndex] as Segment;
  return (
    group.tense === 'present' &&
    segment.type === 'subordinate' &&
    TIME_MARKERS.has(segment.marker ?? '')
  );
}

function inFutureTimeClause(
  words: readonly Word[],
  groups: readonly VerbGroup[],
  segments: readonly Segment[],
  group: VerbGroup,
  segmentIndex: number,
): boolean {
  const segment = segments[segmentIndex] as Segment;
  if (!inTimeClause(segments, group, segmentIndex) || segment.parent === null) return false;
  const parent = segments[segment.parent] as Segment;
  // "will be the largest airliner": a future copula makes no verb group of its own. An
  // infinitive is ahead as well: "expect markets to remain volatile until Congress passes".
  return (
    groups.some(
      (other) =>
        (other.tense === 'future' || other.tense === 'infinitive') &&
        segmentOf(segments, other.head) === segment.parent,
    ) ||
    words
      .slice(parent.first, parent.last + 1)
      .some((word) => word.pos === 'AUX' && FUTURE_AUXILIARIES.has(word.lower))
  );
}

const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", '’ll']);

/** Whether a past verb is in a time clause of a "would" verb ("would wait until the board met"). */
function inFutureInPastTimeClause(
  groups: readonly VerbGroup[],
  segments: readonly Segment[],
  group: VerbGroup,
  segmentIndex: number,
  governor: SentenceEvent | null,
): boolean {
  const segment = segments[segmentIndex] as Segment;
  return (
    group.tense === 'past' &&
    segment.type === 'subordinate' &&
    TIME_MARKERS.has(segment.marker ?? '') &&
    governor !== null &&
    groups.some((other) => other.head === governor.trigger && other.modal === 'would')
  );
}

/**
 * "Speaking to the press, Henderson described …", "Citing a precaution, Airbus announced":
 * an -ing or -ed clause that opens the sentence does what the main clause's subject does.
 */
function giveOpeningParticiplesTheirSubject(words: readonly Word[], events: SentenceEvent[]): void {
  for (const event of events) {
    if (event.agent || (event.tense !== 'gerund' && event.tense !== 'participle')) continue;
    if (words.slice(0, event.trigger).some((word) => word.pos !== 'ADV')) continue;
    const finite = events.filter(
      (other) =>
        other.trigger > event.trigger &&
        !other.passive &&
        other.agent !== null &&
        !['gerund', 'participle', 'infinitive'].includes(other.tense),
    );
    // "Responding to claims that the state would run it, he said": the main clause is the
    // one whose subject follows the comma that closes the opening clause, not a clause
    // inside that one.
    const main =
      finite.find((other) => words[(other.agent as Phrase).first - 1]?.text === ',') ?? finite[0];
    if (main) event.agent = main.agent;
  }
}

/** A verb group of the sentence and the event it reports, if it reports one. */
interface GroupEvent {
  group: VerbGroup;
  event: SentenceEvent | null;
  /** Who does what the group says, even when that is a state ("expects"), not an event. */
  doer: Phrase | null;
  /** Its subject as written: a passive's is who it is said of ("The planes are expected"). */
  subject: Phrase | null;
  /** Its object: "expected the new GM to focus". */
  object: Phrase | null;
}

/** The event that governs a verb: the one before it in its own or the governing segment. */
function governingEvent(
  words: readonly Word[],
  group: VerbGroup,
  segment: Segment,
  before: readonly GroupEvent[],
  segments: readonly Segment[],
): GroupEvent | null {
  const earlier = before.filter((entry) => entry.group.head < group.head);
  // "He declined to predict when GM would return, stating …": a participle after a comma
  // goes with the clause's main verb, not with the verb of a clause inside it.
  if (
    (group.tense === 'gerund' ||
      group.tense === 'participle' ||
      isPerfectParticiple(words, group)) &&
    words[group.first - 1]?.text === ','
  ) {
    // But "said that its sales rose 43% in February, surpassing GM", "where riots broke out
    // on Wednesday, killing three people": what a clause inside the sentence tells goes on
    // in a participle of a happening inside it (a saying, "…, adding that", is the
    // speaker's).
    const own = segmentOf(segments, group.head);
    const reported =
      (segments[own] as Segment).type !== 'main' &&
      (segments[own] as Segment).type !== 'coordinate' &&
      eventClassOf(words[group.head] as Word, 'verb') !== 'REPORTING'
        ? earlier.findLast(
            (entry) =>
              segmentOf(segments, entry.group.head) === own && !NONFINITE.has(entry.group.tense),
          )
        : undefined;
    if (reported) return reported;
    const main = earlier.findLast((entry) => {
      const type = (segments[segmentOf(segments, entry.group.head)] as Segment).type;
      return (type === 'main' || type === 'coordinate') && !NONFINITE.has(entry.group.tense);
    });
    if (main) return main;
  }
  // "agreed to guarantee losses and to invest $20 billion": an infinitive joined by "and"
  // to one before it goes with it, across the clause break the "and" made.
  if (
    group.tense === 'infinitive' &&
    words[group.first]?.lower === 'to' &&
    /^(?:and|or)$/.test(words[group.first - 1]?.lower ?? '')
  ) {
    const sibling = earlier.findLast((entry) => entry.group.tense === 'infinitive');
    if (sibling) return sibling;
  }
  // "defeated Boeing to win": an infinitive is governed by the verb before it, in its own
  // clause or one that holds it; not in a clause before it ("Even if Airbus will get back
  // to business tomorrow, today is a day to celebrate": no getting celebrates).
  if (group.tense === 'infinitive' || group.tense === 'gerund' || group.tense === 'participle') {
    const own = segmentOf(segments, group.head);
    const last = earlier.findLast((entry) => {
      const at = segmentOf(segments, entry.group.head);
      return !closedBefore(segments[at] as Segment, group) || holdsSegment(segments, at, own);
    });
    return last ?? null;
  }
  // "would help revive sales", "let prices rise": a bare verb right after another verb
  // completes it.
  const completed = earlier[earlier.length - 1];
  if (
    group.first === group.head &&
    completed?.group.head === group.head - 1 &&
    (words[group.head - 1] as Word).pos === 'VERB'
  )
    return completed;
  if (segment.parent === null) return null;
  if (segment.type === 'coordinate') return null;
  const parent = segments[segment.parent] as Segment;
  const inParent = earlier.filter(
    (entry) => entry.group.head >= parent.first && entry.group.head <= parent.last,
  );
  return inParent[inParent.length - 1] ?? null;
}

/**
 * The words a verb's object may come from: its clause, and for a report the clause it
 * tells without "that" ("said the jet flew": the jet is what the report is about, the
 * subject of what it says).
 */
function reportReach(
  words: readonly Word[],
  segments: readonly Segment[],
  segmentIndex: number,
  group: VerbGroup,
): Segment {
  const segment = segments[segmentIndex] as Segment;
  const next = segments[segmentIndex + 1];
  const reported =
    next?.type === 'complement' &&
    next.marker === null &&
    next.parent === segmentIndex &&
    eventClassOf(words[group.head] as Word, 'verb') === 'REPORTING';
  return reported ? { ...segment, last: next.last } : segment;
}

/** Whether a fronted "if" or "when" clause ended before the group ("If X fails, Y will"). */
function closedBefore(segment: Segment, group: VerbGroup): boolean {
  return (
    (segment.type === 'conditional' || segment.type === 'subordinate') && segment.last < group.first
  );
}

/** Whether segment `outer` is segment `inner` or one of the segments that hold it. */
function holdsSegment(segments: readonly Segment[], outer: number, inner: number): boolean {
  for (let at: number | null = inner; at !== null; at = (segments[at] as Segment).parent)
    if (at === outer) return true;
  return false;
}

/**
 * "Singapore Airlines is the first airline to fly the A380", "which will be the only
 * company to operate it": the subject of "be" does what "the first …" is the first to do.
 */
function copulaSubject(words: readonly Word[], phrase: Phrase, floor: number): Phrase | null {
  // The tagger may leave "the only" out of the phrase ("only" an adverb).
  let first = phrase.first;
  while (first > 0 && ['the', ...RANKING_WORDS].includes((words[first - 1] as Word).lower)) first--;
  if ((words[first] as Word).lower !== 'the') return null;
  if (!RANKING_WORDS.has((words[first + 1] as Word | undefined)?.lower ?? '')) return null;
  const be = words[first - 1];
  if (be?.lemma !== 'be') return null;
  let at = first - 2;
  while (at >= floor && ['AUX', 'ADV'].includes((words[at] as Word).pos)) at--;
  // "Singapore Airlines, which will be the first company to operate it": the antecedent.
  if (RELATIVE_SUBJECTS.has((words[at] as Word | undefined)?.lower ?? '')) {
    const before = words[at - 1]?.text === ',' ? at - 2 : at - 1;
    return before >= 0 ? phraseEndingBefore(words, before, 0) : null;
  }
  // "it will be the first major airliner to use …": the description says what "it" is.
  const subject = subjectBefore(words, at, floor);
  return subject && (words[subject.last] as Word).pos === 'PRON' ? null : subject;
}

const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['which', 'who', 'that']);

/** Nouns a clause may follow without "that", "why" or "when": "the reason GM failed". */
const CONTACT_CLAUSE_NOUNS: ReadonlySet<string> = new Set(['reason', 'way', 'moment', 'day']);

/** Whether a phrase names or points to one thing: "the bank", "its plant", "Airbus", "them". */
function isDefinite(words: readonly Word[], phrase: Phrase): boolean {
  const first = words[phrase.first] as Word;
  return (
    ['the', 'this', 'that', 'these', 'those'].includes(first.lower) ||
    first.pos === 'PROPN' ||
    first.pos === 'PRON' ||
    isApostropheS(words[phrase.first + 1] as Word)
  );
}

/**
 * A name that ends at `index` and follows a comma or a semicolon: a clause's own subject,
 * no object ("UK votes to leave the EU; Cameron to resign").
 */
function namedAfterComma(words: readonly Word[], index: number, floor: number): Phrase | null {
  const phrase = phraseEndingBefore(words, index, floor);
  if (!phrase || (words[phrase.last] as Word).pos !== 'PROPN') return null;
  return /^[,;]$/.test(words[phrase.first - 1]?.text ?? '') ? phrase : null;
}

/**
 * "said that the cuts would help but warned that …": a report right after the "and" or
 * "but" of a clause joined to another goes on from that clause's report, not from the verb
 * of the clause it reported.
 */
function conjoinedGroup(
  words: readonly Word[],
  segments: readonly Segment[],
  segment: Segment,
  group: VerbGroup,
  groupEvents: readonly GroupEvent[],
): GroupEvent | undefined {
  if (segment.type !== 'coordinate' || segment.parent === null) return undefined;
  for (let index = segment.first; index < group.first; index++)
    if (!/^(?:CCONJ|ADV|PUNCT)$/.test((words[index] as Word).pos)) return undefined;
  const joined = lastFiniteIn(segments[segment.parent] as Segment, groupEvents);
  // Only a report joined to a report of the same tense ("said … but warned", "told … and
  // added"): in "says that the decision was a mistake, and makes the names forgettable"
  // or "would meet or surpass its targets", the verb goes on from the one beside it.
  if (!joined || joined.group.tense !== group.tense) return undefined;
  const verb = words[group.head] as Word;
  const other = words[joined.group.head] as Word;
  return eventClassOf(verb, 'verb') === 'REPORTING' && eventClassOf(other, 'verb') === 'REPORTING'
    ? joined
    : undefined;
}

/**
 * "The bank cut its rate on Thursday, the lowest level since the bank was founded in 1694,
 * and announced …": a verb joined by a comma's "and" to a clause goes on from that clause's
 * verb, not from the verb of a clause set inside it (`last`, the group right before). With
 * no comma, it goes on from that one ("when it was seized by regulators and sold").
 */
function joinedAcrossClause(
  words: readonly Word[],
  segments: readonly Segment[],
  segment: Segment,
  last: GroupEvent | undefined,
  groupEvents: readonly GroupEvent[],
): GroupEvent | undefined {
  if (segment.type !== 'coordinate' || segment.parent === null || !last) return undefined;
  if (words[segment.first - 1]?.text !== ',') return undefined;
  const parent = segments[segment.parent] as Segment;
  const inside = segments[segmentOf(segments, last.group.head)] as Segment;
  if (inside === parent || inside.parent !== segment.parent) return undefined;
  if (inside.type !== 'subordinate' && inside.type !== 'relative') return undefined;
  return lastFiniteIn(parent, groupEvents);
}

/** The last finite verb group of a clause (`segment`), with its event. */
function lastFiniteIn(
  segment: Segment,
  groupEvents: readonly GroupEvent[],
): GroupEvent | undefined {
  return groupEvents.findLast(
    (entry) =>
      entry.group.head >= segment.first &&
      entry.group.head <= segment.last &&
      !NONFINITE.has(entry.group.tense),
  );
}

/** The event of the clause a bare verb is joined to, whose modal it shares, if any. */
function sharedModalEvent(
  words: readonly Word[],
  segments: readonly Segment[],
  segment: Segment,
  group: VerbGroup,
  groupEvents: readonly GroupEvent[],
): SentenceEvent | null {
  if (segment.type !== 'coordinate' || segment.parent === null || group.modal === null) return null;
  const opener = words[group.first] as Word;
  if (opener.lemma !== opener.lower || MODAL_VERBS.has(opener.lower)) return null;
  const parent = segments[segment.parent] as Segment;
  const joined = groupEvents.findLast(
    (entry) =>
      entry.group.head >= parent.first &&
      entry.group.head <= parent.last &&
      entry.group.modal === group.modal,
  );
  return joined?.event ?? null;
}

/**
 * Whether a governing verb that tells no event is negated in its own words ("had never
 * considered"; the tagger's flag reaches on past a clause's end), and no saying.
 */
function deniesWithoutEvent(words: readonly Word[], governor: GroupEvent | null): boolean {
  if (governor === null || !governor.group.negated) return false;
  const { first, head } = governor.group;
  return (
    words.slice(first, head).some((word) => NEGATIONS.has(word.lower)) &&
    eventClassOf(words[head] as Word, 'verb') !== 'REPORTING'
  );
}

/**
 * "did not have the capacity to manage an outbreak", "were not strong enough to claim a
 * discovery", "would not be well enough to travel": a negation in the infinitive's own
 * clause, with no verb of an event between them, denies what the infinitive tells.
 */
function negatedBeforeInfinitive(
  words: readonly Word[],
  segment: Segment,
  group: VerbGroup,
  groupEvents: readonly GroupEvent[],
): boolean {
  if (group.tense !== 'infinitive') return false;
  const verbBetween = (index: number) =>
    groupEvents.some((entry) => entry.group.head === index && entry.event !== null);
  for (let index = group.first - 1; index >= segment.first; index--) {
    const word = words[index] as Word;
    if (word.text === ',' || verbBetween(index)) return false;
    // ("not only to survive, but to thrive": a "not only" denies nothing.)
    if (NEGATIONS.has(word.lower) && word.lower !== 'no') return words[index + 1]?.lower !== 'only';
  }
  return false;
}

/**
 * The word an infinitive hangs on when no event governs it: a verb that tells no event
 * before the infinitive's own subject ("expect the Bank of Japan to cut rates", "want the
 * Fed to act": an attitude), else the word right before it ("likely to create").
 */
function governingWord(
  words: readonly Word[],
  group: VerbGroup,
  governor: GroupEvent | null,
): string | null {
  if (group.tense !== 'infinitive') return null;
  const verb = governor?.event === null ? governor.group.head : -1;
  if (
    verb >= 0 &&
    verb < group.first - 1 &&
    /^(?:NOUN|PROPN|PRON|NUM)$/.test((words[group.first - 1] as Word).pos) &&
    words
      .slice(verb + 1, group.first)
      .every((word) => /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(word.pos) || word.lower === 'of')
  )
    return (words[verb] as Word).lemma;
  const before = words[group.first - 1];
  return before ? before.lemma : null;
}

function subjectOf(
  words: readonly Word[],
  group: VerbGroup,
  segment: Segment,
  previous: SentenceEvent | null,
  governor: GroupEvent | null,
): Phrase | null {
  const floor = segment.marker !== null ? segment.first + 1 : segment.first;
  // "since the reopening of markets": a gerund after an article is a noun's, no one's act.
  if (group.tense === 'gerund' && /^(?:a|an|the)$/.test(words[group.first - 1]?.lower ?? ''))
    return null;
  // "on an aircraft operated by Garuda", "The winglets, designed to …": a passive without
  // its "be" tells of the noun right before it; after a comma, only of one that is no
  // preposition's ("have set up in the new member country, attracted by cheap labor": the
  // clause's subject was attracted).
  if (group.tense === 'participle' && group.passive) {
    const comma = words[group.first - 1]?.text === ',';
    const noun = phraseEndingBefore(words, comma ? group.first - 2 : group.first - 1, floor);
    if (noun && !(comma && words[noun.first - 1]?.pos === 'ADP')) return noun;
  }
  // "within minutes of the result being announced", "with 300 jobs being cut": a bare
  // "being" passive tells of the noun right before it, whatever governs that noun.
  if (group.passive && words[group.first]?.lower === 'being') {
    const noun = phraseEndingBefore(words, group.first - 1, floor);
    if (noun) {
      // (The noun itself, not what it is "of": "minutes of the result".)
      const inside = words.slice(noun.first, noun.last + 1);
      const of = inside.findLastIndex((word) => word.pos === 'ADP');
      return of >= 0 ? { first: noun.first + of + 1, last: noun.last } : noun;
    }
  }
  // "He declined to say when GM would sell its stake, saying …": an -ing clause after a
  // comma does what its main clause's subject does, not the noun before the comma.
  if (isIngClauseAfterComma(words, group) && governor?.event)
    return governor.event.passive ? governor.event.patient : governor.event.agent;
  // "praised Harwell for keeping the mill open", "made against officials for choosing
  // Boeing": an -ing form after "for" or "of" tells what the verb's object did.
  const judged = judgedObject(words, group, governor);
  if (judged) return judged;
  // "Ryanair is the most profitable airline, having reported record profits": after the
  // complement of a "be", which is no event, the -ing clause tells of the subject of "be".
  if (isIngClauseAfterComma(words, group)) {
    const be = copulaBefore(words, group.first - 2, floor);
    const subject = be === null ? null : subjectBefore(words, be - 1, floor);
    if (subject) return subject;
  }
  // "the 250 required for the project to break even", "waited for the bank to agree":
  // "for" gives an infinitive its own subject, a definite one or a name (not "looking for
  // ways to revive a plan", where the infinitive tells what the ways are for).
  if (group.tense === 'infinitive') {
    const phrase = phraseEndingBefore(words, group.first - 1, floor);
    if (phrase && words[phrase.first - 1]?.lower === 'for' && isDefinite(words, phrase))
      return phrase;
  }
  // "The minister is due to visit Moscow", "GM is likely to file": after "be" and such an
  // adjective, the infinitive is the subject's (not "it would be irresponsible to weaken").
  // So after a clause before it: "…, while Nissan is due to report its results".
  if (group.tense === 'infinitive') {
    const adjective = words[group.first - 1]?.lower === 'to' ? group.first - 2 : group.first - 1;
    let be = SUBJECT_ADJECTIVES.has(words[adjective]?.lower ?? '') ? adjective - 1 : -1;
    // ("investors were still willing to buy")
    while (be > floor && words[be]?.pos === 'ADV') be--;
    if (be >= floor && words[be]?.lemma === 'be' && words[be]?.pos === 'AUX') {
      const subject = subjectBefore(words, be - 1, floor);
      // A pronoun there is the governing verb's subject ("the aircraft was leaving before
      // it was set to fly"), which that verb names.
      const pronoun =
        subject?.first === subject?.last && words[subject?.first ?? -1]?.pos === 'PRON';
      if (subject && !(pronoun && governor?.event)) return subject;
    }
    // "Lindale's chief executive, Anna Berg, is to testify on Thursday": "be to" plans what
    // a named subject will do (not "The aim is to cut costs").
    const to = words[group.first]?.lower === 'to' ? group.first : group.first - 1;
    const beTo = words[to - 1];
    if (words[to]?.lower === 'to' && beTo?.lemma === 'be' && beTo.pos === 'AUX') {
      const subject = subjectBefore(words, to - 2, floor);
      // (A name itself: not "the brainchild of Ford's chief executive".)
      const named =
        subject !== null &&
        (words[subject.last] as Word).pos === 'PROPN' &&
        words.slice(subject.first, subject.last).every((word) => word.pos !== 'ADP');
      if (named) return subject;
    }
  }
  // An infinitive's subject is its governor's, but a headline's "Kerry to meet Lavrov" has
  // its own right before "to".
  // So has one after a comma: "Chrysler files for bankruptcy, Fiat to run company".
  // ("most of whom voted": the antecedent, below, not the pronoun.)
  const own =
    group.tense === 'infinitive' && governor !== null
      ? namedAfterComma(words, group.first - 1, floor)
      : quantifiedRelative(words, group.first - 1)
        ? null
        : subjectBefore(words, group.first - 1, floor);
  if (own && (words[own.last] as Word).lower !== 'that')
    return copulaSubject(words, own, floor) ?? withExamples(words, own, group.first - 1);
  // "put something together that works": a "that" right before the verb is a relative
  // pronoun the segmenter missed; its noun, past any adverb, is the subject.
  if (own && own.first === own.last && own.last === group.first - 1) {
    let at = own.first - 1;
    while (at >= floor && (words[at] as Word).pos === 'ADV') at--;
    const antecedent = phraseEndingBefore(words, at, floor);
    if (antecedent) return antecedent;
  }
  // "…,” said Angers: a reporting verb after a quote has its subject after it.
  const before = words[group.first - 1];
  // Any verb right after a quotation ("…”, concluded Stroe"); after a plain comma, only one
  // that reports (not "The airline, …, signed the agreement").
  const afterQuotation =
    before !== undefined &&
    (/^[”"’]$/.test(before.text) ||
      (before.text === ',' && /^[”"’]$/.test(words[group.first - 2]?.text ?? '')));
  const reporting = eventClassOf(words[group.head] as Word, 'verb') === 'REPORTING';
  // "said Stephen Harper, Prime Minister of Canada.": a paragraph of its own after a quote.
  const opensSentence = before === undefined || /^[“"‘]$/.test(before.text);
  if (
    !own &&
    ((before && /^[,”"’]$/.test(before.text) && (afterQuotation || reporting)) ||
      (opensSentence && reporting && group.tense === 'past'))
  ) {
    const after = phraseStartingAt(words, group.head + 1, segment.last);
    // "said the firm's chief executive, Alan Mulally": the name, not its description.
    const named =
      after && words[after.last + 1]?.text === ','
        ? phraseStartingAt(words, after.last + 2, segment.last)
        : null;
    if (named && isName(words, named) && named.last >= segment.last - 1) return named;
    if (after) return after;
  }
  // "the dealerships that it intends to shut down": a relative clause with a subject of its
  // own after its pronoun gives it to an infinitive that follows (not to a verb that
  // follows a clause of the pronoun's: "cuts, which the Republicans insisted reach parity").
  const relativeSubject =
    segment.type === 'relative' && group.tense === 'infinitive'
      ? ownRelativeSubject(words, segment)
      : null;
  if (relativeSubject && relativeSubject.last < group.first) return relativeSubject;
  // "Boeing, which builds …": a relative clause's subject is the noun before it.
  const antecedent = relativeAntecedent(words, segment);
  if (antecedent) return antecedent;
  // "forced millions to flee": the object of an object-control verb does the infinitive.
  const controller = governor?.event;
  if (
    group.tense === 'infinitive' &&
    controller &&
    !controller.passive &&
    controller.patient &&
    OBJECT_CONTROL_VERBS.has(controller.lemma) &&
    // Not "warned there could be charges to come": an expletive does nothing.
    (words[controller.patient.last] as Word).lower !== 'there'
  )
    return controller.patient;
  // "accusing Quillan of copying the phone", "fined the bank for rigging rates": so does the
  // object of a verb of blame or praise the -ing form after its "of" or "for".
  if (
    group.tense === 'gerund' &&
    controller &&
    !controller.passive &&
    controller.patient?.last === group.first - 2 &&
    /^(?:of|for)$/.test(words[group.first - 1]?.lower ?? '') &&
    OBJECT_GERUND_VERBS.has(controller.lemma)
  )
    return firstNounPhrase(words, controller.patient);
  const addressed = controller ? addresseeOf(words, group, controller) : undefined;
  if (addressed) return addressed;
  // "… and said", "… to win", ", saying": the subject of the verb they continue.
  const source = governor?.event ?? previous;
  // "GM expects to cut jobs", "Mulally plans on reviving": an attitude reports nothing, but
  // the subject right before it does the infinitive or the -ing form after its preposition;
  // a passive one's subject too ("The planes are expected to start delivering").
  // (Not an "it" there: "it is not expected for the change to turn" says nothing of it.)
  const attitudeSubject =
    governor && governor.group.passive
      ? governor.subject && (words[governor.subject.last] as Word).lower !== 'it'
        ? governor.subject
        : null
      : (governor?.doer ?? null);
  // Right after the attitude: in "we are worried the planes won't be able to fly", the
  // planes are.
  const rightAfter =
    governor !== null &&
    (group.tense === 'infinitive'
      ? group.first === governor.group.head + 1
      : group.tense === 'gerund' &&
        group.first === governor.group.head + 2 &&
        words[group.first - 1]?.pos === 'ADP');
  if (
    governor &&
    !governor.event &&
    rightAfter &&
    !NONFINITE.has(governor.group.tense) &&
    eventClassOf(words[governor.group.head] as Word, 'verb') === 'I_STATE' &&
    attitudeSubject?.last === governor.group.first - 1
  )
    return attitudeSubject;
  // "expected the restructured GM to make cars", "wants Lajdziak to head up the company":
  // the object right before the infinitive does it.
  if (
    governor &&
    !governor.event &&
    !governor.group.passive &&
    group.tense === 'infinitive' &&
    eventClassOf(words[governor.group.head] as Word, 'verb') === 'I_STATE' &&
    governor.object?.last === group.first - 1
  )
    return governor.object;
  // "a plan to rescue the banks": the plan's owner does it, when the phrase names one
  // ("GM's plan to cut jobs", "the Northrop Grumman and EADS plan to assemble"); the
  // subject of a verb that judges the plan does not ("the Senate rejected a plan to …").
  if (group.tense === 'infinitive' && words[group.first - 1]?.pos === 'NOUN') {
    const planned = phraseEndingBefore(words, group.first - 1, floor);
    const owner = planned ? ownerOf(words, planned, group.first - 1) : null;
    if (owner) return owner;
    if (
      controller &&
      JUDGING_VERBS.has(controller.lemma) &&
      controller.patient?.last === group.first - 1
    )
      return null;
  }
  if (source) return source.passive ? source.patient : source.agent;
  // "The FTSE 100 was down 8.9% at midday, before recovering to close lower": an -ing form
  // after "before", "after" or "while", with no verb before it that tells an event, does
  // what the subject of the clause of "be" before it is.
  if (group.tense === 'gerund' && GERUND_SUBORDINATORS.has(words[group.first - 1]?.lower ?? '')) {
    for (let at = group.first - 2; at > 0; at--)
      if ((words[at] as Word).lemma === 'be' && (words[at] as Word).pos === 'AUX')
        return subjectBefore(words, at - 1, 0);
  }
  // "Harwell was profitable last year and has gained market share": a verb joined by "and"
  // to a clause of "be", which tells no event, has that clause's subject.
  const and = words[group.first - 1]?.lower === 'and' ? group.first - 1 : -1;
  for (let at = and - 1; at >= floor; at--)
    if ((words[at] as Word).lemma === 'be' && (words[at] as Word).pos === 'AUX')
      return subjectBefore(words, at - 1, floor);
  // "… and scheduled to enter service", "flew in 2005 and is expected to enter service":
  // what a scheduling frame or a passive attitude puts ahead, its subject does (not an
  // "it": "it is expected to" says nothing of anyone).
  // (Right after it, the frame's "be" its own: not "we are worried the planes won't be able
  // to fly", nor "a stake …, expected to increase".)
  if (
    group.tense === 'infinitive' &&
    governor &&
    !governor.event &&
    group.first === governor.group.head + 1 &&
    (schedulesInfinitive(words, governor.group) ||
      (governor.group.passive && governor.group.first < governor.group.head)) &&
    governor.subject &&
    (words[governor.subject.last] as Word).lower !== 'it'
  )
    return governor.subject;
  return null;
}

/**
 * "Kan held an emergency meeting with his cabinet and promised …": a verb joined by "and"
 * to a light verb, which tells no event of its own, has that verb's subject.
 */
function lightVerbSubject(
  words: readonly Word[],
  group: VerbGroup,
  previous: GroupEvent | undefined,
): Phrase | null {
  if (!previous || previous.event !== null || words[group.first - 1]?.lower !== 'and') return null;
  if (NONFINITE.has(previous.group.tense) || NONFINITE.has(group.tense)) return null;
  return LIGHT_VERBS.has((words[previous.group.head] as Word).lemma) ? previous.subject : null;
}

/**
 * The possessor or name before a noun phrase's head: "GM's" in "GM's plan", "Northrop
 * Grumman and EADS" in "the Northrop Grumman and EADS plan". Null when there is none.
 */
function ownerOf(words: readonly Word[], phrase: Phrase, head: number): Phrase | null {
  let first = phrase.first;
  if ((words[first] as Word).pos === 'DET') first++;
  for (let index = first; index < head; index++)
    if (isApostropheS(words[index] as Word))
      return index > first ? { first, last: index - 1 } : null;
  let last = head - 1;
  while (last >= first && (words[last] as Word).pos !== 'PROPN') last--;
  if (last < first) return null;
  for (let index = first; index <= last; index++) {
    const word = words[index] as Word;
    if (word.pos !== 'PROPN' && word.pos !== 'CCONJ' && word.text !== '&') return null;
  }
  return { first, last };
}

/**
 * "called on the company to halve its dividend", "appealed to Boeing to wait": the
 * addressee right before "to", who is asked to do what the infinitive says.
 */
function addresseeOf(
  words: readonly Word[],
  group: VerbGroup,
  controller: SentenceEvent,
): Phrase | undefined {
  const prepositions = ADDRESSEE_CONTROL_VERBS.get(controller.lemma);
  if (group.tense !== 'infinitive' || !prepositions) return undefined;
  return controller.others.find(
    (phrase) =>
      prepositions.has(words[phrase.first - 1]?.lower ?? '') &&
      words[phrase.last + 1]?.lower === 'to',
  );
}

/**
 * "Harwell Brothers, which owns Ostrava Steel, has completed": the first verb of a clause
 * that resumes after a relative aside has the subject written before the aside.
 */
function resumedSubject(
  words: readonly Word[],
  segments: readonly Segment[],
  segmentIndex: number,
  group: VerbGroup,
): Phrase | null {
  const segment = segments[segmentIndex] as Segment;
  if (segment.marker !== RESUMES || segmentIndex === 0) return null;
  const aside = outermostRelative(segments, segmentIndex - 1);
  if (aside.parent === null) return null;
  const firstVerb = words.findIndex(
    (word, index) => index >= segment.first && (word.pos === 'AUX' || word.pos === 'VERB'),
  );
  if (group.first > firstVerb) return null;
  const interrupted = segments[aside.parent] as Segment;
  const floor = interrupted.marker !== null ? interrupted.first + 1 : interrupted.first;
  const opening = asideOpening(words, aside.first);
  // "GM, an American automaker which has filed …, announced": the name before the apposition.
  if (opening >= 0 && opening !== aside.first - 1) {
    const named = subjectBefore(words, opening - 1, floor);
    if (named) return named;
  }
  // ("The company that he founded was sold": no comma before a restrictive clause.)
  return subjectBefore(words, opening >= 0 ? aside.first - 2 : aside.first - 1, floor);
}

/** Prepositions that also open a clause: "a day after Chrysler released". */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'while',
  'once',
]);

/** Words that open a comparison's clause: "than analysts predicted", "as expected". */
const COMPARISON_OPENERS: ReadonlySet<string> = new Set(['than', 'as']);

/** Quotation marks, opening or closing. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * `at` moved onto the last word of a short quoted term it closes (“poor design”): a
 * closing mark right after a noun, opened at most four words before. Else `at` as it is
 * (a quotation that ends a sentence is no term: "“We will win,” said Lund").
 */
function beforeQuotedTerm(words: readonly Word[], at: number, floor: number): number {
  if (!QUOTE_MARKS.has(words[at]?.text ?? '') || words[at - 1]?.pos !== 'NOUN') return at;
  for (let open = at - 2; open >= floor && open >= at - 5; open--)
    if (QUOTE_MARKS.has((words[open] as Word).text)) return at - 1;
  return at;
}

/**
 * Where the noun phrase a date of it qualifies ends ("the attacks of September 11, 2001":
 * at "attacks"); `at` when no such date ends there ("cut its ratings on Monday, which
 * forced": the clause is what "which" stands for).
 */
function datedPhraseEnd(words: readonly Word[], at: number, restrictive: boolean): number {
  if (words[at]?.pos !== 'X') return at;
  let before = at;
  while (before > 0 && (words[before]?.pos === 'X' || words[before]?.text === ',')) before--;
  if (words[before]?.lower === 'of') return words[before - 1]?.pos === 'NOUN' ? before - 1 : at;
  // "riots in Gujarat in 2002 that killed": a date's phrase (and a place's before it) tells
  // where and when the noun before them was; the clause with no comma after is that noun's
  // (not "in the 17 months that followed", a period the clause is about, nor ", which"
  // after a date, telling of the whole clause before).
  const opening = datePhraseOpening(words, at);
  if (!restrictive || opening < 0) return at;
  let end = opening - 1;
  let place = end;
  while (place > 0 && words[place]?.pos === 'PROPN') place--;
  if (place < end && words[place]?.lower === 'in') end = place - 1;
  return words[end]?.pos === 'NOUN' ? end : at;
}

/**
 * The first of two objects a phrase may run together ("fined Microsoft a further 280.5
 * million euros"): up to the article or number that opens the second.
 */
function firstNounPhrase(words: readonly Word[], phrase: Phrase): Phrase {
  for (let at = phrase.first + 1; at <= phrase.last; at++)
    if (/^(?:DET|NUM)$/.test((words[at] as Word).pos) && (words[at - 1] as Word).pos === 'PROPN')
      return { first: phrase.first, last: at - 1 };
  return phrase;
}

/**
 * The noun a relative clause describes ("Boeing, which builds", "the plant that it
 * closed"): the name an apposition describes ("GM, an automaker which has filed"), the noun
 * before a date ("riots in Gujarat in 2002 that killed"). Null outside relative clauses.
 */
function relativeAntecedent(words: readonly Word[], segment: Segment): Phrase | null {
  if (segment.type !== 'relative' || segment.first === 0) return null;
  let at = segment.first - 1;
  const restrictive = (words[at] as Word).text !== ',';
  if (!restrictive) at--;
  // "the attacks of September 11, 2001, which killed", "riots in Gujarat in 2002 that
  // killed": the noun before its date.
  const dated = datedPhraseEnd(words, at, restrictive);
  const antecedent = phraseEndingBefore(words, dated, 0);
  const opening = asideOpening(words, segment.first);
  const named =
    antecedent && opening === antecedent.first - 1
      ? phraseEndingBefore(words, skipBracket(words, opening - 1), 0)
      : null;
  if (!named || isName(words, named)) return named ?? (antecedent && countedOf(words, antecedent));
  // "its acquisition of Pellax, the software maker it agreed to buy": the name the phrase
  // ends in.
  let first = named.last;
  while (first > named.first && (words[first - 1] as Word).pos === 'PROPN') first--;
  const name = { first, last: named.last };
  return isName(words, name) ? name : antecedent;
}

/** Words that count part of what their "of" names: "the first million of", "half of". */
const PART_HEADS: ReadonlySet<string> = new Set(['half', 'part', 'rest', 'majority', 'number']);

/**
 * "the first million of the original iPhone, which was launched in June": what is counted,
 * not the count, is what a relative clause after it tells of.
 */
function countedOf(words: readonly Word[], phrase: Phrase): Phrase {
  let of = phrase.first + 1;
  while (of < phrase.last && (words[of] as Word).lower !== 'of') of++;
  if (of >= phrase.last) return phrase;
  const count = words[of - 1] as Word;
  return count.pos === 'NUM' || PART_HEADS.has(count.lemma)
    ? { first: of + 1, last: phrase.last }
    : phrase;
}

/**
 * "the factory it bought in 2004", "a bill that President Bush signed", "the maker it agreed
 * to buy": the object a relative clause with a subject of its own leaves out is the noun the
 * clause describes (the last verb's of a chain: not "agreed"'s; not a time's or a manner's:
 * "the day he died").
 */
function gapObject(
  words: readonly Word[],
  segment: Segment,
  group: VerbGroup,
  subject: Phrase | null,
): Phrase | null {
  if (segment.type !== 'relative' || !GAP_MARKERS.has(segment.marker)) return null;
  // ("a vicious circle from which you can't recover": a preposition's object.)
  if (segment.marker !== null && words[segment.first - 1]?.pos === 'ADP') return null;
  // The subject right after the pronoun ("a plan which will see its passengers jump" has
  // the pronoun for subject).
  if (subject?.first !== relativeSubjectStart(segment) || subject.first > group.head) return null;
  // Nothing after the verb that could be its object or its clause ("the cuts which the
  // Republicans insisted reach parity"), nor an infinitive that takes it.
  const next = words[group.head + 1];
  if (!opensNoObject(next)) return null;
  if (next?.lower === 'to' && words[group.head + 2]?.pos === 'VERB') return null;
  let antecedent = relativeAntecedent(words, segment);
  if (!antecedent) return null;
  // "the remedial steps it has taken", "a list of 789 dealerships that it was closing": a
  // clause set off by no comma describes the nearest noun (one set off by a comma, any:
  // "the size of Google's purchase of DoubleClick, which it completed in 2008").
  let of = antecedent.last;
  while (of > antecedent.first && (words[of] as Word).lower !== 'of') of--;
  if (of > antecedent.first) {
    if (words[segment.first - 1]?.text === ',') return null;
    antecedent = { first: of + 1, last: antecedent.last };
  }
  // ("the $1.65 billion in stock that Google agreed to pay": which noun, the phrase's or
  // its preposition's, the clause does not tell.)
  const before = words[antecedent.first - 1];
  const inPhrase = /^(?:NOUN|NUM|PROPN)$/.test(words[antecedent.first - 2]?.pos ?? '');
  if (before?.pos === 'ADP' && before.lower !== 'of' && inPhrase) return null;
  const head = words[antecedent.last] as Word;
  if (head.pos === 'PROPN') return antecedent;
  return head.pos === 'NOUN' && !isAdverbialNoun(head.lemma) ? antecedent : null;
}

/** Relative clauses whose pronoun (or none) may stand for an object: not "whose", "where". */
const GAP_MARKERS: ReadonlySet<string | null> = new Set([null, 'that', 'which', 'whom']);

/**
 * The subject a relative clause names right after its pronoun, before its first verb
 * ("that President Bush signed", "that it intends to"); none where the pronoun is the
 * subject ("which builds").
 */
function ownRelativeSubject(words: readonly Word[], segment: Segment): Phrase | null {
  const phrase = phraseStartingAt(words, relativeSubjectStart(segment), segment.last);
  const next = phrase ? words[phrase.last + 1] : undefined;
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? phrase : null;
}

/** Whether a phrase opens on two amounts joined by "and" ("35,000 and 60,000 barrels"). */
function isAmountRange(words: readonly Word[], phrase: Phrase): boolean {
  return (
    words[phrase.first]?.pos === 'NUM' &&
    words[phrase.first + 1]?.lower === 'and' &&
    words[phrase.first + 2]?.pos === 'NUM' &&
    phrase.first + 2 <= phrase.last
  );
}

/**
 * The subject of the sentence's main clause read from its words alone, the phrase before
 * its first verb or auxiliary, for a clause whose verb tells no event ("was down",
 * "became the largest bank failure"), found as a verb's subject is ("The FTSE 100 in
 * London was down": the FTSE 100, past the place's phrase).
 */
export function mainClauseSubject(read: Pick<ReadSentence, 'segments' | 'words'>): Phrase | null {
  const { words } = read;
  const main = read.segments.find((segment) => segment.parent === null);
  if (!main) return null;
  let verb = main.first;
  while (verb <= main.last && !['AUX', 'VERB'].includes((words[verb] as Word).pos)) verb++;
  if (verb > main.last || verb === main.first) return null;
  return subjectBefore(words, verb - 1, main.first);
}

/**
 * The subject phrase ending before `index`: past a date or place phrase ("GM on Monday
 * filed") and an apposition ("Louis Gallois, the Airbus chief executive, said").
 */
function subjectBefore(words: readonly Word[], index: number, floor: number): Phrase | null {
  // "General Motors Corporation (GM) announced": the name before its bracketed acronym.
  let at = skipBracket(words, index);
  // "Shares in Lund more than doubled": an amount's "more than" before the verb.
  if (words[at]?.lower === 'than' && /^(?:more|less)$/.test(words[at - 1]?.lower ?? '')) at -= 2;
  // Whether a comma closes what stands before the verb ("X, the parent company of Y, has").
  let closed = false;
  for (let hops = 0; hops < 5 && at >= floor; hops++) {
    // "that a “poor design” in the software had caused the delay": a term in quotation
    // marks is a noun phrase like any other.
    at = beforeQuotedTerm(words, at, floor);
    // "The government, however, welcomed", "The delivery, originally due later this year,
    // will be delayed": an aside of adverbs, adjectives and dates set off by commas.
    const asideStart = verblessAsideStart(words, at, floor);
    if (asideStart > floor) {
      at = asideStart - 1;
      continue;
    }
    // "General Motors today named", "The court on Tuesday blocked": the words of a date,
    // and the preposition that brings it, stand outside the phrase.
    // ("on Tuesday temporarily blocked": past the adverb after the date too. Only a date
    // right before the verb: in "lost $1.5 billion in the fourth quarter, driven by …" the
    // phrase before the date is the verb's object, no subject.)
    let adverbs = at;
    while (adverbs > floor && (words[adverbs] as Word).pos === 'ADV') adverbs--;
    if ((words[adverbs] as Word).pos === 'X') at = adverbs;
    const dateEnd = at;
    while (at > floor && (words[at] as Word).pos === 'X') at--;
    if (hops === 0 && at < dateEnd && at > floor && (words[at] as Word).pos === 'ADP') at--;
    const phrase = phraseEndingBefore(words, at, floor);
    if (phrase) {
      const before = words[phrase.first - 1];
      closed ||= words[phrase.last + 1]?.text === ',';
      // "with the aircraft flying": the noun of an absolute "with" does the -ing verb; "with
      // the firm Lund appointed to run it": the one of a past participle has it done.
      if (
        before?.lower === 'with' &&
        phrase.last === index &&
        (/ing$/.test(words[index + 1]?.lower ?? '') || afterAbsoluteWith(words, index + 1))
      )
        return phrase;
      // "the reason Boeing were expected to win": after a noun that takes a clause without
      // "that" or "why", a name opens that clause and is its subject.
      const clauseNoun = words.slice(phrase.first, phrase.last).findIndex((word, offset) => {
        const next = words[phrase.first + offset + 1] as Word;
        return CONTACT_CLAUSE_NOUNS.has(word.lower) && next.pos === 'PROPN';
      });
      if (clauseNoun >= 0 && phrase.last === index)
        return { first: phrase.first + clauseNoun + 1, last: phrase.last };
      // "greater than analysts predicted", "as analysts expected": after a comparison's
      // "than" or "as", the phrase right before the verb is its subject.
      // ("sales of models such as vans and trucks rose": examples are no such subject.)
      const examples = before?.lower === 'as' && words[phrase.first - 2]?.lower === 'such';
      if (COMPARISON_OPENERS.has(before?.lower ?? '') && phrase.last === index && !examples)
        return phrase;
      // "that between 35,000 and 60,000 barrels a day were leaking": "between" two amounts
      // is an amount, no preposition of a phrase.
      if (before?.lower === 'between' && isAmountRange(words, phrase) && phrase.first - 1 >= floor)
        return { first: phrase.first - 1, last: phrase.last };
      // A prepositional phrase is no subject: skip it and look before it; so are the
      // examples and their "such as".
      if (before && phrase.first - 1 >= floor && before.pos === 'ADP') {
        at = phrase.first - (examples ? 3 : 2);
        // "two hedge funds run by Bear Stearns told": a participle with its agent describes
        // the noun before it.
        const participle = words[at];
        if (
          before.lower === 'by' &&
          participle?.pos === 'VERB' &&
          !participle.lower.endsWith('ing') &&
          /^(?:NOUN|PROPN)$/.test(words[at - 1]?.pos ?? '') &&
          at - 1 >= floor
        )
          at--;
        continue;
      }
      // "talks to sell the firm collapsed": an infinitive's object is no subject; the noun
      // the infinitive hangs on is.
      const infinitive = phrase.first - 2;
      if (
        before?.pos === 'VERB' &&
        words[infinitive]?.lower === 'to' &&
        words[infinitive - 1]?.pos === 'NOUN' &&
        infinitive - 1 >= floor
      ) {
        at = infinitive - 1;
        continue;
      }
      // "A Boeing 777 carrying 298 people crashed": so is an -ing form's object after the
      // noun the -ing form describes (not of an -ing form's own subject: "backing rebel
      // groups fighting to oust him", where the rebel groups fight).
      if (
        !/ing$/.test(words[index + 1]?.lower ?? '') &&
        before?.pos === 'VERB' &&
        /ing$/.test(before.lower) &&
        /^(?:NOUN|PROPN|NUM)$/.test(words[phrase.first - 2]?.pos ?? '') &&
        phrase.first - 2 >= floor
      ) {
        at = phrase.first - 2;
        continue;
      }
      // "Harwell, including its unit Ostrava Steel, closed": so is one after its pronoun.
      const owned = isPossessivePronoun(before) ? words[phrase.first - 2] : undefined;
      // (Not after "of": "most of its bondholders did not" is the bondholders.)
      if (owned?.pos === 'ADP' && owned.lower !== 'of' && phrase.first - 2 >= floor) {
        at = phrase.first - 3;
        continue;
      }
      // An apposition closed by a comma: the subject is the phrase before its opening comma
      // ("An aide for Kirk Kerkorian, GM's largest investor, has called": the aide).
      if (before?.text === ',' && closed) {
        const subject = phraseEndingBefore(words, skipBracket(words, phrase.first - 2), floor);
        // "European aircraft manufacturer, Airbus, has won": the name, not its description.
        if (subject && isName(words, phrase) && (words[subject.last] as Word).pos === 'NOUN')
          return phrase;
        // Before it, a preposition's phrase is no subject; but "a day after Chrysler, another
        // car maker, released": after "after" or "before" a clause begins.
        const opener = subject ? words[subject.first - 1] : undefined;
        if (subject && opener?.pos === 'ADP' && !CLAUSE_PREPOSITIONS.has(opener.lower)) {
          at = subject.first - 2;
          continue;
        }
        if (subject) return subject;
      }
      return phrase;
    }
    const word = words[at];
    // "Carlyle Capital, a fund managed by the Carlyle Group, said": a participle after the
    // noun of a comma-closed aside describes that noun; the aside goes on before it.
    if (
      closed &&
      word?.pos === 'VERB' &&
      word.lemma !== word.lower &&
      !/ing$/.test(word.lower) &&
      words[at - 1]?.pos === 'NOUN'
    ) {
      at--;
      continue;
    }
    // "Ford, the second of the big three carmakers, beat": an apposition headed by an
    // adjective ("the second", "the largest") describes the name before it.
    if (
      closed &&
      word?.pos === 'ADJ' &&
      words[at - 1]?.pos === 'DET' &&
      words[at - 2]?.text === ','
    ) {
      const named = phraseEndingBefore(words, skipBracket(words, at - 3), floor);
      if (named) return named;
    }
    if (word?.text !== ',') return null;
    // "Another automaker, General Motors (GM), announced": past the comma, the name before
    // its acronym.
    closed = true;
    at = skipBracket(words, at - 1);
  }
  return null;
}

/** Words that open an adverbial -ing clause ("before recovering", "while trading"). */
const GERUND_SUBORDINATORS: ReadonlySet<string> = new Set(['before', 'after', 'while']);

/** Words an aside without a verb or a noun is made of: "however", "originally due later this year". */
const ASIDE_WORDS: ReadonlySet<string> = new Set(['ADV', 'ADJ', 'X']);

/**
 * The comma opening an aside of adverbs, adjectives and dates that ends at `at` before a
 * closing comma, or -1.
 */
function verblessAsideStart(words: readonly Word[], at: number, floor: number): number {
  if (words[at + 1]?.text !== ',') return -1;
  for (let index = at; index >= floor && at - index < 8; index--) {
    const word = words[index] as Word;
    if (word.text === ',') return index < at ? index : -1;
    if (!ASIDE_WORDS.has(word.pos)) return participialAsideStart(words, at, floor);
  }
  return -1;
}

/**
 * The comma opening an aside of a past participle and its phrases that ends at `at`
 * ("Harwell, based in Oslo, said", "Ford, founded in 1903, said"), or -1. (One of dates
 * alone, "development of a replacement, begun two years ago, has been", is left to the
 * phrase before it.)
 */
function participialAsideStart(words: readonly Word[], at: number, floor: number): number {
  for (let opening = at; opening > floor && at - opening < 10; opening--) {
    if ((words[opening] as Word).text !== ',') continue;
    const participle = words[opening + 1] as Word;
    const past = participle.pos === 'VERB' && participle.lemma !== participle.lower;
    const phrased = words.slice(opening + 2, at + 1).some((word) => word.pos === 'ADP');
    return past &&
      phrased &&
      !participle.lower.endsWith('ing') &&
      opensParticipialAside(words, opening + 1)
      ? opening
      : -1;
  }
  return -1;
}

/** "Airbus", "the Airbus A380": proper nouns, after an article. */
function isName(words: readonly Word[], phrase: Phrase): boolean {
  const first = (words[phrase.first] as Word).pos === 'DET' ? phrase.first + 1 : phrase.first;
  return (
    first <= phrase.last &&
    words.slice(first, phrase.last + 1).every((word) => word.pos === 'PROPN')
  );
}

/** The index before a bracketed aside ending at `index` ("Airbus (EADS)"), or `index`. */
function skipBracket(words: readonly Word[], index: number): number {
  if (words[index]?.text !== ')') return index;
  for (let at = index - 1; at >= 0 && index - at <= 6; at--)
    if ((words[at] as Word).text === '(') return at - 1;
  return index;
}

function objectsOf(
  words: readonly Word[],
  group: VerbGroup,
  segment: Segment,
): { object: Phrase | null; others: Phrase[] } {
  let at = group.head + 1;
  // "killed more than 290,000 people", "cut nearly 2,000 jobs", "sold over 300 cars": an
  // amount keeps the words that say how near it is ("over" is no particle there).
  let counted = approximatedAmount(words, at, segment.last);
  while (
    at <= segment.last &&
    PARTICLES.has((words[at] as Word).lower) &&
    (words[at] as Word).pos !== 'NOUN'
  )
    at++;
  // "laid off more than 12,000 workers": after the particle.
  counted ??= approximatedAmount(words, at, segment.last);
  while (at <= segment.last && (words[at] as Word).pos === 'ADV') at++;
  at = afterDatePossessor(words, at, segment.last);
  at = afterInterposedDate(words, at, segment.last);
  const object = counted ?? phraseStartingAt(words, at, segment.last);
  if (object) at = object.last + 1;
  const others: Phrase[] = [];
  while (at <= segment.last && others.length < 3) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'SCONJ') break;
    // "opened last September, the most severe of which …": past a comma, a phrase belongs
    // to what the comma sets off, not to the verb.
    if (word.text === ',' && others.length + (object ? 1 : 0) > 0) break;
    if (word.pos === 'ADP' || (word.pos === 'PART' && word.lower === 'to')) {
      const phrase = phraseStartingAt(words, at + 1, segment.last);
      if (phrase) {
        others.push(phrase);
        at = phrase.last + 1;
        continue;
      }
    }
    at++;
  }
  return { object, others };
}

/** Words that say how near an amount is: "nearly 2,000", "over 300", "about $5 billion". */
const APPROXIMATORS: ReadonlySet<string> = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'over',
  'under',
  'just',
  'only',
]);
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/**
 * The amount phrase at `at` with the words before its number that say how near it is
 * ("more than 290,000 people", "nearly 2,000 jobs"), or null when none stands there.
 */
function approximatedAmount(words: readonly Word[], at: number, last: number): Phrase | null {
  let number = at;
  while (number <= last && APPROXIMATORS.has((words[number] as Word).lower)) number++;
  if (
    COMPARATIVES.has(words[number]?.lower ?? '') &&
    words[number + 1]?.lower === 'than' &&
    number + 2 <= last
  )
    number += 2;
  // "as much as 378 points": an amount's "as … as" (which the phrase keeps).
  else if (opensAmount(words, number) && number + 3 <= last) number += 3;
  // "more than a hundred automobiles": the article of a spelled-out number.
  const counted = words[number]?.lower === 'a' ? number + 1 : number;
  if (number === at || (words[counted]?.pos !== 'NUM' && words[counted]?.pos !== 'SYM'))
    return null;
  const amount = phraseStartingAt(words, number, last);
  return amount ? { first: at, last: amount.last } : null;
}

/**
 * "beat last year's profit", "attended Monday's meeting": a date (its words tagged X) that
 * owns the object is no phrase of its own; the object starts after its "'s".
 */
function afterDatePossessor(words: readonly Word[], at: number, last: number): number {
  let end = at;
  while (end <= last && (words[end] as Word).pos === 'X') end++;
  return end > at && end <= last && isApostropheS(words[end] as Word) ? end + 1 : at;
}

/**
 * "reported on Tuesday a record profit", "announced Monday a plan to": a date set between
 * a verb and its object (an article or a number after it) is passed over to reach the object.
 */
function afterInterposedDate(words: readonly Word[], at: number, last: number): number {
  let end = at;
  if ((words[end] as Word | undefined)?.pos === 'ADP' && words[end + 1]?.pos === 'X') end++;
  const dateStart = end;
  while (end <= last && (words[end] as Word).pos === 'X') end++;
  if (end === dateStart || end > last) return at;
  const next = words[end] as Word;
  return next.pos === 'DET' || next.pos === 'NUM' ? end : at;
}

/** The "by" phrase of a passive verb: its agent. */
function byAgent(words: readonly Word[], others: readonly Phrase[]): Phrase | null {
  return others.find((phrase) => (words[phrase.first - 1] as Word).lower === 'by') ?? null;
}

function lemmasOf(words: readonly Word[], segment: Segment): Set<string> {
  const lemmas = new Set<string>();
  for (let at = segment.first; at <= segment.last; at++) {
    const word = words[at] as Word;
    lemmas.add(word.lemma);
    lemmas.add(word.lower);
  }
  return lemmas;
}

/** Whether the word and the one before or after it make a two-word noun naming a thing. */
function inThingCompound(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const previous = words[index - 1];
  const next = words[index + 1];
  return (
    (previous !== undefined &&
      /^(?:NOUN|ADJ)$/.test(previous.pos) &&
      isThingCompound(previous.lower, word.lemma)) ||
    (next !== undefined && next.pos === 'NOUN' && isThingCompound(word.lower, next.lemma))
  );
}

/** Whether a possessive "'s" stands between `from` and `to` ("the firm's decision"). */
function possessed(words: readonly Word[], from: number, to: number): boolean {
  return words.slice(from, to).some(isApostropheS);
}

/** Whether a noun's phrase is of a thing the reader knows of: "the fall", "its launch", "Dow's drop". */
function isDefinitePhrase(words: readonly Word[], from: number, noun: number): boolean {
  const first = words[from] as Word;
  return DEFINITE.has(first.lower) || isPossessivePronoun(first) || possessed(words, from, noun);
}

/** Nouns WordNet files as acts that also count things before "of": "a score of jets". */
const QUANTIFYING_NOUNS: ReadonlySet<string> = new Set(['score', 'wave', 'flurry', 'spate']);

/**
 * Nominal events: "the purchase of 20 aircraft", "job cuts", "its first flight". The
 * participants are the phrase's own names and its "of"/"by"/"with" complements; as the
 * object of a verb ("announced 10,000 job cuts") it also takes that verb's agent.
 */
function nominalEvents(
  words: readonly Word[],
  segments: readonly Segment[],
  verbEvents: readonly SentenceEvent[],
  lemmasOfClause: (segment: number) => ReadonlySet<string>,
): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  words.forEach((word, index) => {
    if (
      !isEventNounWord(word, index === 0) &&
      !isKindCompound(words, index) &&
      !isRankedClose(words, index) &&
      !isOccasionInContext(words, index)
    )
      return;
    if (inComplexPreposition(words, index) || isSessionFrame(words, index)) return;
    // "spoke by telephone", "ruled by decree": a bare noun after "by" is the means, no
    // event of its own (not "by the sale of", which has its article).
    if (
      words[index - 1]?.lower === 'by' &&
      word.lemma === word.lower &&
      words[index + 1]?.lower !== 'of'
    )
      return;
    // "a score of jets", "a wave of layoffs": a noun that counts what follows its "of"
    // tells no happening of its own.
    if (QUANTIFYING_NOUNS.has(word.lemma) && words[index + 1]?.lower === 'of') return;
    // "a humanitarian task force", "the entire work force", "a trade union": a word of a
    // two-word noun that names a thing or a group tells no happening.
    if (inThingCompound(words, index)) return;
    // The head of a compound only: "job cuts" is one event, at "cuts"; "war-ravaged" none;
    // a singular noun modifying another names a kind of it ("a manufacturing firm", "its
    // launch customer", "rescue helicopters"), not something happening; a plural one keeps
    // its own sense ("sales volume", "sales gains": the selling).
    const next = words[index + 1];
    // ("marketing chief Phil Schiller": before a person's title the tags made an adjective,
    // before the name.)
    const title =
      next?.pos === 'ADJ' && isPersonNoun(next.lemma) && words[index + 2]?.pos === 'PROPN';
    const modifier =
      next !== undefined && (next.pos === 'NOUN' || title) && /^[a-z]/.test(next.text);
    // ("the sales gains": a plural's happening rises or falls, two events.)
    const singular = word.lemma === word.lower;
    const risesOrFalls = !singular && next !== undefined && isMoveNoun(next.lemma);
    if (modifier && ((isEventNounWord(next) && !risesOrFalls) || singular)) return;
    // "the banking and insurance group", "an oil and gas company": so does a singular joined
    // by "and" or "or" to the noun that modifies the head.
    const partner = words[index + 2];
    const modified = words[index + 3];
    if (
      singular &&
      (next?.lower === 'and' || next?.lower === 'or') &&
      partner?.pos === 'NOUN' &&
      partner.lemma === partner.lower &&
      modified?.pos === 'NOUN' &&
      // (Not before a compound of a happening: "of fraud and money laundering".)
      !isEventNounWord(modified) &&
      /^[a-z]/.test(partner.text) &&
      /^[a-z]/.test(modified.text)
    )
      return;
    // "long-haul Airbus jets", "eight long-haul A330s": a hyphened compound before a name
    // qualifies it.
    if (joinsCompound(words, index - 1) && next?.pos === 'PROPN') return;
    // "the ruling Liberal Democratic Party", "the governing Conservatives": an -ing word
    // between an article and a name describes the body.
    if (
      /ing$/.test(word.lower) &&
      next?.pos === 'PROPN' &&
      ['the', 'a', 'an'].includes(words[index - 1]?.lower ?? '')
    )
      return;
    // "Justice Samuel Alito issued": a person's title before the name is no happening.
    if (PERSON_TITLES.has(word.lower) && next?.pos === 'PROPN' && /^\p{Lu}/u.test(word.text))
      return;
    if (next?.text === '-' && next.start === word.end) return;
    const segmentIndex = segmentOf(segments, index);
    const segment = segments[segmentIndex] as Segment;
    // ("that terrorism was involved": the "that" that opens the clause is no article.)
    const opensClause = segment.marker === 'that' && words[segment.first]?.lower === 'that';
    const own = phraseAround(words, index, segment.first + (opensClause ? 1 : 0), segment.last);
    const complements: Phrase[] = [];
    let at = own.last + 1;
    while (at <= segment.last && complements.length < 2) {
      const preposition = words[at] as Word;
      if (
        !['of', 'by', 'with', 'for', 'from', 'to', 'between', 'in', 'against', 'over'].includes(
          preposition.lower,
        )
      )
        break;
      const phrase = phraseStartingAt(words, at + 1, segment.last);
      if (!phrase) break;
      complements.push(phrase);
      at = phrase.last + 1;
    }
    // "after meeting with Obama": a gerund the tagger took for a noun is done by the
    // subject of the clause it modifies.
    const previous = words[index - 1];
    const gerundAfter =
      /ing$/.test(word.lower) &&
      previous !== undefined &&
      previous.pos === 'ADP' &&
      ['after', 'before', 'since', 'while', 'upon', 'without', 'by'].includes(previous.lower)
        ? verbEvents.findLast((event) => event.trigger < index)
        : undefined;
    // "landed in Sydney after a 12-hour flight": what happened before or after the clause's
    // event, naming no one of its own, is done by the clause's subject.
    const opener = words[own.first - 1];
    const namesNoOne = [own, ...complements].every((phrase) =>
      words
        .slice(phrase.first, phrase.last + 1)
        .every((word) => word.pos !== 'PROPN' && word.pos !== 'PRON'),
    );
    // "A day before the announcement, GM said": fronted, it goes with the main clause after.
    // Not "After a plan … failed, the White House said": there it heads a clause of its own.
    // (Asked only of a noun after "after" or "before".)
    const fronted = () =>
      segment.type === 'main' &&
      !words.slice(0, opener ? own.first - 1 : 0).some((word) => word.pos === 'VERB');
    const nounAfter =
      !gerundAfter &&
      namesNoOne &&
      opener !== undefined &&
      ['after', 'before'].includes(opener.lower)
        ? (verbEvents.findLast(
            (event) => event.trigger < index && event.segment === segmentIndex && !event.passive,
          ) ??
          (fronted()
            ? verbEvents.find(
                (event) =>
                  event.trigger > index &&
                  !event.passive &&
                  segments[event.segment]?.type === 'main',
              )
            : undefined))
        : undefined;
    // The last verb of its clause before it that takes it as object ("announced a plan") or
    // as the state its subject files for, goes into or comes out of ("filed for bankruptcy").
    const clauseVerbBefore = (takes: (event: SentenceEvent) => boolean) =>
      verbEvents.findLast(
        (event) => event.trigger < index && event.segment === segmentIndex && takes(event),
      );
    const takenBy = clauseVerbBefore(
      (event) =>
        event.patient !== null && event.patient.first <= index && index <= event.patient.last + 2,
    );
    // "reported losing $4.8 billion in the quarter and a total loss of $8.6 billion": a
    // noun phrase joined by "and" to the object of a verb, the happening told right before
    // it, is that verb's object too.
    const toldBefore = (event: SentenceEvent) =>
      event.trigger < own.first && event.segment === segmentIndex;
    const joined =
      takenBy || !/^(?:and|or)$/.test(opener?.lower ?? '')
        ? undefined
        : latest(out.findLast(toldBefore), verbEvents.findLast(toldBefore));
    const joinedTo =
      joined?.governor?.pos === 'verb' &&
      (holds(joined.governor.patient, joined.trigger) ||
        (joined.tense === 'gerund' && words[joined.trigger - 1]?.text !== ','))
        ? joined.governor
        : undefined;
    const objectOf = takenBy ?? joinedTo;
    if (!gerundAfter && objectOf && isThemeOfVerb(words, index, words[objectOf.trigger] as Word))
      return;
    // "the Federal Reserve said in a statement", "In a filing, the owners said": the
    // statement is the saying itself, told by its medium, not a second event (an interview
    // or a speech is an occasion of its own).
    if (
      REPORT_MEDIA.has(word.lemma) &&
      opener?.lower === 'in' &&
      verbEvents.some((event) => event.segment === segmentIndex && event.eventClass === 'REPORTING')
    )
      return;
    // "called the attacks an act of war": what a naming verb calls its object is no event.
    if (calledByNamingVerb(words, verbEvents, index)) return;
    const lemma = listedNounLemma(word);
    const kind = eventKindOf(lemma, lemmasOfClause(segmentIndex));
    // "upending a deal that Citigroup had struck earlier in the week": a light verb whose
    // object is the noun a relative clause describes tells the happening the noun names.
    const opening = words[own.last + 1]?.text === ',' ? own.last + 2 : own.last + 1;
    const lightInRelative = verbEvents.find((event) => {
      const clause = segments[event.segment] as Segment;
      return (
        clause.type === 'relative' &&
        clause.first === opening &&
        (clause.marker === 'that' || clause.marker === 'which' || clause.marker === null) &&
        // The clause's own subject does it: "that Citigroup had struck", "the deal they
        // struck", not "that can be converted into a holding".
        event.agent !== null &&
        event.agent.first >= relativeSubjectStart(clause) &&
        event.tense !== 'nominal' &&
        !NONFINITE.has(event.tense) &&
        // (No object but the noun itself, the one the clause leaves out.)
        (event.patient === null || event.patient.last < clause.first) &&
        !event.passive &&
        isLightVerbFor(event.lemma, kind)
      );
    });
    const governor =
      lightInRelative ??
      gerundAfter ??
      nounAfter ??
      objectOf ??
      clauseVerbBefore(
        (event) =>
          (CARRIER_VERBS.has(event.lemma) && carriedBy(words, event, index)) ||
          event.others.some(
            (phrase) =>
              STATE_PREPOSITIONS.has((words[phrase.first - 1] as Word).lower) &&
              // ("apologized for the explosion": a known happening is what it is about,
              // no state its subject enters.)
              !DEFINITE.has((words[phrase.first] as Word).lower) &&
              phrase.first <= index &&
              index <= phrase.last,
          ),
      );
    // "The departure … has been delayed": the subject of a passive that puts it off.
    const deferredBy = governor
      ? undefined
      : verbEvents.find(
          (event) =>
            event.passive &&
            event.trigger > index &&
            event.segment === segmentIndex &&
            defers(event.lemma) &&
            holds(event.patient, index),
        );
    // "delayed after an accident": what came before or after is not what the verb defers.
    const governorWord =
      governor && governor !== nounAfter
        ? (words[governor.trigger] as Word).lemma
        : (deferredBy?.lemma ?? null);
    // "had evaded capture for ten years after the attacks": what came before or after an
    // event did not fail to happen with it.
    const modalGovernor = governor && governor !== nounAfter ? governor : null;
    const carrier =
      governor !== undefined &&
      CARRIER_VERBS.has(governor.lemma) &&
      carriedBy(words, governor, index);
    const event: SentenceEvent = {
      trigger: index,
      pos: 'noun',
      lemma,
      eventClass: eventClassOf(word, 'noun'),
      kind,
      tense: 'nominal',
      passive: false,
      modality: 'actual',
      segment: segmentIndex,
      governor: governor ?? null,
      // "welcomed the firm's decision": a possessor, not the verb's subject, is its doer.
      // "described the bankruptcy of Chrysler": what is talked about is not the speaker's
      // doing ("announced job cuts" is).
      // ("announced the death": a death is undergone, not done by the announcer.)
      agent:
        governor &&
        !carrier &&
        kind !== 'death' &&
        !possessed(words, own.first, index) &&
        !(governor === objectOf && (talksAbout(governor) || namesItsObject(words, governor)))
          ? governor.passive
            ? governor.patient
            : governor.agent
          : null,
      // "The iPad went on sale", "the firm went into administration": what a carrier
      // verb's subject enters is done to it.
      patient: carrier ? governor.agent : own,
      others: complements,
    };
    const presupposed = isDefinitePhrase(words, own.first, index) && isPastAct(modalGovernor);
    event.modality = modalityOf({
      words,
      group: null,
      trigger: index,
      segmentType: presupposed ? 'main' : segment.type,
      governor: governorWord,
      governorModality: presupposed ? null : (modalGovernor?.modality ?? null),
    });
    if (!presupposed) event.modality = nominalModality(event.modality, modalGovernor);
    // "will go on sale in June", "could face bankruptcy": a noun after a verb with no event
    // of its own still has that verb's future or modal.
    if (!governor && event.modality === 'actual') {
      const modal = modalOfVerbBefore(words, segment.first, index);
      if (modal) event.modality = FUTURE_MODALS.has(modal) ? 'scheduled' : 'possible';
      // "was not considering bankruptcy": nor a negated one's.
      else if (negatedVerbBefore(words, segment.first, index)) event.modality = 'denied';
    }
    out.push(event);
  });
  return out;
}

/**
 * Whether a carrier verb brings in the noun at `index` by its preposition ("went on sale"),
 * as the head of its phrase (not "came on top of a recall").
 */
function carriedBy(words: readonly Word[], verb: SentenceEvent, index: number): boolean {
  return verb.others.some(
    (phrase) =>
      phrase.first <= index &&
      index <= phrase.last &&
      CARRIER_PREPOSITIONS.has((words[phrase.first - 1] as Word).lower) &&
      !words.slice(phrase.first, index).some((word) => word.pos === 'ADP'),
  );
}

/**
 * Whether a verb read as a present is a past participle by its form ("set", "cut", "hit"):
 * ", set on October 9".
 */
function sameFormParticiple(words: readonly Word[], group: VerbGroup): boolean {
  return group.tense === 'present' && isSameFormPast((words[group.head] as Word).lower);
}

/**
 * The noun phrase before the comma a describing participle follows, with its "of"
 * complement ("its record close of 14,164.53, set on October 9"), when the participle's
 * words give it a date ("on October 9").
 */
function describedBefore(
  words: readonly Word[],
  group: VerbGroup,
  segment: Segment,
): Phrase | null {
  if (!DATE_PREPOSITIONS.has(words[group.head + 1]?.lower ?? '')) return null;
  const comma = group.head - 1;
  const phrase = phraseEndingBefore(words, comma - 1, segment.first);
  if (!phrase || !/^(?:NOUN|NUM)$/.test((words[phrase.last] as Word).pos)) return null;
  const owner =
    words[phrase.first - 1]?.lower === 'of'
      ? phraseEndingBefore(words, phrase.first - 2, segment.first)
      : null;
  const whole =
    owner && (words[owner.last] as Word).pos === 'NOUN'
      ? { first: owner.first, last: phrase.last }
      : phrase;
  // ("Facebook, the largest social network, filed on Wednesday": an apposition set off
  // by commas is its subject's, and the verb after it is the subject's own.)
  return words[whole.first - 1]?.text === ',' ? null : whole;
}

/** Prepositions that bring in the day or period of a participle: "set on October 9". */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in']);

/**
 * A clause's lemmas, with those of its subject when a clause set in between parted them
 * ("Shares of General Motors, which will report its results next month, dropped": the
 * shares tell what kind of drop it is).
 */
function lemmasWithSubject(
  words: readonly Word[],
  lemmas: ReadonlySet<string>,
  segment: Segment,
  subject: Phrase | null,
): ReadonlySet<string> {
  if (!subject || subject.first >= segment.first) return lemmas;
  const own = words.slice(subject.first, subject.last + 1).map((word) => word.lemma);
  return new Set([...lemmas, ...own]);
}

/** Of two events (either may be missing), the one told later in the sentence. */
function latest(a: SentenceEvent | undefined, b: SentenceEvent | undefined) {
  return !a || (b && b.trigger > a.trigger) ? b : a;
}

const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall']);
const ANY_MODALS: ReadonlySet<string> = new Set([
  ...FUTURE_MODALS,
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
]);

/** The modal of the nearest verb before `index` in its clause ("will go on sale"), if any. */
function modalOfVerbBefore(words: readonly Word[], first: number, index: number): string | null {
  const at = verbBefore(words, first, index);
  if (at === null) return null;
  for (let before = at - 1; before >= first && before >= at - 3; before--) {
    const word = words[before] as Word;
    if (ANY_MODALS.has(word.lower)) return word.lower;
    if (word.pos !== 'ADV' && word.pos !== 'AUX' && word.pos !== 'PART') return null;
  }
  return null;
}

/** The verb (or "be") whose object phrase holds the word at `index`, if any. */
function verbBefore(words: readonly Word[], first: number, index: number): number | null {
  let at = index - 1;
  // ("there could be additional charges": the "be" of what is there is the verb.)
  while (at >= first && (words[at] as Word).pos !== 'VERB' && (words[at] as Word).lemma !== 'be') {
    // A noun phrase's own comma or clause word ends the search: the verb is another's.
    if ((words[at] as Word).pos === 'PUNCT' || (words[at] as Word).pos === 'SCONJ') return null;
    // "there will be a protest of the award": what the "of" names is there already.
    if ((words[at] as Word).lower === 'of') return null;
    at--;
  }
  return at >= first ? at : null;
}

/**
 * Whether the verb whose object holds the word at `index` is negated ("was not considering
 * bankruptcy"); not a phrase after its preposition ("did not object to the purchase", "are
 * not included in the deal").
 */
function negatedVerbBefore(words: readonly Word[], first: number, index: number): boolean {
  const at = verbBefore(words, first, index);
  if (at === null || words.slice(at + 1, index).some((word) => word.pos === 'ADP')) return false;
  for (let before = at - 1; before >= first && before >= at - 3; before--) {
    const word = words[before] as Word;
    if (NEGATIONS.has(word.lower)) return true;
    if (word.pos !== 'ADV' && word.pos !== 'AUX' && word.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "Exporters such as Toyota and Sony led the gains": the subject with the examples its
 * "such as" gives, up to `last`, since they name who did it.
 */
function withExamples(words: readonly Word[], phrase: Phrase, last: number): Phrase {
  if (words[phrase.last + 1]?.lower !== 'such' || words[phrase.last + 2]?.lower !== 'as')
    return phrase;
  const examples = phraseStartingAt(words, phrase.last + 3, last);
  return examples ? { first: phrase.first, last: examples.last } : phrase;
}

/** ", saying …", ", having reported …": an -ing clause set off by a comma. */
function isIngClauseAfterComma(words: readonly Word[], group: VerbGroup): boolean {
  return (
    (group.tense === 'gerund' || isPerfectParticiple(words, group)) &&
    words[group.first - 1]?.text === ','
  );
}

/** "having reported record profits": a perfect participle, an -ing clause of its own. */
function isPerfectParticiple(words: readonly Word[], group: VerbGroup): boolean {
  return (words[group.first] as Word).lower === 'having' && group.first < group.head;
}

/** The "be" whose complement ends at `last` ("is the world's largest airline"), if any. */
function copulaBefore(words: readonly Word[], last: number, floor: number): number | null {
  for (let at = last; at >= floor; at--) {
    const word = words[at] as Word;
    if (word.lemma === 'be' && word.pos === 'AUX') return at;
    if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'ADV', 'PART', 'NUM'].includes(word.pos)) return null;
  }
  return null;
}

/**
 * The object of the governing verb right before the "for" or "of" of an -ing form, when it
 * names or describes someone ("for choosing", "of cutting"): who did it.
 */
function judgedObject(
  words: readonly Word[],
  group: VerbGroup,
  governor: GroupEvent | null,
): Phrase | null {
  const verb = governor?.event;
  const preposition = words[group.first - 1]?.lower;
  if (group.tense !== 'gerund' || !verb || verb.pos !== 'verb') return null;
  if (preposition !== 'for' && preposition !== 'of') return null;
  const object = [verb.passive ? null : verb.patient, ...verb.others].find(
    (phrase) => phrase !== null && phrase.last === group.first - 2,
  );
  if (!object) return null;
  const head = words[object.last] as Word;
  return head.pos === 'PROPN' || isPersonNoun(head.lemma) ? object : null;
}
