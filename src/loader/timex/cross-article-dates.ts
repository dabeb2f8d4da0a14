/**
 * Dates an article from other articles that report the same events: the publication
 * day whose reading of its weekdays and month-days lands most of them on days those
 * articles date explicitly. Ambiguous evidence leaves the date unknown (the two seed
 * articles report two Kerry–Lavrov meetings in Geneva, both on a Friday).
 */
import type { ArticleDraft } from '../article-draft.ts';
import { resolveAll } from '../stages/resolve-timexes.ts';
import {
  type CalendarDay,
  compareDays,
  dayNumber,
  dayOfNumber,
  formatDay,
  parseDay,
  shiftDays,
} from './calendar.ts';

export interface CrossArticleDate {
  /** The chosen day, or null when the evidence is missing or ambiguous. */
  day: CalendarDay | null;
  reason: string;
}

/** Names two articles must share to count as reporting the same story. */
const MIN_SHARED_NAMES = 2;
const MIN_SCORE = 2;

function namesOf(draft: ArticleDraft): Set<string> {
  if (draft.entities.length > 0) return new Set(draft.entities.map((entity) => entity.canonical));
  // Without entities, capitalized words inside sentences stand in for names.
  return new Set(draft.text.match(/(?<=[a-z,]\s)[A-Z][a-z]{2,}/g) ?? []);
}

/** Day-level dates an article states or resolves, with its own publication day. */
function reportedDays(draft: ArticleDraft): Set<string> {
  const days = new Set<string>();
  if (draft.published) days.add(draft.published.slice(0, 10));
  for (const timex of draft.timexes) {
    const granularity = timex.resolved?.granularity;
    if (
      timex.resolved &&
      (granularity === 'day' || granularity === 'part-of-day' || granularity === 'minute')
    )
      days.add(timex.resolved.start.slice(0, 10));
  }
  return days;
}

/**
 * Infers `target`'s publication day from `others`. `target.timexes` must hold the values
 * `find-timexes` wrote (underspecified), and `bounds` the text's own evidence.
 */
export function dateFromOtherArticles(
  target: ArticleDraft,
  others: readonly ArticleDraft[],
  bounds: { earliest: CalendarDay | null; latest: CalendarDay | null },
): CrossArticleDate {
  const names = namesOf(target);
  const related = others.filter((other) => {
    if (other.id === target.id || !other.published) return false;
    let shared = 0;
    for (const name of namesOf(other)) if (names.has(name)) shared++;
    return shared >= MIN_SHARED_NAMES;
  });
  if (related.length === 0)
    return {
      day: null,
      reason: 'no other article with a known date reports the same people and places',
    };
  const reported = new Map<string, string>();
  for (const other of related) for (const day of reportedDays(other)) reported.set(day, other.file);
  const candidates = new Set<string>();
  for (const day of reported.keys()) {
    const parsed = parseDay(day);
    if (!parsed) continue;
    for (let offset = -7; offset <= 7; offset++) {
      const candidate = shiftDays(parsed, offset);
      if (bounds.earliest && compareDays(candidate, bounds.earliest) < 0) continue;
      if (bounds.latest && compareDays(candidate, bounds.latest) > 0) continue;
      candidates.add(formatDay(candidate));
    }
  }
  const relative = target.timexes.filter((timex) => /XXXX-(WXX-\d|\d{2}-\d{2})/.test(timex.value));
  if (relative.length === 0)
    return { day: null, reason: 'no weekday or month-day to match against other articles' };
  const scores: Array<{ day: string; score: number; files: Set<string> }> = [];
  for (const day of [...candidates].sort()) {
    const { timexes } = resolveAll({ ...target, published: day });
    let score = 0;
    const files = new Set<string>();
    for (const timex of timexes) {
      if (!relative.some((item) => item.id === timex.id)) continue;
      const start = timex.resolved?.start.slice(0, 10);
      const file = start ? reported.get(start) : undefined;
      if (file) {
        score++;
        files.add(file);
      }
    }
    if (score > 0) scores.push({ day, score, files });
  }
  scores.sort((a, b) => b.score - a.score || a.day.localeCompare(b.day));
  const best = scores[0];
  if (!best || best.score < MIN_SCORE)
    return { day: null, reason: 'its weekdays match no dates reported by related articles' };
  // Every day that explains as much forms the interval the article was published in; news
  // is written soon after, so its first day is taken.
  const block = scores
    .filter((item) => item.score === best.score)
    .map((item) => dayIndexOf(item.day))
    .sort((a, b) => a - b);
  const first = block[0] ?? dayIndexOf(best.day);
  const last = block[block.length - 1] ?? first;
  const contiguous = last - first + 1 === block.length && block.length <= 7;
  // A reading outside that interval explaining half as much is another story line: ambiguous.
  const rival = scores.find((item) => {
    const day = dayIndexOf(item.day);
    return (day < first - 1 || day > last + 1) && item.score * 2 >= best.score;
  });
  if (!contiguous || rival)
    return {
      day: null,
      reason: `ambiguous: its weekdays fit dates reported in ${[...best.files].join(', ')} if published ${best.day} (${best.score} matches)${rival ? ` or ${rival.day} (${rival.score})` : ' or on scattered other days'}`,
    };
  const from = formatDay(dayOfNumber(first));
  const to = formatDay(dayOfNumber(last));
  return {
    day: parseDay(from),
    reason: `${best.score} of its weekday and month-day references land on dates reported by ${[...best.files].join(', ')} if published ${from === to ? `on ${from}` : `between ${from} and ${to}; the first is taken`}`,
  };
}

/** Days from 1970-01-01 to a `YYYY-MM-DD` day (NaN for one that is not a day). */
function dayIndexOf(day: string): number {
  const parsed = parseDay(day);
  return parsed ? dayNumber(parsed) : NaN;
}
