/**
 * Corpus step: merges the event reports of all articles into events, one per real-world
 * occurrence. Reports merge when kind and date agree, they share a participant (names
 * unified across articles first: "Kerry" = "John Kerry"), and their places do not
 * disagree. Each merge records why. Reports are bucketed by kind and day, so the work is
 * near-linear in the number of reports: only reports of the same bucket are compared.
 */
import type { EntityKind, EventKind, TimelineEvent } from '../../contract/corpus.ts';
import type { ArticleDraft, EventDraft } from '../article-draft.ts';
import { granularityRank } from '../../contract/granularity.ts';
import { unique } from '../../utils/unique.ts';
import { countryOf } from '../events/name-lexicon.ts';
import { formatDay, parseDay, shiftDays, shiftMonths } from '../timex/calendar.ts';
import { eventFamily } from '../reading/event-family.ts';
import { unifyAcrossArticles } from '../events/unify-across-articles.ts';
import { OCCASIONS } from '../events/same-event-in-article.ts';
import { isBorrowedDate } from '../reading/event-dates.ts';
import { sameAmount } from '../reading/quantities.ts';
import { moveDirection } from '../lexicon/event-kinds.ts';
import { ORDINAL_WORD_LIST } from '../timex/record-reference.ts';

interface Group {
  /** Its reports, their names unified across articles (see withUnifiedNames). */
  reports: EventDraft[];
  /**
   * The word family of its first report's trigger (see eventFamily): a report of another
   * family joins only as an occasion.
   */
  family: string;
  /** Why each later report joined (NO_REASONS while it holds one report). */
  reasons: readonly string[];
  /** Creation order, so that the first agreeing group wins whatever the index returns. */
  order: number;
  /**
   * Every participant and place of its reports, each with its rank in order of first
   * mention. Kept as reports join: recomputed at each comparison, an event reported by
   * thousands of articles made merging quadratic (a 50,000-article corpus did not finish).
   * NOWHERE until a report names someone.
   */
  participants: ReadonlyMap<string, number>;
  /** Who its reports say did it (NONE until one says). */
  agents: ReadonlySet<string>;
  /** Who its reports say it was done with ("a deal with …", "met with …"; NONE until one says). */
  partners: ReadonlySet<string>;
  /** What its reports say it was done to (NONE until one says). */
  patients: ReadonlySet<string>;
  /** The amounts its reports' objects count or cost (NONE until one does). */
  quantities: ReadonlySet<string>;
  /** The word families of what its reports intend ("sought to cut": NONE until one does). */
  intents: ReadonlySet<string>;
  /** Its places, ranked as its participants are (NOWHERE until a report names one). */
  places: ReadonlyMap<string, number>;
  /**
   * The sentences of its reports, by article (two events of one sentence never merge);
   * null while the group is small enough to scan: most groups hold one report, and a map
   * for each of a million groups would cost hundreds of megabytes.
   */
  sentences: Map<string, Set<number>> | null;
  /** Whether a participant is a person (then sharing only a country is not enough). */
  hasPeople: boolean;
}

type IsPerson = (name: string) => boolean;

/**
 * The empty set and map every group starts with, shared: most groups never name an agent,
 * an amount or a place (many name no one), and a set or map of their own for each of a
 * million groups costs hundreds of megabytes and the garbage collector's time. `join` gives
 * a group its own before the first addition; nothing else writes to these.
 */
const NONE: ReadonlySet<string> = new Set();
const NOWHERE: ReadonlyMap<string, number> = new Map();
/**
 * Likewise the empty list that most groups' reasons and most events' names are: an array
 * of their own for each of a million groups and events is copied and marked by every
 * collection while the corpus is built. Frozen: the corpus's events share it.
 */
const NO_REASONS: readonly string[] = Object.freeze([]);
// never[]: it stands for an empty list of names or of roles alike.
const NO_NAMES = Object.freeze([]) as never[];

function newGroup(order: number, family: string): Group {
  return {
    reports: [],
    family,
    reasons: NO_REASONS,
    order,
    participants: NOWHERE,
    agents: NONE,
    patients: NONE,
    partners: NONE,
    quantities: NONE,
    intents: NONE,
    places: NOWHERE,
    sentences: null,
    hasPeople: false,
  };
}

function join(group: Group, report: EventDraft, reason: string | null, isPerson: IsPerson): void {
  // A list of one for the first report: most groups never take a second, and the first push
  // to an empty list makes room for 17 (10,000 generated articles: 85 MB less peak memory).
  if (group.reports.length === 0) group.reports = [report];
  else group.reports.push(report);
  // The group's own list after the first reason: pushed to, as a group may gather thousands.
  if (reason !== null)
    if (group.reasons === NO_REASONS) group.reasons = [reason];
    else (group.reasons as string[]).push(reason);
  if (report.participants.length > 0)
    group.participants = withRanked(group.participants, report.participants);
  const agents = namesAs(report, 'agent');
  if (agents.length > 0) group.agents = withAdded(group.agents, agents);
  const partners = namesAs(report, 'partner');
  if (partners.length > 0) group.partners = withAdded(group.partners, partners);
  const patients = namesAs(report, 'patient');
  if (patients.length > 0) group.patients = withAdded(group.patients, patients);
  if (report.quantities.length > 0)
    group.quantities = withAdded(group.quantities, report.quantities);
  if (report.places.length > 0) group.places = withRanked(group.places, report.places);
  if (report.intends !== undefined)
    group.intents = withAdded(group.intents, [eventFamily(report.intends)]);
  if (group.sentences) addSentence(group.sentences, report);
  else if (group.reports.length > SCANNED_GROUP_SIZE) {
    group.sentences = new Map();
    for (const member of group.reports) addSentence(group.sentences, member);
  }
  group.hasPeople ||= report.participants.some(isPerson);
}

/** `ranks` with `names` ranked: the map itself, or a new one in place of the shared NOWHERE. */
function withRanked(
  ranks: ReadonlyMap<string, number>,
  names: readonly string[],
): ReadonlyMap<string, number> {
  const own = ranks === NOWHERE ? new Map<string, number>() : (ranks as Map<string, number>);
  for (const name of names) addRanked(own, name);
  return own;
}

/** `set` with `values` added: the set itself, or a new one in place of the shared NONE. */
function withAdded(set: ReadonlySet<string>, values: readonly string[]): ReadonlySet<string> {
  const own = set === NONE ? new Set<string>() : (set as Set<string>);
  for (const value of values) own.add(value);
  return own;
}

/** Up to this many reports, a group's sentences are scanned rather than indexed. */
const SCANNED_GROUP_SIZE = 8;

function addSentence(sentences: Map<string, Set<number>>, report: EventDraft): void {
  const starts = sentences.get(report.mention.article);
  if (starts) starts.add(report.mention.start);
  else sentences.set(report.mention.article, new Set([report.mention.start]));
}

function hasSentenceOf(group: Group, report: EventDraft): boolean {
  const { article, start } = report.mention;
  if (group.sentences) return group.sentences.get(article)?.has(start) ?? false;
  // The offset first: a number compares faster than an id, and tells most reports apart.
  return group.reports.some(
    (member) => member.mention.start === start && member.mention.article === article,
  );
}

function addRanked(ranks: Map<string, number>, name: string): void {
  if (!ranks.has(name)) ranks.set(name, ranks.size);
}

/** The names both hold, in the group's order of first mention. */
function sharedInGroupOrder(
  ranks: ReadonlyMap<string, number>,
  names: readonly string[],
): string[] {
  return unique(names.filter((name) => ranks.has(name))).sort(
    (a, b) => (ranks.get(a) as number) - (ranks.get(b) as number),
  );
}

/**
 * The groups of one kind and day, indexed so that a report is compared only with the
 * groups it could join: a busy day with thousands of reports naming the same country does
 * not make merging quadratic. A report naming people can join a group naming people only
 * through a shared person, so those groups are indexed by person; groups naming nobody but
 * countries and organizations, by every name.
 */
interface Bucket {
  groups: Group[];
  byParticipant: GroupIndex;
  byPerson: GroupIndex;
  peoplelessByParticipant: GroupIndex;
  /** Groups naming no one, by place: the only way a report naming no one can join one. */
  anonymousByPlace: GroupIndex;
}

/**
 * Groups by name. Most names of a bucket lead to one group, held as it is: a set for each of
 * a large corpus's millions of entries costs hundreds of megabytes and the garbage
 * collector's time. A second group turns the entry into a set.
 */
type GroupIndex = Map<string, Group | Set<Group>>;

/**
 * The buckets of reports dated to a day or finer, by kind and then day: a report dated to a
 * month walks the days of its month, and a lookup by kind and day needs no key string built
 * for each of them.
 */
type DayBuckets = Map<EventKind, Map<string, Bucket>>;

function newBucket(): Bucket {
  return {
    groups: [],
    byParticipant: new Map(),
    byPerson: new Map(),
    peoplelessByParticipant: new Map(),
    anonymousByPlace: new Map(),
  };
}

/** The groups of `bucket` that `report` could join, in creation order (the first agreeing wins). */
function candidatesFor(bucket: Bucket, report: EventDraft, isPerson: IsPerson): Iterable<Group> {
  const found = new Set<Group>();
  collectCandidates(found, bucket, report, isPerson);
  // A set of one is in creation order already; most reports have at most one candidate.
  return found.size < 2 ? found : [...found].sort(byCreation);
}

/**
 * Adds to `found` the groups of `bucket` that `report` could join, in no particular order.
 * The caller gives the set, so that one looking in many buckets (a coarse report looks in
 * up to 31) can empty and reuse one rather than make a set for each.
 */
function collectCandidates(
  found: Set<Group>,
  bucket: Bucket,
  report: EventDraft,
  isPerson: IsPerson,
): void {
  if (report.participants.length === 0) {
    for (const place of report.places) collect(found, bucket.anonymousByPlace, place);
  } else if (report.participants.some(isPerson)) {
    for (const name of report.participants) {
      if (isPerson(name)) collect(found, bucket.byPerson, name);
      collect(found, bucket.peoplelessByParticipant, name);
    }
  } else {
    for (const name of report.participants) collect(found, bucket.byParticipant, name);
  }
}

// Helpers of the bucket index live at module level: a closure made per call costs a
// function object (and its name) for each of a corpus's hundred thousand reports.
function collect(found: Set<Group>, index: GroupIndex, name: string): void {
  const groups = index.get(name);
  if (groups instanceof Set) for (const group of groups) found.add(group);
  else if (groups) found.add(groups);
}

function addToIndex(index: GroupIndex, name: string, group: Group): void {
  const groups = index.get(name);
  if (groups instanceof Set) groups.add(group);
  else if (!groups) index.set(name, group);
  else if (groups !== group) index.set(name, new Set([groups, group]));
}

function removeFromIndex(index: GroupIndex, name: string, group: Group): void {
  const groups = index.get(name);
  if (groups instanceof Set) groups.delete(group);
  else if (groups === group) index.delete(name);
}

function byCreation(a: Group, b: Group): number {
  return a.order - b.order;
}

function indexGroup(
  bucket: Bucket,
  group: Group,
  report: EventDraft,
  isPerson: IsPerson,
  hadPeople: boolean,
): void {
  // Only groups naming no one take such a report, and they never come to name anyone.
  if (report.participants.length === 0) {
    for (const place of report.places) addToIndex(bucket.anonymousByPlace, place, group);
  }
  for (const name of report.participants) {
    addToIndex(bucket.byParticipant, name, group);
    if (isPerson(name)) addToIndex(bucket.byPerson, name, group);
    if (!group.hasPeople) addToIndex(bucket.peoplelessByParticipant, name, group);
  }
  if (group.hasPeople && !hadPeople) {
    for (const name of group.participants.keys())
      removeFromIndex(bucket.peoplelessByParticipant, name, group);
  }
}

/** Merges every article's event reports into the corpus's dated and undated events. */
export function mergeEvents(drafts: readonly ArticleDraft[]): {
  events: TimelineEvent[];
  undated: TimelineEvent[];
} {
  // A corpus names a few thousand people a hundred thousand times: each name is unified once.
  const rename = memoized(unifyAcrossArticles(drafts));
  const kinds = new Map<string, EntityKind>();
  for (const draft of drafts)
    for (const entity of draft.entities) kinds.set(rename(entity.canonical), entity.kind);
  const isPerson: IsPerson = (name) => kinds.get(name) === 'person';
  const { reports, twins } = setTwinsApart(drafts, rename);
  // A corpus has a few hundred trigger words: each word's family is found once.
  const familyOf = memoized(eventFamily);
  const groups: Group[] = [];
  const buckets = new Map<string, Bucket>();
  const dayBuckets: DayBuckets = new Map();
  for (const report of reports) {
    const family = familyOf(report.lemma);
    if (report.start === null) {
      const group = newGroup(groups.length, family);
      join(group, report, null, isPerson);
      groups.push(group);
      continue;
    }
    const key = bucketKey(report);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = newBucket();
      buckets.set(key, bucket);
      if (isDayOrFiner(report)) addDayBucket(dayBuckets, report, bucket);
    }
    let target: Group | null = null;
    let hadPeople = false;
    for (const group of candidatesFor(bucket, report, isPerson)) {
      const reason = agreement(group, report, family, isPerson);
      if (reason === null) continue;
      hadPeople = group.hasPeople;
      join(group, report, reason, isPerson);
      target = group;
      break;
    }
    if (!target) {
      target = newGroup(groups.length, family);
      join(target, report, null, isPerson);
      groups.push(target);
      bucket.groups.push(target);
    }
    indexGroup(bucket, target, report, isPerson, hadPeople);
  }
  const publishedDay = new Map(
    drafts.map((draft) => [draft.id, draft.published?.slice(0, 10) ?? '']),
  );
  const publishedOf = (article: string) => publishedDay.get(article) || null;
  const absorbed = absorbCoarseReports(groups, buckets, dayBuckets, isPerson, {
    dayAfter: memoized(nextDay),
    publishedOf,
  });
  const texts = new Map(drafts.map((draft) => [draft.id, draft.text]));
  const refersBack = (report: EventDraft) => refersBackToKnownEvent(report, texts);
  // Who each article names: an event named by no one there is no other article's event of
  // people it never mentions. (Asked of few articles: each is gathered when first asked.)
  const draftsById = new Map(drafts.map((draft) => [draft.id, draft]));
  const namedIn = new Map<string, Set<string>>();
  const namesOf = (article: string) => {
    let names = namedIn.get(article);
    if (!names) {
      const entities = draftsById.get(article)?.entities ?? [];
      names = new Set(entities.map((entity) => rename(entity.canonical)));
      namedIn.set(article, names);
    }
    return names;
  };

  for (const group of absorbAnonymousDefinites(
    groups,
    absorbed,
    buckets,
    refersBack,
    isPerson,
    namesOf,
  ))
    absorbed.add(group);
  for (const group of absorbLooselyDated(groups, absorbed, isPerson, {
    pointsBack: (report) => refersBack(report) || ownedByName(report, texts),
    ordinalOf: (report) => ordinalOf(report, texts),
  }))
    absorbed.add(group);
  const pointsBackBare = (report: EventDraft) =>
    refersBack(report) && !completedAfter(report, texts);
  const reportsOf = (article: string) => draftsById.get(article)?.events ?? [];
  for (const group of absorbKnownEvents(groups, absorbed, pointsBackBare, isPerson, namesOf, {
    reportsOf,
    publishedOf,
    rename,
  }))
    absorbed.add(group);
  if (twins.size > 0) joinTwins(groups, absorbed, twins, isPerson);
  const all = inTimeOrder(
    groups.filter((group) => !absorbed.has(group)).map((group) => toEvent(group, publishedDay)),
  );
  const events = all.filter((event) => event.start !== null);
  const undated = all.filter((event) => event.start === null);
  // The events are this function's own (toEvent made them): numbered in place, not copied.
  events.forEach((event, index) => (event.id = `e${index + 1}`));
  undated.forEach((event, index) => (event.id = `u${index + 1}`));
  return { events, undated };
}

/**
 * Every article's reports, names unified, but for the twins: a report of the sentence of
 * an earlier one, with its title, dates, modality and names, is that one's event told by
 * another word ("The scandal erupted": "scandal" is titled by what "erupted" tells of it,
 * "Scandal erupts"). Two events of one sentence never merge otherwise ("announced" and
 * "said" are not one), so twins are set apart here, each under its first, and join its
 * event at the end.
 */
function setTwinsApart(
  drafts: readonly ArticleDraft[],
  rename: (name: string) => string,
): { reports: EventDraft[]; twins: Map<EventDraft, Twin[]> } {
  const reports: EventDraft[] = [];
  const twins = new Map<EventDraft, Twin[]>();
  const addTwin = (first: EventDraft, twin: Twin) => {
    const list = twins.get(first);
    if (list) list.push(twin);
    else twins.set(first, [twin]);
  };
  for (const draft of drafts) {
    // Each report's first: itself, or the report of its sentence it is a twin of.
    const firsts: EventDraft[] = [];
    const retold: number[] = [];
    // A sentence's reports come together: only the current sentence's are compared.
    let sentence: EventDraft[] = [];
    draft.events.forEach((event, index) => {
      const report = withUnifiedNames(event, rename);
      firsts.push(report);
      // (Set apart below, once every report's first is known.)
      if (event.sameEventAs !== undefined) {
        retold.push(index);
        return;
      }
      if (sentence[0]?.mention.start !== report.mention.start) sentence = [];
      const first = sentence.find(
        (other) =>
          other.title === report.title &&
          other.start === report.start &&
          other.end === report.end &&
          other.modality === report.modality &&
          sameNames(other.participants, report.participants),
      );
      if (first) {
        firsts[index] = first;
        addTwin(first, { report, reason: `same sentence, same title (${report.title})` });
      } else {
        sentence.push(report);
        reports.push(report);
      }
    });
    // "after an explosion … The explosion on the rig happened on Tuesday": a report its
    // article dates by another's is that one's event told again.
    for (const index of retold) {
      const report = draft.events[index] as EventDraft;
      const first = firstOfRetold(draft.events, firsts, index);
      if (first) {
        addTwin(first, {
          report: firsts[index] as EventDraft,
          reason: `same event (${eventFamily(report.lemma)}) told again in the article`,
        });
      } else reports.push(firsts[index] as EventDraft);
    }
  }
  return { reports, twins };
}

/** A report set apart to join the event of another report. */
interface Twin {
  report: EventDraft;
  reason: string;
}

/**
 * The first of the report that a retold report's article dates it by, following reports
 * retold in turn; undefined when the chain turns back on itself.
 */
function firstOfRetold(
  events: readonly EventDraft[],
  firsts: readonly EventDraft[],
  index: number,
): EventDraft | undefined {
  const seen = new Set<number>([index]);
  let at = events[index]?.sameEventAs;
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    const next = events[at]?.sameEventAs;
    if (next === undefined) return firsts[at];
    at = next;
  }
  return undefined;
}

function sameNames(names: readonly string[], others: readonly string[]): boolean {
  return names.length === others.length && names.every((name) => others.includes(name));
}

/** Joins each twin to the event its first report ended in. */
function joinTwins(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  twins: ReadonlyMap<EventDraft, readonly Twin[]>,
  isPerson: IsPerson,
): void {
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    for (const member of [...group.reports])
      for (const twin of twins.get(member) ?? []) join(group, twin.report, twin.reason, isPerson);
  }
}

/**
 * "arrested in January" and "arrested on January 9": a report dated to a week or a month
 * joins the one day-dated event inside that period that agrees with it, and so do the
 * reports already merged with it on that same period (two articles that say "agreed last
 * month"). Each coarse group looks up at most 31 day buckets, through their indexes, so
 * this stays linear.
 */
function absorbCoarseReports(
  groups: Group[],
  buckets: Map<string, Bucket>,
  dayBuckets: DayBuckets,
  isPerson: IsPerson,
  days: {
    dayAfter: (day: string) => string;
    /** The day an article was published, or null. */
    publishedOf: (article: string) => string | null;
  },
): Set<Group> {
  const { dayAfter, publishedOf } = days;
  const absorbed = new Set<Group>();
  // A year holds hundreds of days: a year-dated report looks only at the days that have a
  // group of its word family (indexed when first needed; absorbing adds no group to a day).
  let familyDays: Map<string, string[]> | null = null;
  const daysOfFamily = (kind: EventKind, family: string): string[] => {
    if (!familyDays) {
      familyDays = new Map();
      for (const [dayKind, byDay] of dayBuckets)
        for (const [day, bucket] of byDay)
          for (const member of bucket.groups) {
            const key = `${dayKind}|${member.family}`;
            const list = familyDays.get(key) ?? [];
            if (list.at(-1) !== day) list.push(day);
            familyDays.set(key, list);
          }
      for (const list of familyDays.values()) list.sort();
    }
    return familyDays.get(`${kind}|${family}`) ?? [];
  };
  for (const group of groups) {
    const report = group.reports[0];
    if (
      !report?.start ||
      group.reports.some(
        (member) => member.start !== report.start || member.granularity !== report.granularity,
      )
    )
      continue;
    const rank = granularityRank(report.granularity ?? 'day');
    if (rank >= granularityRank('day') || rank < granularityRank('month')) {
      // "unveiled the iPhone in 2007": a year holds the one day that agrees with an act
      // done, as a month does (not a plan for the year, nor a market's move, made of a
      // year's days: "shares lost half their value this year").
      if (
        report.granularity !== 'year' ||
        report.modality !== 'actual' ||
        report.kind === 'market-move'
      )
        continue;
    }
    // Nor a state or a run of acts since a year or a month ("has kept rates near zero since
    // 2008", "has met Lund several times since April"): no one act of it.
    if (isSinceState(report)) continue;
    const kindDays = dayBuckets.get(report.kind);
    const from = report.start.slice(0, 10);
    const until = (report.end ?? '').slice(0, 10);
    // "had lent money to the lender earlier in the year", in an article of 29 September:
    // what it tells as done was done by then, not the loan of 30 September another tells.
    const published = report.modality === 'actual' ? publishedOf(report.mention.article) : null;
    const byThen = (day: string) => published === null || day <= published;
    const within =
      report.granularity === 'year'
        ? daysOfFamily(report.kind, group.family).filter(
            (day) => day >= from && day < until && byThen(day),
          )
        : [...monthDays(report, dayAfter)].filter(byThen);
    const target = kindDays
      ? onlyAgreeingGroup(kindDays, report, group.family, isPerson, within)
      : null;
    if (!target) continue;
    const reason = agreement(target, report, group.family, isPerson) as string;
    const why = reason.replace(
      /same date \([^)]*\)/,
      `date agrees (${report.start.slice(0, 10)} ${report.granularity} contains ${target.reports[0]?.start?.slice(0, 10)})`,
    );
    const targetBucket = buckets.get(bucketKey(target.reports[0]!));
    for (const member of group.reports) {
      const hadPeople = target.hasPeople;
      join(target, member, why, isPerson);
      // Its new names must find it too, as they would have by scanning the day's groups.
      if (targetBucket) indexGroup(targetBucket, target, member, isPerson, hadPeople);
    }
    absorbed.add(group);
  }
  return absorbed;
}

/**
 * The one day-dated group inside a coarse report's period that agrees with it (the first
 * made of those on one day), or null when none do or groups of two days do: two arrests in
 * January leave "arrested in January" unresolved. Of groups of several days, the one day's
 * that names what the report acted on is it: "agreed in September to buy Merrill" is the
 * agreement of the 14th to buy Merrill, not "its agreement, announced two weeks ago" of the
 * 16th, which names nothing bought. Stops once the answer cannot change: in a dense corpus
 * a month holds thousands of groups sharing a name.
 */
function onlyAgreeingGroup(
  days: ReadonlyMap<string, Bucket>,
  report: EventDraft,
  family: string,
  isPerson: IsPerson,
  within: Iterable<string>,
): Group | null {
  // One set, emptied for each day: a month of days would otherwise make a set for each.
  const candidates = new Set<Group>();
  const patients = namesAs(report, 'patient');
  const namesActedOn = (group: Group) => patients.some((name) => group.patients.has(name));
  let found: Group | null = null;
  let agreeingDays = 0;
  // The agreeing group that names what the report acted on, and on how many days one was.
  let actedOn: Group | null = null;
  let actedOnDays = 0;
  for (const day of within) {
    const bucket = days.get(day);
    if (!bucket) continue;
    candidates.clear();
    collectCandidates(candidates, bucket, report, isPerson);
    // The first made agreeing group of the day, and of those that name what was acted on.
    let first: Group | null = null;
    let firstActedOn: Group | null = null;
    // The index, not every group of the day: a month of a busy story holds thousands. In no
    // particular order: whichever order they come in, the first made agreeing group is found.
    for (const candidate of candidates) {
      // (Two agreeing groups on one day are one day, "Apple unveils iPhone" and "Steve Jobs
      // unveiled the company's phone" told apart on 9 January: the report joins the first
      // made. On two days, they leave it alone.)
      const later = (than: Group | null) => than !== null && than.order < candidate.order;
      if (later(first) && (later(firstActedOn) || !namesActedOn(candidate))) continue;
      // ("Also in October, it bought JotSpot" does not agree with the purchase of YouTube of
      // 9 October: what each acted on differs.)
      if (agreement(candidate, report, family, isPerson) === null) continue;
      if (!later(first)) first = candidate;
      if (namesActedOn(candidate) && !later(firstActedOn)) firstActedOn = candidate;
    }
    if (first && ++agreeingDays === 1) found = first;
    if (firstActedOn && ++actedOnDays === 1) actedOn = firstActedOn;
    if (agreeingDays > 1 && (patients.length === 0 || actedOnDays > 1)) return null;
  }
  return agreeingDays > 1 ? actedOn : found;
}

/** The days of a month-dated report's period, in order (a month's at most). */
function* monthDays(report: EventDraft, dayAfter: (day: string) => string): Generator<string> {
  const start = report.start ?? '';
  const end = (report.end ?? start).slice(0, 10);
  for (
    let day = start.slice(0, 10), steps = 0;
    day < end && steps < 31;
    day = dayAfter(day), steps++
  )
    yield day;
}

/**
 * "The first flight will take off … on October 25" names no one, yet its words point back
 * to a flight the reader knows: it joins the one event of its word family told for that
 * day by another article that names someone its article names ("The A380 will make a
 * special charity flight on October 25"); two such events leave it alone. With none, it
 * joins the first told of those that name no one either ("the explosion" and "the rig
 * exploded", both of April 20): one day's happenings of one word are seldom two.
 */
function absorbAnonymousDefinites(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  buckets: ReadonlyMap<string, Bucket>,
  refersBack: (report: EventDraft) => boolean,
  isPerson: IsPerson,
  namesOf: (article: string) => ReadonlySet<string>,
): Set<Group> {
  const out = new Set<Group>();
  // Each bucket's groups by word family, made when first needed: a busy day holds
  // thousands of groups, few of one family. Joining below adds no group to a bucket.
  const byFamily = new Map<Bucket, Map<string, Group[]>>();
  for (const group of groups) {
    const report = group.reports[0] as EventDraft;
    if (absorbed.has(group) || group.reports.length > 1 || report.participants.length > 0) continue;
    if (!isExplicit(report) || !refersBack(report)) continue;
    const bucket = buckets.get(bucketKey(report));
    if (!bucket) continue;
    let target: Group | null = null;
    let several = false;
    let anonymous: Group | null = null;
    // (A year's or a month's happenings of one word are many: there, one that names no one
    // is one more.)
    const dayDated = isDayOrFiner(report);
    // The day's groups that name someone its article names, found through the index once.
    let named: Set<Group> | null = null;
    for (const other of groupsOfFamily(byFamily, bucket, group.family)) {
      if (other === group || absorbed.has(other) || out.has(other)) continue;
      if (other.reports.some((member) => member.mention.article === report.mention.article))
        continue;
      // Named places or amounts that differ tell another event ("the flight from Oslo"); so
      // do participants its article never names ("The boards approved the agreement on
      // Sunday" in an airline story is no agreement of Greece's with the IMF).
      if (differentPlaces(other, report) || differentQuantities(other, report.quantities)) continue;
      if (other.participants.size > 0) {
        if (!named) {
          named = new Set();
          for (const name of namesOf(report.mention.article))
            collect(named, bucket.byParticipant, name);
        }
        if (!named.has(other)) continue;
      } else if (dayDated) {
        anonymous ??= other;
        continue;
      }
      several = target !== null;
      if (several) break;
      target = other;
    }
    if (several) continue;
    const joined = target ?? anonymous;
    if (!joined) continue;
    join(
      joined,
      report,
      target
        ? `same event (${group.family}) told for the same day, the only one`
        : `same event (${group.family}) told for the same day, naming no one either`,
      isPerson,
    );
    out.add(group);
  }
  return out;
}

/** The groups of `bucket` of one word family, in creation order; indexed on first use. */
function groupsOfFamily(
  byFamily: Map<Bucket, Map<string, Group[]>>,
  bucket: Bucket,
  family: string,
): readonly Group[] {
  let families = byFamily.get(bucket);
  if (!families) {
    families = new Map();
    for (const group of bucket.groups) {
      const list = families.get(group.family);
      if (list) list.push(group);
      else families.set(group.family, [group]);
    }
    byFamily.set(bucket, families);
  }
  return families.get(family) ?? [];
}

/**
 * Whether a verb names two of its participants, which makes it as particular as a definite
 * noun ("Northrop and EADS defeat Boeing"); not a meeting, a call or a trip, which the same
 * people make again and again ("Costa meets Apex Logistics").
 */
function namesItsSides(report: EventDraft): boolean {
  return report.participants.length >= 2 && !OCCASIONS.has(report.kind);
}

/** Dated by its own words (or those of its clause), not by the publication day. */
function isExplicit(report: EventDraft): boolean {
  const basis = report.mention.dateBasis;
  return (
    report.start !== null &&
    (basis === 'own-timex' || basis === 'governing-timex' || basis === 'same-event-in-article')
  );
}

/**
 * "the bankruptcy of Chrysler" in an article of June, dated only by its publication day
 * (or not at all), is the filing another article dates 30 April: a loosely dated report
 * joins the one explicitly dated event of the same word family that shares a participant
 * and lies on or before it. Two candidates leave it alone.
 */
function absorbLooselyDated(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  isPerson: IsPerson,
  words: {
    /** Whether a report's noun points back to a known one ("the bankruptcy", "Lehman's"). */
    pointsBack: (report: EventDraft) => boolean;
    /** The ordinal counting a report's noun in a series ("its second reduction"), or null. */
    ordinalOf: (report: EventDraft) => string | null;
  },
): Set<Group> {
  const { pointsBack: refersBack, ordinalOf } = words;
  // Explicitly dated groups by family and actor: each loose report looks up only the
  // groups it could join (a corpus says "said" a hundred thousand times).
  const explicitByKey = new Map<string, Group[]>();
  // Told once per group: joining loose reports below leaves an explicitly dated group so.
  const explicit = new Set<Group>();
  for (const group of groups) {
    // "in an effort to avoid bankruptcy on Friday" dates no bankruptcy that happened.
    if (
      absorbed.has(group) ||
      !group.reports.some((report) => isExplicitlyActual(report) && !isSinceState(report))
    )
      continue;
    explicit.add(group);
    const family = group.family;
    for (const actor of actorsOf(group, isPerson)) {
      const key = `${family}|${actor}`;
      const list = explicitByKey.get(key) ?? [];
      list.push(group);
      explicitByKey.set(key, list);
    }
  }
  const out = new Set<Group>();
  for (const group of groups) {
    if (absorbed.has(group) || explicit.has(group)) continue;
    const report = group.reports[0] as EventDraft;
    // (Nor is a run of acts since a month one of them: "has met Lund several times since
    // January" is no meeting another article dates.)
    if (isSinceState(report)) continue;
    if (report.modality !== 'actual') continue;
    // Sayings and plans recur: only occurrences are linked this loosely, and only when the
    // words point back to one known ("the bankruptcy", "its flight"), not "a flight".
    // A dated verb naming two of its participants ("Northrop and EADS defeat Boeing") is
    // as particular as a definite noun.
    // An index or a price moves every trading day: "the Nikkei 225 fell 3.7 percent" in a
    // story of 2008 is no fall another article dates in 2007.
    if (
      report.eventClass !== 'OCCURRENCE' ||
      report.kind === 'market-move' ||
      !(refersBack(report) || (report.start !== null && namesItsSides(report)))
    )
      continue;
    const family = group.family;
    const articles = new Set(group.reports.map((member) => member.mention.article));
    const day = report.start?.slice(0, 10) ?? null;
    const candidates = new Set<Group>();
    // Two groups on one day are one occasion told twice (one article's two mentions);
    // candidates on different days leave the report alone, so a second day ends the search
    // (a name said in every article of a large corpus has thousands of candidates).
    let candidateDay: string | null = null;
    let severalDays = false;
    const amounts = [...group.quantities];
    // "came a year after Apple introduced the Mac mini": a date counted from another event
    // is a verb's own, if loose: it joins only an event of its period (not the
    // introduction of 2001). (A definite noun points back to the known event whatever
    // span its sentence counts: "recovered from their bankruptcy a year after …".)
    const countedFromEvent = report.mention.dateBasis === 'event-relative' && !refersBack(report);
    // "the Fed's sixth reduction since September" is not its second: a noun counted in a
    // series is the known one only when that one is counted the same.
    const ordinal = ordinalOf(report);
    search: for (const actor of actorsOf(group, isPerson))
      for (const candidate of explicitByKey.get(`${family}|${actor}`) ?? [])
        if (
          // (One its article dates by its words is of another day; one it joined loosely,
          // as this one would, is the same.)
          !candidate.reports.some(
            (member) => articles.has(member.mention.article) && isExplicit(member),
          ) &&
          !differentPatients(candidate, group) &&
          !differentAgents(candidate, group) &&
          !differentQuantities(candidate, amounts) &&
          !actsOnOthers(group, candidate) &&
          (ordinal === null || ordinalOf(explicitReport(candidate) as EventDraft) === ordinal) &&
          (day === null || explicitDay(candidate) <= day) &&
          (!countedFromEvent || isOfPeriod(report, explicitDay(candidate)))
        ) {
          const its = explicitDay(candidate);
          if (candidateDay !== null && its !== candidateDay) {
            // "had just exited bankruptcy" in 2009 and the filing of 30 April: a coarse
            // date that holds the other's day is the same occasion, told less exactly.
            if (covers(explicitReport(candidate), candidateDay)) continue;
            if ([...candidates].every((known) => covers(explicitReport(known), its))) {
              candidates.clear();
            } else {
              severalDays = true;
              break search;
            }
          }
          candidateDay = its;
          candidates.add(candidate);
        }
    if (candidates.size === 0 || severalDays) continue;
    const [target] = [...candidates].sort((a, b) => a.order - b.order) as [Group];
    const shared = report.participants.filter((name) => target.participants.has(name));
    for (const member of group.reports)
      join(
        target,
        member,
        `same event (${family}) with ${shared.join(', ')}, dated by the other report`,
        isPerson,
      );
    out.add(group);
  }
  return out;
}

/**
 * "Relatives of the workers who died in the explosion criticized the remark", "BP's shares
 * have lost a third of their value since the explosion": a noun of an event that names no
 * one and that its article dates only by its sentence, or not at all, is the event of its
 * word family the story has told, dated to a day by other articles: of the days on or
 * before its sentence's day on which events of the family that two articles tell name
 * someone its article names, the one most reports tell (none on a tie: two explosions are
 * two).
 */
function absorbKnownEvents(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  refersBack: (report: EventDraft) => boolean,
  isPerson: IsPerson,
  namesOf: (article: string) => ReadonlySet<string>,
  articles: {
    reportsOf: (article: string) => readonly EventDraft[];
    publishedOf: (article: string) => string | null;
    /** The name an article's name is across articles (its reports' names are their own). */
    rename: (name: string) => string;
  },
): Set<Group> {
  const { reportsOf, publishedOf, rename } = articles;
  const out = new Set<Group>();
  // The day-dated groups of each family by the names they hold, found when first asked.
  let known: Map<string, Map<string, Group[]>> | null = null;
  for (const group of groups) {
    const report = group.reports[0] as EventDraft;
    if (absorbed.has(group) || group.reports.length > 1 || !report.nominal) continue;
    if (report.participants.length > 0 || report.modality !== 'actual') continue;
    if (report.start !== null && !isBorrowedDate(report.mention.dateBasis)) continue;
    if (!refersBack(report)) continue;
    known ??= dayGroupsByFamilyAndName(groups, absorbed);
    const byName = known.get(group.family);
    if (!byName) continue;
    const article = report.mention.article;
    // (An undated one is still of no day after its article's.)
    const latest = report.start?.slice(0, 10) ?? publishedOf(article);
    // The groups that name someone its article names (through the index: a busy family
    // holds thousands), each once.
    const candidates = new Set<Group>();
    for (const name of namesOf(article))
      for (const candidate of byName.get(name) ?? []) candidates.add(candidate);
    // "BP's shares have lost a third of their value since the explosion", in an article
    // that never names the rig: the one such event the whole story tells, in three articles
    // or more, is the one it means.
    if (candidates.size === 0) {
      const central = centralEventOf(byName);
      if (central) candidates.add(central);
    }
    // Per day, the reports told and the first made group.
    const told = new Map<string, { group: Group; reports: number }>();
    for (const candidate of candidates) {
      const day = explicitDay(candidate);
      // (Not one its article dates by its words: a report of it there left apart is of
      // another; one its article only refers to, as this one does, is the same.)
      if ((latest !== null && day > latest) || datesInArticle(candidate, article)) continue;
      const tally = told.get(day);
      if (!tally) told.set(day, { group: candidate, reports: candidate.reports.length });
      else {
        tally.reports += candidate.reports.length;
        if (candidate.order < tally.group.order) tally.group = candidate;
      }
    }
    // The day most reports tell, when no other day is told as often.
    let best: { group: Group; reports: number } | null = null;
    let tie = false;
    for (const tally of told.values()) {
      if (best && tally.reports === best.reports) tie = true;
      else if (!best || tally.reports > best.reports) {
        best = tally;
        tie = false;
      }
    }
    if (!best || tie) continue;
    // "Facebook agreed on Wednesday to buy WhatsApp … Under the agreement": an article
    // that dates an event of the family itself, on another day, tells of that one.
    // (Looked up in the article's own reports: an index of every article's would hold
    // a report of most events of a large corpus.)
    const day = explicitDay(best.group);
    const ownOfAnotherDay = reportsOf(article).some(
      (other) =>
        isExplicit(other) && eventFamily(other.lemma) === group.family && !isOfPeriod(other, day),
    );
    if (ownOfAnotherDay) continue;
    // "S&P downgraded nine countries on Friday … by the time the decision was announced":
    // a noun its article dates to the day its story tells is that day's act when the
    // article has the same doer act that day, not an older act of the doer's.
    if (report.start !== null && actsThatDay(reportsOf(article), report, best.group, rename))
      continue;
    join(
      best.group,
      report,
      `same event (${group.family}) the story told, dated by the other reports`,
      isPerson,
    );
    out.add(group);
  }
  return out;
}

/**
 * Whether one of `reports`, dated by its own words to `report`'s day, is done by someone of
 * `group` on another day.
 */
function actsThatDay(
  reports: readonly EventDraft[],
  report: EventDraft,
  group: Group,
  rename: (name: string) => string,
): boolean {
  const day = (report.start ?? '').slice(0, 10);
  if (day === explicitDay(group)) return false;
  return reports.some(
    (other) =>
      other !== report &&
      isExplicitlyActual(other) &&
      isOfPeriod(other, day) &&
      other.participants.some((name) => group.participants.has(rename(name))),
  );
}

/** Whether one of the group's reports is of the article and dated by its own words. */
function datesInArticle(group: Group, article: string): boolean {
  return (
    hasArticle(group, article) &&
    group.reports.some((member) => member.mention.article === article && isExplicit(member))
  );
}

/** Whether one of the group's reports is of the article. */
function hasArticle(group: Group, article: string): boolean {
  if (group.sentences) return group.sentences.has(article);
  return group.reports.some((member) => member.mention.article === article);
}

/**
 * The groups an explicit actual report dates to a day, naming someone, that articles have
 * told more than once (the story's events, not one more deal or gain), by word family and
 * by each name they hold.
 */
function dayGroupsByFamilyAndName(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
): Map<string, Map<string, Group[]>> {
  const byFamily = new Map<string, Map<string, Group[]>>();
  for (const group of groups) {
    if (absorbed.has(group) || group.participants.size === 0 || !toldTwice(group)) continue;
    const report = explicitReport(group);
    if (!report || report.modality !== 'actual' || !isDayOrFiner(report)) continue;
    let byName = byFamily.get(group.family);
    if (!byName) byFamily.set(group.family, (byName = new Map()));
    for (const name of group.participants.keys()) {
      const list = byName.get(name);
      if (list) list.push(group);
      else byName.set(name, [group]);
    }
  }
  return byFamily;
}

/** How many articles must tell an event for a noun naming no one to mean it unasked. */
const CENTRAL_ARTICLES = 3;

/**
 * The one day-dated event of a word family the story tells (see dayGroupsByFamilyAndName),
 * when three articles or more tell it; null when the family has two such events, or one
 * told less.
 */
function centralEventOf(byName: ReadonlyMap<string, readonly Group[]>): Group | null {
  let only: Group | null = null;
  for (const groups of byName.values())
    for (const group of groups) {
      if (only !== null && group !== only) return null;
      only = group;
    }
  if (only === null) return null;
  const articles = new Set(only.reports.map((report) => report.mention.article));
  return articles.size >= CENTRAL_ARTICLES ? only : null;
}

/** Whether two articles report the group's event. */
function toldTwice(group: Group): boolean {
  const first = group.reports[0]?.mention.article;
  return group.reports.some((report) => report.mention.article !== first);
}

/** Words before a noun that point back to an event the reader knows: "the", "its". */
// The words between are modifiers, never a verb: "the A380s is flying" is no "the flying".
const MODIFIER = String.raw`(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might)\s)[\w-]+\s+)`;
const DEFINITE_BEFORE = new RegExp(
  String.raw`\b(?:the|its|their|his|her|this|that)\s+${MODIFIER}{0,2}$`,
  'i',
);
/** A name's possessive before a noun: "Lehman's bankruptcy", "the Fed's second cut". */
const OWNER_BEFORE = new RegExp(String.raw`[\w.&-](?:['’]s|s['’])\s+${MODIFIER}{0,2}$`, 'i');
/** An ordinal before a noun: "its second reduction", "the Fed's sixth cut". */
const ORDINAL_BEFORE = new RegExp(String.raw`\b(${ORDINAL_WORD_LIST})\s+(?:[\w-]+\s+)?$`, 'i');
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;

/** Prepositions after a noun that bring in what it was of or about. */
const COMPLEMENT_AFTER = /^\s+(?:of|on|over|for|with|between|to|against|by|in)\b/i;

/**
 * Whether a noun's words go on to say what it was of or about ("the agreement on the debt
 * ceiling", "the sale of its stake"): a particular one, not the one the story told.
 */
function completedAfter(report: EventDraft, texts: ReadonlyMap<string, string>): boolean {
  const trigger = report.mention.trigger;
  const text = texts.get(report.mention.article);
  if (!trigger || !text) return false;
  return COMPLEMENT_AFTER.test(text.slice(trigger.end, trigger.end + 12));
}

/**
 * Whether a report's trigger is a definite nominal ("the bankruptcy of Chrysler", "its
 * maiden flight"), which points back to an event told elsewhere; a verb ("received") or
 * an indefinite noun ("after a flight") tells one of its own.
 */
function refersBackToKnownEvent(report: EventDraft, texts: ReadonlyMap<string, string>): boolean {
  const before = textBefore(report, texts);
  return DEFINITE_BEFORE.test(before) && !INDEFINITE_BEFORE.test(before);
}

/** The words a report's trigger follows in its sentence, up to 40 characters. */
function textBefore(report: EventDraft, texts: ReadonlyMap<string, string>): string {
  const trigger = report.mention.trigger;
  const text = texts.get(report.mention.article);
  if (!trigger || !text) return '';
  return text.slice(Math.max(report.mention.start, trigger.start - 40), trigger.start);
}

/**
 * Whether a report's trigger is a noun a name owns ("Lehman's bankruptcy"): as definite as
 * "its bankruptcy", and of the one it names. Not a plural: "GM's sales" are many acts, not
 * the one another article dates.
 */
function ownedByName(report: EventDraft, texts: ReadonlyMap<string, string>): boolean {
  const trigger = report.mention.trigger;
  const word = trigger ? texts.get(report.mention.article)?.slice(trigger.start, trigger.end) : '';
  const plural = word !== undefined && /s$/i.test(word) && word.toLowerCase() !== report.lemma;
  return report.nominal === true && !plural && OWNER_BEFORE.test(textBefore(report, texts));
}

/** The ordinal that counts a report's noun in a series ("its second reduction"), or null. */
function ordinalOf(report: EventDraft, texts: ReadonlyMap<string, string>): string | null {
  return ORDINAL_BEFORE.exec(textBefore(report, texts))?.[1]?.toLowerCase() ?? null;
}

function isExplicitlyActual(report: EventDraft): boolean {
  return isExplicit(report) && report.modality === 'actual';
}

function explicitDay(group: Group): string {
  return (explicitReport(group)?.start ?? '').slice(0, 10);
}

function explicitReport(group: Group): EventDraft | undefined {
  return group.reports.find(isExplicitlyActual);
}

/**
 * Whether a year- or month-dated report runs on past its period ("has kept rates near zero
 * since 2008", "has lowered its rate by a point since September", to the day it is told):
 * a state or a run of acts since then, not an act within the period.
 */
function isSinceState(report: EventDraft): boolean {
  if (report.end === null || report.start === null) return false;
  if (report.granularity !== 'year' && report.granularity !== 'month') return false;
  const start = parseDay(report.start.slice(0, 10));
  if (!start) return false;
  const periodEnd = formatDay(
    report.granularity === 'year'
      ? { year: start.year + 1, month: 1, day: 1 }
      : shiftMonths({ ...start, day: 1 }, 1),
  );
  return report.end.slice(0, 10) > periodEnd;
}

/** Whether `day` is a report's day, or lies in its period. */
function isOfPeriod(report: EventDraft, day: string): boolean {
  const start = report.start?.slice(0, 10) ?? '';
  return report.end === null ? day === start : start <= day && day < report.end.slice(0, 10);
}

/** Whether a report's date is coarser than a day and holds `day` ("2009" holds 2009-04-30). */
function covers(report: EventDraft | undefined, day: string): boolean {
  return (
    report?.start != null &&
    report.end !== null &&
    granularityRank(report.granularity ?? 'day') < granularityRank('day') &&
    report.start.slice(0, 10) <= day &&
    day < report.end.slice(0, 10)
  );
}

/**
 * "Apple unveils iPhone" and "Apple chief executive Steve Jobs unveils iPhone": a person on
 * one side and bodies on the other, acting on one same thing, tell one act (not an
 * occasion, whose sides differ: "Kerry met Lavrov", "Russia met Turkey").
 */
function personAndBody(
  group: Group,
  report: EventDraft,
  agents: readonly string[],
  isPerson: IsPerson,
): boolean {
  if (OCCASION_KINDS.has(report.kind)) return false;
  const side = (names: Iterable<string>) => {
    const kinds = new Set([...names].map(isPerson));
    return kinds.size === 1 ? kinds.has(true) : null;
  };
  const ours = side(group.agents);
  const theirs = side(agents);
  if (ours === null || theirs === null || ours === theirs) return false;
  return namesAs(report, 'patient').some((name) => group.patients.has(name));
}

/** The names a report gives one role: who did it, with whom, to whom or what. */
function namesAs(report: EventDraft, role: 'agent' | 'partner' | 'patient'): string[] {
  return report.roles.filter((entry) => entry.role === role).map((entry) => entry.name);
}

/**
 * Whether the group and the report each name a side the event was done with, and none is
 * the same: one who acts in either is no other side ("the deal between Boeing and
 * Aeroflot" beside "Boeing reached a deal"), nor is a country, which says little.
 */
function differentPartners(group: Group, report: EventDraft, agents: readonly string[]): boolean {
  if (group.partners.size === 0) return false;
  const side = (name: string) =>
    !group.agents.has(name) && !agents.includes(name) && !isCountryLike(name);
  const theirs = namesAs(report, 'partner').filter(side);
  if (theirs.length === 0) return false;
  const ours = [...group.partners].filter(side);
  return ours.length > 0 && !theirs.some((name) => ours.includes(name));
}

/**
 * "agreed to buy YouTube" and "licensing agreements with Sony BMG and Warner Music": one
 * names what it acts on, the other whom it deals with, and no name is in both (one who
 * acts in either is no other side, nor is a country, which says little).
 */
function dealtWithOthers(group: Group, report: EventDraft, agents: readonly string[]): boolean {
  const side = (name: string) =>
    !group.agents.has(name) && !agents.includes(name) && !isCountryLike(name);
  const ours = [...group.patients, ...group.partners].filter(side);
  const theirs = [...namesAs(report, 'patient'), ...namesAs(report, 'partner')].filter(side);
  return otherNames(new Set(ours), theirs);
}

/** "buys Pebble Brands" and "buys Larkspur": both say what was acted on, and it differs. */
function differentPatients(a: Group, b: Group): boolean {
  return otherNames(a.patients, [...b.patients]);
}

/** Whether the report and the group both say what was acted on, and it differs. */
function actsOnOtherNames(group: Group, report: EventDraft): boolean {
  return otherNames(group.patients, namesAs(report, 'patient'));
}

/**
 * Whether both name someone and no name is in both: "bought JotSpot" is not "bought
 * YouTube". A name that begins another is no other ("Embraer" and "Embraer 190", "Merrill
 * Lynch" and "Merrill Lynch & Co.").
 */
function otherNames(known: ReadonlySet<string>, names: readonly string[]): boolean {
  if (known.size === 0 || names.length === 0) return false;
  return !names.some(
    (name) =>
      known.has(name) ||
      [...known].some((other) => beginsName(other, name) || beginsName(name, other)),
  );
}

/** Whether `name` opens with all of `start`'s words ("Embraer" begins "Embraer 190"). */
function beginsName(name: string, start: string): boolean {
  return (
    name.length > start.length && name.startsWith(start) && /^[\s,]/.test(name.slice(start.length))
  );
}

function differentPlaces(group: Group, report: EventDraft): boolean {
  return (
    group.places.size > 0 &&
    report.places.length > 0 &&
    !report.places.some((place) => group.places.has(place))
  );
}

function differentQuantities(group: Group, amounts: readonly string[]): boolean {
  return (
    group.quantities.size > 0 &&
    amounts.length > 0 &&
    !amounts.some(
      (amount) =>
        group.quantities.has(amount) ||
        [...group.quantities].some((known) => sameAmount(known, amount)),
    )
  );
}

function differentAgents(a: Group, b: Group): boolean {
  return (
    a.agents.size > 0 && b.agents.size > 0 && ![...b.agents].some((name) => a.agents.has(name))
  );
}

/**
 * Whether a loosely dated group says what was acted on by a name the event it would join
 * never names: "He also introduced Apple TV", in a story of January, is no introduction of
 * August whose reports never name Apple TV, though both are Jobs'.
 */
function actsOnOthers(loose: Group, known: Group): boolean {
  return (
    loose.patients.size > 0 && otherNames(new Set(known.participants.keys()), [...loose.patients])
  );
}

/** The people and organizations that act or are acted on (a shared country says little). */
function actorsOf(group: Group, isPerson: IsPerson): Set<string> {
  const actors = new Set<string>();
  for (const report of group.reports)
    for (const role of report.roles)
      if (role.role !== 'other' && (isPerson(role.name) || !isCountryLike(role.name)))
        actors.add(role.name);
  return actors;
}

function isCountryLike(name: string): boolean {
  return countryOf(name) !== null;
}

/**
 * A report with its names unified across articles. Most reports name no one that another
 * article names more fully: they are kept as they are, not copied (a copy of each of a
 * corpus's million reports costs hundreds of megabytes and the garbage collector's time).
 */
function withUnifiedNames(event: EventDraft, rename: (name: string) => string): EventDraft {
  const participants = unique(event.participants.map(rename));
  const sameParticipants =
    participants.length === event.participants.length &&
    participants.every((name, index) => name === event.participants[index]);
  if (sameParticipants && event.roles.every((role) => rename(role.name) === role.name))
    return event;
  return {
    ...event,
    participants,
    roles: event.roles.map((role) => ({ ...role, name: rename(role.name) })),
  };
}

/** `compute` remembering its answer for each argument, for the one call it serves. */
function memoized(compute: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

function nextDay(day: string): string {
  const parsed = parseDay(day);
  return parsed ? formatDay(shiftDays(parsed, 1)) : day;
}

/** Reports are compared only within a bucket: same kind, same day (or same coarse period). */
function bucketKey(report: EventDraft): string {
  const start = report.start ?? '';
  return isDayOrFiner(report)
    ? `${report.kind}|${start.slice(0, 10)}`
    : `${report.kind}|${report.granularity}|${start.slice(0, 10)}`;
}

function isDayOrFiner(report: EventDraft): boolean {
  return granularityRank(report.granularity ?? 'day') >= granularityRank('day');
}

function addDayBucket(dayBuckets: DayBuckets, report: EventDraft, bucket: Bucket): void {
  const day = (report.start ?? '').slice(0, 10);
  const days = dayBuckets.get(report.kind);
  if (days) days.set(day, bucket);
  else dayBuckets.set(report.kind, new Map([[day, bucket]]));
}

/** Kinds that name an occasion, whatever the word: "met", "talks" and "meeting" are one. */
const OCCASION_KINDS: ReadonlySet<EventKind> = new Set([
  'meeting',
  'phone-call',
  'arrival',
  'departure',
  'bankruptcy',
  'death',
  'election',
  'military',
  'agreement',
]);

/** Whether a report dated to a day or finer lasts past the day it starts. */
function spansDays(report: EventDraft): boolean {
  if (!report.start || !report.end || !isDayOrFiner(report)) return false;
  return report.end.slice(0, 10) > nextDay(report.start.slice(0, 10));
}

/** Whether the report tells a market move the same way as the group's first report. */
function sameMove(group: Group, report: EventDraft): boolean {
  const first = group.reports[0];
  if (report.kind !== 'market-move' || first?.kind !== 'market-move') return false;
  const direction = moveDirection(report.lemma);
  return direction !== null && direction === moveDirection(first.lemma);
}

/**
 * Why the report is the group's event, or null when it is a look-alike. Decided by lookups
 * in the group's sets (a group may hold thousands of reports); the reason is written out
 * only for a match.
 */
function agreement(
  group: Group,
  report: EventDraft,
  family: string,
  isPerson: IsPerson,
): string | null {
  // Words of one family ("deliver", "delivery") report one event; for kinds that name
  // an occasion ("meeting", "bankruptcy"), the kind alone may join "met" and "talks".
  // So are a market's moves of one day the same way ("fell", "lost", "its biggest drop").
  const sameFamily =
    group.reports.length === 0 || group.family === family || sameMove(group, report);
  if (!OCCASION_KINDS.has(report.kind) && !sameFamily) return null;
  // Two events of one sentence are two events: "announced" and "said" are not one.
  if (hasSentenceOf(group, report)) return null;
  // "is seeking to cut 31,500 jobs" and "is also seeking to sell a truck maker": two intents.
  if (intendsOther(group, report)) return null;
  // "has fallen 2,000 points since September 29" lasts from that day on: it is not the
  // fall of September 29.
  const first = group.reports[0];
  if (first && spansDays(first) !== spansDays(report)) return null;
  // "will begin production in 2006" and "a deal begun last year": a beginning or an end
  // is of something else, and within a month or a year two of them are one only when
  // they say the same of what.
  if (
    report.eventClass === 'ASPECTUAL' &&
    !isDayOrFiner(report) &&
    group.reports.length > 0 &&
    group.reports[0]?.title !== report.title
  )
    return null;
  // "Obama described the bankruptcy" and "Henderson described it": each names who did it,
  // and they differ ("Boeing delivers" and "Boeing Commercial Airplanes delivers" do not:
  // a name that begins another is no other).
  const agents = namesAs(report, 'agent');
  if (otherNames(group.agents, agents) && !personAndBody(group, report, agents, isPerson))
    return null;
  // "a deal with Unified Aircraft" and "the deal between Boeing and Aeroflot": each names
  // the other side, and they differ ("met with Lavrov", "met with Jubeir").
  if (differentPartners(group, report, agents)) return null;
  if (actsOnOtherNames(group, report)) return null;
  if (dealtWithOthers(group, report, agents)) return null;
  // "will receive CA$ 1 billion" and "have received US$ 17.4 billion": two sums, two events.
  if (differentQuantities(group, report.quantities)) return null;
  const sharesPlace = report.places.some((place) => group.places.has(place));
  // Different named places mean different occasions ("talks in Geneva" vs "talks in Vienna").
  if (differentPlaces(group, report)) return null;
  const sharedNames = report.participants.filter((name) => group.participants.has(name));
  if (sharedNames.length === 0) {
    if (group.participants.size > 0 || report.participants.length > 0 || !sharesPlace) return null;
  } else if (
    // Sharing only a country or an organization is weak when both name people who differ,
    // and too weak to take two words for one occasion ("the conflict", "the attacks").
    !sharedNames.some(isPerson) &&
    ((group.hasPeople && report.participants.some(isPerson)) || !sameFamily)
  ) {
    return null;
  }
  // In the group's order of first mention, as the reason has always listed them.
  const shared = sharedInGroupOrder(group.participants, sharedNames);
  const sharedPlaces = sharedInGroupOrder(group.places, report.places);
  const date = report.start?.slice(0, 10) ?? '';
  const parts = [`same kind (${report.kind})`, `same date (${date})`];
  if (shared.length > 0) parts.push(`shared participants: ${shared.join(', ')}`);
  if (sharedPlaces.length > 0) parts.push(`same place: ${sharedPlaces.join(', ')}`);
  return parts.join('; ');
}

/** Whether the report intends an act of another family than one the group intends. */
function intendsOther(group: Group, report: EventDraft): boolean {
  if (report.intends === undefined || group.intents.size === 0) return false;
  const family = eventFamily(report.intends);
  for (const intended of group.intents) if (intended !== family) return true;
  return false;
}

/**
 * "first flew in April 2005" and "is flying" in an article of 27 April 2005: a day that one
 * report gives loosely and that lies inside the period another states is the finer date.
 */
function refinedWithin(stated: EventDraft, reports: readonly EventDraft[]): EventDraft {
  // A report alone is no finer than itself (most events have one).
  if (reports.length === 1) return stated;
  if (!stated.start || !stated.end || !stated.granularity) return stated;
  const rank = granularityRank(stated.granularity);
  const inside = reports.filter(
    (report) =>
      report.start !== null &&
      report.granularity !== null &&
      granularityRank(report.granularity) > rank &&
      report.start >= (stated.start as string) &&
      report.start < (stated.end as string),
  );
  const days = new Set(inside.map((report) => report.start?.slice(0, 10)));
  return days.size === 1 ? (inside[0] as EventDraft) : stated;
}

function toEvent(group: Group, publishedDay: ReadonlyMap<string, string>): TimelineEvent {
  const reports = group.reports;
  const best: EventDraft = firstInOrder(reports, byEvidence);
  // The date the words give beats the publication day; then the finest.
  const finest = refinedWithin(firstInOrder(reports, byDatingEvidence), reports);
  let latestPublication = '';
  for (const report of reports) {
    const day = publishedDay.get(report.mention.article) ?? '';
    if (day > latestPublication) latestPublication = day;
  }
  // Reported as done by an article published on or after the day: it happened.
  const happened =
    reports.some((report) => report.modality === 'actual') &&
    (finest.start ?? '').slice(0, 10) <= latestPublication;
  return {
    id: '',
    title: best.title,
    kind: best.kind,
    start: finest.start,
    end: finest.end,
    granularity: finest.granularity,
    // A day found inside a stated period is the loose report's guess.
    approximate: reports.every((report) => report.approximate) || !isExplicit(finest),
    modality: happened ? 'actual' : best.modality,
    eventClass: best.eventClass,
    salience: eventSalience(reports),
    participants: byFrequency(allOf(reports, (report) => report.participants)),
    roles: uniqueRoles(allOf(reports, (report) => report.roles)),
    places: byFrequency(allOf(reports, (report) => report.places)),
    mentions:
      reports.length === 1
        ? [(reports[0] as EventDraft).mention]
        : reports
            .map((report) => report.mention)
            .sort((a, b) =>
              a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start,
            ),
    // Frozen when empty (NO_REASONS), like the empty names: no one changes an event's lists.
    mergedBecause: group.reasons as string[],
  };
}

/**
 * The event's importance: its most salient report, raised by every further article that
 * reports it (a story told by three articles matters more than an aside in one).
 */
function eventSalience(reports: readonly EventDraft[]): number {
  // A loop, not Math.max(...all): spread over 100,000 reports overflows the call stack.
  const best = reports.reduce((most, report) => Math.max(most, report.salience), -Infinity);
  const articles =
    reports.length === 1 ? 1 : new Set(reports.map((report) => report.mention.article)).size;
  return Math.round(Math.min(1, best + 0.15 * (articles - 1)) * 1000) / 1000;
}

/**
 * Every report's items, in order: the one report's own list when there is one report (most
 * events), read and not copied, since the callers make a new list of it.
 */
function allOf<T>(reports: readonly EventDraft[], items: (report: EventDraft) => T[]): T[] {
  return reports.length === 1 ? items(reports[0] as EventDraft) : reports.flatMap(items);
}

function uniqueRoles(roles: EventDraft['roles']): EventDraft['roles'] {
  if (roles.length === 0) return NO_NAMES;
  if (roles.length === 1) return [roles[0] as EventDraft['roles'][number]];
  // Most events have one report, whose roles are distinct: then a copy, and no set or key
  // string for each of a corpus's hundreds of thousands of events.
  if (roles.length <= SHORT_LIST && allDistinct(roles, sameRole)) return [...roles];
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = `${role.role}|${role.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Up to this many items, comparing each pair finds a repeat faster than a set does. */
const SHORT_LIST = 8;

function allDistinct<T>(items: readonly T[], same: (a: T, b: T) => boolean): boolean {
  for (let index = 1; index < items.length; index++)
    for (let before = 0; before < index; before++)
      if (same(items[before] as T, items[index] as T)) return false;
  return true;
}

function sameName(a: string, b: string): boolean {
  return a === b;
}

function sameRole(a: EventDraft['roles'][number], b: EventDraft['roles'][number]): boolean {
  return a.role === b.role && a.name === b.name;
}

/**
 * What `[...items].sort(compare)[0]` gives (the sort is stable: the earliest of the first),
 * without sorting a copy for each of a corpus's hundreds of thousands of events.
 */
function firstInOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): T {
  let first = items[0] as T;
  for (let index = 1; index < items.length; index++)
    if (compare(items[index] as T, first) < 0) first = items[index] as T;
  return first;
}

/** The report whose date speaks for the event: dated by its own words, then the finest. */
function byDatingEvidence(a: EventDraft, b: EventDraft): number {
  return (
    Number(isExplicit(b)) - Number(isExplicit(a)) ||
    (b.granularity ? granularityRank(b.granularity) : 0) -
      (a.granularity ? granularityRank(a.granularity) : 0)
  );
}

/** The report whose title speaks for the event: dated by its own words, with most names. */
function byEvidence(a: EventDraft, b: EventDraft): number {
  return evidenceScore(b) - evidenceScore(a);
}

function evidenceScore(report: EventDraft): number {
  return (
    (report.mention.dateBasis === 'own-timex' ? 4 : 0) +
    report.salience * 4 +
    (report.modality === 'actual' ? 2 : 0) +
    report.participants.length +
    (report.places.length > 0 ? 1 : 0)
  );
}

function byFrequency(names: string[]): string[] {
  if (names.length === 0) return NO_NAMES;
  if (names.length === 1) return [names[0] as string];
  // Each name once, as most events' names are: in their order, without counting them.
  if (names.length <= SHORT_LIST && allDistinct(names, sameName)) return [...names];
  const counts = new Map<string, number>();
  names.forEach((name) => counts.set(name, (counts.get(name) ?? 0) + 1));
  // Each name once (most events have one report): the stable sort would keep this order.
  if (counts.size === names.length) return [...counts.keys()];
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/**
 * The events by time, then kind, title and first source: a stable order (code points, not
 * the locale's, which made this sort the hottest step of merging). A busy day has a thousand
 * events of one start, so they are first put in lists by start, in the order given, and
 * each list is sorted alone: the same order as one stable sort of them all, with under half
 * the comparisons (1,000 generated articles: 1.37 million, then 0.60 million).
 */
function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const byStart = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const start = event.start ?? '';
    const same = byStart.get(start);
    if (same) same.push(event);
    else byStart.set(start, [event]);
  }
  const ordered: TimelineEvent[] = [];
  for (const start of [...byStart.keys()].sort(compare))
    for (const event of (byStart.get(start) as TimelineEvent[]).sort(bySameStart))
      ordered.push(event);
  return ordered;
}

function bySameStart(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compare(a.kind, b.kind) ||
    compare(a.title, b.title) ||
    compare(a.mentions[0]?.article ?? '', b.mentions[0]?.article ?? '') ||
    (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
