/**
 * Reads the amounts news writes before a unit: "four", "21", "five and a half",
 * "a", "a dozen", "twenty-one", "several" (unknown, `X` in TIMEX3).
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Amount words for which TIMEX3 writes `X` (an unknown number). */
const VAGUE = new Set([
  'several',
  'a few',
  'few',
  'some',
  'many',
  'a couple of',
  'couple of',
  'a number of',
  'numerous',
]);

/** Regex source for an amount word or number, as it may precede a unit. */
export const AMOUNT =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|a dozen|a few|a couple of|couple of|a number of|several|few|some|dozen|hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an|a)(?: and a half)?';

/** The number an amount stands for; `'X'` for vague amounts; null when not an amount. */
export function parseAmount(text: string): number | 'X' | null {
  const lower = text.toLowerCase().trim().replace(/\s+/g, ' ');
  const half = lower.endsWith(' and a half');
  const core = half ? lower.slice(0, -' and a half'.length) : lower;
  if (VAGUE.has(core)) return 'X';
  const base = parseWhole(core);
  if (base === null) return null;
  return half ? base + 0.5 : base;
}

function parseWhole(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'a' || text === 'an') return 1;
  if (text === 'a dozen' || text === 'dozen') return 12;
  if (text === 'hundred' || text === 'a hundred') return 100;
  if (text in SMALL) return SMALL[text] ?? null;
  const parts = text.split(/[- ]/);
  const tens = TENS[parts[0] ?? ''];
  if (tens === undefined) return null;
  if (parts.length === 1) return tens;
  const unit = SMALL[parts[1] ?? ''];
  return unit !== undefined && unit < 10 ? tens + unit : null;
}

/** Writes an amount as TIMEX3 does: `5.5`, `4`, `X`. */
export function formatAmount(amount: number | 'X'): string {
  if (amount === 'X') return 'X';
  return Number.isInteger(amount) ? String(amount) : String(Number(amount.toFixed(2)));
}
