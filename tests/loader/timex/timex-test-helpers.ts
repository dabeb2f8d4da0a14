/** Runs the timex stages on a text with a fixed publication date, for tests. */
import { timexesOfText } from '../../../src/loader/timex/timexes-of-text.ts';

export interface Found {
  text: string;
  type: string;
  value: string;
  mod?: string;
}

/** Each timex as `{ text, type, value, mod? }`, checking that every span slices back to its text. */
export function timexesIn(text: string, dct: string | null): Found[] {
  return timexesOfText(text, dct).map((timex) => {
    if (text.slice(timex.start, timex.end) !== timex.text)
      throw new Error(`span mismatch for ${timex.text}`);
    return {
      text: timex.text,
      type: timex.type,
      value: timex.value,
      ...(timex.mod ? { mod: timex.mod } : {}),
    };
  });
}

/** The single timex of a text (fails the test when there is not exactly one). */
export function onlyTimex(text: string, dct: string | null): Found {
  const found = timexesIn(text, dct);
  if (found.length !== 1)
    throw new Error(`expected one timex in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0] as Found;
}
