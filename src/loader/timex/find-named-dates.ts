/**
 * Parsers for dates named by calendar words: weekdays ("Friday morning", "early
 * Saturday"), months ("mid-July", "January 2018"), years ("in 2011", "late 2015"),
 * decades ("the 1990s"), centuries, quarters, halves, seasons and a few holidays.
 * Values leave out what the text does not say (`XXXX-07`), for `resolve-timexes`.
 */
import { MAX_YEAR, pad } from './calendar.ts';
import {
  MONTH_WORD,
  PART_OF_DAY_WORD,
  PARTS_OF_DAY,
  SEASON_WORD,
  SEASONS,
  WEEKDAY_WORD,
  monthOf,
  weekdayOf,
} from './lexicon.ts';
import { PART_MODIFIER, partMod } from './modifiers.ts';
import { isCapitalized, wordAfter, wordBefore, words } from './patterns.ts';
import {
  candidateFromMatch,
  scan,
  type TimexCandidate,
  type TimexParser,
} from './timex-candidate.ts';
import { shiftValue } from './underspecified-values.ts';

const YEAR = '(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';

function candidate(
  match: RegExpExecArray,
  rule: string,
  type: TimexCandidate['type'],
  value: string,
  mod?: string,
): TimexCandidate {
  return candidateFromMatch(match, { type, value, rule, mod });
}

const WEEKDAYS_PATTERN = words(
  `\\b(?<mod>(?:early|late) (?:on )?)?(?<weekday>${WEEKDAY_WORD})(?:'s|’s)?(?<part> ${PART_OF_DAY_WORD})?\\b`,
);

/** "Friday", "Friday morning", "early Saturday", "late on Thursday", "Friday's". */
export const findWeekdays: TimexParser = {
  name: 'weekday',
  find(text) {
    const pattern = WEEKDAYS_PATTERN;
    return scan(text, pattern, (match) => {
      const name = match.groups?.weekday;
      if (!isCapitalized(name)) return null;
      const weekday = weekdayOf(name ?? '');
      if (weekday === null) return null;
      // "Black Friday" and "Super Tuesday" are names of their own.
      if (
        /^(black|good|super|cyber|ash|holy|maundy|bloody|palm)$/.test(wordBefore(text, match.index))
      )
        return null;
      const part = match.groups?.part?.trim().toLowerCase();
      const code = part ? PARTS_OF_DAY[part] : undefined;
      const value = `XXXX-WXX-${weekday}${code ? `T${code}` : ''}`;
      const found = candidate(
        match,
        'weekday',
        code ? 'TIME' : 'DATE',
        value,
        partMod(match.groups?.mod),
      );
      // "Friday's meeting": the possessive ending is not part of the expression.
      if (!part && /['’]s$/.test(match[0])) found.end -= 2;
      return found;
    });
  },
};

const BOUND_BEFORE = /\b(?:as (?:early|soon|late) as|(?:earlier|later|sooner) than)\s+$/i;

const MONTHS_PATTERN = words(
  `\\b(?<mod>${PART_MODIFIER})?(?<month>${MONTH_WORD})(?:(?:,? |,? of )(?<year>${YEAR})\\b)?(?![\\w-])`,
);

/** Words after which a month's name is the month: "in May", "since August", "last March". */
const MONTH_OPENERS =
  /^(in|for|since|until|till|by|from|of|through|to|during|early|mid|late|last|next|this|before|after|between|and|or|each|every)$/;

/** "July", "mid-July", "January 2018", "the end of March", "September of 2015". */
export const findMonths: TimexParser = {
  name: 'month',
  find(text) {
    const pattern = MONTHS_PATTERN;
    return scan(text, pattern, (match) => {
      const name = match.groups?.month ?? '';
      if (!isCapitalized(name)) return null;
      const month = monthOf(name);
      if (month === null) return null;
      const year = match.groups?.year;
      const before = wordBefore(text, match.index);
      // "May" and "March" are also a verb, and any month a first name before a surname
      // ("chief executive August Busch IV said"): a month is named after a preposition or
      // before a year.
      const after = wordAfter(text, match.index + match[0].length);
      const verbOrName = /^(may|march)$/i.test(name) || /^\p{Lu}\p{Ll}/u.test(after);
      if (verbOrName && !year && !match.groups?.mod) {
        if (
          !MONTH_OPENERS.test(before) &&
          // "as early as March", "no later than May": a bound of time.
          !BOUND_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))
        )
          return null;
      }
      // A month followed by a day number is an explicit date, found elsewhere.
      if (!year && /^\d/.test(wordAfter(text, match.index + match[0].length))) return null;
      const value = `${year ?? 'XXXX'}-${pad(month, 2)}`;
      return candidate(match, 'month', 'DATE', value, partMod(match.groups?.mod));
    });
  },
};

/** Words after a number that show it counts things rather than naming a year. */
const COUNTED =
  /^(people|persons|troops|soldiers|workers|jobs|employees|students|homes|houses|cars|vehicles|units|tons|tonnes|barrels|meters|metres|feet|miles|kilometers|kilometres|km|acres|votes|points|pages|dollars|euros|pounds|yen|shares|members|residents|refugees|cases|deaths|patients|deaths|calories|words|times|hectares|kg|mw|gw|%|percent)$/i;

const YEARS_PATTERN = words(
  `(?<![\\w$€£¥#.,/:-])(?<mod>${PART_MODIFIER})?(?:fiscal (?:year )?)?(?<year>${YEAR})(?![\\w%]|[.,]\\d|[-/]\\d)`,
);

/** "2011", "in 2011", "late 2015", "fiscal 2016", "2011's". Not "Copyright © 2016" nor "Boeing 747". */
export const findYears: TimexParser = {
  name: 'year',
  find(text) {
    const pattern = YEARS_PATTERN;
    return scan(text, pattern, (match) => {
      const year = Number(match.groups?.year);
      if (year < 1000 || year > MAX_YEAR) return null;
      const before = wordBefore(text, match.index);
      const after = wordAfter(text, match.index + match[0].length);
      const spanBefore = text.slice(Math.max(0, match.index - 12), match.index);
      if (/©|\(c\)|copyright/i.test(spanBefore)) return null;
      if (
        /^(no\.|number|boeing|airbus|model|flight|route|room|highway|interstate|page|section|article|rule|chapter|code|windows|office|fifa|pes|iphone|galaxy)$/i.test(
          before,
        )
      )
        return null;
      // Digit groups around it ("0871 984 1955") make it part of a phone or account number.
      if (/\d[\s-]$/.test(text.slice(Math.max(0, match.index - 2), match.index))) return null;
      if (
        /^[\s-]\d/.test(
          text.slice(match.index + match[0].length, match.index + match[0].length + 2),
        )
      )
        return null;
      if (
        COUNTED.test(after) &&
        !/^(in|since|by|until|of|the|from|during|before|after|fiscal)$/.test(before)
      )
        return null;
      // Outside 1900–2099 a bare number is rarely a year unless a preposition says so.
      if (
        (year < 1900 || year > 2099) &&
        !/^(in|since|by|until|from|of|during|before|after|year|circa|c\.)$/.test(before)
      )
        return null;
      return candidate(match, 'year', 'DATE', String(year), partMod(match.groups?.mod));
    });
  },
};

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

// (The decade words themselves, not any "-ties": "parties" and "authorities" are in most articles.)
const DECADE_TRIGGER = /0['’]?s\b|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b/i;
const DECADES_PATTERN = words(
  `\\b(?:the )?(?<mod>${PART_MODIFIER})?(?:(?<full>1[0-9]{2}|20[0-9])0['’]?s|['’](?<short>[0-9])0s|(?<=the |the early |the mid-|the late |the mid )(?<short2>[0-9])0s|(?<=the |the early |the mid-|the late )(?<named>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
);

/** "the 1990s", "the late 1990s", "the '90s", "the nineties" → `199`. */
export const findDecades: TimexParser = {
  name: 'decade',
  find(text) {
    // Most articles name no decade: a cheap test spares the long pattern.
    if (!DECADE_TRIGGER.test(text)) return [];
    const pattern = DECADES_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      let value: string;
      if (groups.full) value = groups.full;
      else {
        const digit = groups.short ?? groups.short2;
        const named = groups.named ? DECADE_WORDS[groups.named.toLowerCase()] : undefined;
        const tens = digit !== undefined ? Number(digit) : named;
        if (tens === undefined) return null;
        // "the '20s" in news written now could be either century; the 1900s are the usual reading.
        value = `19${tens}`;
      }
      if (!/^the/i.test(match[0]) && !groups.full) return null;
      return candidate(match, 'decade', 'DATE', value, partMod(groups.mod));
    });
  },
};

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
};

function ordinalOf(word: string): number | null {
  const lower = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[lower] ?? null;
}

const CENTURIES_PATTERN = words(
  `\\b(?:the )?(?<mod>${PART_MODIFIER})?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))[- ]century\\b`,
);

const CENTURY_TRIGGER = /century\b/i;

/** "the 20th century", "the nineteenth century" → `19`, `18`. */
export const findCenturies: TimexParser = {
  name: 'century',
  find(text) {
    // Most articles name no century: a cheap test spares the long pattern.
    if (!CENTURY_TRIGGER.test(text)) return [];
    const pattern = CENTURIES_PATTERN;
    return scan(text, pattern, (match) => {
      const ordinal = ordinalOf(match.groups?.ordinal ?? '');
      if (ordinal === null || ordinal < 1 || ordinal > 30) return null;
      return candidate(match, 'century', 'DATE', pad(ordinal - 1, 2), partMod(match.groups?.mod));
    });
  },
};

const QUARTER_OF_MONTHS: Readonly<Record<string, number>> = {
  'january-march': 1,
  'april-june': 2,
  'july-september': 3,
  'october-december': 4,
  'jan-march': 1,
  'jan-mar': 1,
  'apr-jun': 2,
  'jul-sep': 3,
  'oct-dec': 4,
  // "the March quarter": the quarter that ends in the month.
  march: 1,
  june: 2,
  september: 3,
  december: 4,
};

const QUARTERS_PATTERN = words(
  `\\b(?:(?:the|its|their|a) )?(?:(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?<unit>quarter|half)|(?<months>January-March|April-June|July-September|October-December|Jan-Mar|Apr-Jun|Jul-Sep|Oct-Dec|March|June|September|December)[ -]quarter|Q(?<q>[1-4]))(?:,? of (?:fiscal )?(?<year>${YEAR})|,? (?<year2>${YEAR})| of (?<which>this|last|next) year)?\\b`,
);

/**
 * "the third quarter", "third-quarter", "Q3 2016", "the April-June quarter", "the March
 * quarter", "the first half of 2015".
 */
export const findQuarters: TimexParser = {
  name: 'quarter',
  find(text) {
    const pattern = QUARTERS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const year = groups.year ?? groups.year2;
      let code: string;
      if (groups.q) {
        if (!/^Q/.test(match[0].replace(/^(the|its|their|a)\s+/i, ''))) return null;
        code = `Q${groups.q}`;
      } else if (groups.months) {
        const quarter = QUARTER_OF_MONTHS[groups.months.toLowerCase()];
        if (!quarter) return null;
        code = `Q${quarter}`;
      } else {
        const ordinalWord = (groups.ordinal ?? '').toLowerCase();
        const unit = (groups.unit ?? '').toLowerCase();
        // "the last quarter of 2006" is its fourth; "the last quarter" alone is the one before.
        if (ordinalWord === 'last' && !year && !groups.which) return null;
        const ordinal =
          ordinalWord === 'final' || ordinalWord === 'last'
            ? unit === 'half'
              ? 2
              : 4
            : ordinalOf(ordinalWord);
        if (ordinal === null) return null;
        if (unit === 'half' && ordinal > 2) return null;
        // "the first half" of a match or a film is not a calendar half; require a year or a finance word.
        if (
          unit === 'half' &&
          !year &&
          !groups.which &&
          !/^\s*(of the year|profit|earnings|revenue|sales|results|growth)/i.test(
            text.slice(match.index + match[0].length, match.index + match[0].length + 20),
          )
        )
          return null;
        code = `${unit === 'half' ? 'H' : 'Q'}${ordinal}`;
      }
      // "the second half of next year": that half of the year counted from publication.
      const which = (groups.which ?? '').toLowerCase();
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const value = which ? shiftValue('DCT', step, 'Y', `-${code}`) : `${year ?? 'XXXX'}-${code}`;
      // "its first quarter" keeps the determiner out; "the" is part of the expression.
      const found = candidate(match, 'quarter', 'DATE', value);
      const determiner = /^(its|their|a)\s+/i.exec(match[0]);
      if (determiner) found.start += determiner[0].length;
      return found;
    });
  },
};

const SEASONS_PATTERN = words(
  `\\b(?<the>the )?(?<mod>(?:early|mid|late)[- ]|${PART_MODIFIER})?(?<season>${SEASON_WORD})(?![\\w-])(?:(?: of|,)? (?<year>${YEAR})\\b)?`,
);

/** "summer 2015", "the summer of 2017", "in the spring", "early winter". */
export const findSeasons: TimexParser = {
  name: 'season',
  find(text) {
    const pattern = SEASONS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const code = SEASONS[(groups.season ?? '').toLowerCase()];
      if (!code) return null;
      const before = wordBefore(text, match.index);
      // "prices fall", "spring into action": the season words are also verbs and nouns.
      if (
        !groups.the &&
        !groups.year &&
        !groups.mod &&
        !/^(in|during|this|last|next|by|until|since|through|over|of)$/.test(before)
      )
        return null;
      const after = wordAfter(text, match.index + match[0].length).toLowerCase();
      // "the fall in oil prices", "because of the fall of Lehman": a fall is a decline unless
      // a preposition of time or a year makes it the season ("in the fall", "fall 2008").
      if (
        groups.season?.toLowerCase() === 'fall' &&
        !groups.year &&
        (!/^(in|during|this|last|next|by|until|since|through|over)$/.test(before) ||
          /^(in|of|to|from|below|above|was|is|came|has|had)$/.test(after))
      )
        return null;
      if (
        /^(collection|training|camp|games|olympics|session|break|semester|term|school|league|festival|solstice|storm|wheat|crops?)$/.test(
          after,
        )
      )
        return null;
      return candidate(
        match,
        'season',
        'DATE',
        `${groups.year ?? 'XXXX'}-${code}`,
        partMod(groups.mod),
      );
    });
  },
};

/** Fixed-date holidays: "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve". */
export const findHolidays: TimexParser = {
  name: 'holiday',
  find(text) {
    const pattern =
      /\b(?<name>Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Valentine['’]s Day|Halloween)(?:,? (?<year>(?:19|20)\d\d))?\b/g;
    const dates: Readonly<Record<string, string>> = {
      'christmas eve': '12-24',
      'christmas day': '12-25',
      christmas: '12-25',
      "new year's eve": '12-31',
      "new year's day": '01-01',
      "valentine's day": '02-14',
      halloween: '10-31',
    };
    return scan(text, pattern, (match) => {
      const key = (match.groups?.name ?? '').toLowerCase().replace('’', "'");
      const day = dates[key];
      if (!day) return null;
      const after = wordAfter(text, match.index + match[0].length).toLowerCase();
      if (
        /^(tree|trees|card|cards|gift|gifts|present|presents|market|markets|shopping|sales|party|song|songs|lights|island)$/.test(
          after,
        )
      )
        return null;
      return candidate(match, 'holiday', 'DATE', `${match.groups?.year ?? 'XXXX'}-${day}`);
    });
  },
};
