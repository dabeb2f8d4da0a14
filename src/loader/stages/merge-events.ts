/**
 * Corpus step: merges per-article event reports into events, one per real-world
 * occurrence. Two reports merge when their kind and start agree and they share a participant.
 */
import type { TimelineEvent } from '../../contract/corpus.ts';
import type { ArticleDraft, EventDraft } from '../article-draft.ts';

export function mergeEvents(drafts: readonly ArticleDraft[]): {
  events: TimelineEvent[];
  undated: TimelineEvent[];
} {
  const merged: Array<{ base: EventDraft; reports: EventDraft[]; reasons: string[] }> = [];
  // Bucket by kind and start so comparison stays near-linear in the number of reports.
  const buckets = new Map<string, typeof merged>();
  for (const report of drafts.flatMap((draft) => draft.events)) {
    const key = `${report.kind}|${report.start ?? 'undated'}`;
    const bucket = buckets.get(key) ?? [];
    const match =
      report.start === null
        ? undefined
        : bucket.find(
            (group) =>
              group.base.participants.some((name) => report.participants.includes(name)) &&
              !group.reports.some(
                (existing) => existing.mention.article === report.mention.article,
              ),
          );
    if (match) {
      match.reports.push(report);
      const shared = match.base.participants.filter((name) => report.participants.includes(name));
      match.reasons.push(
        `same kind (${report.kind}), same date (${report.start}), shared participants: ${shared.join(', ')}`,
      );
      continue;
    }
    const group = { base: report, reports: [report], reasons: [] as string[] };
    merged.push(group);
    bucket.push(group);
    buckets.set(key, bucket);
  }
  const all = merged.map((group, index) =>
    toEvent(group.base, group.reports, group.reasons, index),
  );
  const events = all.filter((event) => event.start !== null).sort(byTime);
  const undated = all.filter((event) => event.start === null);
  return { events, undated };
}

function toEvent(
  base: EventDraft,
  reports: EventDraft[],
  reasons: string[],
  index: number,
): TimelineEvent {
  return {
    id: `e${index + 1}`,
    title: base.title,
    kind: base.kind,
    start: base.start,
    end: base.end,
    granularity: base.granularity,
    approximate: reports.every((report) => report.approximate),
    modality: base.modality,
    participants: [...new Set(reports.flatMap((report) => report.participants))],
    places: [...new Set(reports.flatMap((report) => report.places))],
    mentions: reports.map((report) => report.mention),
    mergedBecause: reasons,
  };
}

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return (a.start ?? '').localeCompare(b.start ?? '') || a.id.localeCompare(b.id);
}
