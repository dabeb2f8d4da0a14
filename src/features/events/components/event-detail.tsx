import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import { mentionSentence } from '../../corpus/index.ts';
import { eventDateLabel, inferredPartOfMention, isDateInferred } from '../utils/describe-event.ts';
import { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from '../utils/event-kinds.ts';

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
        {event.modality !== 'actual' ? <span className="modality"> ({event.modality})</span> : null}
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
        {event.places.length > 0 ? (
          <>
            <dt>Places</dt>
            <dd>{event.places.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="sources-heading">
        {event.mentions.length === 1 ? '1 source' : `${event.mentions.length} sources`}
      </h3>
      <ol className="sources">
        {event.mentions.map((mention, mentionIndex) => {
          const article = articleById.get(mention.article);
          const inferredPart = inferredPartOfMention(article, mention);
          return (
            <li
              key={`${mention.article}:${mention.start}`}
              className={mentionIndex === openMentionIndex ? 'source source-open' : 'source'}
            >
              <p className="source-name">
                <strong>{article?.title ?? `unknown article ${mention.article}`}</strong>
                {article?.source ? (
                  <span className="source-outlet"> — {article.source}</span>
                ) : null}
              </p>
              <p className="as-written">
                As written:{' '}
                {mention.timex ? <q className="timex-text">{mention.timex.text}</q> : null}
                {inferredPart ? <span className="flag flag-inferred">{inferredPart}</span> : null}
              </p>
              {article ? (
                <blockquote className="source-sentence">
                  {mentionSentence(article, mention)}
                </blockquote>
              ) : null}
              {article ? (
                <button
                  type="button"
                  className="open-source"
                  aria-pressed={mentionIndex === openMentionIndex}
                  onClick={() => onOpenSource(mentionIndex)}
                >
                  Show in article
                  <span className="visually-hidden">: {article.title}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {event.mergedBecause.length > 0 ? (
        <p className="merged-because">Sources combined because: {event.mergedBecause.join('; ')}</p>
      ) : null}
    </section>
  );
}
