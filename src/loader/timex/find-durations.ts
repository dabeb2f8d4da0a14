/**
 * Parsers for durations: "four months", "five and a half years", "more than 14 hours",
 * "a two-year deal", "the past two years", "the next few days", "for years", "decades".
 * TIMEX3 writes them as ISO 8601 periods: `P4M`, `P5.5Y`, `PT14H`, `PXY`, `P1DE`.
 */
import { UNIT_WORD, unitOf, type UnitCode } from './lexicon.ts';
import { AMOUNT_MODIFIER, amountMod } from './modifiers.ts';
import { AMOUNT, formatAmount, parseAmount } from './number-words.ts';
import { wordBefore, words } from './patterns.ts';
import {
  candidateFromMatch,
  scan,
  type TimexCandidate,
  type TimexParser,
} from './timex-candidate.ts';

/** Writes a TIMEX3 period: `P4M`, `PT24H`, `PXY`; weekends count as weeks. */
export function periodValue(amount: number | 'X', unit: UnitCode): string {
  // TimeML writes half an hour as 30 minutes rather than PT0.5H.
  if (unit.time && amount !== 'X' && !Number.isInteger(amount)) {
    if (unit.letter === 'H') return `PT${formatAmount(amount * 60)}M`;
    if (unit.letter === 'M') return `PT${formatAmount(amount * 60)}S`;
  }
  const letter = unit.letter === 'WE' ? 'WE' : unit.letter;
  return `P${unit.time ? 'T' : ''}${formatAmount(amount)}${letter}`;
}

function make(
  match: RegExpExecArray,
  value: string,
  mod: string | undefined,
  rule: string,
  skip = 0,
): TimexCandidate {
  return candidateFromMatch(match, { type: 'DURATION', value, rule, mod }, skip);
}

const COUNTED_DURATIONS_PATTERN = words(
  `(?<![\\w$€£.,-])(?<hedge>${AMOUNT_MODIFIER})?(?:(?<half>half an? |a half[- ])(?<halfUnit>hour|day|year|century|minute)|(?<amount>${AMOUNT})(?<sep> |-)(?:(?:straight|consecutive|successive|full|more|additional|long) )?(?<unit>${UNIT_WORD})(?<andHalf> and a half)?)(?<old>-old| old)?(?![\\w-]*\\d)\\b`,
);

/** "four months", "about an hour", "more than 14 hours", "a year and a half", "half an hour". */
export const findCountedDurations: TimexParser = {
  name: 'counted-duration',
  find(text) {
    const pattern = COUNTED_DURATIONS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const mod = amountMod(groups.hedge);
      if (groups.half) {
        const unit = unitOf(groups.halfUnit ?? '');
        return unit ? make(match, periodValue(0.5, unit), mod, 'counted-duration') : null;
      }
      const unitWord = groups.unit ?? '';
      const unit = unitOf(unitWord);
      let amount = parseAmount(groups.amount ?? '');
      if (!unit || amount === null) return null;
      if (groups.andHalf && amount !== 'X') amount += 0.5;
      const amountText = (groups.amount ?? '').toLowerCase();
      // "a" and "one" before a plural ("a few" aside) is not an amount: "one years" does not occur.
      if (amount === 1 && /s$/i.test(unitWord) && !/ies$/.test(unitWord)) return null;
      if (amount === 'X' && !/s$/i.test(unitWord)) return null;
      // "the first day" has no amount; "one day he left" is a vague date, not a duration.
      if (
        amountText === 'one' &&
        /^(day|night|morning)$/i.test(unitWord) &&
        wordBefore(text, match.index) === ''
      )
        return null;
      // Digits with a decimal point before a plural unit are fine ("2.5 hours"); huge counts are not durations.
      if (typeof amount === 'number' && amount > 10000) return null;
      const lower = unitWord.toLowerCase();
      if (lower.startsWith('weekend')) return null;
      const value =
        lower.startsWith('fortnight') && amount !== 'X'
          ? periodValue(amount * 2, { letter: 'W', time: false })
          : periodValue(amount, unit);
      return make(match, value, mod, 'counted-duration');
    });
  },
};

const SPANNING_DURATIONS_PATTERN = words(
  `\\b(?:the|these|those) (?:past|last|next|coming|previous|preceding|following|first|final|recent|ensuing) (?:(?<amount>${AMOUNT}) )?(?<unit>${UNIT_WORD})\\b(?! of (?:the|this|that|[A-Z]|\\d))`,
);

/** "the past two years", "the last three months", "the next few days", "the coming weeks", "the past week". */
export const findSpanningDurations: TimexParser = {
  name: 'spanning-duration',
  find(text) {
    const pattern = SPANNING_DURATIONS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const unitWord = groups.unit ?? '';
      const unit = unitOf(unitWord);
      if (!unit || unit.letter === 'WE') return null;
      const plural = /s$/i.test(unitWord);
      let amount = groups.amount ? parseAmount(groups.amount) : plural ? 'X' : 1;
      if (amount === null) return null;
      // "the following day" and "the next week" name a date, not a stretch of time; "over the
      // next decade" and "during the next year" are a stretch (a decade is never a date here).
      if (
        !groups.amount &&
        !plural &&
        /\b(following|next|previous|preceding|ensuing)\b/i.test(match[0]) &&
        !/^(decade|century)$/i.test(unitWord) &&
        !/^(over|during|within|throughout)$/.test(wordBefore(text, match.index))
      )
        return null;
      if (!groups.amount && !plural && /\bfirst|final\b/i.test(match[0])) return null;
      // "until the last minute" is an idiom, not sixty seconds.
      if (!groups.amount && /^minute$/i.test(unitWord)) return null;
      if (amount === 1 && plural) amount = 'X';
      return make(match, periodValue(amount, unit), undefined, 'spanning-duration');
    });
  },
};

const VAGUE_DURATIONS_PATTERN = words(
  `\\b(?:(?<prep>for|within|over|in|after|took|take|takes|lasted|last|spent|spend|of|recent) )?(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?<long>-long)?\\b(?<then> of)?`,
);

const AHEAD_PATTERN = words(`\\bthe (?<unit>days|weeks|months|years|decades) (?:ahead|to come)\\b`);

/** "the months ahead", "the years to come": a stretch of unknown length from now on. */
export const findDurationsAhead: TimexParser = {
  name: 'duration-ahead',
  find(text) {
    return scan(text, AHEAD_PATTERN, (match) => {
      const unit = unitOf(match.groups?.unit ?? '');
      return unit ? make(match, periodValue('X', unit), undefined, 'duration-ahead') : null;
    });
  },
};

/** "years", "months", "decades" standing alone after a preposition: "for years", "within minutes". */
export const findVagueDurations: TimexParser = {
  name: 'vague-duration',
  find(text) {
    const pattern = VAGUE_DURATIONS_PATTERN;
    return scan(text, pattern, (match) => {
      const groups = match.groups ?? {};
      const unit = unitOf(groups.unit ?? '');
      if (!unit) return null;
      const prep = (groups.prep ?? '').toLowerCase();
      const then = groups.then !== undefined;
      if (!prep && !groups.long && !then) {
        // A sentence-initial or quoted "Years of war" still reads as a duration.
        const before = text.slice(Math.max(0, match.index - 2), match.index);
        if (!/^\s*["“]?$|[“"]$/.test(before)) return null;
      }
      if (prep === 'in' || prep === 'of') {
        // "in years" is rare outside "in recent years" / "the first in years".
        if (prep === 'of') return null;
      }
      const next = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
      if (/^\s+(ago|earlier|later|before|after)\b/i.test(next)) return null;
      if (then && /^\s+(the|this|that|his|her|their|its)\b/i.test(next)) return null;
      const skip = prep && prep !== 'recent' ? match[0].indexOf(groups.unit ?? '') : 0;
      const found = make(match, periodValue('X', unit), undefined, 'vague-duration', skip);
      if (then) found.end -= 3;
      return found;
    });
  },
};

/** "two-year", "35-day", "24-hour": adjectives naming a length, found by the counted parser's hyphen form. */
