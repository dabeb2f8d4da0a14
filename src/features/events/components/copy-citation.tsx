import { useState } from 'react';
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import { eventCitation } from '../utils/event-citation.ts';

export interface CopyCitationProps {
  event: TimelineEvent;
  articleById: Map<string, Article>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the event's citation to the clipboard. Where the page may not write the clipboard
 * (an insecure origin, a refused permission) the citation is shown to copy by hand.
 */
export function CopyCitation({ event, articleById }: CopyCitationProps) {
  const [state, setState] = useState<{ eventId: string; copy: CopyState }>({
    eventId: event.id,
    copy: 'idle',
  });
  // A new event starts afresh without an effect.
  const copy = state.eventId === event.id ? state.copy : 'idle';
  const citation = eventCitation(event, articleById);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setState({ eventId: event.id, copy: 'copied' });
    } catch {
      setState({ eventId: event.id, copy: 'failed' });
    }
  };
  return (
    <div className="copy-citation">
      <button type="button" onClick={() => void onCopy()}>
        Copy citation
      </button>{' '}
      <span role="status" className="copy-status">
        {copy === 'copied' ? 'Citation copied.' : null}
        {copy === 'failed' ? 'The browser did not allow copying; the citation is below.' : null}
      </span>
      {copy === 'failed' ? (
        <textarea
          className="citation-text"
          readOnly
          aria-label="Citation"
          value={citation}
          rows={citation.split('\n').length}
        />
      ) : null}
    </div>
  );
}
