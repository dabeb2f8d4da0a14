/**
 * One happening told twice in an article: a report its words date only by its sentence
 * (or only roughly) takes the date another report of the same happening gives ("Chrysler
 * files for bankruptcy" in the headline, "filed for bankruptcy on Thursday" below), a noun
 * pointing back to a happening takes that happening's date and those who took part, and a
 * known happening a clause is about keeps no day of the clause's. Pure: it reads only the
 * article's reports and what its sentences told of them (read-events.ts).
 */
import type { ParticipantRole } from '../../contract/corpus.ts';
import { granularityRank } from '../../contract/granularity.ts';
import { unique } from '../../utils/unique.ts';
import type { EventDraft } from '../article-draft.ts';
import { isArticleDate, isBackstoryDay, isBorrowedDate } from '../reading/event-dates.ts';
import { eventFamily } from '../reading/event-family.ts';

/** What an article's sentences told of its reports, for dating them by one another. */
export interface ToldReports {
  /** What an aspectual verb begins or goes on with ("began cutting the rate"): a run of acts. */
  runs: ReadonlySet<EventDraft>;
  /**
   * Nouns of an actual event that name no one ("the disaster"); true for those told as
   * coming before their clause ("missing on Wednesday after an explosion").
   */
  anonymousNominals: ReadonlyMap<EventDraft, boolean>;
  /** Of those, the ones a clause is about ("apologized for the explosion"). */
  knownTopics: ReadonlySet<EventDraft>;
  /** Reports of a clause that went before the one whose date they took ("after the Fed cut"). */
  boundedByGovernor: ReadonlySet<EventDraft>;
  /** What each report's clause goes on to ("agreed to buy DoubleClick": the buying). */
  complements: Complements;
  /** Verbs told as still to come ("will run"). */
  toCome: ReadonlySet<EventDraft>;
  /** Reports dated by the clause that governs them, with that clause's report. */
  governedBy: ReadonlyMap<EventDraft, EventDraft>;
  /** A noun joined by "and" to the event noun right before it, with that noun's report. */
  joinedNouns: ReadonlyMap<EventDraft, EventDraft>;
  /** The article's publication day, if known. */
  published: string | null;
}

/** The article's reports, each dated by its twins as above, in the order given. */
export function datedByTwins(events: readonly EventDraft[], told: ToldReports): EventDraft[] {
  const { anonymousNominals, knownTopics, governedBy } = told;
  const related = indexReports(events.filter((event) => !told.runs.has(event)));
  const positions = new Map(events.map((event, index) => [event, index]));
  const redated = new Map(
    events.map((event) => {
      const dated =
        (anonymousNominals.has(event)
          ? knownEventDate(event, related, anonymousNominals.get(event) === true, positions)
          : null) ??
        sameEventDate(
          event,
          related,
          told.boundedByGovernor.has(event),
          told.complements,
          told.toCome.has(event) ? told.published : null,
        );
      // "Hayward said he was sorry for the explosion", in an article that never dates the
      // explosion: the day is of the saying, not of the explosion, which stays undated (for
      // merging to find among the story's events).
      return [event, knownTopics.has(event) && dated === event ? undated(event) : dated];
    }),
  );
  return events.map((event) => {
    const governor = governedBy.get(event);
    const moved = governor ? redated.get(governor) : undefined;
    const own = withJoinedNounDate(event, redated, told.joinedNouns);
    // "stated on Thursday that it had signed a contract to purchase jets … signed the
    // agreement on June 15": the purchase planned goes with the signing, to June 15.
    const follows =
      governor !== undefined &&
      moved !== undefined &&
      moved !== governor &&
      own === event &&
      event.start === governor.start &&
      event.end === governor.end;
    return samePlace(follows ? { ...event, ...datesOf(moved) } : own, related);
  });
}

/** A report with no date: its words give none of its own. */
function undated(report: EventDraft): EventDraft {
  const mention = { ...report.mention, timex: null };
  delete mention.dateBasis;
  return { ...report, start: null, end: null, granularity: null, approximate: false, mention };
}

export function datesOf(
  report: EventDraft,
): Pick<EventDraft, 'start' | 'end' | 'granularity' | 'approximate'> {
  return {
    start: report.start,
    end: report.end,
    granularity: report.granularity,
    approximate: report.approximate,
  };
}

/**
 * The article's reports indexed once: an article of a hundred reports would otherwise
 * scan all of them for each one (quadratic), looking for its dated twin or its place.
 */
interface ReportIndex {
  /** Reports dated by their own words (DATED_BY_WORDS) as actual, by word family, in article order. */
  datedByFamily: Map<string, EventDraft[]>;
  /** Dated reports by kind and day, in article order. */
  byKindAndDay: Map<string, EventDraft[]>;
  /** Market moves dated by their own words as actual, in article order, of any word family. */
  datedMoves: EventDraft[];
}

function indexReports(events: readonly EventDraft[]): ReportIndex {
  const index: ReportIndex = { datedByFamily: new Map(), byKindAndDay: new Map(), datedMoves: [] };
  const add = (map: Map<string, EventDraft[]>, key: string, event: EventDraft) => {
    const list = map.get(key);
    if (list) list.push(event);
    else map.set(key, [event]);
  };
  for (const event of events) {
    if (event.start === null) continue;
    add(index.byKindAndDay, kindAndDay(event.kind, event.start), event);
    if (!isDatedByItsWords(event)) continue;
    add(index.datedByFamily, eventFamily(event.lemma), event);
    if (event.kind === 'market-move') index.datedMoves.push(event);
  }
  return index;
}

/**
 * Dates the words give: their own date, the period a result covers ("annual loss"), or a
 * span counted from another event ("a day before the announcement").
 */
export const DATED_BY_WORDS: ReadonlySet<string> = new Set([
  'own-timex',
  'reporting-period',
  'event-relative',
]);

function kindAndDay(kind: EventDraft['kind'], start: string): string {
  return `${kind}|${start.slice(0, 10)}`;
}

/** The verbs each report's clause goes on to, as reports ("agreed" → "to buy …"). */
export type Complements = ReadonlyMap<EventDraft, readonly EventDraft[]>;

/**
 * "Orlin agrees to buy Tessary" (the headline) is not "Orlin agreed to pay for Vantel in
 * October": an agreement, a plan or a decision is told by what it is to do, and two of
 * them going on to verbs of other families, or to one acting on other names, are two.
 * (Sayings are not: a headline's "says" often tells its lead's saying in other words.)
 */
function doOtherThings(a: EventDraft, b: EventDraft, complements: Complements): boolean {
  if (a.eventClass === 'REPORTING' || b.eventClass === 'REPORTING') return false;
  const ours = complements.get(a) ?? [];
  const theirs = complements.get(b) ?? [];
  if (ours.length === 0 || theirs.length === 0) return false;
  return !ours.some((mine) =>
    theirs.some(
      (other) => eventFamily(mine.lemma) === eventFamily(other.lemma) && !actsOnOther(mine, other),
    ),
  );
}

/** "bought Pebble Brands in March" is not "buys Larkspur": what each acts on differs. */
function actsOnOther(a: EventIdentity, b: EventIdentity): boolean {
  const patients = (event: EventIdentity) =>
    event.roles.filter((role) => role.role === 'patient').map((role) => role.name);
  const ours = patients(a);
  const theirs = patients(b);
  // (A side one names as acted with, the other may name as acted on: "cancelling a deal to
  // sell Opel to Magna" and "the cancellation of the Magna deal".)
  const sides = (event: EventIdentity) =>
    event.roles.filter((role) => role.role === 'partner').map((role) => role.name);
  return (
    ours.length > 0 &&
    theirs.length > 0 &&
    ![...theirs, ...sides(b)].some((name) => [...ours, ...sides(a)].includes(name))
  );
}

/** "reports losses of $6 billion" is not "had reported a loss of $381 million" a year before. */
function countsOther(a: EventIdentity, b: EventIdentity): boolean {
  return (
    a.quantities.length > 0 &&
    b.quantities.length > 0 &&
    !a.quantities.some((amount) => b.quantities.includes(amount))
  );
}

/**
 * "their talks on Friday" after "the meeting in Geneva … scheduled for Friday": an
 * occasion (a meeting, a call, an arrival) that names no place takes the place another
 * report of the same kind on the same day names.
 */
function samePlace(event: EventDraft, related: ReportIndex): EventDraft {
  if (event.places.length > 0 || event.start === null || !OCCASIONS.has(event.kind)) return event;
  const sameDay = related.byKindAndDay.get(kindAndDay(event.kind, event.start)) ?? [];
  const places = unique(sameDay.flatMap((other) => other.places));
  return places.length === 1 ? { ...event, places } : event;
}

export const OCCASIONS: ReadonlySet<EventDraft['kind']> = new Set([
  'meeting',
  'phone-call',
  'arrival',
  'departure',
]);

/** The names that take part (not those only in the circumstances), once each. */
export function participantNames(roles: readonly ParticipantRole[]): string[] {
  return unique(roles.filter((role) => role.role !== 'other').map((role) => role.name));
}

/** What tells which report an event is: its word, who took part, in what role, how much. */
export type EventIdentity = Pick<EventDraft, 'lemma' | 'participants' | 'roles' | 'quantities'>;

/** Whether `other`, dated by its words, reports the same event as `event`. */
function isTwin(other: EventDraft, event: EventIdentity): boolean {
  return (
    // "A day before the announcement, GM said it was cancelling": a day counted from
    // another event dates what was done that day, not every other thing said.
    !(other.mention.dateBasis === 'event-relative' && other.eventClass === 'REPORTING') &&
    other.participants.some((name) => event.participants.includes(name)) &&
    !actsOnOther(other, event) &&
    !countsOther(other, event) &&
    // "The Dow had gained as much as 378 points … The day before, the Dow had jumped 889
    // points, its second-biggest point gain": an index moves every day, and a move that
    // gives its amount is not one told with none.
    !(other.kind === 'market-move' && event.quantities.length > 0 && other.quantities.length === 0)
  );
}

/** The latest earlier report of the same event the words dated, if any. */
export function earlierTwin(
  event: EventIdentity,
  earlier: readonly EventDraft[],
): EventDraft | undefined {
  const family = eventFamily(event.lemma);
  return earlier.findLast(
    (other) =>
      isDatedByItsWords(other) && eventFamily(other.lemma) === family && isTwin(other, event),
  );
}

/** An actual report its own words date (DATED_BY_WORDS): one a twin may take its date from. */
function isDatedByItsWords(report: EventDraft): boolean {
  return (
    report.start !== null &&
    report.modality === 'actual' &&
    DATED_BY_WORDS.has(report.mention.dateBasis ?? '')
  );
}

/**
 * "Chrysler files for bankruptcy" in the headline, "Chrysler filed for bankruptcy on
 * Thursday" below: one event told twice in an article takes the date its own words give.
 * Only for reports dated by the publication day or not at all, and only from a report of
 * the same word family sharing a participant, acting on the same and counting the same
 * (and, for a verb told as still to come, not from one dated before `toComeAfter`, the
 * article's day).
 */
function sameEventDate(
  event: EventDraft,
  related: ReportIndex,
  bounded: boolean,
  complements: Complements,
  toComeAfter: string | null,
): EventDraft {
  const basis = event.mention.dateBasis;
  // "stated on Thursday that it had signed a contract … signed the agreement on June 15":
  // a day its governing clause gives only roughly ("by then", "Thursday night") gives way
  // to the day its twin's own words give, on or before it. So does the day of the clause
  // an "after" clause went before ("rebounded on Wednesday after the Fed cut rates … The
  // Fed cut rates on Tuesday").
  const byThen =
    basis === 'governing-timex' && (event.approximate || bounded) && event.start !== null;
  if (basis !== undefined && !isArticleDate(basis) && !byThen) return event;
  if (event.modality === 'denied' || event.modality === 'possible') return event;
  const isSource = (other: EventDraft): boolean =>
    other !== event &&
    (!byThen || (other.start !== null && other.start <= (event.start as string))) &&
    // "Cook ran the company in 2004 … Cook will run the company": what is still to come
    // is no past report's event.
    !(toComeAfter !== null && (other.start ?? '') < toComeAfter) &&
    isTwin(other, event) &&
    !doOtherThings(other, event, complements) &&
    // ("days after it recalled 2.3 million vehicles … a recall of 4.2 million announced
    // in November": an amount the bounded report gives, its twin gives too; so does an
    // amount a roughly dated one gives: "said in August that it had sold one million
    // units" is no sale of the year before told with none.)
    (!(bounded || byThen) || event.quantities.every((amount) => other.quantities.includes(amount)));
  const family = related.datedByFamily.get(eventFamily(event.lemma)) ?? [];
  // "The Dow rose 420 points on Tuesday. … It was the Dow's largest gain in five years":
  // an index moves every day, and a move told with no day is the last one of its word told
  // before it, else the last one told before it ("gain" for "rose"), never a later one.
  const at = event.mention.trigger?.start ?? event.mention.start;
  const before = (other: EventDraft) => (other.mention.trigger?.start ?? other.mention.start) < at;
  const move = event.kind === 'market-move' && !byThen;
  // ("The Dow closed above 13,000 on Wednesday … first finished above 12,000 on October
  // 19, 2006 … The gain took the index": a move weeks before the report's day is backstory.)
  const recent = (other: EventDraft) => before(other) && !isBackstoryDay(other, event.start);
  const source = move
    ? (family.filter(recent).findLast(isSource) ??
      related.datedMoves.filter(recent).findLast(isSource))
    : family.find(isSource);
  if (!source) return event;
  return {
    ...event,
    ...datesOf(source),
    mention: { ...event.mention, dateBasis: 'same-event-in-article' },
  };
}

/**
 * "Eleven workers were missing on Wednesday after an explosion. … The explosion happened
 * on Tuesday", "Relatives of the workers who died in the explosion criticized the remark":
 * a noun of an event that names no one, dated only by its sentence, is the event of its
 * word family the article dates by its words, with its date and those who took part: the
 * one told last before it, else the first after it; one dated to a month or finer, never
 * after its sentence's day, and one that counts the same. So is one told as coming before
 * its clause, whose clause's own words date the clause, not it ("missing on Wednesday
 * after an explosion").
 */
function knownEventDate(
  event: EventDraft,
  related: ReportIndex,
  toldAsEarlier: boolean,
  positions: ReadonlyMap<EventDraft, number>,
): EventDraft | null {
  const basis = event.mention.dateBasis ?? '';
  if (event.start === null || !(isBorrowedDate(basis) || (toldAsEarlier && basis === 'own-timex')))
    return null;
  const at = event.mention.trigger?.start ?? event.mention.start;
  const sentenceDay = event.start;
  const candidates = (related.datedByFamily.get(eventFamily(event.lemma)) ?? []).filter(
    (other) =>
      other !== event &&
      (other.start as string).slice(0, 10) <= sentenceDay.slice(0, 10) &&
      // (A year tells another event as often as this one: "won a contract in 2006 … the
      // contract was fought for".)
      granularityRank(other.granularity ?? 'year') >= granularityRank('month') &&
      event.quantities.every((amount) => other.quantities.includes(amount)),
  );
  const place = (other: EventDraft) => other.mention.trigger?.start ?? other.mention.start;
  const source =
    candidates.findLast((other) => place(other) < at) ??
    candidates.find((other) => place(other) > at);
  if (!source) return null;
  // Who took part in it took part in this: "The explosion on the Deepwater Horizon rig
  // happened on Tuesday … died in the explosion" (the rig's).
  const roles = source.roles.filter((role) => role.role !== 'other');
  return {
    ...event,
    ...datesOf(source),
    participants: participantNames(roles),
    roles,
    mention: { ...event.mention, dateBasis: 'same-event-in-article' },
    sameEventAs: positions.get(source) as number,
  };
}

/**
 * A noun's report as redated, or, when its own dating left it as it was, the day the noun
 * joined before it was given from its twin ("after an explosion and fire": the fire is of
 * the explosion's day), when both had the same day before.
 */
function withJoinedNounDate(
  event: EventDraft,
  redated: ReadonlyMap<EventDraft, EventDraft>,
  joinedNouns: ReadonlyMap<EventDraft, EventDraft>,
): EventDraft {
  const own = redated.get(event) as EventDraft;
  const first = joinedNouns.get(event);
  const firstDated = first ? redated.get(first) : undefined;
  if (own !== event || !first || !firstDated || firstDated === first) return own;
  if (firstDated.mention.dateBasis !== 'same-event-in-article') return own;
  if (first.start !== event.start || first.end !== event.end) return own;
  return {
    ...event,
    ...datesOf(firstDated),
    mention: { ...event.mention, dateBasis: 'same-event-in-article' },
  };
}
