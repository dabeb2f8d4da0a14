/**
 * Which parts of an article to highlight, given the event (and source) in focus:
 * dimmed boilerplate, the reporting sentence, its date expression, and the
 * sentences of every other event the article reports.
 */
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import { evidenceSpan } from '../../events/index.ts';
import type { Annotation } from './nest-annotations.ts';

export type ArticleMark =
  | { type: 'boilerplate'; reason: string }
  | { type: 'evidence' }
  | { type: 'same-event' }
  | { type: 'other-event'; eventId: string; title: string }
  | { type: 'timex' };

/** Outer to inner: the evidence sentence is never cut by another event's highlight. */
const LAYER: Record<ArticleMark['type'], number> = {
  boilerplate: 0,
  evidence: 1,
  'same-event': 1,
  'other-event': 2,
  timex: 3,
};

export interface ArticleFocus {
  eventId: string;
  /** Index into the event's mentions of the one to mark; its article is the one shown. */
  mentionIndex: number | null;
}

/** The highlights for `article` with `focus` (or none) selected. */
export function articleAnnotations(
  article: Article,
  articleEvents: TimelineEvent[],
  focus: ArticleFocus | null,
): Annotation<ArticleMark>[] {
  const annotations: Annotation<ArticleMark>[] = article.boilerplate.map((range) => ({
    start: range.start,
    end: range.end,
    layer: LAYER.boilerplate,
    payload: { type: 'boilerplate', reason: range.reason },
  }));
  const add = (start: number, end: number, payload: ArticleMark) =>
    annotations.push({ start, end, layer: LAYER[payload.type], payload });

  for (const event of articleEvents) {
    event.mentions.forEach((mention, mentionIndex) => {
      if (mention.article !== article.id) return;
      if (focus?.eventId !== event.id) {
        add(mention.start, mention.end, {
          type: 'other-event',
          eventId: event.id,
          title: event.title,
        });
        return;
      }
      const isEvidence = focus.mentionIndex === null || focus.mentionIndex === mentionIndex;
      // The whole sentence, as the event pane quotes it.
      const { start, end } = evidenceSpan(article, mention);
      add(start, end, { type: isEvidence ? 'evidence' : 'same-event' });
      if (isEvidence && mention.timex)
        add(mention.timex.start, mention.timex.end, { type: 'timex' });
    });
  }
  return annotations;
}
