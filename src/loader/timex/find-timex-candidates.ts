/**
 * Finds every temporal expression in a text: ordered parsers propose candidates with
 * their spans, then refiners drop the false ones and settle overlaps (chrono-node's
 * design). Pure and total: odd text yields fewer candidates, never an exception; a parser
 * that throws (a bug) costs only its own expressions, and is reported for a diagnostic.
 */
import { findExplicitDates } from './find-explicit-dates.ts';
import {
  findCountedDurations,
  findDurationsAhead,
  findSpanningDurations,
  findVagueDurations,
} from './find-durations.ts';
import {
  findCenturies,
  findDecades,
  findHolidays,
  findMonths,
  findQuarters,
  findSeasons,
  findWeekdays,
  findYears,
} from './find-named-dates.ts';
import {
  findAnchoredReferences,
  findCountedShifts,
  findDeicticDays,
  findDeicticUnits,
  findMonthOfDeicticYear,
  findWithinUnits,
} from './find-relative-dates.ts';
import {
  findComparisonPeriods,
  findPeriodEdges,
  findQuarterUnderDiscussion,
} from './find-period-references.ts';
import { findSets } from './find-sets.ts';
import { findVagueReferences } from './find-vague-references.ts';
import { refineImpossibleDates } from './impossible-dates.ts';
import { refineNegativeContexts } from './refine-negative-contexts.ts';
import { refineOverlaps, refineWeekdayBeforeDate } from './refine-overlaps.ts';
import type { TimexCandidate, TimexParser, TimexRefiner } from './timex-candidate.ts';

/** Parsers, most specific first: on an overlap of equal length the earlier one wins. */
export const TIMEX_PARSERS: readonly TimexParser[] = [
  findExplicitDates,
  findMonthOfDeicticYear,
  findCountedShifts,
  findWithinUnits,
  findDeicticDays,
  findDeicticUnits,
  findAnchoredReferences,
  findComparisonPeriods,
  findPeriodEdges,
  findSets,
  findSpanningDurations,
  findDurationsAhead,
  findCountedDurations,
  findWeekdays,
  findMonths,
  findQuarters,
  findQuarterUnderDiscussion,
  findSeasons,
  findDecades,
  findCenturies,
  findYears,
  findHolidays,
  findVagueReferences,
  findVagueDurations,
];

export const TIMEX_REFINERS: readonly TimexRefiner[] = [
  // Negative contexts first, so a phone number cannot win an overlap and then vanish.
  refineNegativeContexts,
  // Before overlaps, so "31 April 2001" cannot leave "April 2001" behind.
  refineImpossibleDates,
  refineOverlaps,
  refineWeekdayBeforeDate,
];

/** A parser that threw on a text: the expressions it would have found are missing. */
export interface ParserFailure {
  parser: string;
  message: string;
}

/** All temporal expressions of a text, in order, without overlaps, and the parsers that failed. */
export function findTimexCandidates(
  text: string,
  parsers: readonly TimexParser[] = TIMEX_PARSERS,
): { candidates: TimexCandidate[]; failures: ParserFailure[] } {
  let candidates: TimexCandidate[] = [];
  const failures: ParserFailure[] = [];
  for (const parser of parsers) {
    try {
      candidates.push(...parser.find(text));
    } catch (error) {
      // A parser bug must not cost the article its other expressions, nor go unseen.
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ parser: parser.name, message });
    }
  }
  candidates = candidates.filter((candidate) => candidate.end > candidate.start);
  for (const refiner of TIMEX_REFINERS) candidates = refiner.refine(text, candidates);
  return { candidates, failures };
}
