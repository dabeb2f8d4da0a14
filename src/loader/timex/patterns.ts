/** Regex building blocks shared by the parsers. */

/** Whitespace inside an expression: spaces, or one line break (wrapped lines), never a blank line. */
export const SP = '(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)';

/**
 * Builds a case-insensitive global regex from a readable source in which each
 * literal space stands for `SP` (so "Friday morning" also matches across a wrapped line).
 * Parsers build theirs once, at module load, and run them through `scan`, which resets
 * `lastIndex`.
 */
export function words(source: string): RegExp {
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      result += char + (source[index + 1] ?? '');
      index++;
    } else if (char === '[') {
      inClass = true;
      result += char;
    } else if (char === ']') {
      inClass = false;
      result += char;
    } else if (char === ' ' && !inClass) {
      result += SP;
    } else {
      result += char;
    }
  }
  return new RegExp(result, 'gi');
}

/** True when a word is written with a capital (month and weekday names must be). */
export function isCapitalized(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}

/** The word before an offset (lower-cased), skipping spaces and an opening quote. */
export function wordBefore(text: string, offset: number): string {
  const match = /([A-Za-z'’.$€£©#-]+|\d[\d,.]*)[\s"“(]*$/.exec(
    text.slice(Math.max(0, offset - 40), offset),
  );
  return match?.[1]?.toLowerCase() ?? '';
}

/** The word after an offset (as written), skipping spaces. */
export function wordAfter(text: string, offset: number): string {
  const match = /^\s*([A-Za-z'’%-]+|\d[\d,.]*)/.exec(text.slice(offset, offset + 40));
  return match?.[1] ?? '';
}
