/**
 * What an article's own text says about when it was published: a dated dateline or
 * byline, a copyright year, and the explicit dates it reports (news is written after
 * the events it tells in the past tense).
 */
import type { Span, Timex } from '../../contract/corpus.ts';
import { type CalendarDay, compareDays, formatDay, parseDay } from './calendar.ts';

export interface PublicationEvidence {
  /** Earliest and latest possible publication day. */
  earliest: CalendarDay | null;
  latest: CalendarDay | null;
  /** Human-readable reasons, in the order found. */
  reasons: string[];
}

/** Gathers the text's evidence. `timexes` are as `find-timexes` wrote them (values not yet resolved). */
export function publicationEvidence(
  text: string,
  timexes: readonly Timex[],
  dateline: Span | null,
): PublicationEvidence {
  const evidence: PublicationEvidence = { earliest: null, latest: null, reasons: [] };
  const head = dateline ? Math.max(dateline.end, 0) : 0;
  // A full date in the dateline or the first lines is the publication date itself.
  const opening = timexes.find(
    (timex) =>
      /^\d{4}-\d{2}-\d{2}/.test(timex.value) &&
      (timex.start <= Math.max(head, 0) + 40 || timex.start < 200),
  );
  if (opening) {
    const day = parseDay(opening.value);
    if (day) {
      evidence.earliest = day;
      evidence.latest = day;
      evidence.reasons.push(`dated "${opening.text}" at the head of the article`);
      return evidence;
    }
  }
  const copyright = /(?:copyright|©|\(c\))\s*(?:©\s*)?(\d{4})(?!\s*[-–]\s*\d)/i.exec(text);
  if (copyright) {
    const year = Number(copyright[1]);
    if (year > 1900 && year < 3000) {
      evidence.earliest = { year, month: 1, day: 1 };
      evidence.latest = { year, month: 12, day: 31 };
      evidence.reasons.push(`copyright line says ${year}`);
    }
  }
  // The latest fully dated day the article mentions is a lower bound (news looks back).
  let latestMentioned: Timex | null = null;
  for (const timex of timexes) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(timex.value)) continue;
    if (!latestMentioned || timex.value > latestMentioned.value) latestMentioned = timex;
  }
  if (latestMentioned) {
    const day = parseDay(latestMentioned.value);
    if (day && (!evidence.latest || compareDays(day, evidence.latest) <= 0)) {
      if (!evidence.earliest || compareDays(day, evidence.earliest) > 0) {
        evidence.earliest = day;
        evidence.reasons.push(`mentions ${formatDay(day)} ("${latestMentioned.text}")`);
      }
    }
  }
  const years = timexes
    .filter((timex) => /^\d{4}$/.test(timex.value))
    .map((timex) => Number(timex.value));
  if (years.length > 0) {
    const latestYear = Math.max(...years);
    const day = { year: latestYear, month: 1, day: 1 };
    if (
      (!evidence.earliest || compareDays(day, evidence.earliest) > 0) &&
      (!evidence.latest || compareDays(day, evidence.latest) <= 0)
    ) {
      evidence.earliest = day;
      evidence.reasons.push(`mentions the year ${latestYear}`);
    }
  }
  return evidence;
}
