/**
 * Parsers for periods named the way business and wire news names them: the edge of a
 * period ("the end of the year", "the start of next month"), the quarter under
 * discussion ("the quarter ended Sept. 30") and the comparison period of an earnings
 * report ("the year-earlier period", "the same quarter a year ago"). Values are shifts
 * that `resolve-timexes` completes; a comparison period takes the granularity of the
 * quarter or half it is compared with (`1988-Q3`, not `1988`).
 */
import { words } from './patterns.ts';
import {
  candidateFromMatch,
  scan,
  type TimexCandidate,
  type TimexParser,
} from './timex-candidate.ts';
import { shiftValue, type ShiftUnit } from './underspecified-values.ts';

const UNIT_SHIFT: Readonly<Record<string, ShiftUnit>> = {
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
};

function make(match: RegExpExecArray, rule: string, value: string, mod?: string): TimexCandidate {
  return candidateFromMatch(match, { type: 'DATE', value, rule, mod });
}

const PERIOD_EDGE_PATTERN = words(
  `\\bthe (?<edge>beginning|start|middle|end|close) of (?<which>the|this|next|last|the current|the next|the previous) (?<unit>week|month|quarter|year|decade)\\b(?! (?:of|in|when|that|before|after)\\b)`,
);

/** "the end of the year", "the start of next month", "the middle of this week". */
export const findPeriodEdges: TimexParser = {
  name: 'period-edge',
  find(text) {
    return scan(text, PERIOD_EDGE_PATTERN, (match) => {
      const groups = match.groups ?? {};
      const unit = UNIT_SHIFT[(groups.unit ?? '').toLowerCase()];
      if (!unit) return null;
      const which = (groups.which ?? '').toLowerCase();
      const step = /next/.test(which) ? 1 : /last|previous/.test(which) ? -1 : 0;
      const edge = (groups.edge ?? '').toLowerCase();
      const mod =
        edge === 'middle' ? 'MID' : edge === 'beginning' || edge === 'start' ? 'START' : 'END';
      // "the end of the year" in news is the current one: the publication date's.
      return make(match, 'period-edge', shiftValue('DCT', step, unit), mod);
    });
  },
};

const QUARTER_UNDER_DISCUSSION_PATTERN =
  /\bthe (?:latest |recent |most recent )?quarter\b(?![-\w’']| of\b)/g;

/** "the quarter" of an earnings report: the quarter the text last named ("the third quarter"). */
export const findQuarterUnderDiscussion: TimexParser = {
  name: 'quarter-under-discussion',
  find(text) {
    return scan(text, QUARTER_UNDER_DISCUSSION_PATTERN, (match) =>
      make(match, 'quarter-under-discussion', shiftValue('PREV', 0, 'Q')),
    );
  },
};

const COMPARISON_PERIOD_PATTERN = words(
  `\\bthe (?:(?:year-earlier|year-ago|prior-year|previous-year|year-before|year-previous) (?:period|quarter|half|months?|year)|(?:same|comparable|corresponding|like) (?:period|quarter|half|months?|time) (?:a year (?:ago|earlier|before)|last year|of last year|the previous year|the prior year|the year before|of the previous year|of the prior year))\\b`,
);

/**
 * "the year-earlier period", "the year-ago quarter", "the same period a year ago",
 * "the comparable quarter last year": the period compared with, one year back.
 */
export const findComparisonPeriods: TimexParser = {
  name: 'comparison-period',
  find(text) {
    return scan(text, COMPARISON_PERIOD_PATTERN, (match) =>
      make(match, 'comparison-period', shiftValue('PREV', -1, 'Y')),
    );
  },
};
