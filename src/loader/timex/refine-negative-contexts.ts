/**
 * Refiner: drops candidates that sit inside numbers that are not times — prices,
 * scores, phone numbers, copyright lines, model and group names ("Boeing 747",
 * "COVID-19", "G20", "Group of 20").
 */
import type { TimexRefiner } from './timex-candidate.ts';

const NOT_TIME = [
  /[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k))?/g,
  /\b\d+(?:\.\d+)?\s?(?:%|percent|per cent)/gi,
  /\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|defeat|loss|draw|lead|score|vote|decision|ruling)\b/gi,
  /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\b\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b/g,
  /(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?/gi,
  /\bCOVID-19\b|\bG-?\d{1,2}\b|\bGroup of \d+\b|\bY2K\b/g,
];

export const refineNegativeContexts: TimexRefiner = {
  name: 'negative-contexts',
  refine(text, candidates) {
    const blocked: Array<[number, number]> = [];
    for (const pattern of NOT_TIME) {
      const regex = new RegExp(pattern.source, pattern.flags);
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        blocked.push([match.index, match.index + match[0].length]);
        if (match[0].length === 0) regex.lastIndex++;
      }
    }
    if (blocked.length === 0) return candidates;
    return candidates.filter(
      (candidate) =>
        // Durations and sets may sit beside a price ("$50 a year"); only overlapping digits block.
        !blocked.some(
          ([start, end]) =>
            candidate.start < end &&
            start < candidate.end &&
            overlapsDigits(text, candidate.start, candidate.end, start, end),
        ),
    );
  },
};

function overlapsDigits(text: string, a: number, b: number, c: number, d: number): boolean {
  return /\d/.test(text.slice(Math.max(a, c), Math.min(b, d)));
}
