/**
 * Turns a final TIMEX3 value (and its mod) into the calendar interval `[start, end)`
 * the timeline places it on: `2016-07` + MID → 11–21 July, `2016-09-09TMO` → 06:00–12:00.
 */
import type { Granularity } from '../../contract/corpus.ts';
import {
  type CalendarDay,
  dayNumber,
  formatDay,
  isRealDay,
  mondayOfIsoWeek,
  pad,
  shiftDays,
  shiftMonths,
} from './calendar.ts';

export interface Interval {
  start: string;
  end: string;
  granularity: Granularity;
  approximate: boolean;
}

/** Hours of the parts of the day, as TimeML's codes suggest them. */
const PART_HOURS: Readonly<Record<string, [number, number]>> = {
  MO: [6, 12],
  MI: [11, 14],
  AF: [12, 18],
  EV: [18, 22],
  NI: [21, 24],
  DT: [8, 18],
};

const SEASON_MONTHS: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Mods that say the text itself is vague about the date. */
const VAGUE_MODS = new Set([
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'START',
  'MID',
  'END',
]);

/** The interval of a fully specified DATE or TIME value, or null when it has none. */
export function intervalOf(value: string, mod?: string): Interval | null {
  const base = baseInterval(value);
  if (!base) return null;
  const approximate = mod !== undefined && VAGUE_MODS.has(mod);
  const narrowed = mod === 'START' || mod === 'MID' || mod === 'END' ? narrow(base, mod) : base;
  return { ...narrowed, approximate: approximate || narrowed.approximate };
}

interface DayRange {
  start: CalendarDay;
  /** Exclusive. */
  end: CalendarDay;
}

function baseInterval(value: string): Interval | null {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value))) {
    const day = dayOf(match);
    const hour = Number(match[4]);
    const minute = Number(match[5]);
    if (!day || hour > 24 || minute > 59) return null;
    const start = clock(day, hour * 60 + minute);
    return {
      start,
      end: clock(day, hour * 60 + minute + 1),
      granularity: 'minute',
      approximate: false,
    };
  }
  if ((match = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value))) {
    const day = dayOf(match);
    const hours = PART_HOURS[match[4] ?? ''];
    if (!day || !hours) return null;
    return {
      start: clock(day, hours[0] * 60),
      end: clock(day, hours[1] * 60),
      granularity: 'part-of-day',
      approximate: true,
    };
  }
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const day = dayOf(match);
    return day ? days({ start: day, end: shiftDays(day, 1) }, 'day') : null;
  }
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(Number(match[1]), Number(match[2]));
    if (!monday) return null;
    // A weekend is Saturday and Sunday of the ISO week.
    return match[3]
      ? days({ start: shiftDays(monday, 5), end: shiftDays(monday, 7) }, 'week')
      : days({ start: monday, end: shiftDays(monday, 7) }, 'week');
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const start = monthStart(Number(match[1]), Number(match[2]));
    return start ? days({ start, end: shiftMonths(start, 1) }, 'month') : null;
  }
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const start = monthStart(Number(match[1]), (Number(match[2]) - 1) * 3 + 1);
    return start ? days({ start, end: shiftMonths(start, 3) }, 'quarter') : null;
  }
  if ((match = /^(\d{4})-H([12])$/.exec(value))) {
    const start = monthStart(Number(match[1]), (Number(match[2]) - 1) * 6 + 1);
    return start ? days({ start, end: shiftMonths(start, 6) }, 'half') : null;
  }
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const start = monthStart(Number(match[1]), SEASON_MONTHS[match[2] ?? ''] ?? 0);
    return start ? days({ start, end: shiftMonths(start, 3) }, 'season') : null;
  }
  if ((match = /^(\d{4})$/.exec(value))) {
    const start = monthStart(Number(match[1]), 1);
    return start ? days({ start, end: shiftMonths(start, 12) }, 'year') : null;
  }
  if ((match = /^(\d{3})$/.exec(value))) {
    const start = monthStart(Number(match[1]) * 10, 1);
    return start ? days({ start, end: shiftMonths(start, 120) }, 'decade') : null;
  }
  if ((match = /^(\d{2})$/.exec(value))) {
    const start = monthStart(Number(match[1]) * 100 || 1, 1);
    return start ? days({ start, end: shiftMonths(start, 1200) }, 'century') : null;
  }
  return null;
}

function dayOf(match: RegExpExecArray): CalendarDay | null {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

function monthStart(year: number, month: number): CalendarDay | null {
  return isRealDay(year, month, 1) && year + 200 <= 9999 ? { year, month, day: 1 } : null;
}

function days(range: DayRange, granularity: Granularity): Interval {
  return {
    start: formatDay(range.start),
    end: formatDay(range.end),
    granularity,
    approximate: false,
  };
}

/** `YYYY-MM-DDTHH:mm` for minutes after the day's midnight (24:00 rolls to the next day). */
function clock(day: CalendarDay, minutes: number): string {
  const rolled = shiftDays(day, Math.floor(minutes / 1440));
  const rest = minutes % 1440;
  return `${formatDay(rolled)}T${pad(Math.floor(rest / 60), 2)}:${pad(rest % 60, 2)}`;
}

/** The first, middle or last third of a day-based interval ("early 2015" → January–April). */
function narrow(interval: Interval, mod: 'START' | 'MID' | 'END'): Interval {
  if (interval.start.includes('T')) return interval;
  const start = parseIso(interval.start);
  const end = parseIso(interval.end);
  const total = dayNumber(end) - dayNumber(start);
  if (total < 3) return interval;
  const third = Math.round(total / 3);
  const from = mod === 'START' ? 0 : mod === 'MID' ? third : total - third;
  const to = mod === 'START' ? third : mod === 'MID' ? total - third : total;
  return {
    ...interval,
    start: formatDay(shiftDays(start, from)),
    end: formatDay(shiftDays(start, to)),
  };
}

function parseIso(value: string): CalendarDay {
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}
