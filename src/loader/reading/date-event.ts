/**
 * Dates one event of a sentence the way a reader would: its own date (event-dates says how
 * a date becomes the event's), else the date of the clause or event that governs it, else
 * the last date of its narrative thread, else, for a headline or a past or present-perfect
 * report, the day the lead says the story happened or the publication day. Each date
 * records its basis. Pure: everything it reads comes in its arguments.
 */

import type { ParticipantRole, Span, Timex } from '../../contract/corpus.ts';
import type { ArticleDraft } from '../article-draft.ts';
import type { Word } from '../language/tag-words.ts';
import { isApostropheS, isVerbOrAuxiliary, POSSESSIVE_PRONOUNS } from '../language/word.ts';
import {
  dateFromTimex,
  inheritsGoverningDate,
  isArticleDate,
  publicationDate,
  takesPublicationDate,
  type DateBasis,
  type EventDate,
} from './event-dates.ts';
import { namesItsObject, type ReadSentence, type SentenceEvent } from './read-sentence.ts';
import { defers } from './event-modality.ts';
import { isEventNounWord } from './event-words.ts';
import { RECORD_WORD_LIST } from '../timex/record-reference.ts';
import { RESULT_NOUNS } from '../lexicon/result-periods.ts';
import { granularityRank } from '../../contract/granularity.ts';
import { moveDirection } from '../lexicon/event-kinds.ts';
import { INCEPTIVE } from '../lexicon/event-classes.ts';
import { holds, INSIDE, type Phrase } from './noun-phrases.ts';
import {
  afterAbsoluteWith,
  BE_FORMS,
  isModalOrFuture,
  isUnderWayOrStillSo,
} from './verb-groups.ts';
import { insideQuotation } from './quotations.ts';
import { within } from './words-in.ts';
import {
  EVENT_RELATING_VERBS,
  REACTING_VERBS,
  RECORDING_VERBS,
  DEAL_LIGHT_VERBS,
  isSameFormPast,
} from '../lexicon/verbs.ts';
import { vaguelyCountedFrom } from './vague-counts.ts';
import { reportingPeriod } from './reporting-period.ts';
import { RELATIVES, resumes, type Segment } from './segments.ts';
import { dayNumber, formatDay, parseDay, shiftDays } from '../timex/calendar.ts';
import {
  ORDERING_WORDS,
  PART_OF_DAY_WORD,
  TIME_OF_HAPPENING,
  WEEKDAY_WORD,
} from '../timex/lexicon.ts';

/** What the article has told so far that dates later reports. */
export interface DatingContext {
  /** Dates given by their own words, by participant, with the sentence that gave them. */
  threadDates: Map<string, Thread>;
  /** The day the lead says the story happened, if it says so (event-dates). */
  storyDay: EventDate | null;
  /** Whether the lead wrote the story's day as a calendar date ("June 1st"), not "Monday". */
  storyDayWritten: boolean;
  /**
   * The period of the last rise or fall the words dated, with its sentence: "Ford's sales
   * dropped 42% last month. GM reported a 49% decline.": results told in a row share it.
   */
  movesThread: Thread | null;
  /**
   * The day each speaker's words were dated to ("China Eastern Airlines stated on
   * Thursday"): a later "the company said" with no day of its own is that statement's.
   */
  sayingDays: Map<string, EventDate>;
}

/** A date the story told, the sentence that told it, and how. */
export interface Thread {
  date: EventDate;
  sentence: number;
  /** Told by a saying ("stated on Thursday"). */
  saying: boolean;
  /**
   * Told in the pluperfect ("had fallen 6 percent last week"): the story's past before its
   * day, which a further pluperfect goes on with and a plain past leaves.
   */
  backstory: boolean;
}

/** Whether a thread dates an event of the tense: a plain past does not go on with a backstory. */
function carriesOn(thread: Thread, tense: SentenceEvent['tense']): boolean {
  return !thread.backstory || tense === 'pluperfect';
}

export interface Dated {
  date: EventDate | null;
  basis: DateBasis | null;
  timex: Timex | null;
}

export function dateOf(
  draft: ArticleDraft,
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
  dates: ReadonlyMap<SentenceEvent, Dated>,
  heading: boolean,
  participants: readonly ParticipantRole[],
  context: DatingContext,
  sentenceIndex: number,
): Dated {
  const { words, segments } = read;
  const actual = event.modality === 'actual';
  // "upending a deal that Citigroup had struck earlier in the week": the noun a light verb
  // of its relative clause tells is dated by that verb, whatever the noun's clause says.
  const teller = event.toldByLightVerb === true ? event.governor : null;
  if (teller && segments[teller.segment]?.type === 'relative' && teller.segment !== event.segment)
    return (
      dates.get(teller) ??
      dateOf(draft, read, teller, timexes, dates, heading, participants, context, sentenceIndex)
    );
  // "The delivery, originally due later this year, will be delayed until October 2007":
  // what is put off is dated by its new day, not by the one it had.
  const newDay = postponedTo(read, event, timexes);
  if (newDay?.resolved)
    return {
      date: dateFromTimex(newDay.resolved, draft.published, 'future', false),
      basis: 'governing-timex',
      timex: newDay,
    };
  // "its largest drop since the September 11 attacks": what a record is measured from
  // happened some time before, not on the story's day.
  // ("since the reopening of markets": a gerund after "the" is as much a noun.)
  const gerund =
    /ing$/.test((words[event.trigger] as Word).lower) && words[event.trigger - 1]?.lower === 'the';
  // But one whose own date names it was then: "since the 1998 financial crisis", "since
  // the crash of October 1987".
  if ((event.pos === 'noun' || gerund) && measuresRecordFrom(words, event.trigger)) {
    const named = namingDate(words, event.trigger, draft.timexes);
    return named?.resolved
      ? {
          date: dateFromTimex(named.resolved, draft.published, 'past', true),
          basis: 'own-timex',
          timex: named,
        }
      : { date: null, basis: null, timex: null };
  }
  // "On Saturday he called the attacks an act of war": what a report names was done before
  // it, not on its day.
  const namer = event.governor;
  if (
    event.pos === 'noun' &&
    namer &&
    namesItsObject(words, namer) &&
    holds(namer.patient, event.trigger)
  )
    return { date: null, basis: null, timex: null };
  // "investors reacted for the first time to the bankruptcy of Lehman Brothers": a known
  // happening answered was before the answer, and its day is the one the story gave it.
  if (answersKnownEvent(read, event)) return { date: null, basis: null, timex: null };
  // "had fallen 504 points on the day of Lehman's bankruptcy", "resigned on the eve of the
  // summit": a happening that names the time of its clause is what that time is counted
  // from, and its own day is not its clause's (nor the article's).
  if (namesItsClauseTime(read, event)) return { date: null, basis: null, timex: null };
  // "its biggest drop since the markets reopened after the attacks": so is a clause, unless
  // its own words date it ("since the index was launched in 1984").
  if (inRecordSinceClause(read, event.segment)) {
    // (The date a record is measured from is no event date for the rest of the sentence,
    // so it is looked for among all the sentence's timexes.)
    const sentence = { start: (words[0] as Word).start, end: (words.at(-1) as Word).end };
    const named = ownTimex(read, event, within(draft.timexes, sentence));
    // (Its year written, as a record reaches back years: "since the exchange reopened after
    // the May 3 fire" names a year the text does not.)
    return named?.resolved?.stated.includes('year') === true
      ? {
          date: dateFromTimex(named.resolved, draft.published, 'past', actual),
          basis: 'own-timex',
          timex: named,
        }
      : { date: null, basis: null, timex: null };
  }
  // "fined on Wednesday for trying to rig rates": the cause of a punishment is not of its
  // day; only a date after the -ing form is the act's own ("for selling bonds in 2008").
  const punished = isPunishedAct(read, event);
  const named = punished ? dateAfterAct(read, event, timexes) : ownTimex(read, event, timexes);
  // "The Dow recovered part of Monday's 504-point fall": the day a move's object owns is that
  // other move's, not this one's; so for any verb the move follows ("The rally erased most
  // of last week's losses"; not "Friday's fall wiped out $1 trillion").
  // (A noun's too: "The rally reversed much of Friday's fall" was no rally of Friday's. But
  // what set the move off was then: "what caused Thursday's plunge".)
  const owner = named ? movesOwnedDate(words, named) : -1;
  const ownedByMove =
    owner >= 0 &&
    (event.pos === 'verb'
      ? event.kind === 'market-move' ||
        ((named as Timex).start > (words[event.trigger] as Word).start &&
          !EVENT_RELATING_VERBS.has(event.lemma))
      : owner !== event.trigger);
  const stated = ownedByMove ? null : named;
  if (punished && !stated) return { date: null, basis: null, timex: null };
  // "on September 19, days after the collapse of Lehman": some days off that day.
  const daysOff = vaguelyCountedFrom(words, event, timexes);
  if (daysOff)
    return { date: daysOff.date, basis: daysOff.date ? 'event-relative' : null, timex: null };
  // The date a "when" clause follows governs it, as a clause's date governs what it holds
  // ("since September 17, 2001, when trading resumed after the September 11 attacks": more
  // than a date that is a noun's).
  const nounsDate =
    stated !== null &&
    event.pos === 'verb' &&
    (isPossessiveDate(words, stated) || isAttributiveDate(words, stated));
  // "a three-week trial that began on July 30": the day its relative clause says it began.
  const begun = stated ? null : beganInRelativeClause(read, event, timexes);
  const whenThen =
    (stated && !nounsDate) || begun || (ownedByMove && segments[event.segment]?.marker !== 'when')
      ? null
      : dateBeforeWhenClause(read, segments[event.segment] as Segment, draft.timexes);
  const sinceClause = stated || whenThen ? null : sinceClauseTimex(read, event, timexes);
  const joined =
    stated || whenThen || sinceClause ? null : laterConjunctTimex(read, event, timexes);
  const own =
    (nounsDate ? (whenThen ?? stated) : stated) ??
    begun ??
    whenThen ??
    sinceClause ??
    joined ??
    pastComplementTimex(read, event, timexes, draft.published);
  if (own && !own.resolved) return { date: null, basis: null, timex: own };
  // "at 16:15 UTC, June 1st, … filed … earlier today" in an article published June 4:
  // the writer's today is the day the lead wrote out, not the day it was published.
  if (own?.resolved && context.storyDay && context.storyDayWritten && TODAY.test(own.text))
    return { date: context.storyDay, basis: 'story-day', timex: own };
  // "Earlier in the day" is the story's day; so is a quoted "today" ("“Today is a great
  // day,” he said" in an article published the day after): the speaker's day, not ours.
  const storyRelative =
    own && context.storyDay ? storyRelativeDay(read, own, context.storyDay, draft.published) : null;
  if (storyRelative) return { date: storyRelative, basis: 'own-timex', timex: own };
  if (own?.resolved) {
    const told = dateFromTimex(own.resolved, draft.published, datingTense(event), actual);
    const date = weekdayAfterReport(read, event, own, dates, told, draft.published) ?? told;
    const since = own === sinceClause || isSince(words, own);
    return {
      date: since ? lastsUntilPublished(event, date, draft.published) : date,
      basis: own === joined || own === whenThen || own === begun ? 'governing-timex' : 'own-timex',
      timex: own,
    };
  }
  // "GM posts first annual loss": a result covers a period before the day it is told
  // ("said on Tuesday that total sales improved": the sales' month, not the saying's day;
  // "compared to 141,951 units sold by GM": the month's too).
  const period =
    actual && draft.published && event.tense !== 'pluperfect'
      ? reportingPeriod(words, event, draft.published)
      : null;
  if (period) return { date: period, basis: 'reporting-period', timex: null };
  // "the first A380, made by Airbus, was delivered today", "airliners built by Boeing": a
  // bare participle that describes a thing tells no time of its own (but "a ceremony
  // attended by 5,000 guests" is at the ceremony's).
  // "was placed in administration on Monday, with PwC appointed to run it": what an absolute
  // "with" tells came with its clause's event, on its day.
  if (event.tense === 'participle' && event.passive && afterAbsoluteWith(words, event.trigger)) {
    const main = read.events.findLast(
      (other) =>
        other.pos === 'verb' && other.trigger < event.trigger && other.segment === event.segment,
    );
    const told = main ? dates.get(main) : undefined;
    if (told?.date)
      return {
        date: told.date,
        basis: isArticleDate(told.basis) ? told.basis : 'governing-timex',
        timex: null,
      };
  }
  if (event.tense === 'participle' && !describesHappening(words, event))
    return { date: null, basis: null, timex: null };
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
  const firstConjunct = firstConjunctDate(read, event, dates);
  if (firstConjunct) return { date: firstConjunct.date, basis: 'governing-timex', timex: null };
  // "will wear the livery when it arrives on November 11": the when-clause's date (or a
  // before-clause's day).
  const when = timeClauseTimex(read, event, timexes, draft.timexes);
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
    inheritsGoverningDate(event.tense, null) &&
    // "admitted Thursday night that … as it pays pensions": the present is still so.
    event.tense !== 'present'
  ) {
    // "2009 was a pivotal year and proof that our plan is working": a date that is the
    // outer clause's subject dates nothing in it.
    const outer = timexes.find(
      (timex) =>
        segmentOfOffset(words, segments, timex.start) === segment.parent &&
        !isDescribedDate(words, timex, words[event.trigger] as Word),
    );
    // "on Monday night, saying a leader was needed to break the deadlock": what a past
    // clause wanted done is not done on its day, nor a week later.
    // (A plan is on the day it was planned: "announced on Friday that it intends to buy".)
    const wantedBefore =
      !actual &&
      event.modality !== 'scheduled' &&
      event.tense === 'infinitive' &&
      outer?.resolved !== undefined &&
      outer.resolved !== null &&
      draft.published !== null &&
      outer.resolved.start.slice(0, 10) <= draft.published.slice(0, 10);
    if (outer?.resolved && !wantedBefore)
      return {
        date: dateFromTimex(outer.resolved, draft.published, datingTense(event), actual),
        basis: 'governing-timex',
        timex: null,
      };
  }
  // "Bill Gates, who founded Microsoft, said": a clause set off after a name to say who the
  // person is tells of their past, of no day of the story's (but "was founded in 1824 by
  // John Cadbury, who sold tea" is of the outer clause's date, above).
  if (tellsWhoTheyAre(read, event)) return { date: null, basis: null, timex: null };
  // "announced plans to close 1,100 dealerships", "agreed the purchase of 20 jets": what
  // an infinitive or an object plans is on the timeline the day it was planned, marked as
  // planned, not as done.
  const planner = governor ? dates.get(governor) : undefined;
  if (
    (event.tense === 'infinitive' || event.tense === 'nominal') &&
    event.modality === 'scheduled' &&
    governor?.modality === 'actual' &&
    !defers(governor.lemma) &&
    planner?.date
  )
    return { date: planner.date, basis: 'governing-timex', timex: null };
  // A headline's bare infinitive announces what happened or was planned that day: "China
  // Eastern Airlines to purchase twenty jets", "Singapore Airlines to be compensated".
  const headlineInfinitive = heading && event.tense === 'infinitive' && !event.governor;
  const inProgress = goingOnThen(read, event, dates);
  if (inProgress) return inProgress;
  if (event.tense === 'future' || (!actual && !headlineInfinitive))
    return { date: null, basis: null, timex: null };
  // "has made its maiden flight": the noun of a light verb is dated with the verb (not
  // "confirmed Kerry's trip": a confirming tells no trip's day).
  const datedByVerb = event.toldByLightVerb === true && governed?.date;
  // "stated on Thursday … The company said": the speaker's last dated saying.
  const sayingDay =
    event.eventClass === 'REPORTING'
      ? speakersDay(event, participants, timexes, draft.published, context)
      : null;
  if (sayingDay) return { date: sayingDay, basis: 'narrative-thread', timex: null };
  // "GM lost $6 billion in the first quarter. The firm said it had lost …": a pluperfect
  // goes back to the time the story just told of.
  // (Not a noun a verb of another time governs: "were challenged in 2006. … “Once we have
  // reviewed the details”" is no detail of 2006.)
  const nowGoverned =
    event.tense === 'nominal' &&
    governor?.pos === 'verb' &&
    governor.tense !== 'past' &&
    governor.tense !== 'pluperfect';
  if (
    (event.tense === 'past' || event.tense === 'nominal' || event.tense === 'pluperfect') &&
    !datedByVerb &&
    !nowGoverned
  ) {
    for (const participant of participants) {
      const thread = context.threadDates.get(participant.name);
      // "GM lost $6 billion in the first quarter. The firm said …": a saying is on a day,
      // not across the quarter the story just told of, and it is another saying's day, not
      // the day of what the story told ("signed the deal on June 15. The company said").
      const spansPeriod = thread?.date.end !== null && thread?.date.end !== undefined;
      // ("At the hearing on Thursday, Hayward apologized … But he told the lawmakers": a
      // sentence that opens with "but" or "and" goes on with the one before, at its time.)
      if (
        event.eventClass === 'REPORTING' &&
        (!thread ||
          spansPeriod ||
          (!thread.saying && !CONTINUING.has((words[0] as Word).lower)) ||
          tellsOfLaterDay(timexes, thread.date, draft.published))
      )
        continue;
      if (thread && sentenceIndex - thread.sentence <= 1 && carriesOn(thread, event.tense))
        return { date: thread.date, basis: 'narrative-thread', timex: null };
    }
  }
  // "Ford's sales dropped 42% last month. General Motors reported a 49% decline.": one
  // rise or fall after another is of the same period. (The moves one sentence tells
  // together are its clauses': firstConjunctDate, laterConjunctTimex.)
  // ("orders for durable goods fell 7.8 percent in January. In Europe, the FTSE 100 fell
  // 2.3 percent": an index moves on a day; a month's figure is no day of the market's.)
  // ("At one point the Nikkei had lost more than 4%, but it recovered": a past perfect's move
  // with no day of its own came earlier in the day told.)
  const moves = context.movesThread;
  if (
    event.kind === 'market-move' &&
    (event.tense === 'past' || event.tense === 'nominal' || event.tense === 'pluperfect') &&
    moves &&
    sentenceIndex - moves.sentence <= 1 &&
    carriesOn(moves, event.tense) &&
    !(!PRECISE.has(moves.date.granularity ?? '') && isIndexMove(draft, participants))
  )
    return { date: moves.date, basis: 'narrative-thread', timex: null };
  if (event.tense === 'pluperfect') return { date: null, basis: null, timex: null };
  if (governed?.date && inheritsGoverningDate(event.tense, governor?.tense ?? null))
    return { date: governed.date, basis: governed.basis, timex: null };
  // "are often justified by their speed, eliminating a tender", "had cut its forecast,
  // citing weak demand": an -ing clause set off after its verb is of that verb's time, and
  // has none when the verb has none (a habit, a backstory).
  if (governor && event.tense === 'gerund' && words[event.trigger - 1]?.text === ',')
    return { date: null, basis: null, timex: null };
  const tense = headlineInfinitive ? 'present' : event.tense;
  if (!draft.published || !takesPublicationDate(tense))
    return { date: null, basis: null, timex: null };
  // "… but negotiations had stalled": the subject of a pluperfect is older than the report.
  // (Not a future's: "the agreement will see jets delivered" tells of an agreement made.)
  const told = event.tense === 'nominal' && !governor ? verbOfSubject(read, event) : undefined;
  if (told?.tense === 'pluperfect') return { date: null, basis: null, timex: null };
  // "the price Ford offers is not important": the writer's present is true as the article
  // is written, not on the day the lead's story happened. Not a headline's present, which
  // tells that story, nor a speaker's ("“We build where we sell,” he said"), nor "X says".
  const now =
    tense === 'present' &&
    !heading &&
    event.eventClass !== 'REPORTING' &&
    !insideQuotation(words, (words[event.trigger] as Word).start);
  // "The plane is built with four engines", "airliners are selected by the government",
  // "it is registered F-WWOW": the writer's present passive tells a state or a habit, no
  // time (not "the test flights are being used", under way now).
  if (now && event.passive && !isUnderWayOrStillSo(words, event.trigger))
    return { date: null, basis: null, timex: null };
  if (context.storyDay && !now) return { date: context.storyDay, basis: 'story-day', timex: null };
  return { date: publicationDate(draft.published), basis: 'publication-date', timex: null };
}

/** Words that open a sentence going on with the one before: "But he told the lawmakers". */
const CONTINUING: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** A weekday alone, perhaps with its part of the day: "Wednesday", "on Friday night". */
const WEEKDAY_ONLY = new RegExp(`^(?:on\\s+)?${WEEKDAY_WORD}(?:\\s+${PART_OF_DAY_WORD})?$`, 'i');

/**
 * Whether the phrase of a happening's noun is what "the day of", "the eve of", "the
 * aftermath of" a phrase of its clause are of.
 */
function namesItsClauseTime(read: ReadSentence, event: SentenceEvent): boolean {
  const phrase = event.patient;
  if (event.pos !== 'noun' || !phrase || !holds(phrase, event.trigger)) return false;
  const { words } = read;
  return (
    words[phrase.first - 1]?.lower === 'of' &&
    TIME_OF_HAPPENING.has(words[phrase.first - 2]?.lower ?? '') &&
    words[phrase.first - 3]?.lower === 'the'
  );
}

/**
 * Whether a noun of an event, pointed back to by "the" or a possessive, is what a verb of
 * answering takes after its "to".
 */
function answersKnownEvent(read: ReadSentence, event: SentenceEvent): boolean {
  const phrase = event.patient;
  if (event.pos !== 'noun' || !phrase) return false;
  const { words } = read;
  const opener = (words[phrase.first] as Word).lower;
  const definite =
    opener === 'the' ||
    POSSESSIVE_PRONOUNS.has(opener) ||
    words.slice(phrase.first, event.trigger).some(isApostropheS);
  if (!definite) return false;
  return read.events.some(
    (verb) =>
      verb.pos === 'verb' &&
      REACTING_VERBS.has(verb.lemma) &&
      verb.trigger < phrase.first &&
      words[phrase.first - 1]?.lower === 'to' &&
      verb.others.some((other) => holds(other, event.trigger)),
  );
}

/**
 * "Obama said on Tuesday that he would meet the chairman on Wednesday", in an article of
 * Thursday: a weekday that a report dated to a day looks ahead to is the first after the
 * report's day, not the first after the article's (the Wednesday between them, not the
 * next week's).
 */
function weekdayAfterReport(
  read: ReadSentence,
  event: SentenceEvent,
  own: Timex,
  dates: ReadonlyMap<SentenceEvent, Dated>,
  date: EventDate,
  published: string | null,
): EventDate | null {
  const reporter = event.governor;
  if (
    !published ||
    !date.start ||
    !WEEKDAY_ONLY.test(own.text) ||
    read.segments[event.segment]?.type !== 'complement' ||
    reporter?.eventClass !== 'REPORTING'
  )
    return null;
  const reportDay = dates.get(reporter)?.date?.start?.slice(0, 10);
  const day = parseDay(date.start);
  if (!reportDay || !day) return null;
  // (A weekday read as the nearest to the date line, as a reported "would" puts it, that
  // falls before the report's day is the one after it: "said on Tuesday that he would
  // meet him on Monday", told on Thursday, is the coming Monday; not one of a past told:
  // "said there was some alignment after meeting with Obama on Monday".)
  if (formatDay(day) < reportDay && event.modality === 'scheduled')
    return { ...date, start: formatDay(shiftDays(day, 7)) + date.start.slice(10) };
  if (formatDay(day) <= published.slice(0, 10)) return null;
  const weekBefore = formatDay(shiftDays(day, -7));
  return weekBefore > reportDay ? { ...date, start: weekBefore + date.start.slice(10) } : null;
}

/** Whether what moved is a market index the article names ("the FTSE 100 fell"). */
function isIndexMove(draft: ArticleDraft, participants: readonly ParticipantRole[]): boolean {
  return participants.some(
    (participant) =>
      participant.role === 'agent' &&
      draft.entities.some(
        (entity) => entity.kind === 'index' && entity.canonical === participant.name,
      ),
  );
}

/**
 * "declared a state of emergency on Thursday and released 50 million euros": a verb joined
 * to another with no subject of its own is of the same occasion, dated by the other's own
 * date when both are in the same tense ("was founded in 1903 and employs 200,000" is not).
 * So is a past clause joined with a subject of its own, when it tells no saying:
 * "Caterpillar said on Friday that its profit had fallen, and its shares dropped 4
 * percent", "The FTSE lost 5.5 percent on Monday, and the DAX fell 7.2 percent" (not
 * "were redesigned last year, and analysts said": a saying is of its own day). So is a
 * backstory's: "On Monday, the Dow had fallen 80 points, and the S&P 500 had ended at 676".
 */
function firstConjunctDate(
  read: ReadSentence,
  event: SentenceEvent,
  dates: ReadonlyMap<SentenceEvent, Dated>,
): Dated | null {
  const segment = read.segments[event.segment] as Segment;
  if (segment.type !== 'coordinate' || segment.parent === null) return null;
  const ownSubject = !joinsWithoutSubject(read, event);
  if (
    ownSubject &&
    (event.pos !== 'verb' ||
      (event.tense !== 'past' && event.tense !== 'pluperfect') ||
      event.modality !== 'actual' ||
      event.eventClass === 'REPORTING')
  )
    return null;
  const before = (other: SentenceEvent) =>
    other.segment === segment.parent && other.pos === 'verb' && other.trigger < event.trigger;
  const first = read.events.findLast(
    (other) => before(other) && (other.tense === event.tense || sameFormPastOf(read, other, event)),
  );
  const dated = first
    ? dates.get(first)
    : frontedDate(
        read,
        read.events.findLast((other) => before(other) && isPastPair(other, event)),
        dates,
      );
  // ("in 2009, when Jobs took a leave and received a transplant": the first's date may be
  // the clause's it hangs from.)
  return dated?.date && (dated.basis === 'own-timex' || dated.basis === 'governing-timex')
    ? dated
    : null;
}

/**
 * "On Wednesday, the Dow had gained 29 points, and the Nasdaq rose": a date set before the
 * first clause's verb opens the whole sentence, whatever the tense of each clause; one
 * after it ("had gained 29 points on Wednesday, and the Nasdaq rose") is the first's alone.
 */
function frontedDate(
  read: ReadSentence,
  first: SentenceEvent | undefined,
  dates: ReadonlyMap<SentenceEvent, Dated>,
): Dated | undefined {
  const dated = first ? dates.get(first) : undefined;
  const timex = dated?.timex;
  if (!timex) return undefined;
  return read.words.some((word) => word.start < timex.start && isVerbOrAuxiliary(word))
    ? undefined
    : dated;
}

/** A simple past and a past perfect, in either order: both told as done. */
function isPastPair(first: SentenceEvent, event: SentenceEvent): boolean {
  const tenses = new Set([first.tense, event.tense]);
  return tenses.size === 2 && tenses.has('past') && tenses.has('pluperfect');
}

/**
 * "Last Wednesday, the central banks cut rates, and the Fed lowered its rate": a verb whose
 * past is written as its present ("cut", "set", "hit"), read as a present, is the past of
 * a past joined to it (dated by a date of its own or of its clause, that date is taken).
 */
function sameFormPastOf(read: ReadSentence, first: SentenceEvent, event: SentenceEvent): boolean {
  return (
    event.tense === 'past' &&
    first.tense === 'present' &&
    isSameFormPast((read.words[first.trigger] as Word).lower)
  );
}

/**
 * "One of the A380s is flying to Chicago; the airplane will be carrying 500 people": a
 * future progressive with no date of its own tells what will be going on at the time of the
 * clause it joins, when that clause is of the present or the future (not "met on Friday and
 * will be meeting again", nor "will be cutting jobs", open).
 */
function goingOnThen(
  read: ReadSentence,
  event: SentenceEvent,
  dates: ReadonlyMap<SentenceEvent, Dated>,
): Dated | null {
  if (event.tense !== 'future' || !isProgressive(read.words, event.trigger)) return null;
  const parent = read.segments[event.segment]?.parent ?? null;
  if (parent === null) return null;
  const outer = read.events.findLast(
    (other) => other.segment === parent && other.pos === 'verb' && other.trigger < event.trigger,
  );
  if (!outer || (outer.tense !== 'present' && outer.tense !== 'future')) return null;
  const dated = dates.get(outer);
  if (!dated?.date) return null;
  const basis = isArticleDate(dated.basis) ? dated.basis : 'governing-timex';
  return { date: dated.date, basis, timex: null };
}

/**
 * "Bill Gates, who founded Microsoft", "Kline, who had run the bank's Asian arm", "Jobs,
 * who had been treated for cancer": an active past or any pluperfect in a "who" clause after
 * a name and a comma (not "The mayor, who visited the site", "Smith, who was arrested at
 * the scene", nor "Hollande, who was watching the match", all the story's).
 */
function tellsWhoTheyAre(read: ReadSentence, event: SentenceEvent): boolean {
  if (event.pos !== 'verb' || isProgressive(read.words, event.trigger)) return false;
  const background = event.tense === 'pluperfect' || (event.tense === 'past' && !event.passive);
  if (!background) return false;
  const segment = read.segments[event.segment] as Segment;
  if (segment.type !== 'relative' || segment.marker !== 'who') return false;
  // ("Piñera, who greeted each man as he emerged": a clause of its own time in it tells the
  // story, not who he is.)
  const timed = read.segments.some(
    (other) => other.parent === event.segment && STORY_TIME_OPENERS.has(other.marker ?? ''),
  );
  const comma = read.words[segment.first - 1];
  return !timed && comma?.text === ',' && read.words[segment.first - 2]?.pos === 'PROPN';
}

/** Markers of a clause that tells when: "as he emerged", "when the mine collapsed". */
const STORY_TIME_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before']);

/** "will be carrying", "was watching": an -ing head right after a form of "be". */
function isProgressive(words: readonly Word[], head: number): boolean {
  return /ing$/.test((words[head] as Word).lower) && BE_FORMS.has(words[head - 1]?.lower ?? '');
}

/**
 * "The first flight will take off from Singapore and land in Sydney on October 25": the
 * date that ends a verb joined to another with no subject of its own dates both, when the
 * first has none of its own and both are in the same tense; and the first one's subject,
 * the flight, with them. So does the date that ends a list of market moves: "the Nikkei
 * fell 3.7 percent and the Hang Seng fell 5.2 percent on Monday".
 */
function laterConjunctTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | null {
  const verb = event.pos === 'verb' ? event : verbOfSubject(read, event);
  if (!verb) return null;
  const later = read.events.find(
    (other) =>
      other.pos === 'verb' &&
      other.trigger > verb.trigger &&
      other.tense === verb.tense &&
      read.segments[other.segment]?.parent === verb.segment &&
      (joinsWithoutSubject(read, other) || bothMarketMoves(read, verb, other)),
  );
  const timex = later ? ownTimex(read, later, timexes) : null;
  if (!timex) return null;
  const after = (read.words[(later as SentenceEvent).trigger] as Word).end;
  // ("… and fly to Sydney for the celebrations on November 16": a date right after another
  // happening's noun may be that noun's alone; only a date the joined verb surely has.)
  const nounBetween = read.events.some((other) => {
    const word = read.words[other.trigger] as Word;
    return other.pos === 'noun' && word.start >= after && word.end <= timex.start;
  });
  return timex.start > after && !nounBetween ? timex : null;
}

/** Two market moves, the second in a clause joined to the first's ("…, and the DAX fell"). */
function bothMarketMoves(read: ReadSentence, a: SentenceEvent, b: SentenceEvent): boolean {
  return (
    a.kind === 'market-move' &&
    b.kind === 'market-move' &&
    read.segments[b.segment]?.type === 'coordinate'
  );
}

/** A verb of a joined clause with only "and" (or the like) and adverbs before it: no subject. */
function joinsWithoutSubject(read: ReadSentence, event: SentenceEvent): boolean {
  const segment = read.segments[event.segment] as Segment;
  if (segment.type !== 'coordinate' || segment.parent === null || event.pos !== 'verb')
    return false;
  for (let index = segment.first; index < event.trigger; index++) {
    const pos = (read.words[index] as Word).pos;
    if (pos !== 'CCONJ' && pos !== 'ADV' && pos !== 'AUX' && pos !== 'PUNCT') return false;
  }
  return true;
}

/**
 * "China Eastern Airlines stated on Thursday … The company said": a past saying with no
 * day of its own is on the day its speaker was last dated speaking. Not when its sentence
 * tells of a later day ("announced Wednesday … spoke Thursday, the ministry said"): a
 * report does not come before what it tells.
 */
function speakersDay(
  event: SentenceEvent,
  participants: readonly ParticipantRole[],
  timexes: readonly Timex[],
  published: string | null,
  context: DatingContext,
): EventDate | null {
  if (event.tense !== 'past' || event.modality !== 'actual') return null;
  const speaker = participants.find((participant) => participant.role === 'agent');
  const day = speaker ? context.sayingDays.get(speaker.name) : undefined;
  return day && !tellsOfLaterDay(timexes, day, published) ? day : null;
}

/**
 * Whether a sentence tells of a past day after `date`'s first day. (A day still to come
 * is a plan told: "said that the ships would sail in May".)
 */
function tellsOfLaterDay(
  timexes: readonly Timex[],
  date: EventDate,
  published: string | null,
): boolean {
  const first = date.start?.slice(0, 10);
  const last = published?.slice(0, 10);
  return timexes.some((timex) => {
    const day = timex.resolved?.start.slice(0, 10);
    return first !== undefined && day !== undefined && day > first && (!last || day <= last);
  });
}

/** Whether a participle's noun (what it tells of) is itself a happening: "a ceremony". */
function describesHappening(words: readonly Word[], event: SentenceEvent): boolean {
  const noun = event.passive ? event.patient : event.agent;
  const head = noun ? words[noun.last] : undefined;
  return head !== undefined && isEventNounWord(head);
}

/** The verb whose subject holds a nominal event ("negotiations had stalled"), if any. */
function verbOfSubject(read: ReadSentence, event: SentenceEvent): SentenceEvent | undefined {
  return read.events.find((verb) => {
    const subject = verb.passive ? verb.patient : verb.agent;
    return (
      verb.pos === 'verb' &&
      verb.segment === event.segment &&
      verb.trigger > event.trigger &&
      holds(subject, event.trigger)
    );
  });
}

/**
 * The day an event is put off to: the "until" or "to" date of a deferring verb whose
 * object or subject the event is ("delayed the tour until May", "the delivery will be
 * delayed until October 2007").
 */
function postponedTo(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | undefined {
  if (event.pos !== 'noun') return undefined;
  const { words, segments } = read;
  const deferring = read.events.find(
    (verb) =>
      verb.pos === 'verb' &&
      defers(verb.lemma) &&
      (event.governor === verb || (verb.passive && holds(verb.patient, event.trigger))),
  );
  if (!deferring) return undefined;
  return timexes.find(
    (timex) =>
      timex.start > (words[deferring.trigger] as Word).end &&
      isPostponedDay(words, timex) &&
      segmentOfOffset(words, segments, timex.start) === deferring.segment,
  );
}

const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'to']);

/** Verbs that fix the day of something else: "set sentencing for July 29". */
const SETTING: ReadonlySet<string> = new Set(['set', 'schedule', 'fix', 'slate', 'call']);

/** Whether a date after "for" follows the verb's object, as the day it is set for. */
function isSetForDay(words: readonly Word[], event: SentenceEvent, timex: Timex): boolean {
  const before = words.findIndex((word) => word.start === timex.start) - 1;
  // At least the object between the verb and "for" ("set for Tuesday" sets nothing named).
  return !event.passive && before > event.trigger + 1 && words[before]?.lower === 'for';
}

/** Whether a date follows "until", "till" or "to": a day something is put off to. */
function isPostponedDay(words: readonly Word[], timex: Timex): boolean {
  return UNTIL.has(wordBeforeTimex(words, timex)?.lower ?? '');
}

/** The word right before the one a date begins with, if any. */
function wordBeforeTimex(words: readonly Word[], timex: Timex): Word | undefined {
  const at = words.findIndex((word) => word.start === timex.start);
  return at > 0 ? words[at - 1] : undefined;
}

/** Whether a "not" or "never" stands between two offsets. */
function negatedBetween(words: readonly Word[], start: number, end: number): boolean {
  return words.some(
    (word) =>
      word.start >= start &&
      word.end <= end &&
      (word.negated || /^(?:not|never)$/.test(word.lower)),
  );
}

/** Whether a date follows "until" or "till": the day a state lasts to. */
function isEndDay(words: readonly Word[], timex: Timex): boolean {
  const at = words.findIndex((word) => word.start === timex.start);
  // ("until at least the middle of 2013".)
  const skip = words[at - 1]?.lower === 'least' && words[at - 2]?.lower === 'at' ? 2 : 0;
  const before = words[at - 1 - skip]?.lower;
  return at > 0 && (before === 'until' || before === 'till');
}

/**
 * Where a relative clause of the noun at `index` would open: right after it, after its
 * comma, or after the amount its "of" gives ("the record close of 14,164.53 that it
 * reached on October 9").
 */
function relativeClauseOpening(words: readonly Word[], index: number): number {
  let at = index + 1;
  if (words[at]?.lower === 'of' && words[at + 1]?.pos === 'NUM') {
    at += 2;
    while (words[at]?.pos === 'NUM' || words[at]?.text === '%' || words[at]?.lower === 'percent')
      at += 1;
  }
  return words[at]?.text === ',' ? at + 1 : at;
}

/**
 * The day a relative clause right after a happening's noun says it began ("a trial that
 * began on July 30", "the strike, which started on Monday"), or says its subject had it
 * ("the 13.2% rise it recorded on October 2, 1990", "the deal that Lund signed in May"),
 * if it says one.
 */
function beganInRelativeClause(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | null {
  if (event.pos !== 'noun') return null;
  const { words, segments } = read;
  const opening = relativeClauseOpening(words, event.trigger);
  const clause = segments.findIndex(
    (segment) => segment.type === 'relative' && segment.first === opening,
  );
  if (clause < 0) return null;
  const telling = read.events.find(
    (other) =>
      other.segment === clause &&
      other.pos === 'verb' &&
      (INCEPTIVE.has(other.lemma) ||
        ((RECORDING_VERBS.has(other.lemma) || DEAL_LIGHT_VERBS.has(other.lemma)) &&
          other.agent !== null &&
          (other.patient === null || holds(other.patient, event.trigger)))),
  );
  return telling ? ownTimex(read, telling, timexes) : null;
}

/**
 * The date a "when" clause right after it tells of ("since September 2000, when it acted to
 * support the euro", "in 2009, when the plant closed"): any of the article's dates, even one
 * the sentence's events do not take (a record's start).
 */
function dateBeforeWhenClause(
  read: ReadSentence,
  segment: Segment,
  articleTimexes: readonly Timex[],
): Timex | null {
  const { words } = read;
  if (segment.marker !== 'when') return null;
  let before = segment.first - 1;
  if (words[before]?.lower === 'when') before -= 1;
  if (words[before]?.text === ',') before -= 1;
  const end = words[before]?.end;
  if (end === undefined) return null;
  // ("since the 1998 financial crisis, when the government defaulted": the date naming the
  // noun before it; "Friday's 9.6% fall, when the index closed": the move's own.)
  if (words[before]?.pos !== 'NOUN')
    return articleTimexes.find((timex) => timex.end === end && timex.resolved) ?? null;
  return (
    articleTimexes.find((timex) => timex.end === end && timex.resolved) ??
    namingDate(words, before, articleTimexes) ??
    articleTimexes.find(
      (timex) => timex.resolved && timex.end < end && movesOwnedDate(words, timex) === before,
    ) ??
    null
  );
}

/** The date of a "when" clause the event's clause governs. */
function timeClauseTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
  articleTimexes: readonly Timex[],
): Timex | undefined {
  const { words, segments } = read;
  return timexes.find((timex) => {
    const segment = segments[segmentOfOffset(words, segments, timex.start)];
    if (segment?.parent !== event.segment) return false;
    // "its largest drop since September 17, 2001, when trading resumed after the September
    // 11 attacks": a "when" clause after a date tells of that date, not of this clause.
    if (dateBeforeWhenClause(read, segment, articleTimexes)) return false;
    // "was suspended before the market opened on Monday": what went before a day's event,
    // told with no date of its own, was that day (not "had struggled for years before it
    // collapsed in 2008").
    return (
      segment.marker === 'when' ||
      (segment.marker === 'before' &&
        event.tense !== 'pluperfect' &&
        // ("came hours before Lehman filed early on Monday" was on the Sunday.)
        !TIME_UNIT.test(words[segment.first - 1]?.lower ?? '') &&
        timex.resolved !== null &&
        timex.resolved !== undefined &&
        PRECISE.has(timex.resolved.granularity))
    );
  });
}

/** A unit of time, counting how long before or after: "hours before", "days after". */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

const TODAY = /^(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))$/i;
const IN_THE_DAY = /^(?:earlier|later) in the day$/i;
const DEICTIC_DAY = /^(?:earlier |later )?(?:today|tonight|tomorrow|yesterday)$/i;

/**
 * A day told from the story's day rather than from publication: "earlier in the day" (the
 * day being told), and a day a quoted speaker counts from the day they spoke.
 */
function storyRelativeDay(
  read: ReadSentence,
  own: Timex,
  story: EventDate,
  published: string | null,
): EventDate | null {
  if (IN_THE_DAY.test(own.text)) return story;
  if (!DEICTIC_DAY.test(own.text) || !insideQuotation(read.words, own.start)) return null;
  const storyStart = story.start ? parseDay(story.start) : null;
  const said = own.resolved ? parseDay(own.resolved.start.slice(0, 10)) : null;
  const publication = published ? parseDay(published.slice(0, 10)) : null;
  if (!storyStart || !said || !publication) return null;
  const offset = dayNumber(said) - dayNumber(publication);
  return { ...story, start: formatDay(shiftDays(storyStart, offset)) };
}

/** A date with its month and day written out ("June 1st", "1 June 2009"). */
export function isCalendarDay(timex: Timex): boolean {
  const stated = timex.resolved?.stated ?? [];
  return stated.includes('month') && stated.includes('day');
}

/**
 * "Ford agreed to sell Volvo on Friday", "decided last week to close the plant": a date
 * after a past verb's infinitive that its clause reads as past is the day of the agreeing
 * or deciding too (the selling is only planned). So for an -ing form a past verb governs:
 * "completed the takeover on January 1, after agreeing to buy the bank in September".
 */
function pastComplementTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
  published: string | null,
): Timex | null {
  const past =
    event.tense === 'past' || (event.tense === 'gerund' && event.governor?.tense === 'past');
  if (event.pos !== 'verb' || !past || event.modality !== 'actual') return null;
  const complement = read.events.find(
    (other) => other.governor === event && other.tense === 'infinitive',
  );
  if (!complement || !published) return null;
  const timex = ownTimex(read, complement, timexes);
  return timex?.resolved && timex.resolved.start <= published.slice(0, 10) ? timex : null;
}

/**
 * The tense that places a date: "defeated Boeing on Friday to win the order" is a past win,
 * not a future one; only a planned or expected infinitive looks ahead.
 */
function datingTense(event: SentenceEvent): SentenceEvent['tense'] {
  if (event.tense !== 'infinitive') return event.tense;
  // "completed the takeover on January 1, after agreeing to buy the bank in September":
  // an -ing form tells no time; the verb it hangs on does.
  let governor = event.governor;
  while (governor?.governor && (governor.tense === 'gerund' || governor.tense === 'participle'))
    governor = governor.governor;
  const governing = governor?.tense;
  // "agreed to be bought … on Sunday", "decided to close the plant on Friday": after a
  // past the date read from its clause stands (it is no later Sunday).
  if (governing === 'past' || governing === 'perfect' || governing === 'pluperfect')
    return event.modality === 'actual' ? governing : 'nominal';
  return event.modality === 'actual' ? (governing ?? 'present') : event.tense;
}

/**
 * The date in the event's own clause nearest its trigger. A verb's date is not one set off
 * by commas after another verb: "development, begun two years ago, has been pushed back"
 * was not pushed back two years ago.
 */
export function ownTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | null {
  const { words, segments } = read;
  const trigger = words[event.trigger] as Word;
  const rivals = read.events.filter(
    (other) =>
      other !== event &&
      other.pos === 'verb' &&
      other.segment === event.segment &&
      !isMoveResult(other, event),
  );
  // The sentence's comma ends, found once: which comma-set part holds an offset.
  const commas = words.filter((word) => word.text === ',').map((word) => word.end);
  // Where the event's own verb phrase begins and ends among phrases joined by "and", once
  // for all its candidate dates.
  const ownStart =
    event.pos !== 'verb'
      ? null
      : event.tense === 'gerund'
        ? (prepositionOpening(words, event.trigger) ?? conjunctionOpening(words, event.trigger))
        : conjunctionOpening(words, event.trigger);
  const nextPhrase = nextConjunctVerb(words, event.trigger);
  const chunkOf = (offset: number) => commas.filter((end) => end <= offset).length;
  // Whether a date follows the verb in its comma-set part with only prepositions and
  // adverbs between ("released on Wednesday", "said late on Friday").
  const saysOwnDay =
    event.pos === 'verb' &&
    timexes.some(
      (timex) =>
        timex.start >= trigger.end &&
        chunkOf(timex.start) === chunkOf(trigger.start) &&
        words.every(
          (word) =>
            word.start < trigger.end || word.start >= timex.start || /^(?:ADP|ADV)$/.test(word.pos),
        ),
    );
  let best: Timex | null = null;
  let distance = Infinity;
  for (const timex of timexes) {
    const segment = segmentOfOffset(words, segments, timex.start);
    if (
      segment !== event.segment &&
      !isFrontedPhrase(read, segment, event.segment) &&
      !(event.pos === 'verb' && resumes(segments, segment, event.segment))
    )
      continue;
    if (!canDate(read, event, timex)) continue;
    // "delayed the tour until May": May is the tour's new day, not the delaying's; "set
    // sentencing for July 29": July 29 is the sentencing's, not the setting's.
    if (defers(event.lemma) && isPostponedDay(words, timex)) continue;
    if (event.pos === 'verb' && SETTING.has(event.lemma) && isSetForDay(words, event, timex))
      continue;
    // "its largest loss since the 416-point drop on February 27": a date after a record's
    // "since" is what the record is measured from.
    if (measuredFrom(words, event, timex)) continue;
    // "Trading was suspended until Monday": when a state ends, not when it began (but "will
    // not be announced until Tuesday" is Tuesday's).
    // (After the event, with no "not" between: "are not due until October" tells the
    // deliveries' day, and "has until the end of May to restructure" a deadline.)
    if (
      event.modality !== 'denied' &&
      timex.start > trigger.end &&
      isEndDay(words, timex) &&
      !negatedBetween(words, trigger.end, timex.start)
    )
      continue;
    const gap = gapBetween(trigger, timex);
    const aside = chunkOf(timex.start);
    // (Not a participle opening the sentence: "Speaking at the White House on Friday, Obama
    // said" said it there and then.)
    if (
      event.pos === 'verb' &&
      aside !== chunkOf(trigger.start) &&
      rivals.some((rival) => {
        const verb = words[rival.trigger] as Word;
        return (
          verb.end <= timex.start && chunkOf(verb.start) === aside && !opensWithParticiple(rival)
        );
      })
    )
      continue;
    // "will now receive the aircraft next month": "now" yields to a date of the calendar.
    // "posted a loss for its third quarter last week": the period a result is for is the
    // result's; the posting is dated by another date of the clause, if it has one.
    // "lost its appeal against a 2004 antitrust decision on Monday": a date that modifies
    // the event's noun is the noun's before any date after it.
    const modifies = event.pos === 'noun' && holds(modifiedNoun(words, timex), event.trigger);
    const rank =
      (modifies ? -1 : gap) +
      // "Minutes of the meeting on December 11, released on Wednesday, showed": across a
      // comma, a nearer date is another part's when the verb's own part says its day.
      (saysOwnDay && aside !== chunkOf(trigger.start) ? OTHER_ASIDE_PENALTY : 0) +
      (timex.value === 'PRESENT_REF' ? PRESENT_REF_PENALTY : 0) +
      (event.pos === 'verb' && isPeriodMeasured(words, timex) ? PERIOD_MEASURED_PENALTY : 0) +
      // "will publish the minutes of Thursday's meeting on November 19", "resumed after the
      // September 11 attacks": a day's possessive, or a date before a noun, dates the noun;
      // the verb's own day is another date of its clause, if it has one.
      (event.pos === 'verb' && (isPossessiveDate(words, timex) || isAttributiveDate(words, timex))
        ? PERIOD_MEASURED_PENALTY
        : 0) +
      // "sales were strong in May and rose 8% in June", "is currently under development and
      // scheduled to enter service in 2008": a date of another verb phrase joined by "and"
      // (before the event's own, or after the next) dates the event only when its own phrase
      // has none.
      ((ownStart !== null && timex.end <= (words[ownStart] as Word).start) ||
      (nextPhrase !== null && (words[nextPhrase] as Word).end <= timex.start)
        ? OTHER_CONJUNCT_PENALTY
        : 0);
    if (rank < distance) {
      best = timex;
      distance = rank;
    }
  }
  return best ? (restatedFiner(words, best, timexes) ?? best) : null;
}

/**
 * "had last cut rates a month ago, on February 5": a date set off right after another,
 * finer than it or written out as a day of a month, says the same time more exactly.
 */
function restatedFiner(
  words: readonly Word[],
  timex: Timex,
  timexes: readonly Timex[],
): Timex | undefined {
  const comma = words.find((word) => word.start >= timex.end);
  if (comma?.text !== ',' || !timex.resolved) return undefined;
  const after = words.find((word) => word.start > comma.start);
  const from = after?.lower === 'on' ? words.find((word) => word.start > after.start) : after;
  const next = timexes.find((other) => other.start === from?.start);
  if (!next?.resolved) return undefined;
  const finer =
    granularityRank(next.resolved.granularity) - granularityRank(timex.resolved.granularity);
  // ("only a week earlier, on February 20": the day written out says it as well, and
  // surer than one counted.)
  return finer > 0 || (finer === 0 && isCalendarDay(next) && !isCalendarDay(timex))
    ? next
    : undefined;
}

/**
 * The "and" or "but" right before a verb's phrase, past its auxiliaries and adverbs ("…
 * and has since risen"): the verb is the second of two joined phrases.
 */
function conjunctionOpening(words: readonly Word[], verb: number): number | null {
  const at = openerBefore(words, verb, /^(?:AUX|ADV|PART)$/);
  return /^(?:and|but)$/.test(words[at]?.lower ?? '') ? at : null;
}

/**
 * The preposition right before a gerund's phrase ("was criticized on Sunday for taking a
 * day off on Saturday"): the phrase is the gerund's own, a date before it its governor's.
 */
function prepositionOpening(words: readonly Word[], verb: number): number | null {
  const at = openerBefore(words, verb, /^ADV$/);
  return /^(?:ADP|SCONJ)$/.test(words[at]?.pos ?? '') ? at : null;
}

/** The word before a verb, past the words of its phrase whose tags `skipped` matches. */
function openerBefore(words: readonly Word[], verb: number, skipped: RegExp): number {
  let at = verb - 1;
  while (at >= 0 && skipped.test((words[at] as Word).pos)) at--;
  return at;
}

/**
 * The verb of the next phrase joined by "and" or "but" after the trigger ("… under
 * development and scheduled to enter"), past its auxiliaries and adverbs: a date after it
 * is that phrase's.
 */
function nextConjunctVerb(words: readonly Word[], trigger: number): number | null {
  for (let at = trigger + 1; at < words.length; at++) {
    if (!/^(?:and|but)$/.test((words[at] as Word).lower)) continue;
    let verb = at + 1;
    while (verb < words.length && /^(?:AUX|ADV|PART)$/.test((words[verb] as Word).pos)) verb++;
    if (words[verb]?.pos === 'VERB') return verb;
  }
  return null;
}

/** Whether an event is an -ing form opening its sentence ("Speaking on Friday, …"). */
function opensWithParticiple(event: SentenceEvent): boolean {
  return event.trigger === 0 && event.pos === 'verb' && event.tense === 'gerund';
}

/**
 * "In 2015, when the plant closed, 500 workers lost their jobs": a phrase with no verb that
 * opens the sentence before a clause of its own belongs to the main clause after them.
 */
function isFrontedPhrase(read: ReadSentence, segment: number, main: number): boolean {
  const phrase = read.segments[segment];
  if (!phrase || phrase.first !== 0 || phrase.parent !== main) return false;
  return read.words
    .slice(phrase.first, phrase.last + 1)
    .every((word) => word.pos !== 'VERB' && word.pos !== 'AUX');
}

/**
 * Whether a timex is a possessive ("Friday's") after a preposition that relates the verb to
 * another time or level ("after Friday's quake", "from Monday's close"), not one that names
 * the verb's occasion ("defeated him in Sunday's runoff", "at Monday's meeting").
 */
function ownsNounAfterPreposition(words: readonly Word[], timex: Timex): boolean {
  if (!ownsNoun(words, timex)) return false;
  const before = words.findLast((word) => word.end <= timex.start);
  return before !== undefined && RELATING_PREPOSITIONS.has(before.lower);
}

/** Prepositions that set one happening before or after another ("after", "since"). */
const ORDERING_PREPOSITIONS: ReadonlySet<string> = new Set(ORDERING_WORDS);

/** Words between a noun and the day it happened: "the reduction on September 18", "of". */
const DAY_OF_NOUN: ReadonlySet<string> = new Set(['on', 'of']);

/**
 * Whether `timex` follows "on" or "of" right after the noun of another event, in a phrase
 * that a preposition ordering it with `event` opens after it ("after its reduction on
 * September 18", "before the sell-off of February 27"; not "the leadup to the celebrations
 * on November 16", told of the flights before).
 */
function datesRelatedNoun(read: ReadSentence, event: SentenceEvent, timex: Timex): boolean {
  const { words } = read;
  const at = words.findIndex((word) => word.start === timex.start);
  if (at < 2 || !DAY_OF_NOUN.has(words[at - 1]?.lower ?? '')) return false;
  const noun = at - 2;
  if (noun <= event.trigger) return false;
  if (!read.events.some((other) => other.pos === 'noun' && other.trigger === noun)) return false;
  for (let between = noun - 1; between > event.trigger; between--) {
    const word = words[between] as Word;
    if (ORDERING_PREPOSITIONS.has(word.lower)) return true;
    if (word.pos === 'VERB' || word.pos === 'AUX') return false;
  }
  return false;
}

/**
 * Whether a timex stands between an article and a noun ("after the September 11 attacks"),
 * but not in a phrase naming the verb's occasion ("killed in the September 11 attacks").
 */
function isAttributiveDate(words: readonly Word[], timex: Timex): boolean {
  const at = words.findIndex((word) => word.start >= timex.end);
  const first = words.findIndex((word) => word.start === timex.start);
  return (
    words[first - 1]?.pos === 'DET' &&
    words[at]?.pos === 'NOUN' &&
    !OCCASION_PREPOSITIONS.has(words[first - 2]?.lower ?? '')
  );
}

/**
 * Whether a timex is a possessive ("the minutes of Thursday's meeting"), but not in a
 * phrase naming the verb's occasion ("defeated him in Sunday's runoff").
 */
export function isPossessiveDate(words: readonly Word[], timex: Timex): boolean {
  const first = words.findIndex((word) => word.start === timex.start);
  return ownsNoun(words, timex) && !OCCASION_PREPOSITIONS.has(words[first - 1]?.lower ?? '');
}

/**
 * The market move whose own date `timex` is, its index (else -1): after a possessive date
 * ("Monday's 504-point fall", "the previous day's losses") or before its "of" ("the losses
 * of last week").
 */
function movesOwnedDate(words: readonly Word[], timex: Timex): number {
  const first = words.findIndex((word) => word.start >= timex.start);
  const noun = words[first - 2];
  if (words[first - 1]?.lower === 'of' && noun?.pos === 'NOUN' && moveDirection(noun.lemma))
    return first - 2;
  if (!ownsNoun(words, timex)) return -1;
  const possessive = words.findIndex((word) => word.start >= timex.end);
  // The noun the phrase ends on, past amounts and their hyphens ("504-point fall").
  let head = -1;
  for (let at = possessive + 1; at < words.length && at <= possessive + 6; at++) {
    const word = words[at] as Word;
    if (word.pos === 'NOUN') head = at;
    else if (!/^(?:NUM|ADJ|SYM)$/.test(word.pos) && word.text !== '-') break;
  }
  return head >= 0 && moveDirection((words[head] as Word).lemma) !== null ? head : -1;
}

/** Whether a possessive's "'s" closes the timex ("Friday's"). */
function ownsNoun(words: readonly Word[], timex: Timex): boolean {
  const next = words.find((word) => word.start >= timex.end);
  return next?.start === timex.end && isApostropheS(next);
}

/** Prepositions before the occasion a verb's event took place at ("in", "at", "during"). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'on', 'amid']);

const RELATING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...ORDERING_WORDS,
  'until',
  'from',
  'to',
  'than',
  'against',
  'over',
]);

/** More than any sentence's length: a present reference dates only when nothing else does. */
const PRESENT_REF_PENALTY = 100_000;
/** A verb's date in another comma-set part than its own comes after any of its own part. */
const OTHER_ASIDE_PENALTY = 10_000;

/** Less than a present reference's: a period a result is for yields to any other date. */
const PERIOD_MEASURED_PENALTY = 50_000;

/** More than a present reference's: "currently" is nearer the truth than another phrase's date. */
const OTHER_CONJUNCT_PENALTY = 200_000;

/** Whether the timex is a period after "for" ("for its third quarter", "for the year"). */
function isPeriodMeasured(words: readonly Word[], timex: Timex): boolean {
  if (!timex.resolved || PRECISE.has(timex.resolved.granularity)) return false;
  return prepositionBefore(words, timex) === 'for';
}

function gapBetween(word: Span, timex: Span): number {
  return timex.start >= word.end ? timex.start - word.end : word.start - timex.end;
}

/** What brings in the period a result covers: "in the third quarter", "for 2008". */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'during', 'over']);

/**
 * The preposition right before a timex, past "the" or a possessive and the adjectives after
 * it ("for its fiscal first quarter"), lower case; or ''.
 */
function prepositionBefore(words: readonly Word[], timex: Timex): string {
  let before = words.findLastIndex((word) => word.end <= timex.start);
  while (words[before]?.pos === 'ADJ' && before > 0) before--;
  const word = words[before];
  const determiner = word && (word.lower === 'the' || POSSESSIVE_PRONOUNS.has(word.lower));
  return (determiner ? words[before - 1] : word)?.lower ?? '';
}

/** Prepositions that give a punishment's cause: "fined for trying", "convicted of rigging". */
const CAUSING: ReadonlySet<string> = new Set(['for', 'of', 'over']);

/**
 * Whether an -ing form gives the cause of a punishment or a charge ("fined on Wednesday
 * for trying to rig rates", "convicted of fixing prices"): done before it, not on its day.
 */
function isPunishedAct(read: ReadSentence, event: SentenceEvent): boolean {
  const cause = read.words[event.trigger - 1];
  return (
    event.tense === 'gerund' &&
    cause !== undefined &&
    CAUSING.has(cause.lower) &&
    event.governor?.kind === 'legal'
  );
}

/** The first date of the act's clause after its -ing form, if any. */
function dateAfterAct(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | null {
  const end = (read.words[event.trigger] as Word).end;
  return (
    timexes.find(
      (timex) =>
        timex.start > end &&
        segmentOfOffset(read.words, read.segments, timex.start) === event.segment,
    ) ?? null
  );
}

/** Tags of a report's subject between its comma and its verb (", the FSA said"). */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'PART']);

/**
 * Whether a report comes after a clause and a comma, with nothing but its subject before
 * its verb (", the FSA said", ", said the FSA"), the date lying before that comma: not a
 * fronted date's comma ("In January 2005, Boeing announced"), nor an aside's ("On
 * Wednesday, Carlyle, a fund managed by the Carlyle Group, said").
 */
function isTrailingReport(read: ReadSentence, trigger: number, timex: Timex): boolean {
  const comma = trailingComma(read, trigger);
  return comma !== null && timex.end <= (read.words[comma] as Word).start;
}

/**
 * The comma that sets a report off behind the clause it reports, if it is so set off. (Not
 * a report with an object of its own, which reports no clause before it: "In January, a
 * week after Jobs announced his leave, Apple reported a record profit".)
 */
function trailingComma(read: ReadSentence, trigger: number): number | null {
  const { words } = read;
  if (read.events.some((event) => event.trigger === trigger && event.patient !== null)) return null;
  let at = trigger - 1;
  while (at >= 0 && SUBJECT_TAGS.has((words[at] as Word).pos)) at -= 1;
  if (words[at]?.text !== ',') return null;
  const clauseBefore =
    read.events.some(
      (other) =>
        other.pos === 'verb' &&
        other.trigger < at &&
        other.tense !== 'participle' &&
        other.tense !== 'gerund' &&
        other.tense !== 'infinitive',
    ) ||
    // ("Branches will open as usual on Friday, JPMorgan said": a clause whose verb tells no
    // event of its own is a clause all the same.)
    words.slice(0, at).some((word) => word.pos === 'AUX');
  return clauseBefore ? at : null;
}

/**
 * "was killed in the collapse, the UN confirmed on Wednesday": a date after a report set
 * off behind the event's clause is the report's day, not the day of what it reports.
 */
function datesTrailingReport(read: ReadSentence, event: SentenceEvent, timex: Timex): boolean {
  return read.events.some((report) => {
    if (report.eventClass !== 'REPORTING' || report.trigger <= event.trigger) return false;
    if (timex.start < (read.words[report.trigger] as Word).end) return false;
    const comma = trailingComma(read, report.trigger);
    return comma !== null && comma > event.trigger;
  });
}

/** How many words may stand between a report and a date after it: "said on Monday". */
const REPORT_DATE_REACH = 2;

/**
 * Whether a date of the event's clause can be its own. "GM said it lost $6 billion in the
 * first quarter": a report is not dated by a date in what it reports, nor by the period it
 * reports on ("For the final quarter, Ford says"). "“We met on Monday,” he said": no event
 * outside a quotation is dated from inside it. "agreed on Friday to buy": a date before an
 * infinitive is its governor's; "is seeking to cut jobs by 2012": one after it, the
 * infinitive's. "2009 was a pivotal year": a date that is a subject dates nothing.
 */
function canDate(read: ReadSentence, event: SentenceEvent, timex: Timex): boolean {
  const { words } = read;
  const trigger = words[event.trigger] as Word;
  if (insideQuotation(words, timex.start) !== insideQuotation(words, trigger.start)) return false;
  if (event.tense === 'infinitive' && event.governor && timex.end <= trigger.start) return false;
  // "would meet on Thursday to try to pass a revised version of the plan": nor a noun an
  // infinitive governs, by a date before that infinitive.
  if (event.pos === 'noun' && underInfinitiveAfter(words, event, timex)) return false;
  // "has been attempting to take over the airline since December": "since" tells how long
  // a perfect has lasted; it dates the perfect, not the infinitive under it.
  const sincePerfect = isSince(words, timex);
  if (sincePerfect && event.tense === 'infinitive' && event.governor?.tense === 'perfect')
    return false;
  if (isDescribedDate(words, timex, trigger)) return false;
  if (datesTrailingReport(read, event, timex)) return false;
  // "fell 6.2 percent after Friday's earthquake", "up $3.64 from Monday's close": a day
  // that owns a noun after a preposition dates that noun, not the verb the phrase hangs on
  // ("attended Friday's meeting": a verb's own object is its occasion).
  if (event.pos === 'verb' && ownsNounAfterPreposition(words, timex)) return false;
  // "It was the Fed's second cut in six weeks, after its half-point reduction on September
  // 18": the day after a noun of another happening, in a phrase relating it to this one,
  // is that happening's.
  if (datesRelatedNoun(read, event, timex)) return false;
  // "Our third-quarter results show Ford is making progress": a date that modifies a noun
  // dates that noun's event, not the verbs around it.
  const modified = modifiedNoun(words, timex);
  if (modified && !(event.trigger >= modified.first && event.trigger <= modified.last))
    return false;
  if (event.eventClass === 'REPORTING') {
    const before = words.findLast((word) => word.end <= timex.start);
    if (before?.lower === 'for') return false;
    // "During the crisis in 2008, the bank submitted low rates, the FSA said": what a
    // report set off after it tells is not dated by the report.
    if (timex.end <= trigger.start && isTrailingReport(read, event.trigger, timex)) return false;
    if (timex.start >= trigger.end) {
      const between = words.filter((word) => word.start >= trigger.end && word.end <= timex.start);
      if (between.length > REPORT_DATE_REACH && !isDayAfterObject(words, between, timex))
        return false;
    }
  }
  if (sincePerfect && event.tense === 'perfect') return true;
  // "posted a net profit of $997 million in the third quarter": the period is the
  // result's, told as an event of its own; the posting is not dated by it.
  if (
    event.pos === 'verb' &&
    timex.resolved &&
    !PRECISE.has(timex.resolved.granularity) &&
    PERIOD_PREPOSITIONS.has(prepositionBefore(words, timex)) &&
    read.events.some(
      (other) =>
        other.pos === 'noun' &&
        other.governor === event &&
        RESULT_NOUNS.has(other.lemma) &&
        (words[other.trigger] as Word).end <= timex.start,
    )
  )
    return false;
  // "agreed on Friday to buy the plant in 2012": a date after an infinitive is the
  // infinitive's (not a move's result's).
  const infinitiveBetween = read.events.some((other) => {
    if (other.governor !== event || other.tense !== 'infinitive' || isMoveResult(other, event))
      return false;
    const verb = words[other.trigger] as Word;
    return verb.start >= trigger.end && verb.end <= timex.start;
  });
  return !infinitiveBetween;
}

/** Whether an infinitive that governs the event, at any remove, begins after the date. */
function underInfinitiveAfter(words: readonly Word[], event: SentenceEvent, timex: Timex): boolean {
  for (let governor = event.governor; governor; governor = governor.governor) {
    if (governor.tense === 'infinitive' && (words[governor.trigger] as Word).start >= timex.end)
      return true;
  }
  return false;
}

/**
 * The words of noun phrases and the prepositions between them: "a 2% drop in first-quarter
 * revenue" (its date's words come tagged X).
 */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set([...INSIDE, 'ADP', 'X']);

/**
 * "declared a state of emergency on Thursday", "first announced the deal in January 2022",
 * "reported a 2% drop in first-quarter revenue on Feb. 1": a date after a report's object
 * is the report's, when the object is noun phrases only; not after what a clause reports
 * ("said it lost $6 billion in the first quarter").
 */
function isDayAfterObject(words: readonly Word[], between: readonly Word[], timex: Timex): boolean {
  if (!timex.resolved) return false;
  // "a 2% drop in first-quarter revenue": a period before a noun qualifies the noun.
  const nextIndex = words.findIndex((word) => word.start >= timex.end);
  const next = words[nextIndex];
  if (!PRECISE.has(timex.resolved.granularity) && next?.pos === 'NOUN') return false;
  // "said its sales for the three months to March would be …": the noun phrase is the
  // subject of what is said, and its date is of that.
  if (nextIndex >= 0 && verbFollows(words, nextIndex)) return false;
  return withoutRelativeAsides(between).every(
    (word, index) =>
      (NOUN_PHRASE_TAGS.has(word.pos) ||
        POSSESSIVE_PRONOUNS.has(word.lower) ||
        objectParticiple(between, index) ||
        (word.pos === 'ADV' && between[index - 1]?.pos === 'VERB') ||
        // ("testify before the committee later on Wednesday", "told reporters at a news
        // conference on Friday": a circumstance's phrase, no clause of what is said.)
        word.pos === 'ADP' ||
        (word.pos === 'ADV' && between[index + 1]?.pos === 'ADP') ||
        // The date's own "since", whatever its tag.
        (index === between.length - 1 && word.lower === 'since')) &&
      word.lower !== 'that',
  );
}

/**
 * The words but for a relative clause commas set off ("will report results for its fiscal
 * first quarter, which included the holiday season, on January 21": the object is still
 * noun phrases).
 */
function withoutRelativeAsides(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as Word;
    const closing =
      word.text === ',' && RELATIVES.has(words[at + 1]?.lower ?? '')
        ? words.findIndex((other, index) => index > at + 1 && other.text === ',')
        : -1;
    if (closing < 0) out.push(word);
    else at = closing;
  }
  return out;
}

/**
 * Whether the word at `index` of a report's object is a participle that leaves it a noun
 * phrase: one between an article and its noun ("in a televised address"), or one telling
 * when a medium came out, which is when the report was made ("in a statement posted
 * online", "in an interview published").
 */
function objectParticiple(between: readonly Word[], index: number): boolean {
  if (between[index]?.pos !== 'VERB') return false;
  if (between[index - 1]?.pos === 'DET' && between[index + 1]?.pos === 'NOUN') return true;
  return (
    MEDIUM_NOUNS.has(between[index - 1]?.lemma ?? '') &&
    between.slice(index + 1).every((after) => /^(?:ADV|ADJ|ADP)$/.test(after.pos))
  );
}

/** What a report may be made in and published: "in a statement posted online on Saturday". */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'interview',
  'address',
  'speech',
  'letter',
  'message',
  'video',
  'broadcast',
  'communique',
  'release',
  'post',
  'article',
  'column',
  'op-ed',
]);

/** Whether a verb (past adverbs) comes at `index`, going on from the words before. */
function verbFollows(words: readonly Word[], index: number): boolean {
  let at = index;
  while (words[at]?.pos === 'ADV') at += 1;
  const word = words[at];
  return word !== undefined && (word.pos === 'AUX' || word.pos === 'VERB');
}

/**
 * "dropped 504 points, or 4.4%, to close at 10,917 on Monday", "rose 2% to end the day":
 * the infinitive tells where a rise or fall ended, on the same day as the move itself.
 */
function isMoveResult(infinitive: SentenceEvent, move: SentenceEvent): boolean {
  return (
    infinitive.governor === move &&
    infinitive.tense === 'infinitive' &&
    infinitive.kind === 'market-move' &&
    move.kind === 'market-move'
  );
}

/**
 * The noun phrase a period modifies when it stands before a noun as an adjective would
 * ("third-quarter results", "its 2009 sales"), not after a preposition ("in 2009 sales").
 * A day before its event noun ("attended the March 3 meeting") dates the verb as well.
 */
function modifiedNoun(words: readonly Word[], timex: Timex): Phrase | null {
  if (!timex.resolved || PRECISE.has(timex.resolved.granularity)) return null;
  let first = words.findIndex((word) => word.start >= timex.end);
  const before = words.findLast((word) => word.end <= timex.start);
  if (first < 0 || before?.pos === 'ADP') return null;
  // ("a 2004 European Commission antitrust decision": past the names and adjectives.)
  while (first < words.length && /^(?:ADJ|PROPN)$/.test((words[first] as Word).pos)) first++;
  if ((words[first] as Word | undefined)?.pos !== 'NOUN') return null;
  let last = first;
  while ((words[last + 1] as Word | undefined)?.pos === 'NOUN') last++;
  return { first, last };
}

/** Dates a day or finer: they tell when a thing happens, not which period it belongs to. */
const PRECISE: ReadonlySet<string> = new Set(['day', 'part-of-day', 'hour', 'minute', 'second']);

/**
 * "2009 was a pivotal year", "said June 23 should go down as independence day": a date that
 * is the subject of "be" or of a modal is what is described, no time of the clause's.
 */
function isDescribedDate(words: readonly Word[], timex: Timex, trigger: Word): boolean {
  const next = words.find((word) => word.start >= timex.end);
  const before = words.findLast((word) => word.end <= timex.start);
  // (A preposition's date ends what describes the subject, and dates the verb there: "The
  // company he founded in 1998 was sold", "A strike planned for Christmas was blocked".)
  if (next?.lemma === 'be') return before?.pos !== 'ADP' || trigger.start >= timex.end;
  // (A modal's subject right after its clause's verb: not "a cut in December could not be
  // ruled out", "dealerships renewed after October will receive", whose dates hang on.)
  return next?.pos === 'AUX' && isModalOrFuture(next.lower) && before?.pos === 'VERB';
}

/**
 * "has received five orders since it was announced in February 2000": a perfect lasts from
 * the date its "since" clause gives, as from "since February 2000".
 */
function sinceClauseTimex(
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
): Timex | null {
  if (event.tense !== 'perfect') return null;
  const { words, segments } = read;
  return (
    timexes.find((timex) => {
      const segment = segments[segmentOfOffset(words, segments, timex.start)];
      return (
        segment?.marker === 'since' &&
        segment.parent === event.segment &&
        insideQuotation(words, timex.start) ===
          insideQuotation(words, (words[event.trigger] as Word).start)
      );
    }) ?? null
  );
}

/**
 * "The Dow has lost 2,000 points since September 29": a perfect with "since" lasts from
 * that day to the article's, an interval, not a thing of the day it names.
 */
function lastsUntilPublished(
  event: SentenceEvent,
  date: EventDate,
  published: string | null,
): EventDate {
  const until = published ? parseDay(published) : null;
  if (!until || !date.start || event.tense !== 'perfect' || event.modality !== 'actual')
    return date;
  const end = formatDay(shiftDays(until, 1));
  return date.start < end && (date.end === null || date.end < end) ? { ...date, end } : date;
}

function isSince(words: readonly Word[], timex: Timex): boolean {
  return words.findLast((word) => word.end <= timex.start)?.lower === 'since';
}

export function segmentOfOffset(
  words: readonly Word[],
  segments: readonly Segment[],
  offset: number,
): number {
  let index = words.findIndex((word) => word.end > offset);
  if (index < 0) index = words.length - 1;
  return segments.findIndex((segment) => index >= segment.first && index <= segment.last);
}

/**
 * "sales fell 17% compared to 2008", "down from a year earlier", "more than in March", "up
 * from 14% a year ago": a date the event is measured against is not the date of the event.
 */
const COMPARISON_BEFORE =
  /\b(compared (?:to|with)|than|versus|vs\.?|up from|down from|from)\s+(?:(?:US)?\$\s?)?(?:[\d.,]+\s*(?:%|percent|per cent|million|billion|trillion|points?)?(?:,\s*or\s+[^,;]{1,30},)?\s+(?:(?:at|in)\s+)?)?(?:(?:the|a)\s+)?(?:same\s+\w+\s+(?:of|in|a)\s+)?(?:in\s+)?$/i;

/**
 * A word of the phrase naming what is compared with ("the closing price", "its level"). A
 * subject pronoun opens a relative clause instead ("below the peak it reached in June"):
 * the date is then its verb's, an event of its own, and compares nothing.
 */
const LEVEL_WORD = String.raw`(?:(?!(?:it|they|he|she|we|i|you|that|which|who)\s)[\w'’-]+\s+)`;

/**
 * "63% more than the closing price on Friday": a thing measured against, with its date (a
 * definite one: "for more than a week in late April" is how long, then when).
 */
const COMPARED_THING_BEFORE = new RegExp(
  String.raw`\bthan\s+(?:the|its|their|his|her)\s+${LEVEL_WORD}{1,3}(?:on|in|at|of)\s+$`,
  'i',
);

/**
 * "less than 200 points below its level before February 27": a level measured against,
 * with its date.
 */
const COMPARED_LEVEL_BEFORE = new RegExp(
  String.raw`\b(?:below|above)\s+(?:the|its|their)\s+${LEVEL_WORD}{1,3}(?:on|in|at|of|before)\s+$`,
  'i',
);

/** An amount right before: "21% ", "$3 billion ", "400 points ". */
const AMOUNT_BEFORE = /(?:\d|%|percent|per cent|million|billion|trillion|points?)\s+$/i;

export function isComparisonDate(text: string, sentenceStart: number, timex: Timex): boolean {
  const before = text.slice(Math.max(sentenceStart, timex.start - 60), timex.start);
  if (COMPARED_THING_BEFORE.test(before) || COMPARED_LEVEL_BEFORE.test(before)) return true;
  // ("21% more than a year earlier": the hedge the timex took in compares after an amount.)
  if (/^(?:more|less|fewer)\s+than\b/i.test(timex.text) && AMOUNT_BEFORE.test(before)) return true;
  const comparison = COMPARISON_BEFORE.exec(before);
  if (!comparison) return false;
  // "gained more than 16% in 2006": "more than" rounds an amount, and compares nothing; but
  // "sold 9.8 million iPods, 21% more than in 2006" compares an amount with a time's.
  const head = before.slice(0, comparison.index);
  if (/\b(?:more|less|fewer)\s+$/i.test(head))
    return !/\d/.test(comparison[0]) && AMOUNT_BEFORE.test(head.replace(/\S+\s+$/, ''));
  // "from 2005 to 2008" is a span, not a comparison; "from" only before "a year earlier".
  return comparison[1]?.toLowerCase() !== 'from' || /\b(?:earlier|before|ago)$/i.test(timex.text);
}

/** Words that make a record: "first", "biggest", "lowest". */
const RECORD_WORDS = new RegExp(`^(?:${RECORD_WORD_LIST})$`);

/**
 * Whether the noun at `index` is in the phrase a record's "since" opens ("biggest drop
 * since the attacks", "since the reopening of markets after the attacks").
 */
function measuresRecordFrom(words: readonly Word[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 10; at--) {
    const word = words[at] as Word;
    if (word.text === ',' || word.pos === 'VERB' || word.pos === 'AUX') return false;
    if (word.lower === 'since') return recordBefore(words, at);
  }
  return false;
}

/**
 * The date that names the noun at `index`: written right before it, past its adjectives and
 * names ("the 1998 financial crisis", "the September 11 attacks"), or right after its "of"
 * or "in" ("the crash of October 1987", "the Asian financial crisis of 1997").
 */
function namingDate(
  words: readonly Word[],
  index: number,
  timexes: readonly Timex[],
): Timex | null {
  let before = index - 1;
  while (before >= 0 && /^(?:ADJ|PROPN|NOUN)$/.test((words[before] as Word).pos)) before--;
  const end = words[before]?.end;
  const after = /^(?:of|in)$/.test(words[index + 1]?.lower ?? '') ? words[index + 2] : undefined;
  // "since the 416-point drop on February 27", "since the collapse of Lehman Brothers on
  // September 15": a day it happened on names it too, after what it was of.
  const onAt = afterOfPhrase(words, index + 1);
  const on = words[onAt]?.lower === 'on' ? words[onAt + 1] : undefined;
  // (Its year written: "since the September 11 attacks" names a year the text does not.)
  return (
    timexes.find(
      (timex) =>
        (((words[before]?.pos === 'X' && timex.end === end) ||
          (after !== undefined && timex.start === after.start)) &&
          timex.resolved?.stated.includes('year') === true) ||
        (on !== undefined && timex.start === on.start && timex.resolved !== null),
    ) ?? null
  );
}

/** How many words an "of" phrase naming what an event was of may run ("of the bank's unit"). */
const OF_PHRASE_WORDS = 6;

/**
 * The index after the "of" phrase at `at` ("of Lehman Brothers", "of the bank"), or `at`
 * when none opens there.
 */
function afterOfPhrase(words: readonly Word[], at: number): number {
  if (words[at]?.lower !== 'of') return at;
  let next = at + 1;
  while (
    next < words.length &&
    next - at <= OF_PHRASE_WORDS &&
    /^(?:DET|ADJ|PROPN|NOUN|PART)$/.test((words[next] as Word).pos)
  )
    next++;
  return next;
}

/**
 * How many words may stand between a record's noun and its "since": "its largest drop
 * since", "the largest one-day fall for the blue-chip index since".
 */
const RECORD_SINCE_REACH = 6;

/** As many for a verb's record, which takes no phrase of its own before its "since". */
const VERB_RECORD_SINCE_REACH = 3;

/** How many words before a "since" its record word may stand ("the largest … since"). */
const RECORD_WORD_REACH = 10;

/** Whether `timex` stands after the "since" of a record that `event`'s word heads. */
function measuredFrom(words: readonly Word[], event: SentenceEvent, timex: Timex): boolean {
  const index = event.trigger;
  const trigger = words[index] as Word;
  if (timex.start < trigger.end) return false;
  const since = words.findIndex(
    (word, at) => at > index && word.end <= timex.start && word.lower === 'since',
  );
  if (since <= index) return false;
  // (A hyphen inside a word, "blue-chip", is no word of its own.)
  const between = words.slice(index + 1, since).filter((word) => word.text !== '-');
  return (
    // (A verb's record is its object, right after it: "suffered their worst day since the
    // crisis of 2008 on Monday" suffered on Monday.)
    between.length < (event.pos === 'noun' ? RECORD_SINCE_REACH : VERB_RECORD_SINCE_REACH) &&
    recordBefore(words, since, event.pos === 'noun' ? index : -1) &&
    !between.some((word) => word.pos === 'VERB' || word.text === ',')
  );
}

/**
 * Whether a record word stands before the "since" at `since`, in its clause ("the largest
 * lender, has grown since it was founded": the record is an aside's).
 */
function recordBefore(words: readonly Word[], since: number, noun = -1): boolean {
  let counted = 0;
  for (let before = since - 1; before >= 0 && counted < RECORD_WORD_REACH; before--) {
    const word = words[before] as Word;
    if (word.text === '-') continue;
    counted++;
    // (The record's own noun, whatever its tag.)
    if (before === noun) continue;
    if (word.text === ',' || word.pos === 'VERB' || word.pos === 'AUX') return false;
    if (RECORD_WORDS.test(word.lower)) return true;
  }
  return false;
}

/**
 * Whether the segment is, or hangs from, a "since" clause measuring a record ("its biggest
 * drop since the markets reopened", "the worst day since trading resumed after the war").
 */
function inRecordSinceClause(read: ReadSentence, segmentIndex: number): boolean {
  const { words, segments } = read;
  for (let index: number | null = segmentIndex, hops = 0; index !== null && hops < 4; hops++) {
    const segment: Segment | undefined = segments[index];
    if (!segment) return false;
    if (
      segment.marker === 'since' &&
      words[segment.first]?.lower === 'since' &&
      recordBefore(words, segment.first)
    )
      return true;
    index = segment.parent;
  }
  return false;
}
