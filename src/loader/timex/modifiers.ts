/** Words around a temporal expression that TimeML records as its `mod`. */

/** Regex source for the words before a date that narrow it ("early", "mid-", "the end of"). */
export const PART_MODIFIER =
  '(?:(?:early|mid|late)(?:[- ]|\\s+in\\s+)|the\\s+(?:beginning|start|middle|end)\\s+of\\s+|(?:the\\s+)?(?:early|middle|later?)\\s+part\\s+of\\s+)';

/** TIMEX3 mod for a narrowing word ("mid-July" → MID). */
export function partMod(words: string | undefined): string | undefined {
  if (!words) return undefined;
  const lower = words.toLowerCase();
  if (/early|beginning|start/.test(lower)) return 'START';
  if (/mid/.test(lower)) return 'MID';
  if (/late|end/.test(lower)) return 'END';
  return undefined;
}

/** Regex source for the quantity hedges before a duration ("about", "more than"). */
export const AMOUNT_MODIFIER =
  '(?:about|around|some|roughly|approximately|nearly|almost|more\\s+than|less\\s+than|under|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|just\\s+over|just\\s+under|well\\s+over)\\s+';

/** TIMEX3 mod for a quantity hedge ("more than two years" → MORE_THAN). */
export function amountMod(words: string | undefined): string | undefined {
  if (!words) return undefined;
  const lower = words.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^(about|around|some|roughly|approximately)$/.test(lower)) return 'APPROX';
  if (/^(nearly|almost|less than|under|just under)$/.test(lower)) return 'LESS_THAN';
  if (/^(more than|over|just over|well over)$/.test(lower)) return 'MORE_THAN';
  if (lower === 'at least') return 'EQUAL_OR_MORE';
  if (/^(at most|up to|no more than)$/.test(lower)) return 'EQUAL_OR_LESS';
  return undefined;
}
