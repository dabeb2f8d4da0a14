/**
 * Dating layer, spans counted from another event of the sentence: "A day before the
 * announcement, GM said …", "GM's move comes a day after Chrysler released a list". TimeML
 * reads "a day" there as a duration between two events; a reader dates one from the other.
 *
 * Which one is counted from which: a definite noun after "before"/"after" ("the
 * announcement", "its launch") names an event the story already dates, and the rest of the
 * sentence is counted from it; a clause after them ("after Chrysler released") tells a new
 * event, counted from its main clause. Only events the text dates no more precisely move:
 * an event's own date wins. Pure.
 */
import type { Timex } from '../../contract/corpus.ts';
import { granularityRank } from '../../contract/granularity.ts';
import type { Word } from '../language/word.ts';
import { dayNumber, formatDay, parseDay, shiftDays, shiftMonths } from '../timex/calendar.ts';
import type { Dated } from './date-event.ts';
import { isArticleDate, yearDate, type EventDate } from './event-dates.ts';
import type { ReadSentence, SentenceEvent } from './read-sentence.ts';

const SPAN = /^P(\d+)(D|W|M|Y)$/;

/** Words before a noun that make it a known event: "the announcement", "its launch". */
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', 'our']);

/** The sentence's dates, with those counted from another event of the sentence moved. */
export function countFromEvents(
  read: ReadSentence,
  timexes: readonly Timex[],
  dates: ReadonlyMap<SentenceEvent, Dated>,
  published: string | null,
  twinDate: (event: SentenceEvent) => EventDate | undefined = () => undefined,
): Map<SentenceEvent, Dated> {
  const out = new Map(dates);
  const { words } = read;
  for (const timex of timexes) {
    const span = SPAN.exec(timex.type === 'DURATION' ? timex.value : '');
    if (!span) continue;
    const linkAt = words.findIndex((word) => word.start >= timex.end);
    const link = words[linkAt]?.lower;
    if (link === 'of') {
      lastedUntil(read, timex, span, linkAt, out, twinDate);
      continue;
    }
    if (link === 'since') {
      sinceAnniversary(read, timex, span, linkAt, timexes, published, out);
      continue;
    }
    if (link !== 'before' && link !== 'after') continue;
    // "had evaded capture for almost ten years after the attacks": how long a state lasted
    // from an event, not a day counted from it.
    const before = words.findLast((word) => word.end <= timex.start);
    if (/^for\b/i.test(timex.text) || before?.lower === 'for') continue;
    // ("a day after Belgium, the Netherlands and Luxembourg rescued Fortis": the clause the
    // link opens, where the sentence's structure found one.)
    const clause = read.segments.find(
      (segment) => segment.first === linkAt && segment.marker === link,
    );
    const phraseEnd = clause ? clause.last + 1 : endOfPhrase(words, linkAt + 1);
    const inPhrase = (event: SentenceEvent) => event.trigger > linkAt && event.trigger < phraseEnd;
    const named = read.events.find(inPhrase);
    if (!named) continue;
    // ("a day after its offer was rejected": a clause, though its subject is definite.)
    const definite =
      named.pos === 'noun' &&
      DEFINITE.has(words[named.trigger - 1]?.lower ?? '') &&
      !read.events.some((event) => inPhrase(event) && event.pos === 'verb');
    const outside = read.events.filter((event) => !inPhrase(event));
    // ("fell on Friday on fears that the crisis could spread, a day after a crash": the
    // span set off after a clause inside the sentence is counted from the clause it goes
    // with, not from the last verb before it.)
    const spanSegment = read.segments.find(
      (segment) => segment.marker === link && words[segment.first]?.start === timex.start,
    );
    const counted = spanSegment
      ? outside.filter((event) => event.segment === spanSegment.parent)
      : outside;
    const clauseAnchor = definite ? undefined : countedFrom(counted, words, timex, phraseEnd);
    const anchor = definite
      ? named
      : (dayBefore(clauseAnchor, outside, words, timex, out, twinDate) ?? clauseAnchor);
    const moved = definite ? outside : read.events.filter(inPhrase);
    // "A day before the announcement, X": X is the announcement's day less one; "X comes a
    // day after Y": Y is X's day less one.
    const sign = (link === 'before') === definite ? -1 : 1;
    // "announced the plan on September 19, two days after the collapse of Lehman": a known
    // event the story dates only by the clause it is counted from is dated back from it.
    if (
      definite &&
      countedBack(named, counted, words, timex, phraseEnd, out, twinDate, span, -sign)
    )
      continue;
    const anchorDated = anchor ? knownDate(anchor, out, twinDate) : undefined;
    const from = anchorDated?.date;
    if (!from?.start) continue;
    const date = shifted(from, sign * Number(span[1]), span[2] as 'D' | 'W' | 'M' | 'Y');
    if (!date?.start) continue;
    // "Two days after the crash" with the crash dated only by publication: counting on
    // from there would put what is told as done after the article was written.
    if (published && isArticleDate(anchorDated?.basis) && date.start > published.slice(0, 10))
      continue;
    for (const event of moved) {
      const dated = out.get(event);
      // (A date before the span is the anchor's, not the event's own: "results on Monday,
      // two days before a media event".)
      const own = dated?.basis === 'own-timex' && !(dated.timex && dated.timex.end <= timex.start);
      // (An undated past perfect is dated too: "closed lower, a day after it had risen".)
      if (!dated || (!dated.date && event.modality !== 'actual') || own) continue;
      out.set(event, { date, basis: 'event-relative', timex });
    }
  }
  return out;
}

/**
 * Dates `named`, a definite noun after "before"/"after", back from the clause it is counted
 * from, when that clause's own words date it and nothing else does `named` (its date is
 * the article's, or the clause's own). Whether it did.
 */
function countedBack(
  named: SentenceEvent,
  counted: readonly SentenceEvent[],
  words: readonly Word[],
  timex: Timex,
  phraseEnd: number,
  out: Map<SentenceEvent, Dated>,
  twinDate: (event: SentenceEvent) => EventDate | undefined,
  span: RegExpExecArray,
  sign: number,
): boolean {
  const base = countedFrom(counted, words, timex, phraseEnd);
  const own = out.get(named);
  // "On Saturday, a day after the offering, Zuckerberg married": a day named before the
  // span is its clause's, though no event was read there; the noun took it as its own.
  const clauseDay =
    own?.basis === 'own-timex' && own.timex !== null && own.timex.end <= timex.start
      ? own
      : undefined;
  const baseDated = (base ? out.get(base) : undefined) ?? clauseDay;
  if (!baseDated?.date?.start || baseDated.basis !== 'own-timex' || twinDate(named)) return false;
  const borrowed =
    !own?.date ||
    isArticleDate(own.basis) ||
    (own.timex !== null && own.timex.start === baseDated.timex?.start);
  if (!borrowed) return false;
  const date = shifted(baseDated.date, sign * Number(span[1]), span[2] as 'D' | 'W' | 'M' | 'Y');
  if (!date?.start) return false;
  out.set(named, { date, basis: 'event-relative', timex });
  return true;
}

/** Verbs that tell how long ago something was: "it will be four years since", "marks". */
const ANNIVERSARY_VERBS = new Set(['be', 'been', 'is', 'was', 'mark', 'marks', 'marked']);

/**
 * "On Saturday, it will be four years since Lehman filed for bankruptcy", "It has been two
 * years since the plant closed", "Friday marks ten years since the attacks": what the
 * "since" phrase tells was that long before the day the sentence names (or the article's
 * day): on that day of that year, about, unless its own words date it.
 */
function sinceAnniversary(
  read: ReadSentence,
  span: Timex,
  count: RegExpExecArray,
  linkAt: number,
  timexes: readonly Timex[],
  published: string | null,
  out: Map<SentenceEvent, Dated>,
): void {
  const { words } = read;
  const verb = words.findLast((word) => word.end <= span.start);
  if (!verb || !ANNIVERSARY_VERBS.has(verb.lower)) return;
  const named = timexes.findLast(
    (timex) => timex.end <= span.start && timex.resolved?.granularity === 'day',
  );
  const day = parseDay((named?.resolved?.start ?? published ?? '').slice(0, 10));
  if (!day) return;
  const amount = Number(count[1]);
  const unit = count[2] as 'D' | 'W' | 'M' | 'Y';
  const then =
    unit === 'D' || unit === 'W'
      ? shiftDays(day, -amount * (unit === 'W' ? 7 : 1))
      : shiftMonths(day, -amount * (unit === 'Y' ? 12 : 1));
  const date: EventDate = {
    start: formatDay(then),
    end: null,
    granularity: 'day',
    approximate: true,
  };
  const clause = read.segments.find((segment) => segment.first === linkAt);
  const phraseEnd = clause ? clause.last + 1 : endOfPhrase(words, linkAt + 1);
  for (const event of read.events) {
    if (event.trigger <= linkAt || event.trigger >= phraseEnd) continue;
    const dated = out.get(event);
    if (dated?.basis === 'own-timex' && dated.timex && dated.timex.start > span.end) continue;
    out.set(event, { date, basis: 'event-relative', timex: span });
  }
}

/** Words that tell a span of happening ended when its clause's event came. */
const ENDED_BY = new Set(['after', 'following']);

/**
 * "resigned on Friday after 18 days of mass protests", "After four days of talks, the deal
 * was signed on Sunday": the happening the span counts went on for that long up to the
 * event of its clause (the protests from January 25 to February 11), unless it has a date
 * of its own.
 */
function lastedUntil(
  read: ReadSentence,
  timex: Timex,
  span: RegExpExecArray,
  ofAt: number,
  out: Map<SentenceEvent, Dated>,
  twinDate: (event: SentenceEvent) => EventDate | undefined,
): void {
  const { words } = read;
  const before = words.findLast((word) => word.end <= timex.start);
  if (!ENDED_BY.has(before?.lower ?? '')) return;
  const happening = read.events.find((event) => event.trigger > ofAt);
  if (!happening || happening.pos !== 'noun') return;
  const modifiers = words.slice(ofAt + 1, happening.trigger);
  if (!modifiers.every((word) => word.pos === 'ADJ' || word.pos === 'NOUN')) return;
  const others = read.events.filter((event) => event !== happening);
  const anchor =
    nearestBefore(others, words, timex) ??
    others.find((event) => event.pos === 'verb' && event.trigger > happening.trigger);
  const anchorDated = anchor ? knownDate(anchor, out, twinDate) : undefined;
  const until = anchorDated?.date;
  const dated = out.get(happening);
  if (!until?.start || !dated?.date) return;
  // A date the clause gives is the end's; one after the happening, not the clause's, its own.
  const ownDate =
    dated.basis === 'own-timex' &&
    dated.timex !== null &&
    dated.timex.start > (words[happening.trigger] as Word).end &&
    dated.timex.start !== (anchor && out.get(anchor)?.timex?.start);
  if (ownDate) return;
  const last = parseDay(until.start.slice(0, 10));
  if (!last) return;
  const amount = Number(span[1]);
  const unit = span[2] as 'D' | 'W' | 'M' | 'Y';
  // Counted with the last day: 18 days up to February 11 began on January 25.
  const first =
    unit === 'D' || unit === 'W'
      ? shiftDays(last, 1 - (unit === 'W' ? amount * 7 : amount))
      : shiftMonths(last, unit === 'Y' ? -amount * 12 : -amount);
  const date: EventDate = {
    start: formatDay(first),
    end: until.end ?? formatDay(shiftDays(last, 1)),
    granularity: 'day',
    approximate: until.approximate || unit !== 'D',
  };
  out.set(happening, { date, basis: 'event-relative', timex });
}

/**
 * An anchor's date: its own, or, when that is only the article's ("the appointment of
 * Akerson" with no date of its own), the date an earlier report of it gave.
 */
function knownDate(
  anchor: SentenceEvent,
  dates: ReadonlyMap<SentenceEvent, Dated>,
  twinDate: (event: SentenceEvent) => EventDate | undefined,
): { date: EventDate | null; basis: Dated['basis'] } | undefined {
  const own = dates.get(anchor);
  if (own?.date && !isArticleDate(own.basis)) return own;
  const twin = twinDate(anchor);
  return twin ? { date: twin, basis: null } : own;
}

/**
 * The word index where the phrase after "before"/"after" ends: a comma or the sentence's
 * end, past an apposition ("after Chrysler, another car maker, released a list").
 */
function endOfPhrase(words: readonly Word[], from: number): number {
  const commaFrom = (start: number) =>
    words.findIndex((word, index) => index >= start && word.text === ',');
  const noVerb = (first: number, last: number) =>
    words.slice(first, last).every((word) => word.pos !== 'VERB' && word.pos !== 'AUX');
  const comma = commaFrom(from);
  if (comma < 0) return words.length;
  const closing = commaFrom(comma + 1);
  // A name, then a description opened by a determiner, then the name's verb.
  const apposition =
    words[comma - 1]?.pos === 'PROPN' &&
    words[comma + 1]?.pos === 'DET' &&
    closing > comma + 1 &&
    noVerb(from, comma) &&
    noVerb(comma + 1, closing) &&
    !noVerb(closing, words.length);
  if (!apposition) return comma;
  const next = commaFrom(closing + 1);
  return next < 0 ? words.length : next;
}

/**
 * The event of the main clause a span is counted from: the last one before it, or, when
 * the span and its phrase open the sentence, the first verb after the phrase ("On February
 * 22, three days after the deal was announced, the service stopped working").
 */
function countedFrom(
  events: readonly SentenceEvent[],
  words: readonly Word[],
  timex: Timex,
  phraseEnd: number,
): SentenceEvent | undefined {
  return (
    nearestBefore(events, words, timex) ??
    events.find((event) => event.pos === 'verb' && event.trigger >= phraseEnd)
  );
}

/**
 * "Talks collapsed on Tuesday, nine days after an election" in a sentence whose main clause
 * tells of "this week": days are counted from a day. When the clause the span goes with is
 * dated no finer than a week, the last event before the span that has a day is the one.
 */
function dayBefore(
  clauseAnchor: SentenceEvent | undefined,
  outside: readonly SentenceEvent[],
  words: readonly Word[],
  timex: Timex,
  dates: ReadonlyMap<SentenceEvent, Dated>,
  twinDate: (event: SentenceEvent) => EventDate | undefined,
): SentenceEvent | undefined {
  const rank = (event: SentenceEvent | undefined) => {
    const granularity = event && knownDate(event, dates, twinDate)?.date?.granularity;
    return granularity ? granularityRank(granularity) : -1;
  };
  const day = granularityRank('day');
  const clauseRank = rank(clauseAnchor);
  if (clauseRank < 0 || clauseRank >= day) return undefined;
  const nearest = nearestBefore(outside, words, timex);
  return rank(nearest) >= day ? nearest : undefined;
}

/** The event of the main clause the span is counted from: the last one before it. */
function nearestBefore(
  events: readonly SentenceEvent[],
  words: readonly Word[],
  timex: Timex,
): SentenceEvent | undefined {
  return events.findLast((event) => (words[event.trigger] as Word).end <= timex.start);
}

function shifted(from: EventDate, amount: number, unit: 'D' | 'W' | 'M' | 'Y'): EventDate | null {
  const day = from.start ? parseDay(from.start.slice(0, 10)) : null;
  if (!day) return null;
  if (unit === 'D' || unit === 'W') {
    const days = unit === 'W' ? amount * 7 : amount;
    // "In January, a week after Jobs announced his leave": days counted from a month, a
    // week or a year find no day (January less a week is no 25 December). Fewer days than
    // the period holds leave the event about in it; more, nowhere a reader could say.
    if (from.granularity && granularityRank(from.granularity) < granularityRank('day')) {
      const end = from.end ? parseDay(from.end.slice(0, 10)) : null;
      if (!end || Math.abs(days) >= dayNumber(end) - dayNumber(day)) return null;
      return { ...from, approximate: true };
    }
    const start = formatDay(shiftDays(day, days));
    return { start, end: null, granularity: 'day', approximate: from.approximate || unit === 'W' };
  }
  const moved = shiftMonths(day, unit === 'Y' ? amount * 12 : amount);
  if (unit === 'M') {
    const start = formatDay({ ...moved, day: 1 });
    const end = formatDay(shiftMonths({ ...moved, day: 1 }, 1));
    return { start, end, granularity: 'month', approximate: true };
  }
  return yearDate(moved.year);
}
