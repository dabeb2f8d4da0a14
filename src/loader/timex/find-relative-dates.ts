/**
 * Parsers for dates counted from a reference: the publication date ("yesterday",
 * "last week", "this summer", "two days ago", "earlier this year") or the date the
 * text just mentioned ("the following day", "that evening", "a week earlier").
 * Values are shifts (`DCT-1W`, `PREV+1D`) that `resolve-timexes` turns into dates.
 */
import {
  MONTH_WORD,
  PART_OF_DAY_WORD,
  PARTS_OF_DAY,
  SEASON_WORD,
  SEASONS,
  UNIT_WORD,
  WEEKDAY_WORD,
  monthOf,
  unitOf,
  weekdayOf,
} from './lexicon.ts';
import { AMOUNT, parseAmount } from './number-words.ts';
import { pad } from './calendar.ts';
import { isCapitalized, wordAfter, wordBefore, words } from './patterns.ts';
import {
  candidateFromMatch,
  scan,
  type TimexCandidate,
  type TimexParser,
} from './timex-candidate.ts';
import { shiftValue, type ShiftUnit } from './underspecified-values.ts';

function make(
  match: RegExpExecArray,
  rule: string,
  type: TimexCandidate['type'],
  value: string,
  mod?: string,
): TimexCandidate {
  return candidateFromMatch(match, { type, value, rule, mod });
}

const DEICTIC_DAYS_PATTERN = words(
  `\\b(?<word>the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight)(?:['’]s)?(?<part> ${PART_OF_DAY_WORD})?\\b`,
);

/** "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "yesterday morning". */
export const findDeicticDays: TimexParser = {
  name: 'deictic-day',
  find(text) {
    const pattern = DEICTIC_DAYS_PATTERN;
    return scan(text, pattern, (match) => {
      const word = (match.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ');
      const offsets: Record<string, number> = {
        'the day before yesterday': -2,
        'the day after tomorrow': 2,
        today: 0,
        yesterday: -1,
        tomorrow: 1,
        tonight: 0,
      };
      const part = match.groups?.part?.trim().toLowerCase();
      const code = word === 'tonight' ? 'NI' : part ? PARTS_OF_DAY[part] : undefined;
      const found = make(
        match,
        'deictic-day',
        code ? 'TIME' : 'DATE',
        shiftValue('DCT', offsets[word] ?? 0, 'D', code ? `T${code}` : ''),
      );
      if (!part && /['’]s$/.test(match[0])) found.end -= 2;
      return found;
    });
  },
};

const UNIT_SHIFT: Readonly<Record<string, ShiftUnit>> = {
  day: 'D',
  week: 'W',
  weekend: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};

const MONTH_OF_YEAR_PATTERN = words(
  `\\b(?<month>${MONTH_WORD})(?: (?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?)?,? (?:of )?(?:(?<which>last|this|next)|(?<told>that|the same|the following|the next|the previous|the preceding)) year\\b`,
);

/** The year a told-of year is counted from the year last named: "that year" is that one. */
const TOLD_YEAR_STEP: Readonly<Record<string, number>> = {
  that: 0,
  'the same': 0,
  'the following': 1,
  'the next': 1,
  'the previous': -1,
  'the preceding': -1,
};

/**
 * "May last year", "in March of this year", "June next year", "on October 3 last year": a
 * month, or a day of it, of a year counted from publication. "July of that year", "March
 * of the following year": of a year counted from the year the text last named.
 */
export const findMonthOfDeicticYear: TimexParser = {
  name: 'month-of-deictic-year',
  find(text) {
    return scan(text, MONTH_OF_YEAR_PATTERN, (match) => {
      const groups = match.groups ?? {};
      const month = monthOf(groups.month ?? '');
      if (!month || !isCapitalized(groups.month ?? '')) return null;
      const day = groups.day ? `-${pad(Number(groups.day), 2)}` : '';
      const suffix = `-${pad(month, 2)}${day}`;
      if (groups.told !== undefined) {
        const step = TOLD_YEAR_STEP[groups.told.toLowerCase()] ?? 0;
        return make(match, 'month-of-deictic-year', 'DATE', shiftValue('PREV', step, 'Y', suffix));
      }
      const which = (groups.which ?? '').toLowerCase();
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      return make(match, 'month-of-deictic-year', 'DATE', shiftValue('DCT', step, 'Y', suffix));
    });
  },
};

const DEICTIC_UNITS_PATTERN = words(
  `\\b(?<which>this|last|next|past|coming|current|previous|this past|this coming)(?:(?<!past|coming) (?<unit>day|week|weekend|month|quarter|year|decade|century)|(?<!past|coming|current) (?<part>${PART_OF_DAY_WORD})|(?<!past|coming|current) (?<season>${SEASON_WORD})|(?<!past|coming|current) (?<weekday>${WEEKDAY_WORD})|(?<!past|coming|current) (?<month>${MONTH_WORD})|(?<=past|coming|current) (?<unit2>week|weekend|month|quarter|year))\\b`,
);

/**
 * "this week", "last year", "next month", "this weekend", "last night", "this morning",
 * "last summer", "next Friday", "last July", "this quarter".
 */
export const findDeicticUnits: TimexParser = {
  name: 'deictic-unit',
  find(text) {
    const pattern = DEICTIC_UNITS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const which = (groups.which ?? '').toLowerCase().replace(/\s+/g, ' ');
      const before = text.slice(Math.max(0, match.index - 4), match.index).toLowerCase();
      // "the past week" and "the last year" are durations (TimeML), found by the duration parser.
      if (/the\s$/.test(before) && which !== 'current') return null;
      const step = /last|previous|past/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
      const unitWord = (groups.unit ?? groups.unit2 ?? '').toLowerCase();
      if (unitWord) {
        if (which === 'current' && unitWord === 'day') return null;
        const unit = UNIT_SHIFT[unitWord];
        if (!unit) return null;
        if (unitWord === 'day') return null;
        return make(
          match,
          'deictic-unit',
          'DATE',
          shiftValue('DCT', step, unit, unitWord === 'weekend' ? '-WE' : ''),
        );
      }
      if (groups.part) {
        const code = PARTS_OF_DAY[groups.part.toLowerCase()];
        if (!code || step === 1) return null;
        // "last night" is the night before publication; "this morning" the same day.
        const amount = step === -1 ? -1 : 0;
        return make(match, 'deictic-unit', 'TIME', shiftValue('DCT', amount, 'D', `T${code}`));
      }
      if (groups.season) {
        const code = SEASONS[groups.season.toLowerCase()];
        if (!code) return null;
        return make(match, 'deictic-unit', 'DATE', shiftValue('DCT', step, code as ShiftUnit));
      }
      const direction = step < 0 ? 'LAST' : step > 0 ? 'NEXT' : 'THIS';
      if (groups.weekday) {
        if (!isCapitalized(groups.weekday)) return null;
        return make(
          match,
          'deictic-unit',
          'DATE',
          `${direction}:XXXX-WXX-${weekdayOf(groups.weekday)}`,
        );
      }
      if (groups.month) {
        if (!isCapitalized(groups.month)) return null;
        if (/^\d/.test(wordAfter(text, match.index + match[0].length))) return null;
        return make(
          match,
          'deictic-unit',
          'DATE',
          `${direction}:XXXX-${pad(monthOf(groups.month) ?? 0, 2)}`,
        );
      }
      return null;
    });
  },
};

const WITHIN_UNITS_PATTERN = words(
  `\\b(?<edge>earlier|later|early|late) (?:(?<which>this|last|next|that) (?<unit>week|month|year|quarter|decade|day|morning|evening|afternoon|night)|in the (?<unit2>week|month|year|day)|(?<today>today|tonight|yesterday|tomorrow))\\b`,
);

/** "earlier this year", "later this month", "earlier today", "late yesterday", "late last year", "earlier in the week". */
export const findWithinUnits: TimexParser = {
  name: 'within-unit',
  find(text) {
    const pattern = WITHIN_UNITS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const edge = (groups.edge ?? '').toLowerCase();
      const mod = edge === 'early' ? 'START' : edge === 'late' ? 'END' : undefined;
      if (groups.today) {
        const day = groups.today.toLowerCase();
        const offset = day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0;
        return make(match, 'within-unit', 'DATE', shiftValue('DCT', offset, 'D'), mod);
      }
      const which = (groups.which ?? 'that').toLowerCase();
      const unitWord = (groups.unit ?? groups.unit2 ?? '').toLowerCase();
      const anchor = which === 'that' || (groups.unit2 && true) ? 'PREV' : 'DCT';
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const part = PARTS_OF_DAY[unitWord];
      if (part)
        return make(match, 'within-unit', 'TIME', shiftValue(anchor, step, 'D', `T${part}`), mod);
      const unit = UNIT_SHIFT[unitWord];
      if (!unit) return null;
      if (unitWord === 'day' && which !== 'that') return null;
      // "earlier in the week" speaks of the week being reported: the publication week; but
      // "early in the day", "later in the day" of the day just told ("had gained 21 points on
      // Monday, after falling sharply early in the day").
      const reference = groups.unit2 && unitWord !== 'day' ? 'DCT' : anchor;
      return make(match, 'within-unit', 'DATE', shiftValue(reference, step, unit), mod);
    });
  },
};

const THE_WEEKEND = words('\\bthe weekend\\b');
const ANCHORED_REFERENCES_PATTERN = words(
  `\\b(?:(?<order>the (?:following|next|previous|preceding|same)|that|that same) (?<unit>day|week|weekend|month|year|${PART_OF_DAY_WORD})|the (?<unit2>day|week|month|year) (?<side>before|after|earlier|later)(?! (?:the|a|an|his|her|their|its|[A-Z0-9]))|(?<edge>(?:early|late) in )?the (?<part>${PART_OF_DAY_WORD}))\\b`,
);

/**
 * "the following day", "the next morning", "the day before", "that evening", "that week",
 * "the same day", "the night", "early in the morning": anchored to the last date mentioned.
 */
export const findAnchoredReferences: TimexParser = {
  name: 'anchored-reference',
  find(text) {
    const pattern = ANCHORED_REFERENCES_PATTERN;
    const found = scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      if (groups.part) {
        const code = PARTS_OF_DAY[groups.part.toLowerCase()];
        if (!code) return null;
        // "the morning of March 3" belongs to the explicit date that follows.
        const after = wordAfter(text, match.index + match[0].length).toLowerCase();
        if (
          after === 'of' ||
          after === 'shift' ||
          after === 'news' ||
          after === 'paper' ||
          after === 'show' ||
          after === 'session'
        )
          return null;
        const edge = groups.edge?.toLowerCase();
        const mod = edge?.startsWith('early')
          ? 'START'
          : edge?.startsWith('late')
            ? 'END'
            : undefined;
        return make(
          match,
          'anchored-reference',
          'TIME',
          shiftValue('PREV', 0, 'D', `T${code}`),
          mod,
        );
      }
      const order = (groups.order ?? '').toLowerCase().replace(/\s+/g, ' ');
      const side = (groups.side ?? '').toLowerCase();
      const unitWord = (groups.unit ?? groups.unit2 ?? '').toLowerCase();
      const step = /following|next|after|later/.test(order + side)
        ? 1
        : /previous|preceding|before|earlier/.test(order + side)
          ? -1
          : 0;
      const part = PARTS_OF_DAY[unitWord];
      if (part)
        return make(match, 'anchored-reference', 'TIME', shiftValue('PREV', step, 'D', `T${part}`));
      const unit = UNIT_SHIFT[unitWord];
      if (!unit) return null;
      return make(
        match,
        'anchored-reference',
        'DATE',
        shiftValue('PREV', step, unit, unitWord === 'weekend' ? '-WE' : ''),
      );
    });
    // "over the weekend": the weekend next to publication, on the side the tense says.
    found.push(
      ...scan(text, THE_WEEKEND, (match) =>
        make(match, 'anchored-reference', 'DATE', 'XXXX-WXX-WE'),
      ),
    );
    return found;
  },
};

const COUNTED_SHIFT_TRIGGER = /\b(?:ago|earlier|later|previously|hence|now|before|after|prior)\b/i;
const COUNTED_SHIFTS_PATTERN = words(
  `\\b(?<hedge>(?:about|around|some|roughly|nearly|almost|more than|over|less than|just over|just under|barely|only) )?(?<amount>${AMOUNT}) (?<unit>${UNIT_WORD}) (?<side>ago|earlier|later|previously|hence|from now|(?:before|after|prior)(?=\\s*[,.;:!?)"”]|\\s*$|\\s+(?:and|but|when|as|in|on|at|to|for|with)\\b))\\b`,
);

/**
 * "two days ago", "a year ago", "a week earlier", "three months later", "two days before."
 * "ago" counts from publication, "earlier/later" from the date just mentioned. "four months
 * before Obama leaves office" is a duration with a signal, left to the duration parser.
 */
export const findCountedShifts: TimexParser = {
  name: 'counted-shift',
  find(text) {
    // Every counted shift ends in one of these words: a cheap test spares the long pattern.
    if (!COUNTED_SHIFT_TRIGGER.test(text)) return [];
    const pattern = COUNTED_SHIFTS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      // "for three years after that" is a stretch of time; "a week later than planned" a comparison.
      if (/^(for|within|over)$/.test(wordBefore(text, match.index))) return null;
      if (
        /^\s+than\b/i.test(
          text.slice(match.index + match[0].length, match.index + match[0].length + 6),
        )
      )
        return null;

      const amount = parseAmount(groups.amount ?? '');
      const unit = unitOf(groups.unit ?? '');
      if (amount === null || !unit || unit.time) return null;
      const side = (groups.side ?? '').toLowerCase();
      const sign = /ago|earlier|before|previously|prior/.test(side) ? -1 : 1;
      const anchor = /ago|hence|from now/.test(side) ? 'DCT' : 'PREV';
      const hedge = groups.hedge?.trim().toLowerCase();
      const mod = hedge ? (/more than|over/.test(hedge) ? 'BEFORE' : 'APPROX') : undefined;
      if (amount === 'X' || !Number.isInteger(amount)) {
        // "years ago", "several months earlier": only the direction is known.
        return make(match, 'counted-shift', 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod);
      }
      const code: ShiftUnit | undefined = UNIT_SHIFT[singular(groups.unit ?? '')];
      if (!code) return null;
      // Weeks count in days: "two weeks ago" names a day, as the publication date does.
      const value =
        code === 'W'
          ? shiftValue(anchor, sign * amount * 7, 'D')
          : shiftValue(anchor, sign * amount, code);
      return make(match, 'counted-shift', 'DATE', value, mod);
    });
  },
};

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  if (lower === 'fortnight' || lower === 'fortnights') return 'week';
  return lower.replace(/s$/, '');
}
