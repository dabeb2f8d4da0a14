/** The report a story tells most prominently, among those a rule accepts. Pure. */
import type { EventDraft } from '../article-draft.ts';

/**
 * The most salient of the reports `accept` takes (the latest of equals): the act "the move"
 * tells again, the happening "the event" stands for.
 */
export function mostSalient(
  reports: readonly EventDraft[],
  accept: (report: EventDraft) => boolean,
): EventDraft | undefined {
  let main: EventDraft | undefined;
  for (const report of reports)
    if (accept(report) && report.salience >= (main?.salience ?? 0)) main = report;
  return main;
}
