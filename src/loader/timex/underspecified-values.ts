/**
 * The values `find-timexes` writes when the text alone does not fix the date, and
 * `resolve-timexes` fills in (HeidelTime's two-phase design):
 *
 * - TimeML underspecified values, completed from the clause's tense and the
 *   publication date: `XXXX-08-26`, `XXXX-07`, `XXXX-WXX-5`, `XXXX-WXX-5TMO`,
 *   `XXXX-SU`, `XXXX-Q3`, `XXXX-H1`. A prefix `LAST:`, `NEXT:` or `THIS:` says the
 *   text chose the direction itself ("last Friday", "next March").
 * - Shifts from a reference: `DCT-1W` ("last week"), `DCT+0D` ("today"),
 *   `DCT-14D` ("two weeks ago"), `PREV+1D` ("the following day"), `PREV+0DTEV`
 *   ("that evening"), `PREV+0DT22:00` ("10:00 pm"), `DCT+0W-WE` ("this weekend"),
 *   `DCT-1SU` ("last summer"), `DCT-1Y-05` ("May last year"), `DCT-1Y-10-03` ("October
 *   3 last year"), `DCT+1Y-H2` ("the second half of next year"). `DCT` is the publication
 *   date, `PREV` the date the text last mentioned at that granularity.
 *
 * Every other value is already final TIMEX3 (`2016-08-26`, `P4M`, `PRESENT_REF`).
 */

/** Units a shift counts in: days, weeks, months, quarters, halves, years, decades, centuries, seasons. */
export type ShiftUnit = 'D' | 'W' | 'M' | 'Q' | 'H' | 'Y' | 'DE' | 'CE' | 'SP' | 'SU' | 'FA' | 'WI';

export interface Shift {
  anchor: 'DCT' | 'PREV';
  amount: number;
  unit: ShiftUnit;
  /** `TMO`, `T22:00`, `-WE`, or a year's month `-05` or quarter or half `-Q3`, appended. */
  suffix: string;
}

const SHIFT =
  /^(DCT|PREV)([+-]\d+)(DE|CE|SP|SU|FA|WI|D|W|M|Q|H|Y)(T(?:MO|AF|EV|NI|MI|DT|\d{2}:\d{2})|-WE|-\d{2}(?:-\d{2})?|-[QH][1-4])?$/;

/** Writes a shift value. */
export function shiftValue(
  anchor: Shift['anchor'],
  amount: number,
  unit: ShiftUnit,
  suffix = '',
): string {
  return `${anchor}${amount < 0 ? '-' : '+'}${Math.abs(amount)}${unit}${suffix}`;
}

/** Reads a shift value, or null when the value is not one. */
export function parseShift(value: string): Shift | null {
  const match = SHIFT.exec(value);
  if (!match) return null;
  return {
    anchor: match[1] as Shift['anchor'],
    amount: Number(match[2]),
    unit: match[3] as ShiftUnit,
    suffix: match[4] ?? '',
  };
}

/** Direction the text itself gave to an underspecified value. */
export type StatedDirection = 'LAST' | 'NEXT' | 'THIS';

/** Splits `LAST:XXXX-WXX-5` into its direction and TimeML value. */
export function splitDirection(value: string): {
  direction: StatedDirection | null;
  value: string;
} {
  const match = /^(LAST|NEXT|THIS):(.*)$/.exec(value);
  if (!match) return { direction: null, value };
  return { direction: match[1] as StatedDirection, value: match[2] ?? '' };
}

/** True when the value still needs the publication date, the tense or an anchor. */
export function isUnderspecified(value: string): boolean {
  return (
    value.startsWith('DCT') || value.startsWith('PREV') || /^(LAST:|NEXT:|THIS:)?XXXX/.test(value)
  );
}

/**
 * The TimeML value to keep when a value cannot be completed (no publication date):
 * `DCT-1D` → `XXXX-XX-XX`, `LAST:XXXX-WXX-5` → `XXXX-WXX-5`.
 */
export function fallbackValue(value: string): string {
  const shift = parseShift(value);
  if (shift) {
    const time = shift.suffix.startsWith('T') ? shift.suffix : '';
    switch (shift.unit) {
      case 'D':
        return `XXXX-XX-XX${time}`;
      case 'W':
        return `XXXX-WXX${shift.suffix === '-WE' ? '-WE' : ''}`;
      case 'M':
        return 'XXXX-XX';
      case 'Q':
        return 'XXXX-QX';
      case 'H':
        return 'XXXX-HX';
      case 'DE':
        return 'XXX';
      case 'CE':
        return 'XX';
      case 'Y':
        return 'XXXX';
      default:
        return `XXXX-${shift.unit}`;
    }
  }
  return splitDirection(value).value;
}
