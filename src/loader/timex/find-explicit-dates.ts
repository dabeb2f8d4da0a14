/**
 * Parser: calendar dates and clock times written out in full ("August 26",
 * "Sept. 8, 2016", "8/9/2016", "2016-09-08", "10:00 pm", "3:55 p.m. EST"),
 * where chrono-node is at its best. Weekdays, relative and vague expressions
 * are left to the other parsers, which know TimeML's conventions.
 */
import * as chrono from 'chrono-node';
import { formatDay, isRealDay, pad } from './calendar.ts';
import { shiftValue } from './underspecified-values.ts';
import type { TimexCandidate, TimexParser } from './timex-candidate.ts';

const KEPT_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENTimeExpressionParser',
]);
const KEPT_REFINERS = new Set([
  'OverlapRemovalRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'MergeWeekdayComponentRefiner',
  'ENMergeDateTimeRefiner',
  'ENExtractYearSuffixRefiner',
]);

/** chrono's strict English parser cut down to explicit dates and times. */
export const explicitDateChrono = (() => {
  const parser = chrono.strict.clone();
  parser.parsers = parser.parsers.filter((item) => KEPT_PARSERS.has(item.constructor.name));
  parser.refiners = parser.refiners.filter((item) => KEPT_REFINERS.has(item.constructor.name));
  return parser;
})();

// chrono needs a reference date; the values written here never depend on it,
// because every component chrono had to guess becomes `XXXX` or a `PREV` shift.
const ANY_REFERENCE = new Date(Date.UTC(2000, 0, 15, 12));

export const findExplicitDates: TimexParser = {
  name: 'explicit-date',
  find(text) {
    const found: TimexCandidate[] = [];
    let results: chrono.ParsedResult[];
    try {
      results = explicitDateChrono.parse(text, ANY_REFERENCE);
    } catch {
      return found;
    }
    for (const result of results) {
      const range = splitRange(result);
      for (const part of range) {
        const candidate = toCandidate(part.components, result.index + part.offset, part.text);
        if (candidate && !insideNumber(text, candidate)) found.push(candidate);
      }
    }
    return found;
  },
};

/**
 * "to 33,002.38", "4,229.45": digits read off a larger number are no clock time (chrono
 * reads "002.38" as 2:38); nor is an amount ("sold 16.24 million iPhones", "$10.30 a
 * share", "rose 12.15 percent"), which chrono reads as 16:24.
 */
function insideNumber(text: string, candidate: TimexCandidate): boolean {
  const before = text.slice(Math.max(0, candidate.start - 2), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 12);
  return (
    /\d[,.]?$/.test(before) ||
    /^\d/.test(after) ||
    (/^\d{1,2}\.\d\d$/.test(text.slice(candidate.start, candidate.end)) &&
      (/[$€£¥]\s*$/.test(before) || AMOUNT_AFTER.test(after)))
  );
}

/**
 * Words after a number that make it an amount: "16.24 million", "12.15 percent", "1.20
 * francs per euro", "2.35 metres".
 */
const AMOUNT_AFTER = new RegExp(
  '^\\s*(?:%|(?:' +
    [
      'percent',
      'per cent',
      '[mb]n',
      'million',
      'billion',
      'trillion',
      'points?',
      'a share',
      'per',
      'times',
      // Currencies written out.
      'dollars?',
      'euros?',
      'pounds?',
      'francs?',
      'yen',
      'yuan',
      'renminbi',
      'cents?',
      'pence',
      'rupees?',
      'roubles?',
      'rubles?',
      'pesos?',
      'reais',
      'kron[aeo]r?',
      'crowns?',
      'zloty',
      'forints?',
      'lira',
      'shekels?',
      'rand',
      'baht',
      'ringgit',
      'dinars?',
      'riyals?',
      'dirhams?',
      // Measures.
      'metres?',
      'meters?',
      'kilometres?',
      'kilometers?',
      'km',
      'miles?',
      'kilograms?',
      'kg',
      'grams?',
      'tonnes?',
      'tons?',
      'barrels?',
      'litres?',
      'liters?',
      'gallons?',
      'ounces?',
      'inches',
      'feet',
      'degrees?',
    ].join('|') +
    ')\\b)',
  'i',
);

interface Part {
  components: chrono.ParsedComponents;
  offset: number;
  text: string;
}

/** "Jan. 21-22" is two dates in TimeML: "Jan. 21" and "22". */
function splitRange(result: chrono.ParsedResult): Part[] {
  const whole: Part = { components: result.start, offset: 0, text: result.text };
  if (!result.end) return [whole];
  const match = /^(.*?\d)(\s*(?:-|–|to|through)\s*)(\d{1,2})$/.exec(result.text);
  if (!match || !result.start.isCertain('day')) return [whole];
  const first = match[1] ?? '';
  const second = match[3] ?? '';
  return [
    { components: result.start, offset: 0, text: first },
    { components: result.end, offset: first.length + (match[2] ?? '').length, text: second },
  ];
}

function toCandidate(
  known: chrono.ParsedComponents,
  rawStart: number,
  rawText: string,
): TimexCandidate | null {
  // TimeML leaves prepositions outside the expression ("at 6 a.m." → "6 a.m.").
  const lead = /^(?:(?:at|on|in|by|from|the)\s+)+/i.exec(rawText)?.[0] ?? '';
  const start = rawStart + lead.length;
  const text = rawText.slice(lead.length);
  const hasDay = known.isCertain('day') && known.isCertain('month');
  const hasTime = known.isCertain('hour');
  if (!hasDay && !hasTime) return null;
  if (hasTime && !hasDay && !/[:.]\d\d|[ap]\.?\s?m\b|noon|midnight/i.test(text)) return null;
  if (hasDay && !known.isCertain('year') && /^\d+\s*[/.-]\s*\d+$/.test(text.trim())) return null;
  const time = hasTime
    ? `T${pad(known.get('hour') ?? 0, 2)}:${pad(known.get('minute') ?? 0, 2)}`
    : '';
  let value: string;
  if (hasDay) {
    const month = known.get('month') ?? 0;
    const day = known.get('day') ?? 0;
    if (known.isCertain('year')) {
      const year = known.get('year') ?? 0;
      if (!isRealDay(year, month, day)) return null;
      value = formatDay({ year, month, day }) + time;
    } else {
      // Any leap year accepts February 29; the year is chosen later.
      if (!isRealDay(2000, month, day)) return null;
      value = `XXXX-${pad(month, 2)}-${pad(day, 2)}${time}`;
    }
  } else {
    value = shiftValue('PREV', 0, 'D', time);
  }
  return {
    start,
    end: start + text.length,
    type: hasTime ? 'TIME' : 'DATE',
    value,
    rule: 'explicit-date',
  };
}
