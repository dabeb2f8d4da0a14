/**
 * Timex layer, contract months: "crude for February delivery", "the December contract",
 * "March futures" name the month a contract settles in, which dates no event of the
 * story, and no later time hangs on it.
 */
import type { Timex } from '../../contract/corpus.ts';

/** What a contract's month may name after it: "February delivery", "the March contract". */
const CONTRACT_AFTER =
  /^[^\S\n]+(?:delivery|deliveries|contracts?|futures|options|expiry|settlement)\b/i;

/** Whether the timex is the month a traded contract settles in. */
export function isContractMonth(text: string, timex: Timex): boolean {
  return (
    /^[A-Za-z]+$/.test(timex.text) && CONTRACT_AFTER.test(text.slice(timex.end, timex.end + 20))
  );
}
