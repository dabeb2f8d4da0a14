/**
 * Parser for recurring times (TIMEX3 SET): "every week" (`P1W`), "every two hours"
 * (`PT2H`), "every Monday" (`XXXX-WXX-1`), "each year", "daily", "twice a week",
 * "20,000 people a day".
 */
import {
  PART_OF_DAY_WORD,
  PARTS_OF_DAY,
  UNIT_WORD,
  WEEKDAY_WORD,
  monthOf,
  unitOf,
  weekdayOf,
} from './lexicon.ts';

const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
import { AMOUNT, parseAmount } from './number-words.ts';
import { isCapitalized, wordAfter, wordBefore, words } from './patterns.ts';
import { pad } from './calendar.ts';
import {
  candidateFromMatch,
  scan,
  type TimexCandidate,
  type TimexParser,
} from './timex-candidate.ts';
import { periodValue } from './find-durations.ts';

function make(match: RegExpExecArray, value: string, skip = 0): TimexCandidate {
  return candidateFromMatch(match, { type: 'SET', value, rule: 'set' }, skip);
}

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annually: 'P1Y',
  yearly: 'P1Y',
  'twice-yearly': 'P6M',
  annual: 'P1Y',
  semiannual: 'P6M',
};

/**
 * Nouns after "annual", "quarterly", "weekly" that name a thing that recurs (TimeML marks
 * "an annual meeting", "a quarterly dividend", "a weekly survey"), as against a measure
 * over one period ("quarterly profit", "daily toll"), which names no time of its own.
 */
const RECURRING_EVENT =
  /^(?:[\s-]+[a-z]+)?\s+(?:meetings?|dividends?|surveys?|reports?|reviews?|conferences?|summits?|sessions?|payments?|payouts?|fees?|visits?|inspections?|festivals?|parades?|pilgrimages?|celebrations?|ceremon(?:y|ies)|gatherings?|conventions?|assembl(?:y|ies)|elections?|briefings?|audits?|updates?|checks?|installments?|subscriptions?|bonus(?:es)?|rent)\b/i;

const SETS_EVERY = words(
  `\\b(?:every|each) (?:(?<other>other) )?(?:(?<weekday>${WEEKDAY_WORD})|(?<month>${MONTH_NAME})|(?<part>${PART_OF_DAY_WORD})|(?:(?<amount>${AMOUNT}) )?(?<unit>${UNIT_WORD}))\\b`,
);

const SETS_RATE = words(
  `\\b(?:(?<times>once|twice|(?:three|four|five|six|\\d+) times) )?(?:a|an|per) (?<unit>hour|day|night|week|month|year)\\b`,
);

export const findSets: TimexParser = {
  name: 'set',
  find(text) {
    const found: TimexCandidate[] = [];
    const every = SETS_EVERY;
    found.push(
      ...scan(text, every, (match) => {
        const groups = match.groups ?? {};
        if (groups.weekday) {
          const weekday = weekdayOf(groups.weekday);
          return weekday ? make(match, `XXXX-WXX-${weekday}`) : null;
        }
        if (groups.month) {
          // "every January": capitalized, as month names are ("each may" is not one).
          const month = monthOf(groups.month);
          return month && isCapitalized(groups.month) ? make(match, `XXXX-${pad(month, 2)}`) : null;
        }
        if (groups.part) {
          const code = PARTS_OF_DAY[groups.part.toLowerCase()];
          return code ? make(match, `XXXX-XX-XXT${code}`) : null;
        }
        const unit = unitOf(groups.unit ?? '');
        const amount = groups.amount ? parseAmount(groups.amount) : groups.other ? 2 : 1;
        if (!unit || amount === null) return null;
        // "each day of the trial" is distributive over a known stretch, still a SET in TimeML.
        return make(match, periodValue(amount, unit));
      }),
    );
    const rate = SETS_RATE;
    found.push(
      ...scan(text, rate, (match) => {
        const groups = match.groups ?? {};
        const unit = unitOf(groups.unit ?? '');
        if (!unit) return null;
        if (!groups.times) {
          // "$68 a barrel" is a price; "20,000 people a day" and "10 percent a year" are rates.
          const before = wordBefore(text, match.index);
          if (
            !/(s|%|percent|million|billion|\d)$/.test(before) ||
            /^(was|is|has|as|its|this|his|less|across|across|thus|us|does|tens)$/.test(before)
          )
            return null;
          if (
            /^(ago|earlier|later|before|after)$/i.test(
              wordAfter(text, match.index + match[0].length),
            )
          )
            return null;
        }
        return make(match, periodValue(1, unit));
      }),
    );
    const adverb =
      /\b(?<word>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|annual|semiannual|twice-yearly)\b/gi;
    found.push(
      ...scan(text, adverb, (match) => {
        const word = (match.groups?.word ?? '').toLowerCase();
        // As an adjective ("daily toll", "quarterly profit") the word names no time of its own.
        const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
        if (
          !/^\s*([,.;:!?)"”]|$|(and|or|in|on|at|for|to|from|by|since|until|the|a|an|with|basis|but)\b)/i.test(
            after,
          ) &&
          !RECURRING_EVENT.test(
            text.slice(match.index + match[0].length, match.index + match[0].length + 40),
          )
        )
          return null;
        if (word !== 'annually' && /^\s*(basis)\b/i.test(after)) return null;
        const value = ADVERBS[word];
        return value ? make(match, value) : null;
      }),
    );
    return found;
  },
};
