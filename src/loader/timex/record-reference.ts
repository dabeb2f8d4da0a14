/**
 * Timex layer, records: "its first loss since 1992", "the lowest level since March", "its
 * biggest fall since the crash of 1987", "for the first time since the end of military rule
 * in 1990": the date a record is measured from dates no event, and no later time of day
 * hangs on it.
 */
import type { Timex } from '../../contract/corpus.ts';

/** The ordinals that count in a series: "its second reduction", "the 13th". */
export const ORDINAL_WORD_LIST =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)';

/**
 * Words that make a record: "first", "biggest", "lowest"; and the ordinals that count
 * from a day ("its sixth reduction since September").
 */
export const RECORD_WORD_LIST = `only|largest|biggest|greatest|highest|lowest|smallest|worst|best|strongest|weakest|sharpest|steepest|deepest|fastest|slowest|most|least|fewest|${ORDINAL_WORD_LIST}`;

const RECORD_SINCE = new RegExp(
  `\\b(?:${RECORD_WORD_LIST})\\b[^.;:,]{0,60}\\bsince\\s+(?:the\\s+)?(?:(?:[\\p{L}'’-]+\\s+){1,8}(?:of|in|after|before|following)\\s+(?:the\\s+)?)?$`,
  'iu',
);

/**
 * Characters before a timex searched for its record: the longest the pattern reads ("the
 * first major investment bank to disappear since the collapse of Drexel Burnham Lambert
 * in 1990").
 */
const RECORD_REACH = 200;

/** Whether a record's "since" is what the timex follows (in its clause). */
export function isRecordReference(text: string, sentenceStart: number, timex: Timex): boolean {
  const before = text.slice(Math.max(sentenceStart, timex.start - RECORD_REACH), timex.start);
  return RECORD_SINCE.test(before);
}
