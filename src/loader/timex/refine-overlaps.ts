/**
 * Refiners that settle competing candidates: the longest expression wins an overlap
 * (chrono-node's OverlapRemovalRefiner), and a weekday written before a date joins it
 * ("Friday, August 26").
 */
import type { TimexCandidate, TimexRefiner } from './timex-candidate.ts';

export const refineOverlaps: TimexRefiner = {
  name: 'overlaps',
  refine(_text, candidates) {
    // Earlier parsers win ties: the parser list is ordered from most to least specific.
    const ranked = candidates
      .map((candidate, order) => ({ candidate, order }))
      .sort(
        (a, b) =>
          b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
          a.order - b.order,
      );
    const kept: TimexCandidate[] = [];
    for (const { candidate } of ranked) {
      if (kept.some((other) => candidate.start < other.end && other.start < candidate.end))
        continue;
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};

export const refineWeekdayBeforeDate: TimexRefiner = {
  name: 'weekday-before-date',
  refine(text, candidates) {
    const result: TimexCandidate[] = [];
    for (let index = 0; index < candidates.length; index++) {
      const current = candidates[index];
      const next = candidates[index + 1];
      if (!current) continue;
      if (
        next &&
        current.rule === 'weekday' &&
        current.type === 'DATE' &&
        next.rule === 'explicit-date' &&
        /^,?\s*(?:the\s+)?$/.test(text.slice(current.end, next.start))
      ) {
        result.push({ ...next, start: current.start });
        index++;
        continue;
      }
      result.push(current);
    }
    return result;
  },
};
