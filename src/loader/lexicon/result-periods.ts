/**
 * Words that make a result a period's, not a day's: "annual loss", "full-year profit",
 * "quarterly sales", "third-quarter profit" (the last by its ending, in the callers).
 */

/** A year's result: "annual loss", "full-year profit". */
export const ANNUAL_WORDS: ReadonlySet<string> = new Set(['annual', 'yearly', 'full-year']);

/** Any period's result: a year's, a quarter's, a month's or a week's. */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  ...ANNUAL_WORDS,
  'quarterly',
  'monthly',
  'weekly',
  'half-year',
  'quarter',
]);

/** What a company's results are made of: a period's figures, not a day's acts. */
export const RESULT_NOUNS: ReadonlySet<string> = new Set([
  'profit',
  'loss',
  'earnings',
  'revenue',
  'income',
  'deficit',
  'surplus',
  'sales',
  'turnover',
]);
