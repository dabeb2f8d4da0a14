/**
 * Stage: reads every event each sentence reports (reading/read-sentence), then gives each
 * its participants with roles (names in its agent, patient and other phrases; "it" and
 * "he" resolved to the company or person last named), its places, its date and the basis
 * of that date (reading/event-dates), its modality, a headline-style title and a
 * report-level salience. Boilerplate yields nothing; the dateline names no participant.
 */
import type { EntityMention, ParticipantRole, Role, Span, Timex } from '../../contract/corpus.ts';
import type { ArticleDraft, ArticleStage, EventDraft } from '../article-draft.ts';
import type { Word } from '../language/tag-words.ts';
import { afterDateline } from '../events/dateline.ts';
import {
  dateFromTimex,
  inheritsGoverningDate,
  isArticleDate,
  isEventDate,
  publicationDate,
  storyDay,
  takesPublicationDate,
  type DateBasis,
  type EventDate,
} from '../reading/event-dates.ts';
import { referentKindOf } from '../lexicon/referring-nouns.ts';
import { eventFamily } from '../reading/event-family.ts';
import { writeTitle } from '../reading/event-titles.ts';
import type { Phrase } from '../reading/noun-phrases.ts';
import { readSentence, type ReadSentence, type SentenceEvent } from '../reading/read-sentence.ts';
import type { Segment } from '../reading/segments.ts';
import { within, wordsIn } from '../reading/words-in.ts';
import { unique } from '../../utils/unique.ts';

export const readEvents: ArticleStage = {
  name: 'read-events',
  run(draft) {
    return { ...draft, events: eventsOfArticle(draft) };
  },
};

/** What the article has said so far: for pronouns and for the narrative thread. */
interface Context {
  lastPerson: string | null;
  /** The people of the last sentence that named several: "their" points back to them. */
  lastPeople: string[];
  lastOrganization: string | null;
  lastProduct: string | null;
  /** Dates given by their own words, by participant, with the sentence that gave them. */
  threadDates: Map<string, { date: EventDate; sentence: number }>;
  /** The day the lead says the story happened, if it says so (reading/event-dates). */
  storyDay: EventDate | null;
  /** Whether the lead wrote the story's day as a calendar date ("June 1st"), not "Monday". */
  storyDayWritten: boolean;
}

interface Dated {
  date: EventDate | null;
  basis: DateBasis | null;
  timex: Timex | null;
}

function eventsOfArticle(draft: ArticleDraft): EventDraft[] {
  const story = storyDay(leadTimexes(draft), draft.published);
  const context: Context = {
    lastPerson: null,
    lastPeople: [],
    lastOrganization: null,
    lastProduct: null,
    threadDates: new Map(),
    storyDay: story?.date ?? null,
    storyDayWritten: story !== null && isCalendarDay(story.timex),
  };
  const events: EventDraft[] = [];
  const inBoilerplate = (span: Span) =>
    draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
  let leadSeen = false;
  draft.sentences.forEach((sentence, sentenceIndex) => {
    if (inBoilerplate(sentence)) return;
    const heading = inside(sentence, draft.headline) || inside(sentence, draft.standfirst);
    const lead = !heading && !leadSeen;
    if (!heading) leadSeen = true;
    const from = afterDateline(draft.dateline, sentence);
    // Words of a date belong to no phrase: "spoke by telephone Thursday" has no object "Thursday".
    const span = { start: from, end: sentence.end };
    const sentenceTimexes = within(draft.timexes, span);
    const entities = within(draft.entities, span);
    // A name is one noun phrase whatever the tagger made of its words ("Halvorsen Shipping
    // Corp.", "Ford" read as a verb), and no word of it reports an event.
    const words = wordsIn(draft.words, span).map((word) =>
      sentenceTimexes.some((timex) => timex.start <= word.start && word.end <= timex.end)
        ? { ...word, pos: 'X' as const }
        : word.pos !== 'PROPN' && insideName(word, entities)
          ? { ...word, pos: 'PROPN' as const }
          : word,
    );
    if (words.length === 0) return;
    const timexes = sentenceTimexes.filter(
      (timex) =>
        isEventDate(timex) &&
        !isComparisonDate(draft.text, sentence.start, timex) &&
        !isRecordReference(draft.text, sentence.start, timex),
    );
    const read = readSentence(words);
    const dates = new Map<SentenceEvent, Dated>();
    const titles = new Map<SentenceEvent, string>();
    for (const event of read.events) {
      const agentName = pronounAgent(words, event, contextAt(context, entities, words, event));
      titles.set(event, writeTitle({ words, text: draft.text, event, agentName }));
    }
    for (const event of read.events) {
      const participants = participantsOf(
        words,
        event,
        entities,
        contextAt(context, entities, words, event),
      );
      const dated = dateOf(
        draft,
        read,
        event,
        timexes,
        dates,
        heading,
        participants,
        context,
        sentenceIndex,
      );
      dates.set(event, dated);
      const title = titleOf(event, read.events, titles, words);
      const trigger = words[event.trigger] as Word;
      const ownPlaces = placesOf(read.segments[event.segment] as Segment, words, entities);
      // A meeting or a call that names no place in its clause is where its sentence says.
      const sentencePlaces = unique(
        entities.filter((entity) => entity.kind === 'place').map((entity) => entity.canonical),
      );
      const segmentPlaces =
        ownPlaces.length === 0 && OCCASIONS.has(event.kind) && sentencePlaces.length === 1
          ? sentencePlaces
          : ownPlaces;
      // "met in China this week and in Geneva on August 26": one event per date and place.
      const occasions = distributed(draft, read, event, timexes, entities) ?? [
        { dated, places: segmentPlaces },
      ];
      for (const { dated: occasion, places } of occasions) {
        events.push({
          kind: event.kind,
          title,
          ...(occasion.date ?? { start: null, end: null, granularity: null, approximate: false }),
          approximate:
            (occasion.date?.approximate ?? false) ||
            (occasion.date !== null && draft.publishedBasis !== 'metadata'),
          modality: event.modality,
          participants: unique(participants.map((participant) => participant.name)),
          places,
          lemma: event.lemma,
          eventClass: event.eventClass,
          roles: participants,
          salience: reportSalience(event, heading, lead, occasion),
          mention: {
            article: draft.id,
            start: sentence.start,
            end: sentence.end,
            timex: occasion.timex
              ? {
                  start: occasion.timex.start,
                  end: occasion.timex.end,
                  text: occasion.timex.text,
                  value: occasion.timex.value,
                }
              : null,
            trigger: { start: trigger.start, end: trigger.end },
            ...(occasion.basis ? { dateBasis: occasion.basis } : {}),
            modality: event.modality,
          },
        });
      }
      // A headline's date is the story's, not the next sentence's: no thread from there.
      if (!heading && dated.basis === 'own-timex' && dated.date && event.modality === 'actual')
        for (const participant of participants)
          context.threadDates.set(participant.name, { date: dated.date, sentence: sentenceIndex });
    }
    const people = entities.filter((entity) => entity.kind === 'person').map((e) => e.canonical);
    if (unique(people).length >= 2) context.lastPeople = unique(people);
    remember(context, entities);
  });
  return events.map((event) => samePlace(sameEventDate(event, events), events));
}

/** "bought Pebble Brands in March" is not "buys Larkspur": what each acts on differs. */
function actsOnOther(a: EventDraft, b: EventDraft): boolean {
  const patients = (event: EventDraft) =>
    event.roles.filter((role) => role.role === 'patient').map((role) => role.name);
  const ours = patients(a);
  const theirs = patients(b);
  return ours.length > 0 && theirs.length > 0 && !theirs.some((name) => ours.includes(name));
}

/**
 * "their talks on Friday" after "the meeting in Geneva … scheduled for Friday": an
 * occasion (a meeting, a call, an arrival) that names no place takes the place another
 * report of the same kind on the same day names.
 */
function samePlace(event: EventDraft, all: readonly EventDraft[]): EventDraft {
  if (event.places.length > 0 || event.start === null || !OCCASIONS.has(event.kind)) return event;
  const day = event.start.slice(0, 10);
  const places = unique(
    all
      .filter((other) => other.kind === event.kind && other.start?.slice(0, 10) === day)
      .flatMap((other) => other.places),
  );
  return places.length === 1 ? { ...event, places } : event;
}

const OCCASIONS: ReadonlySet<EventDraft['kind']> = new Set([
  'meeting',
  'phone-call',
  'arrival',
  'departure',
]);

/**
 * "Chrysler files for bankruptcy" in the headline, "Chrysler filed for bankruptcy on
 * Thursday" below: one event told twice in an article takes the date its own words give.
 * Only for reports dated by the publication day or not at all, and only from a report of
 * the same word family sharing a participant.
 */
function sameEventDate(event: EventDraft, all: readonly EventDraft[]): EventDraft {
  const basis = event.mention.dateBasis;
  if (basis !== undefined && !isArticleDate(basis)) return event;
  if (event.modality === 'denied' || event.modality === 'possible') return event;
  const family = eventFamily(event.lemma);
  const source = all.find(
    (other) =>
      other !== event &&
      other.mention.dateBasis === 'own-timex' &&
      other.modality === 'actual' &&
      other.start !== null &&
      eventFamily(other.lemma) === family &&
      other.participants.some((name) => event.participants.includes(name)) &&
      !actsOnOther(other, event),
  );
  if (!source) return event;
  return {
    ...event,
    start: source.start,
    end: source.end,
    granularity: source.granularity,
    approximate: source.approximate,
    mention: { ...event.mention, dateBasis: 'same-event-in-article' },
  };
}

function dateOf(
  draft: ArticleDraft,
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
  dates: ReadonlyMap<SentenceEvent, Dated>,
  heading: boolean,
  participants: readonly ParticipantRole[],
  context: Context,
  sentenceIndex: number,
): Dated {
  const { words, segments } = read;
  const actual = event.modality === 'actual';
  const own = ownTimex(read, event, timexes);
  if (own && !own.resolved) return { date: null, basis: null, timex: own };
  // "at 16:15 UTC, June 1st, … filed … earlier today" in an article published June 4:
  // the writer's today is the day the lead wrote out, not the day it was published.
  if (own?.resolved && context.storyDay && context.storyDayWritten && TODAY.test(own.text))
    return { date: context.storyDay, basis: 'story-day', timex: own };
  if (own?.resolved)
    return {
      date: dateFromTimex(own.resolved, draft.published, datingTense(event), actual),
      basis: 'own-timex',
      timex: own,
    };
  const governor = event.governor;
  const governed = governor ? dates.get(governor) : undefined;
  const explicitlyGoverned = governed?.date && !isArticleDate(governed.basis) ? governed : null;
  if (explicitlyGoverned?.date && inheritsGoverningDate(event.tense, governor?.tense ?? null))
    return { date: explicitlyGoverned.date, basis: 'governing-timex', timex: null };
  // "stated on Thursday that it had signed a contract": done by then, so dated about then.
  if (explicitlyGoverned?.date && event.tense === 'pluperfect')
    return {
      date: { ...explicitlyGoverned.date, approximate: true },
      basis: 'governing-timex',
      timex: null,
    };
  // "will wear the livery when it arrives on November 11": the when-clause's date.
  const when = whenClauseTimex(read, event, timexes);
  if (when?.resolved)
    return {
      date: dateFromTimex(when.resolved, draft.published, event.tense, actual),
      basis: 'governing-timex',
      timex: null,
    };
  // A clause inside another clause takes the outer clause's date.
  const segment = segments[event.segment] as Segment;
  if (
    segment.parent !== null &&
    segment.type !== 'coordinate' &&
    inheritsGoverningDate(event.tense, null)
  ) {
    const outer = timexes.find(
      (timex) => segmentOfOffset(words, segments, timex.start) === segment.parent,
    );
    if (outer?.resolved)
      return {
        date: dateFromTimex(outer.resolved, draft.published, event.tense, actual),
        basis: 'governing-timex',
        timex: null,
      };
  }
  // "announced plans to close 1,100 dealerships": what an infinitive plans is on the
  // timeline the day it was planned, marked as planned, not as done.
  const planner = governor ? dates.get(governor) : undefined;
  if (
    event.tense === 'infinitive' &&
    event.modality === 'scheduled' &&
    governor?.modality === 'actual' &&
    planner?.date
  )
    return { date: planner.date, basis: 'governing-timex', timex: null };
  // A headline's bare infinitive announces what happened or was planned that day: "China
  // Eastern Airlines to purchase twenty jets", "Singapore Airlines to be compensated".
  const headlineInfinitive = heading && event.tense === 'infinitive' && !event.governor;
  if (event.tense === 'future' || event.tense === 'pluperfect' || (!actual && !headlineInfinitive))
    return { date: null, basis: null, timex: null };
  if (event.tense === 'past' || event.tense === 'nominal') {
    for (const participant of participants) {
      const thread = context.threadDates.get(participant.name);
      if (thread && sentenceIndex - thread.sentence <= 1)
        return { date: thread.date, basis: 'narrative-thread', timex: null };
    }
  }
  if (governed?.date && inheritsGoverningDate(event.tense, governor?.tense ?? null))
    return { date: governed.date, basis: governed.basis, timex: null };
  const tense = headlineInfinitive ? 'present' : event.tense;
  if (!draft.published || !takesPublicationDate(tense))
    return { date: null, basis: null, timex: null };
  if (context.storyDay) return { date: context.storyDay, basis: 'story-day', timex: null };
  return { date: publicationDate(draft.published), basis: 'publication-date', timex: null };
}

/** The date of a "when" clause the event's clause governs. */
function whenClauseTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | undefined {
  const { words, segments } = read;
  return timexes.find((timex) => {
    const segment = segments[segmentOfOffset(words, segments, timex.start)];
    return segment?.marker === 'when' && segment.parent === event.segment;
  });
}

const TODAY = /^(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/** A date with its month and day written out ("June 1st", "1 June 2009"). */
function isCalendarDay(timex: Timex): boolean {
  const stated = timex.resolved?.stated ?? [];
  return stated.includes('month') && stated.includes('day');
}

/** How many paragraphs after the headline make the lead, where the story's day is told. */
const LEAD_PARAGRAPHS = 3;

/** The dates of the article's lead: its first paragraphs after the headline and date line. */
function leadTimexes(draft: ArticleDraft): Timex[] {
  const lead = draft.paragraphs
    .filter(
      (paragraph) => !inside(paragraph, draft.headline) && !inside(paragraph, draft.standfirst),
    )
    .slice(0, LEAD_PARAGRAPHS);
  return draft.timexes.filter(
    (timex) =>
      lead.some((paragraph) => inside(timex, paragraph)) &&
      !(draft.dateline && inside(timex, draft.dateline)),
  );
}

/**
 * The tense that places a date: "defeated Boeing on Friday to win the order" is a past win,
 * not a future one; only a planned or expected infinitive looks ahead.
 */
function datingTense(event: SentenceEvent): SentenceEvent['tense'] {
  if (event.tense !== 'infinitive' || event.modality !== 'actual') return event.tense;
  return event.governor?.tense ?? 'present';
}

/**
 * The date in the event's own clause nearest its trigger. A verb's date is not one set off
 * by commas after another verb: "development, begun two years ago, has been pushed back"
 * was not pushed back two years ago.
 */
function ownTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | null {
  const { words, segments } = read;
  const trigger = words[event.trigger] as Word;
  const rivals = read.events.filter(
    (other) => other !== event && other.pos === 'verb' && other.segment === event.segment,
  );
  let best: Timex | null = null;
  let distance = Infinity;
  for (const timex of timexes) {
    if (segmentOfOffset(words, segments, timex.start) !== event.segment) continue;
    if (!canDate(words, event, timex)) continue;
    const gap = gapBetween(trigger, timex);
    const aside = commaChunk(words, timex.start);
    if (
      event.pos === 'verb' &&
      aside !== commaChunk(words, trigger.start) &&
      rivals.some((rival) => {
        const verb = words[rival.trigger] as Word;
        return verb.end <= timex.start && commaChunk(words, verb.start) === aside;
      })
    )
      continue;
    if (gap < distance) {
      best = timex;
      distance = gap;
    }
  }
  return best;
}

/** How many commas of the sentence come before an offset: which comma-set part holds it. */
function commaChunk(words: readonly Word[], offset: number): number {
  return words.filter((word) => word.text === ',' && word.end <= offset).length;
}

function gapBetween(word: Span, timex: Span): number {
  return timex.start >= word.end ? timex.start - word.end : word.start - timex.end;
}

/** How many words may stand between a report and a date after it: "said on Monday". */
const REPORT_DATE_REACH = 2;

/**
 * Whether a date of the event's clause can be its own. "GM said it lost $6 billion in the
 * first quarter": a report is not dated by a date in what it reports. "“We met on Monday,”
 * he said": no event outside a quotation is dated from inside it. "agreed on Friday to
 * buy": a date before an infinitive is its governor's.
 */
function canDate(words: readonly Word[], event: SentenceEvent, timex: Timex): boolean {
  const trigger = words[event.trigger] as Word;
  if (insideQuotation(words, timex.start) !== insideQuotation(words, trigger.start)) return false;
  if (event.tense === 'infinitive' && event.governor && timex.end <= trigger.start) return false;
  if (event.eventClass === 'REPORTING' && timex.start >= trigger.end) {
    const between = words.filter((word) => word.start >= trigger.end && word.end <= timex.start);
    if (between.length > REPORT_DATE_REACH) return false;
  }
  return true;
}

/** Whether an offset of the sentence lies between an opening and a closing quotation mark. */
function insideQuotation(words: readonly Word[], offset: number): boolean {
  let open = false;
  for (const word of words) {
    if (word.start >= offset) break;
    if (word.text === '“') open = true;
    else if (word.text === '”') open = false;
    else if (word.text === '"') open = !open;
  }
  return open;
}

function segmentOfOffset(
  words: readonly Word[],
  segments: readonly Segment[],
  offset: number,
): number {
  let index = words.findIndex((word) => word.end > offset);
  if (index < 0) index = words.length - 1;
  return segments.findIndex((segment) => index >= segment.first && index <= segment.last);
}

function participantsOf(
  words: readonly Word[],
  event: SentenceEvent,
  entities: readonly EntityMention[],
  context: Context,
): ParticipantRole[] {
  const out: ParticipantRole[] = [];
  const add = (name: string, role: Role) => {
    const known = out.find((participant) => participant.name === name);
    if (!known) out.push({ name, role });
  };
  const namesIn = (phrase: Phrase | null) =>
    phrase
      ? entities.filter(
          (entity) =>
            entity.kind !== 'place' &&
            entity.start >= (words[phrase.first] as Word).start &&
            entity.end <= (words[phrase.last] as Word).end,
        )
      : [];
  const agentNames = namesIn(event.agent);
  for (const entity of agentNames) add(entity.canonical, 'agent');
  const pronoun = pronounAgent(words, event, context);
  if (agentNames.length === 0 && pronoun) add(pronoun, 'agent');
  const patientNames = namesIn(event.patient);
  for (const entity of patientNames) add(entity.canonical, 'patient');
  // "said the aircraft flew": what follows a report is what it says, not its object.
  const described =
    patientNames.length === 0 && event.eventClass !== 'REPORTING'
      ? describedReferent(words, event.patient, context)
      : null;
  if (described) add(described, 'patient');
  // "their meetings", "its deliveries": a possessive pronoun names who acts.
  if (event.pos === 'noun' && event.patient) {
    // "Kerry and Lavrov … their talks": people named earlier in the sentence come first.
    const before = entities.filter(
      (entity) => entity.kind === 'person' && entity.end <= (words[event.trigger] as Word).start,
    );
    const here = unique(before.map((entity) => entity.canonical));
    const local = { ...context, lastPeople: here.length >= 2 ? here : context.lastPeople };
    for (let at = event.patient.first; at <= event.patient.last; at++)
      for (const name of possessorNames((words[at] as Word).lower, local)) add(name, 'agent');
  }
  for (const phrase of event.others)
    for (const entity of namesIn(phrase)) add(entity.canonical, 'other');
  return out;
}

function possessorNames(word: string, context: Context): string[] {
  if (word === 'their')
    return context.lastPeople.length > 0
      ? context.lastPeople
      : context.lastOrganization
        ? [context.lastOrganization]
        : [];
  if (word === 'its') return context.lastOrganization ? [context.lastOrganization] : [];
  if (word === 'his' || word === 'her') return context.lastPerson ? [context.lastPerson] : [];
  return [];
}

/**
 * A nominal's one-word title ("Deal") says little: the title of the verb whose subject or
 * object it is says what happened to it ("Deal approved by China Eastern's board").
 */
function titleOf(
  event: SentenceEvent,
  all: readonly SentenceEvent[],
  titles: ReadonlyMap<SentenceEvent, string>,
  words: readonly Word[],
): string {
  const own = titles.get(event) ?? '';
  if (event.pos !== 'noun' || own.includes(' ')) return own;
  const holder = all.find(
    (other) =>
      other.pos === 'verb' &&
      [other.agent, other.patient].some(
        (phrase) =>
          phrase !== null && phrase.first <= event.trigger && event.trigger <= phrase.last,
      ),
  );
  const better = holder ? titles.get(holder) : undefined;
  return better && better.toLowerCase().includes((words[event.trigger] as Word).lower)
    ? better
    : own;
}

/**
 * "in China this week and in Geneva on August 26": dates joined by "and" in an event's
 * clause give one occasion each, with the place named before each date.
 */
function distributed(
  draft: ArticleDraft,
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
  entities: readonly EntityMention[],
): Array<{ dated: Dated; places: string[] }> | null {
  const { words, segments } = read;
  const own = timexes.filter(
    (timex) => timex.resolved && segmentOfOffset(words, segments, timex.start) === event.segment,
  );
  if (own.length < 2 || event.modality !== 'actual') return null;
  // Only the dates joined by "and": "announced Wednesday a meeting on Thursday and Friday"
  // gives the meeting two days, not the announcement's.
  const joined = (a: Timex, b: Timex) =>
    /^[^.;]{0,60}\band\b/.test(draft.text.slice(a.end, b.start));
  const last = own.length - 1;
  if (!joined(own[last - 1]!, own[last]!)) return null;
  let firstJoined = last - 1;
  while (
    firstJoined > 0 &&
    (joined(own[firstJoined - 1]!, own[firstJoined]!) ||
      /^[^.;]{0,3},/.test(draft.text.slice(own[firstJoined - 1]!.end, own[firstJoined]!.start)))
  )
    firstJoined--;
  const run = own.slice(firstJoined);
  // "announced Wednesday a meeting for Thursday and Friday": the announcement has a date of
  // its own, nearer than the joined ones.
  const nearest = ownTimex(read, event, own);
  if (nearest && !run.includes(nearest)) return null;
  return run.map((timex, index) => {
    const from = index === 0 ? (words[0] as Word).start : run[index - 1]!.end;
    const place = entities
      .filter((entity) => entity.kind === 'place' || entity.kind === 'country')
      .filter((entity) => entity.start >= from && entity.end <= timex.start)
      .pop();
    return {
      dated: {
        date: dateFromTimex(timex.resolved!, draft.published, event.tense, true),
        basis: 'own-timex' as const,
        timex,
      },
      places: place
        ? [place.canonical]
        : placesOf(segments[event.segment] as Segment, words, entities),
    };
  });
}

/**
 * "It said", "he told", "the company said", "the aircraft flew": the company, person or
 * product the pronoun or description stands for.
 */
function pronounAgent(
  words: readonly Word[],
  event: SentenceEvent,
  context: Context,
): string | null {
  const agent = event.agent;
  if (!agent) return null;
  if (agent.first !== agent.last) return describedReferent(words, agent, context);
  const word = (words[agent.first] as Word).lower;
  if (word === 'it' || word === 'they') return context.lastOrganization;
  if (word === 'he' || word === 'she') return context.lastPerson;
  return null;
}

const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * "the company", "the US automaker", "the new aircraft": a definite description without a
 * name stands for the company or product named last.
 */
function describedReferent(
  words: readonly Word[],
  phrase: Phrase | null,
  context: Context,
): string | null {
  if (!phrase || !DEFINITE.has((words[phrase.first] as Word).lower)) return null;
  const head = words[phrase.last] as Word;
  if (head.pos !== 'NOUN') return null;
  for (let at = phrase.first + 1; at < phrase.last; at++)
    if (!['ADJ', 'NOUN', 'NUM', 'PROPN'].includes((words[at] as Word).pos)) return null;
  const kind = referentKindOf(head.lemma);
  if (kind === 'organization') return context.lastOrganization;
  if (kind === 'product') return context.lastProduct;
  return null;
}

function placesOf(
  segment: Segment,
  words: readonly Word[],
  entities: readonly EntityMention[],
): string[] {
  const start = (words[segment.first] as Word).start;
  const end = (words[segment.last] as Word).end;
  return unique(
    entities
      .filter((entity) => entity.kind === 'place' && entity.start >= start && entity.end <= end)
      .map((entity) => entity.canonical),
  );
}

/**
 * What "it" and "he" can point to at an event: the names before it in its own sentence
 * first ("Boeing said it had sold ten jets"), then those of the sentences before.
 */
function contextAt(
  context: Context,
  entities: readonly EntityMention[],
  words: readonly Word[],
  event: SentenceEvent,
): Context {
  const at = words[event.agent?.first ?? event.trigger] as Word;
  const before = entities.filter((entity) => entity.end <= at.start);
  if (before.length === 0) return context;
  const local = { ...context };
  remember(local, before);
  return local;
}

function remember(context: Context, entities: readonly EntityMention[]): void {
  for (const entity of entities) {
    if (entity.kind === 'person') context.lastPerson = entity.canonical;
    if (entity.kind === 'organization') context.lastOrganization = entity.canonical;
    if (entity.kind === 'product') context.lastProduct = entity.canonical;
  }
}

/**
 * How much a report matters on its own, 0–1: a headline or lead, a date of its own, a kind
 * the timeline groups by, and a reported fact rather than a possibility. Merging adds the
 * number of articles that report it.
 */
function reportSalience(
  event: SentenceEvent,
  heading: boolean,
  lead: boolean,
  dated: Dated,
): number {
  let score = 0;
  if (heading) score += 0.3;
  else if (lead) score += 0.2;
  if (dated.basis === 'own-timex') score += 0.15;
  if (event.kind !== 'other' && event.kind !== 'statement') score += 0.15;
  if (event.modality === 'actual') score += 0.1;
  if (event.pos === 'verb' && event.eventClass === 'OCCURRENCE') score += 0.05;
  return Math.min(1, score);
}

/**
 * "sales fell 17% compared to 2008", "down from a year earlier", "more than in March": a
 * date the event is measured against is not the date of the event.
 */
const COMPARISON_BEFORE =
  /\b(?:compared (?:to|with)|than|versus|vs\.?|up from|down from|from)\s+(?:(?:the|a)\s+)?(?:same\s+\w+\s+(?:of|in|a)\s+)?(?:in\s+)?$/i;

function isComparisonDate(text: string, sentenceStart: number, timex: Timex): boolean {
  const before = text.slice(Math.max(sentenceStart, timex.start - 40), timex.start);
  if (!COMPARISON_BEFORE.test(before)) return false;
  // "from 2005 to 2008" is a span, not a comparison; "from" only before "a year earlier".
  return !/\bfrom\s+(?:the\s+)?$/i.test(before) || /\b(?:earlier|before|ago)$/i.test(timex.text);
}

function insideName(word: Word, entities: readonly EntityMention[]): boolean {
  return entities.some(
    (entity) => entity.kind !== 'place' && entity.start <= word.start && word.end <= entity.end,
  );
}

/**
 * "its first loss since 1992", "the lowest level since March": the date a record is measured
 * from does not date the event.
 */
const RECORD_SINCE =
  /\b(?:first|only|largest|biggest|greatest|highest|lowest|smallest|worst|best|strongest|weakest|sharpest|steepest|deepest|fastest|slowest|most|least|fewest)\b[^.;:]{0,60}\bsince\s+(?:the\s+)?$/i;

function isRecordReference(text: string, sentenceStart: number, timex: Timex): boolean {
  return RECORD_SINCE.test(text.slice(Math.max(sentenceStart, timex.start - 80), timex.start));
}

function inside(span: Span, outer: Span | null): boolean {
  return outer !== null && span.start >= outer.start && span.end <= outer.end;
}
