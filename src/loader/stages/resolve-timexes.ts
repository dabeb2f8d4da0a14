/**
 * Stage: completes each expression's value as a careful reader does and places every
 * DATE and TIME on the calendar. A bare weekday or month takes the clause's tense
 * ("spoke Thursday" → the latest Thursday; "will meet Friday" → the next Friday);
 * "the following day" and "that evening" hang on the date mentioned before.
 */
import type {
  Diagnostic,
  Granularity,
  ResolvedInterval,
  Span,
  Timex,
} from '../../contract/corpus.ts';
import { asFineAs } from '../../contract/granularity.ts';
import { diagnose, type ArticleStage, type ArticleDraft } from '../article-draft.ts';
import {
  type CalendarDay,
  compareDays,
  dayNumber,
  formatDay,
  parseDay,
  shiftDays,
} from '../timex/calendar.ts';
import { ORDERING_WORDS } from '../timex/lexicon.ts';
import { isContractMonth } from '../timex/contract-month.ts';
import { isRecordReference } from '../timex/record-reference.ts';
import { clauseDirection, termsOf, type TaggedTerm } from '../timex/clause-tense.ts';
import type { Direction } from '../timex/tense-cues.ts';
import {
  anchorDayOf,
  resolveValue,
  type CoarseAnchor,
  type Anchor,
  type ResolveContext,
} from '../timex/resolve-value.ts';
import { intervalOf } from '../timex/timex-intervals.ts';
import {
  fallbackValue,
  isUnderspecified,
  parseShift,
  type ShiftUnit,
} from '../timex/underspecified-values.ts';

const STAGE = 'resolve-timexes';

/** Granularities fine enough to anchor a shift counted in each unit. */
const ANCHORS_FOR: Readonly<Record<string, ReadonlySet<Granularity>>> = {
  D: new Set(asFineAs('day')),
  W: new Set(asFineAs('week')),
  M: new Set(asFineAs('month')),
  Q: new Set(asFineAs('year')),
  H: new Set(asFineAs('year')),
  Y: new Set(asFineAs('year')),
};

export const resolveTimexes: ArticleStage = {
  name: STAGE,
  run(draft) {
    const { timexes, diagnostics } = resolveAll(draft);
    return { ...draft, timexes, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};

/** Resolves every timex of a draft against its publication date. Pure. */
export function resolveAll(draft: ArticleDraft): { timexes: Timex[]; diagnostics: Diagnostic[] } {
  const dct = draft.published ? parseDay(draft.published) : null;
  const diagnostics: Diagnostic[] = [];
  const ordered = [...draft.timexes].sort((a, b) => a.start - b.start);
  const done = new Map<string, Timex>();
  const order = processingOrder(draft.text, ordered);
  const directions = new Map<number, { direction: Direction; cue: string }>();
  const barred = barredAnchors(draft.text);
  // The article's tagged words in a window of a sentence, offsets into the sentence.
  const tagIn =
    (sentence: Span) =>
    (window: Span): TaggedTerm[] =>
      termsOf(
        draft.text,
        { start: sentence.start + window.start, end: sentence.start + window.end },
        draft.words,
      ).map((term) => ({
        ...term,
        start: term.start - sentence.start,
        end: term.end - sentence.start,
      }));
  let unplaced = 0;

  for (const index of order) {
    const found = ordered[index];
    if (!found) continue;
    const sentence = sentenceAround(draft.text, draft.sentences, found);
    const sameDay = withYearOfSameDay(
      withYearNearby(draft.text, found, ordered[index + 1]),
      ordered,
      index,
      done,
    );
    const timex = withYearOfDateBefore(draft.text, sameDay, ordered[index - 1], sentence);
    const context: ResolveContext = {
      dct,
      direction: () => {
        const known = directions.get(index);
        if (known) return known;
        // "from Thursday through Saturday", "for Thursday and Friday": coordinated dates share a tense.
        const previous = ordered[index - 1];
        const previousDirection = directions.get(index - 1);
        if (
          previous &&
          previousDirection &&
          COORDINATION.test(draft.text.slice(previous.end, timex.start))
        ) {
          directions.set(index, previousDirection);
          return previousDirection;
        }
        // "will report its second-quarter results on August 1": results are reported once
        // their period has begun, so it is the latest such period, not the next one.
        if (isReportedPeriod(draft.text, timex)) {
          const reported = { direction: 'past' as const, cue: 'reported results' };
          directions.set(index, reported);
          return reported;
        }
        const text = draft.text.slice(sentence.start, sentence.end);
        const found = clauseDirection(
          text,
          timex.start - sentence.start,
          timex.end - sentence.start,
          tagIn(sentence),
        );
        directions.set(index, found);
        return found;
      },
      comparedPeriod: () => comparedPeriod(ordered, index, done, sentence),
      anchorFor: (unit, same) => {
        // A past-tense clause cannot hang on a date after publication ("May 14" when Le Pen "conceded").
        const pastClause = () => context.direction().direction === 'past';
        if (!same) {
          const frame = coarseFrameOf(draft.text, ordered, index, done, unit, sentence);
          if (frame) return frame;
        }
        return findAnchor(draft.text, ordered, index, done, unit, dct, pastClause, barred, same);
      },
    };
    const resolvedTimex = yearInferred(resolveOne(timex, context, dct), timex !== sameDay);
    if (isUnderspecified(timex.value) && resolvedTimex.resolved === null) unplaced++;
    if (
      resolvedTimex.resolved === null &&
      /^\d/.test(resolvedTimex.value) &&
      (timex.type === 'DATE' || timex.type === 'TIME')
    )
      diagnostics.push(
        diagnose(
          draft,
          STAGE,
          'warning',
          timex.start,
          `"${timex.text}" names no real calendar date (${resolvedTimex.value})`,
        ),
      );
    done.set(timex.id, resolvedTimex);
  }
  if (unplaced > 0 && !dct)
    diagnostics.push(
      diagnose(
        draft,
        STAGE,
        'info',
        null,
        `${unplaced} relative date expression(s) left unplaced: the publication date is unknown`,
      ),
    );
  return { timexes: ordered.map((timex) => done.get(timex.id) ?? timex), diagnostics };
}

/** Nouns of what a period's accounts show: "second-quarter results", "first-half profit". */
const RESULTS = String.raw`(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|figures|accounts)`;
const MAKE_PUBLIC = String.raw`\b(?:report|post|release|publish|announce|unveil)(?:s|ed|ing)?\s+`;
const RESULT_AFTER = new RegExp(String.raw`^[\s-]*(?:[\p{L}-]+\s+)?${RESULTS}\b`, 'iu');
/** A verb that makes accounts public, right before their period ("report its", "post a"). */
const REPORTING_BEFORE = new RegExp(
  String.raw`${MAKE_PUBLIC}(?:(?:its|their|the|his|her|a|an)\s+)?$`,
  'i',
);
/** Accounts made public, then their period: "will report its results for the first quarter". */
const REPORTED_RESULTS_FOR = new RegExp(
  String.raw`${MAKE_PUBLIC}(?:(?:its|their|the|his|her)\s+)?(?:[\p{L}-]+\s+)?${RESULTS}\s+for\s+$`,
  'iu',
);

/** Whether a quarter or half names the period of results someone reports. */
function isReportedPeriod(text: string, timex: Timex): boolean {
  if (!/-(?:Q|H)\d$/.test(timex.value)) return false;
  const before = text.slice(Math.max(0, timex.start - 60), timex.start);
  return (
    (REPORTING_BEFORE.test(before) && RESULT_AFTER.test(text.slice(timex.end, timex.end + 30))) ||
    REPORTED_RESULTS_FOR.test(before)
  );
}

/**
 * "killed in the September 11 attacks in 2001": a day with no year takes the year its
 * phrase gives a few words on ("in 2001", "of 2001"), before any anchor.
 */
function withYearNearby(text: string, timex: Timex, next: Timex | undefined): Timex {
  if (!/^XXXX-\d\d-\d\d/.test(timex.value) || !next || !/^\d{4}$/.test(next.value)) return timex;
  const between = text.slice(timex.end, next.start);
  if (!/^[\p{L}\s'’-]{0,25}\b(?:in|of)\s+$/u.test(between)) return timex;
  return { ...timex, value: next.value + timex.value.slice(4) };
}

/** Words that carry a date's story on in its sentence: "…, and closed on", "…, when". */
const STORY_GOES_ON = /^[^.;:]*?(?:,\s*(?:and|when|then)\b|\band\b|\b(?:after|before)\s+the\b)/i;
/** Reports between two dates start a story of their own: "…, said on June 9". */
const REPORT_BETWEEN = /\b(?:said|says|told|announced|reported|added)\b/i;
/** How many days from the date before a day with no year may lie and still be of its year. */
const SAME_STORY_DAYS = 92;

/**
 * "opened on May 3, 1999, and closed on June 9", "since September 17, 2001, when trading
 * resumed after the September 11 attacks": a day with no year that goes on with a date of
 * its sentence stating one is in that year when it lies within a season of it (not
 * "Lund, who joined on May 3, 1999, said on June 9": a report starts its own time).
 */
function withYearOfDateBefore(
  text: string,
  timex: Timex,
  before: Timex | undefined,
  sentence: Span,
): Timex {
  if (!/^XXXX-\d\d-\d\d$/.test(timex.value) || !before || before.start < sentence.start)
    return timex;
  const anchor = /^(\d{4})-\d\d-\d\d$/.exec(before.value)?.[1];
  if (!anchor) return timex;
  const between = text.slice(before.end, timex.start);
  if (!STORY_GOES_ON.test(between) || REPORT_BETWEEN.test(between)) return timex;
  const value = anchor + timex.value.slice(4);
  const first = parseDay(before.value);
  const second = parseDay(value);
  if (!first || !second) return timex;
  const apart = Math.abs(dayNumber(second) - dayNumber(first));
  return apart <= SAME_STORY_DAYS ? { ...timex, value } : timex;
}

/** The year a date took from the date before it is inferred, and says so. */
function yearInferred(timex: Timex, borrowed: boolean): Timex {
  const resolved = timex.resolved;
  if (!borrowed || !resolved) return timex;
  return {
    ...timex,
    resolved: {
      ...resolved,
      stated: resolved.stated.filter((field) => field !== 'year'),
      inferred: ['year', ...resolved.inferred],
      via: [...resolved.via.slice(0, -1), 'year-of-date-before', ...resolved.via.slice(-1)],
    },
  };
}

/**
 * "arrives on November 11 … its first stop in Brisbane, on November 11, may be eliminated":
 * a day of a month told again in the article is the same day, in the year it had (not the
 * one the later clause's tense would give it).
 */
function withYearOfSameDay(
  timex: Timex,
  ordered: readonly Timex[],
  index: number,
  done: ReadonlyMap<string, Timex>,
): Timex {
  const day = /^XXXX(-\d\d-\d\d)/.exec(timex.value)?.[1];
  if (!day) return timex;
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    const resolved = done.get((ordered[earlier] as Timex).id);
    const value = resolved?.resolved ? resolved.value : '';
    if (value.slice(4, 10) === day && /^\d{4}$/.test(value.slice(0, 4)))
      return { ...timex, value: value.slice(0, 4) + timex.value.slice(4) };
  }
  return timex;
}

function resolveOne(timex: Timex, context: ResolveContext, dct: CalendarDay | null): Timex {
  // A SET or DURATION value is final as found: "every Monday" is XXXX-WXX-1 on purpose.
  if (timex.type === 'SET' || timex.type === 'DURATION') return { ...timex, resolved: null };
  const completed = resolveValue(timex.value, context);
  const value = completed?.value ?? fallbackValue(timex.value);
  const result: Timex = { ...timex, value, resolved: null };
  if (completed?.anchor) result.anchor = completed.anchor;
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return result;
  if (value === 'PRESENT_REF' && dct) {
    result.resolved = {
      start: formatDay(dct),
      end: formatDay(shiftDays(dct, 1)),
      granularity: 'day',
      stated: [],
      inferred: ['year', 'month', 'day'],
      via: ['find-timexes', 'present-ref:publication-date', STAGE],
      approximate: true,
    };
    return result;
  }
  const interval = intervalOf(value, timex.mod);
  if (!interval || !completed) return result;
  const resolved: ResolvedInterval = {
    ...interval,
    stated: completed.stated,
    inferred: completed.inferred,
    via: ['find-timexes', ...completed.via, STAGE],
  };
  result.resolved = resolved;
  return result;
}

/**
 * Order of resolution: document order, except that a clock time followed closely by its
 * day ("11:30 a.m. Eastern time on Wednesday") waits for that day.
 */
function processingOrder(text: string, timexes: readonly Timex[]): number[] {
  const order: number[] = [];
  const deferred = new Set<number>();
  timexes.forEach((timex, index) => {
    if (deferred.has(index)) return;
    const next = timexes[index + 1];
    const shift = parseShift(timex.value);
    if (
      shift?.anchor === 'PREV' &&
      /^T\d/.test(shift.suffix) &&
      next &&
      next.start - timex.end <= 30 &&
      !/[.!?;\n]/.test(text.slice(timex.end, next.start)) &&
      isDayLevel(next.value)
    ) {
      order.push(index + 1, index);
      deferred.add(index + 1);
      return;
    }
    order.push(index);
  });
  return order;
}

function isDayLevel(value: string): boolean {
  return (
    /^(LAST:|NEXT:|THIS:)?XXXX-(WXX-\d|\d{2}-\d{2})$/.test(value) ||
    /^\d{4}-\d{2}-\d{2}$/.test(value) ||
    /^DCT[+-]\d+D$/.test(value)
  );
}

/**
 * Words that make a date the time of the telling rather than of the story ("officials said
 * Saturday"); not in a passive, which tells the story ("the loan was announced on
 * September 14. … three days later").
 */
const REPORTING =
  /(?<!\b(?:was|were|been|be|is|are|being)\s+)\b(said|says|told|announced|reported|added|stated|confirmed|insisted|noted|wrote)\s+(on\s+)?$/i;
const COORDINATION = /^\s*(,|and|or|to|through|until|till|-|–|—|and on|or on|, and)\s*$/;

/**
 * Dates no later date hangs on, each read once per article and only when a date is looked
 * for as an anchor (most articles anchor few).
 */
interface BarredAnchors {
  /** "its biggest drop since the September 11 attacks": the day a record is measured from. */
  record: (timex: Timex) => boolean;
  /** "crude for February delivery": a contract's month. */
  contract: (timex: Timex) => boolean;
}

function barredAnchors(text: string): BarredAnchors {
  const remembered = (test: (timex: Timex) => boolean) => {
    const known = new Map<string, boolean>();
    return (timex: Timex) => {
      let answer = known.get(timex.id);
      if (answer === undefined) known.set(timex.id, (answer = test(timex)));
      return answer;
    };
  };
  return {
    record: remembered((timex) => isRecordReference(text, 0, timex)),
    contract: remembered((timex) => isContractMonth(text, timex)),
  };
}

function findAnchor(
  text: string,
  timexes: readonly Timex[],
  index: number,
  done: ReadonlyMap<string, Timex>,
  unit: ShiftUnit,
  dct: CalendarDay | null,
  pastClause: () => boolean,
  barred: BarredAnchors,
  same = false,
): Anchor | CoarseAnchor | null {
  const allowed = ANCHORS_FOR[unit] ?? ANCHORS_FOR.Y;
  const self = timexes[index];
  // "agreed in September, on the same weekend that Lehman collapsed": the same period as a
  // coarser date just before it in its sentence names no day (not one of the date line);
  // it is within that date ("2008-09").
  const before = timexes[index - 1];
  const coarse = before && same ? done.get(before.id) : undefined;
  if (
    self &&
    before &&
    coarse?.resolved &&
    !allowed?.has(coarse.resolved.granularity) &&
    sentencesBetween(text, before, self) === 0
  )
    return { coarse: coarse.value, id: before.id };
  // A time anchored to the day right after it was resolved first (see processingOrder).
  const next = timexes[index + 1];
  const candidates = [
    ...(next && self && next.start - self.end <= 30 ? [next] : []),
    ...timexes.slice(0, index).reverse(),
  ];
  let fallback: Anchor | null = null;
  // "Jobs said on Wednesday … Only nine days earlier, Jobs had written": a report's day,
  // passed over for a day of the story, is still a better anchor than the publication day
  // (the date line).
  let reportDay: Anchor | null = null;
  for (const candidate of candidates) {
    const resolved = done.get(candidate.id);
    if (!resolved?.resolved || !allowed?.has(resolved.resolved.granularity)) continue;
    if (
      candidate === next &&
      !isDayLevel(candidate.value) &&
      !/^\d{4}-\d{2}-\d{2}/.test(resolved.value)
    )
      continue;
    const day = anchorDayOf(resolved.value);
    if (!day) continue;
    const anchor = { day, id: candidate.id };
    fallback ??= anchor;
    if (dct && compareDays(day, dct) > 0 && pastClause()) continue;
    if (
      candidate !== next &&
      REPORTING.test(text.slice(Math.max(0, candidate.start - 20), candidate.start))
    ) {
      reportDay ??= anchor;
      continue;
    }
    if (reportDay && dct && compareDays(day, dct) === 0) return reportDay;
    // "its biggest drop since the September 11 attacks. … during the afternoon": the day a
    // record is measured from is no day the story goes on in.
    if (candidate !== next && barred.record(candidate)) continue;
    // "crude for February delivery": a contract's month is no day of the story either.
    if (barred.contract(candidate)) continue;
    // "Tuesday's decline came after a 6.2% fall on Monday, the first trading day after
    // Friday's earthquake. … in the afternoon": nor is a day told after "after", "before"
    // or "since", an earlier happening the story measures its day against.
    if (self && candidate !== next && isBarePartOfDay(self) && afterRelatingWord(text, candidate))
      continue;
    // "discovered the positions on January 19. … Shares were suspended for the morning":
    // a bare part of the day is of the day the story is at, which a date sets only for the
    // sentences right after it.
    if (
      self &&
      dct &&
      candidate !== next &&
      isBarePartOfDay(self) &&
      sentencesBetween(text, candidate, self) > PART_OF_DAY_REACH
    )
      return null;
    return anchor;
  }
  return fallback;
}

/**
 * "In July, Facebook reported its results, and the shares fell the next day": a day or a
 * week counted from a sentence that opens on a month, a quarter or a year, with no day
 * named before it, is within that period (the day unknown), not counted from a day of an
 * earlier sentence.
 */
function coarseFrameOf(
  text: string,
  timexes: readonly Timex[],
  index: number,
  done: ReadonlyMap<string, Timex>,
  unit: ShiftUnit,
  sentence: Span,
): CoarseAnchor | null {
  const self = timexes[index];
  if (!self || (unit !== 'D' && unit !== 'W')) return null;
  const allowed = ANCHORS_FOR[unit];
  let frame: Timex | undefined;
  for (let at = index - 1; at >= 0; at--) {
    const candidate = timexes[at];
    if (!candidate || candidate.start < sentence.start) break;
    const resolved = done.get(candidate.id);
    // A day named between the frame and this one is the anchor, as usual.
    if (!resolved?.resolved || allowed?.has(resolved.resolved.granularity)) return null;
    frame = resolved;
  }
  if (!frame?.resolved || !OPENS_SENTENCE.test(text.slice(sentence.start, frame.start)))
    return null;
  return { coarse: frame.value, id: frame.id };
}

/** What may stand before a date that opens its sentence: "In ", "Later in ", "Back in ". */
const OPENS_SENTENCE = /^\s*["“‘]?(?:[A-Za-z]+\s+){1,2}$/;

/**
 * How many sentence ends a date carries a bare part of the day over: "struck on Friday
 * evening. The quake hit at 6:02 p.m. … Waves swept in within minutes. Rescuers worked
 * through the night" is still Friday's night.
 */
const PART_OF_DAY_REACH = 2;

/** "the morning", "early in the afternoon": a part of the day no other word places. */
function isBarePartOfDay(timex: Timex): boolean {
  return /^(?:(?:early|late) in )?the (?:morning|afternoon|evening|night)$/i.test(timex.text);
}

/**
 * Words that set a date off as another happening's, in its own line: "after a fall on
 * Monday", "since Friday's quake" (not a headline's "after surprise resignation" above
 * "On 6 May").
 */
const RELATING_PHRASE = new RegExp(
  String.raw`\b(?:${ORDERING_WORDS.join('|')})[ \t]+(?:[^\s,;]*[^\s,;.][ \t]+){0,5}$`,
  'i',
);

/** Whether `timex` is told in a phrase of "after", "before" or "since" ("after a 6.2% fall on Monday"). */
function afterRelatingWord(text: string, timex: Timex): boolean {
  return RELATING_PHRASE.test(text.slice(Math.max(0, timex.start - 80), timex.start));
}

/** How many sentence ends stand between two timexes ("… 19. The bank … morning": 1). */
function sentencesBetween(text: string, before: Timex, after: Timex): number {
  return text.slice(before.end, after.start).match(/[.!?]["”’)]?(?:\s|$)/g)?.length ?? 0;
}

/** "a year earlier", "the year-ago period", "the same quarter last year": a comparison, one year back. */
const COMPARISON =
  /\byear[\s-]+(?:ago|earlier|before)\b|\byear-(?:earlier|ago|before|previous)\b|^the (?:same|comparable|corresponding|like|prior-year|previous-year)\b/i;
/** "the quarter", "the latest quarter": the quarter under discussion. */
const QUARTER_UNDER_DISCUSSION = /^the (?:latest |recent |most recent )?quarter$/i;
/** How far back a comparison looks for its period: the sentence before, about. */
const COMPARISON_REACH = 400;

/**
 * The quarter or half a comparison ("a year earlier") or "the quarter" refers to: the
 * latest one named before it. "a year ago" counts from publication unless its own
 * sentence names a quarter; "a year earlier" and "the year-ago period" look a little further.
 */
function comparedPeriod(
  timexes: readonly Timex[],
  index: number,
  done: ReadonlyMap<string, Timex>,
  sentence: Span,
): { value: string; id: string } | null {
  const self = timexes[index];
  if (!self) return null;
  const quarter = QUARTER_UNDER_DISCUSSION.test(self.text);
  if (!quarter && !COMPARISON.test(self.text)) return null;
  const fromPublication = /\bago\b/i.test(self.text) && !/^the /i.test(self.text);
  const reach = quarter
    ? Infinity
    : fromPublication
      ? self.start - sentence.start
      : self.start - sentence.start + COMPARISON_REACH;
  for (let at = index - 1; at >= 0; at--) {
    const candidate = timexes[at];
    if (!candidate) continue;
    if (self.start - candidate.end > reach) break;
    // The period compared with is the one reported, not an earlier comparison.
    if (COMPARISON.test(candidate.text)) continue;
    const resolved = done.get(candidate.id);
    if (!resolved?.resolved) continue;
    if (quarter ? /^\d{4}-Q[1-4]$/.test(resolved.value) : /^\d{4}-[QH][1-4]$/.test(resolved.value))
      return { value: resolved.value, id: candidate.id };
  }
  return null;
}

/** The sentence holding a timex; a line-bounded window when sentences are not known. */
function sentenceAround(text: string, sentences: readonly Span[], timex: Timex): Span {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) break;
    if (timex.start < sentence.start) high = middle - 1;
    else if (timex.start >= sentence.end) low = middle + 1;
    else return sentence;
  }
  const before = text.lastIndexOf('\n', timex.start);
  const startCut = Math.max(before + 1, timex.start - 300);
  const afterNewline = text.indexOf('\n', timex.end);
  const end = Math.min(afterNewline === -1 ? text.length : afterNewline, timex.end + 300);
  // Within the line, cut at the sentence punctuation nearest each side.
  const left = text.slice(startCut, timex.start);
  const stop = Math.max(left.lastIndexOf('. '), left.lastIndexOf('! '), left.lastIndexOf('? '));
  const right = text.slice(timex.end, end);
  const next = right.search(/[.!?](\s|$)/);
  return {
    start: stop === -1 ? startCut : startCut + stop + 2,
    end: next === -1 ? end : timex.end + next + 1,
  };
}
