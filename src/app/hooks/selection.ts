/**
 * What the reader has chosen (an event, an article, one of the event's sources) as a pure
 * reducer over the view location: each action gives the next location, or the same object
 * when nothing changes. The location lives in the address (`use-selection.ts` writes it).
 */
import type { ViewLocation } from '../../features/url-state/index.ts';

/** The part of an event the reducer needs: which articles its mentions are in. */
export interface SelectableEvent {
  mentions: readonly { article: string }[];
}

export type SelectionAction =
  /** Select an event (null: none); `event` is the event itself when it is known. */
  | { type: 'select-event'; eventId: string | null; event: SelectableEvent | null }
  /** Open the selected event's source `mentionIndex`, in `articleId`. */
  | { type: 'open-source'; mentionIndex: number; articleId: string }
  | { type: 'select-article'; articleId: string }
  | { type: 'close-event' }
  | { type: 'close-article' }
  /** Escape: closes the article when both panes are open, else whatever is open. */
  | { type: 'close-top' };

/** The next location after `action`, or `location` itself when the action changes nothing. */
export function selectionReducer(location: ViewLocation, action: SelectionAction): ViewLocation {
  switch (action.type) {
    case 'select-event': {
      if (action.eventId === location.eventId) return location;
      // The open article stays when it reports the newly selected event too.
      const mention =
        action.event?.mentions.findIndex(({ article }) => article === location.articleId) ?? -1;
      return {
        ...location,
        eventId: action.eventId,
        articleId: mention >= 0 ? location.articleId : null,
        mentionIndex: mention >= 0 ? mention : null,
      };
    }
    case 'open-source':
      if (location.eventId === null) return location;
      return { ...location, articleId: action.articleId, mentionIndex: action.mentionIndex };
    case 'select-article':
      return { ...location, eventId: null, articleId: action.articleId, mentionIndex: null };
    case 'close-event':
      return { ...location, eventId: null, mentionIndex: null };
    case 'close-article':
      return { ...location, articleId: null, mentionIndex: null };
    case 'close-top':
      if (location.articleId && location.eventId) {
        return { ...location, articleId: null, mentionIndex: null };
      }
      if (location.articleId || location.eventId) {
        return { ...location, eventId: null, articleId: null, mentionIndex: null };
      }
      return location;
  }
}
