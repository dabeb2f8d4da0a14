/**
 * Words for calendar units, names and parts of the day, with their TIMEX3 codes.
 * Patterns are built from these tables so that a parser and its normalizer agree.
 */

/** Month names and newsroom abbreviations ("Sept.") → 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names → ISO weekday (Monday 1 … Sunday 7), as TIMEX3 `XXXX-WXX-d` uses. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Parts of the day → TIMEX3 codes (`2016-09-09TMO`). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI',
  daytime: 'DT',
};

/** Seasons → TIMEX3 codes (`2016-SU`). */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** Calendar units as TIMEX3 duration letters; `T` marks units below a day. */
export interface UnitCode {
  /** Letter in a TIMEX3 duration (`P3D`, `PT4H`, `P2DE`). */
  letter: string;
  /** True for hours, minutes, seconds (written after `T`). */
  time: boolean;
}

export const UNITS: Readonly<Record<string, UnitCode>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false },
  fortnight: { letter: 'W', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};

/** Regex source for a unit word, singular or plural ("years", "centuries"). */
export const UNIT_WORD =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

/** The unit entry for a unit word as written (plural or capitalized). */
export function unitOf(word: string): UnitCode | null {
  const lower = word.toLowerCase();
  const singular = lower === 'centuries' ? 'century' : lower.replace(/s$/, '');
  return UNITS[singular] ?? null;
}

/** Regex source for any month name or abbreviation (with optional period). */
export const MONTH_WORD =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** Regex source for a weekday name (full names only: "Sun" and "Sat" are too ambiguous). */
export const WEEKDAY_WORD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Regex source for a part of the day. */
export const PART_OF_DAY_WORD = '(?:morning|afternoon|evening|night|overnight)';

/** Regex source for a season. */
export const SEASON_WORD = '(?:spring|summer|autumn|fall|winter)';

/** Month number of a written month ("Sept." → 9), or null. */
export function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** ISO weekday of a written weekday, or null. */
export function weekdayOf(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * Words that set one happening before or after another, and a date after them off as the
 * other's: "after a fall on Monday", "since Friday's quake", "following the vote".
 */
export const ORDERING_WORDS: readonly string[] = ['after', 'before', 'since', 'following'];

/** Nouns of a time told by the happening they are "of": "the day of", "the eve of". */
export const TIME_OF_HAPPENING: ReadonlySet<string> = new Set([
  'day',
  'eve',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'anniversary',
  'aftermath',
  'wake',
]);
