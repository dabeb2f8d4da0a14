/** Small helpers for ISO 8601 calendar strings (the corpus stores dates as text). */
import { isValid, parseISO } from 'date-fns';

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** True for a real calendar date or date-time in ISO 8601 form (rejects 2016-02-30). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return false;
  return isValid(parseISO(value));
}
