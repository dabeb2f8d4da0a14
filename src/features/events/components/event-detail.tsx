import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import {
  alsoNamed as alsoNamedIn,
  eventDateLabel,
  eventSources,
  inferredPartOfMention,
  isDateInferred,
  mergeReasons,
} from '../utils/describe-event.ts';
import { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from '../utils/event-kinds.ts';
import { MODALITY_LABEL } from '../utils/modality.ts';
import { CopyCitation } from './copy-citation.tsx';
import { SourceMention } from './source-mention.tsx';

export interface EventDetailProps {
  event: TimelineEvent;
  articleById: Map<string, Article>;
  /** The source currently open in the article pane, if any. */
  openMentionIndex: number | null;
  onOpenSource: (mentionIndex: number) => void;
  onClose: () => void;
}

/** The "Event" pane: what happened, when (resolved and as written), who, where, and every source. */
export function EventDetail({
  event,
  articleById,
  openMentionIndex,
  onOpenSource,
  onClose,
}: EventDetailProps) {
  const inferred = isDateInferred(event, articleById);
  const alsoNamed = alsoNamedIn(event);
  const sources = eventSources(event);
  const reasons = mergeReasons(event);
  return (
    <section className="pane event-detail" aria-label="Event">
      <header className="pane-header">
        <h2 className="pane-title">{event.title}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close event">
          ×
        </button>
      </header>
      <p className={`kind-badge kind-${event.kind}`}>
        <span aria-hidden="true">{EVENT_KIND_SYMBOL[event.kind]}</span>{' '}
        {EVENT_KIND_LABEL[event.kind]}
        {event.modality !== 'actual' ? (
          <span className="modality"> ({MODALITY_LABEL[event.modality]})</span>
        ) : null}
      </p>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <span className="resolved-date">{eventDateLabel(event)}</span>
          {event.approximate ? <span className="flag flag-approximate">approximate</span> : null}
          {inferred ? <span className="flag flag-inferred">inferred</span> : null}
        </dd>
        {event.participants.length > 0 ? (
          <>
            <dt>Participants</dt>
            <dd>{event.participants.join(', ')}</dd>
          </>
        ) : null}
        {alsoNamed.length > 0 ? (
          <>
            <dt>Also named</dt>
            <dd>{alsoNamed.join(', ')}</dd>
          </>
        ) : null}
        {event.places.length > 0 ? (
          <>
            <dt>Places</dt>
            <dd>{event.places.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <CopyCitation event={event} articleById={articleById} />
      <h3 className="sources-heading">
        {sources.length === 1 ? '1 source' : `${sources.length} sources`}
      </h3>
      <ol className="sources">
        {sources.map(({ articleId, mentionIndexes }) => {
          const article = articleById.get(articleId);
          const open = mentionIndexes.includes(openMentionIndex ?? -1);
          return (
            <li key={articleId} className={open ? 'source source-open' : 'source'}>
              <p className="source-name">
                <strong>{article?.title ?? `unknown article ${articleId}`}</strong>
                {article?.source ? (
                  <span className="source-outlet"> — {article.source}</span>
                ) : null}
              </p>
              {mentionIndexes.map((mentionIndex) => (
                <SourceMention
                  key={mentionIndex}
                  article={article}
                  mention={event.mentions[mentionIndex]!}
                  inferredPart={inferredPartOfMention(article, event.mentions[mentionIndex]!)}
                  open={mentionIndex === openMentionIndex}
                  onOpen={() => onOpenSource(mentionIndex)}
                />
              ))}
            </li>
          );
        })}
      </ol>
      {reasons.length > 0 ? (
        <p className="merged-because">Sources combined because: {reasons.join('; ')}</p>
      ) : null}
    </section>
  );
}
