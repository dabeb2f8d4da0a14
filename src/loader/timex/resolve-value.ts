/**
 * Completes an underspecified TIMEX3 value (see `underspecified-values.ts`) the way a
 * reader does: from the publication date, the clause's tense, and the date the text
 * last mentioned. Records which calendar fields were stated and which inferred.
 */
import {
  type CalendarDay,
  compareDays,
  dayNumber,
  formatDay,
  formatWeek,
  isoWeekOf,
  isoWeekday,
  isRealDay,
  pad,
  shiftDays,
  shiftMonths,
} from './calendar.ts';
import { REPORTED_WOULD, type Direction } from './tense-cues.ts';
import { intervalOf } from './timex-intervals.ts';
import {
  parseShift,
  splitDirection,
  type Shift,
  type ShiftUnit,
  type StatedDirection,
} from './underspecified-values.ts';

/** The step of a date its words count from publication ("last week", "yesterday", "next month"). */
export const DEICTIC_ANCHOR = 'anchor:publication-date';

export interface Anchor {
  day: CalendarDay;
  /** Id of the timex that gave the anchor. */
  id: string;
}

/**
 * A shift counted from a date coarser than its unit ("in September, on the same weekend":
 * which weekend the text does not say): that date's value, and the id of its timex.
 */
export interface CoarseAnchor {
  coarse: string;
  id: string;
}

export interface ResolveContext {
  /** Publication date, or null when unknown. */
  dct: CalendarDay | null;
  /** The clause's direction, read only when a value needs it. */
  direction: () => { direction: Direction; cue: string };
  /**
   * The date the text last mentioned, precise enough for a shift in `unit`; null when none.
   * For `same` ("the same weekend", a shift of nothing), a `CoarseAnchor` when the date
   * right before it in its sentence is coarser than its unit.
   */
  anchorFor: (unit: ShiftUnit, same: boolean) => Anchor | CoarseAnchor | null;
  /**
   * The quarter or half (`1989-Q3`) this expression is compared with or refers back to
   * ("a year earlier" after "the third quarter", "the quarter ended Sept. 30"); null when
   * it is no such expression or no such period was named.
   */
  comparedPeriod?: () => { value: string; id: string } | null;
}

export interface ResolvedValue {
  value: string;
  stated: string[];
  inferred: string[];
  via: string[];
  anchor?: string;
}

/** The final value, or null when it cannot be completed (no publication date). */
export function resolveValue(raw: string, context: ResolveContext): ResolvedValue | null {
  const shift = parseShift(raw);
  if (shift) return resolveShift(shift, context);
  const { direction: stated, value } = splitDirection(raw);
  if (value.startsWith('XXXX')) return resolvePartial(value, stated, context);
  return { value: raw, stated: statedFields(raw), inferred: [], via: [] };
}

/** Fields a value states (used for values the text gave in full). */
function statedFields(value: string): string[] {
  if (/^\d{4}-\d{2}-\d{2}T\d/.test(value)) return ['year', 'month', 'day', 'time'];
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return ['year', 'month', 'day', 'part-of-day'];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ['year', 'month', 'day'];
  if (/^\d{4}-\d{2}$/.test(value)) return ['year', 'month'];
  if (/^\d{4}-Q/.test(value)) return ['year', 'quarter'];
  if (/^\d{4}-H/.test(value)) return ['year', 'half'];
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return ['year', 'season'];
  if (/^\d{4}$/.test(value)) return ['year'];
  if (/^\d{3}$/.test(value)) return ['decade'];
  if (/^\d{2}$/.test(value)) return ['century'];
  return [];
}

function resolveShift(shift: Shift, context: ResolveContext): ResolvedValue | null {
  if (shift.unit === 'Y' || shift.unit === 'Q') {
    const compared = shiftPeriod(shift, context);
    if (compared) return compared;
  }
  const found = shift.anchor === 'PREV' ? context.anchorFor(shift.unit, shift.amount === 0) : null;
  // "in September, on the same weekend": within September, the day unknown.
  if (found && 'coarse' in found)
    return {
      value: found.coarse,
      stated: [],
      inferred: [],
      via: ['anchor:coarser-date'],
      anchor: found.id,
    };
  const anchor = found;
  const base = anchor?.day ?? context.dct;
  if (!base) return null;
  const via = [
    anchor
      ? 'anchor:previous-date'
      : shift.anchor === 'PREV'
        ? 'anchor:publication-date (no earlier date)'
        : DEICTIC_ANCHOR,
  ];
  const suffix = shift.suffix;
  const stated = suffix.startsWith('T') ? [/\d/.test(suffix) ? 'time' : 'part-of-day'] : [];
  const result = (value: string, inferred: string[]): ResolvedValue => {
    const resolved: ResolvedValue = { value, stated, inferred, via };
    if (anchor) resolved.anchor = anchor.id;
    return resolved;
  };
  const n = shift.amount;
  switch (shift.unit) {
    case 'D':
      return result(formatDay(shiftDays(base, n)) + suffix, ['year', 'month', 'day']);
    case 'W': {
      // "only became public this weekend", told on a Monday: the weekend just past, not
      // the one ahead in the publication's week.
      const pastWeekend =
        suffix === '-WE' &&
        n === 0 &&
        !anchor &&
        isoWeekday(base) < SATURDAY &&
        context.direction().direction === 'past';
      if (pastWeekend) via.push('tense:past');
      const week = isoWeekOf(shiftDays(base, (pastWeekend ? -1 : n) * 7));
      return result(formatWeek(week.year, week.week) + suffix, ['year', 'week']);
    }
    case 'M': {
      const month = shiftMonths({ ...base, day: 1 }, n);
      return result(`${pad(month.year, 4)}-${pad(month.month, 2)}`, ['year', 'month']);
    }
    case 'Q': {
      const index = base.year * 4 + Math.floor((base.month - 1) / 3) + n;
      return result(`${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`, ['year', 'quarter']);
    }
    case 'H': {
      const index = base.year * 2 + Math.floor((base.month - 1) / 6) + n;
      return result(`${pad(Math.floor(index / 2), 4)}-H${(index % 2) + 1}`, ['year', 'half']);
    }
    case 'Y':
      // "May last year", "October 3 last year": the month (and day) of the shifted year, stated.
      if (/^-\d{2}(?:-\d{2})?$/.test(suffix)) {
        const stated = suffix.length > 3 ? ['month', 'day'] : ['month'];
        return { ...result(pad(base.year + n, 4) + suffix, ['year']), stated };
      }
      // "the second half of next year": the half or quarter of the shifted year, stated.
      if (/^-[QH]/.test(suffix)) {
        const stated = [suffix[1] === 'Q' ? 'quarter' : 'half'];
        return { ...result(pad(base.year + n, 4) + suffix, ['year']), stated };
      }
      return result(pad(base.year + n, 4), ['year']);
    case 'DE':
      return result(pad(Math.floor(base.year / 10) + n, 3), ['decade']);
    case 'CE':
      return result(pad(Math.floor(base.year / 100) + n, 2), ['century']);
    default: {
      // Seasons: this summer (0), last summer (-1: the latest one over), next summer (+1).
      const direction: StatedDirection = n < 0 ? 'LAST' : n > 0 ? 'NEXT' : 'THIS';
      const chosen = chooseOccurrence(
        seasonOccurrences(shift.unit, base),
        base,
        direction,
        'unknown',
      );
      if (!chosen) return null;
      return { ...result(chosen.value, ['year']), stated: ['season'] };
    }
  }
}

/** A year or quarter shift from a compared quarter or half keeps its granularity: `1989-Q3` - 1Y → `1988-Q3`. */
function shiftPeriod(shift: Shift, context: ResolveContext): ResolvedValue | null {
  const period = context.comparedPeriod?.();
  const match = period ? /^(\d{4})-([QH])([1-4])$/.exec(period.value) : null;
  if (!period || !match) return null;
  const perYear = match[2] === 'Q' ? 4 : 2;
  const steps =
    shift.unit === 'Y' ? shift.amount * perYear : match[2] === 'Q' ? shift.amount : null;
  if (steps === null) return null;
  const index = Number(match[1]) * perYear + Number(match[3]) - 1 + steps;
  return {
    value: `${pad(Math.floor(index / perYear), 4)}-${match[2]}${(index % perYear) + 1}`,
    stated: [],
    inferred: ['year', match[2] === 'Q' ? 'quarter' : 'half'],
    via: ['anchor:compared-period'],
    anchor: period.id,
  };
}

interface Occurrence {
  value: string;
  start: CalendarDay;
  /** Exclusive. */
  end: CalendarDay;
}

function resolvePartial(
  value: string,
  stated: StatedDirection | null,
  context: ResolveContext,
): ResolvedValue | null {
  const dct = context.dct;
  if (!dct) return null;
  let occurrences: Occurrence[];
  let statedFieldNames: string[];
  let inferred: string[];
  // A bare weekday or weekend without a tense is the latest one (news tells of the past);
  // a bare calendar day is the nearest: "celebrations on November 16" eleven days ahead.
  let weekdayLevel = false;
  let match: RegExpExecArray | null;
  if ((match = /^XXXX-WXX-([1-7])(T.*)?$/.exec(value))) {
    const weekday = Number(match[1]);
    const suffix = match[2] ?? '';
    occurrences = [];
    for (let offset = -13; offset <= 13; offset++) {
      const day = shiftDays(dct, offset);
      if (isoWeekday(day) === weekday)
        occurrences.push({ value: formatDay(day) + suffix, start: day, end: shiftDays(day, 1) });
    }
    statedFieldNames = suffix
      ? ['weekday', /\d/.test(suffix) ? 'time' : 'part-of-day']
      : ['weekday'];
    inferred = ['year', 'month', 'day'];
    weekdayLevel = true;
    if (stated === 'THIS') {
      // "this Friday" is the Friday of the publication week.
      const monday = shiftDays(dct, 1 - isoWeekday(dct));
      const day = shiftDays(monday, weekday - 1);
      return {
        value: formatDay(day) + suffix,
        stated: statedFieldNames,
        inferred,
        via: ['direction:this-week'],
      };
    }
  } else if (value === 'XXXX-WXX-WE') {
    occurrences = [];
    for (let offset = -13; offset <= 13; offset++) {
      const day = shiftDays(dct, offset);
      if (isoWeekday(day) !== 6) continue;
      const week = isoWeekOf(day);
      occurrences.push({
        value: `${formatWeek(week.year, week.week)}-WE`,
        start: day,
        end: shiftDays(day, 2),
      });
    }
    statedFieldNames = ['weekend'];
    inferred = ['year', 'week'];
    weekdayLevel = true;
  } else if ((match = /^XXXX-(\d{2})-(\d{2})(T.*)?$/.exec(value))) {
    const [month, day, suffix] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
    occurrences = [-1, 0, 1]
      .map((step) => dct.year + step)
      .filter((year) => isRealDay(year, month, day))
      .map((year) => ({
        value: formatDay({ year, month, day }) + suffix,
        start: { year, month, day },
        end: shiftDays({ year, month, day }, 1),
      }));
    statedFieldNames = suffix ? ['month', 'day', 'time'] : ['month', 'day'];
    inferred = ['year'];
  } else if ((match = /^XXXX-(\d{2})$/.exec(value))) {
    const month = Number(match[1]);
    occurrences = [-1, 0, 1].map((step) => {
      const start = { year: dct.year + step, month, day: 1 };
      return { value: `${pad(start.year, 4)}-${pad(month, 2)}`, start, end: shiftMonths(start, 1) };
    });
    statedFieldNames = ['month'];
    inferred = ['year'];
  } else if ((match = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) {
    occurrences = seasonOccurrences(match[1] as ShiftUnit, dct);
    statedFieldNames = ['season'];
    inferred = ['year'];
  } else if ((match = /^XXXX-([QH])([1-4])$/.exec(value))) {
    const months = match[1] === 'Q' ? 3 : 6;
    const index = Number(match[2]);
    occurrences = [-1, 0, 1].map((step) => {
      const start = { year: dct.year + step, month: (index - 1) * months + 1, day: 1 };
      return {
        value: `${pad(start.year, 4)}-${match?.[1]}${index}`,
        start,
        end: shiftMonths(start, months),
      };
    });
    statedFieldNames = [match[1] === 'Q' ? 'quarter' : 'half'];
    inferred = ['year'];
  } else {
    return null;
  }
  let direction: Direction = 'unknown';
  let cue = '';
  if (!stated) ({ direction, cue } = context.direction());
  // "Our third-quarter results show": a quarter or half told in the present is the one
  // nearest the article, mostly the one just reported on, not the next one.
  const reportingPeriod = statedFieldNames[0] === 'quarter' || statedFieldNames[0] === 'half';
  // A weekday a past saying's "would" puts ahead of that saying ("said on Tuesday that he
  // would meet the chairman on Wednesday", told on Thursday) is the nearest one.
  const reportedAhead = weekdayLevel && direction === 'future' && cue === REPORTED_WOULD;
  const effective: Direction =
    direction === 'unknown' && weekdayLevel
      ? 'past'
      : (direction === 'present' && reportingPeriod) || reportedAhead
        ? 'unknown'
        : direction;
  // "was charged on January 28" in an article dated 24 January: a day a few days after
  // the date line is this year's (the story was brought up to date), not a year back.
  const updated =
    effective === 'past' && !stated && statedFieldNames[1] === 'day'
      ? occurrences.find((item) => {
          const ahead = dayNumber(item.start) - dayNumber(dct);
          return ahead > 0 && ahead <= UPDATE_LEEWAY_DAYS;
        })
      : undefined;
  if (updated)
    return {
      value: updated.value,
      stated: statedFieldNames,
      inferred,
      via: [`tense:${direction}${cue ? ` (${cue})` : ''}`, 'days-after-date-line'],
    };
  const chosen = chooseOccurrence(occurrences, dct, stated, effective);
  if (!chosen) return null;
  const via = stated
    ? [`direction:${stated.toLowerCase()}`]
    : [
        `tense:${direction}${cue ? ` (${cue})` : ''}`,
        effective === 'past'
          ? 'latest-on-or-before-publication'
          : effective === 'unknown'
            ? 'nearest-to-publication'
            : 'next-on-or-after-publication',
      ];
  return { value: chosen.value, stated: statedFieldNames, inferred, via };
}

/** The ISO weekday a weekend begins on. */
const SATURDAY = 6;

/** How many days after its date line a past may still be told of in the same year. */
const UPDATE_LEEWAY_DAYS = 7;

function seasonOccurrences(unit: ShiftUnit, around: CalendarDay): Occurrence[] {
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const month = startMonth[unit] ?? 6;
  return [-2, -1, 0, 1].map((step) => {
    const start = { year: around.year + step, month, day: 1 };
    return { value: `${pad(start.year, 4)}-${unit}`, start, end: shiftMonths(start, 3) };
  });
}

function chooseOccurrence(
  occurrences: Occurrence[],
  dct: CalendarDay,
  stated: StatedDirection | null,
  direction: Direction,
): Occurrence | null {
  const sorted = [...occurrences].sort((a, b) => compareDays(a.start, b.start));
  const latest = (items: Occurrence[]) => items[items.length - 1] ?? null;
  const contains = (item: Occurrence) =>
    compareDays(item.start, dct) <= 0 && compareDays(dct, item.end) < 0;
  if (stated === 'LAST') return latest(sorted.filter((item) => compareDays(item.end, dct) <= 0));
  if (stated === 'NEXT') return sorted.find((item) => compareDays(item.start, dct) > 0) ?? null;
  if (stated === 'THIS')
    return sorted.find(contains) ?? sorted.find((item) => compareDays(item.start, dct) > 0) ?? null;
  if (direction === 'past')
    return latest(sorted.filter((item) => compareDays(item.start, dct) <= 0));
  if (direction === 'future' || direction === 'present')
    return sorted.find((item) => compareDays(item.end, dct) > 0) ?? null;
  const containing = sorted.find(contains);
  if (containing) return containing;
  const distance = (item: Occurrence) =>
    Math.min(
      Math.abs(dayNumber(item.start) - dayNumber(dct)),
      Math.abs(dayNumber(item.end) - dayNumber(dct)),
    );
  return [...sorted].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The start day of a final value's interval, for anchoring later expressions. */
export function anchorDayOf(value: string): CalendarDay | null {
  const interval = intervalOf(value);
  if (!interval) return null;
  const [year, month, day] = interval.start.slice(0, 10).split('-').map(Number);
  return year && month && day ? { year, month, day } : null;
}
