import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TimelineEvent } from '../../contract/corpus.ts';
import type { Navigate, ViewLocation } from '../../features/url-state/index.ts';
import { selectionReducer, type SelectionAction } from './selection.ts';

type HistoryOptions = { replace?: boolean };

/**
 * The reader's selection, kept in the address: `selectionReducer` says what each action
 * changes, and the change is written as a new history entry (or in place, with `replace`).
 * Callbacks are stable and read the latest location, so panes need not re-render for them.
 */
export function useSelection(
  location: ViewLocation,
  navigate: Navigate,
  eventById: ReadonlyMap<string, TimelineEvent>,
) {
  const locationRef = useRef(location);
  useEffect(() => {
    locationRef.current = location;
  });

  /** Writes any location change (selection, window, filters) on top of the latest one. */
  const update = useCallback(
    (change: (current: ViewLocation) => ViewLocation, options: HistoryOptions = {}) => {
      const current = locationRef.current;
      const next = change(current);
      if (next === current) return;
      locationRef.current = next;
      navigate(next, options);
    },
    [navigate],
  );
  const dispatch = useCallback(
    (action: SelectionAction, options?: HistoryOptions) =>
      update((current) => selectionReducer(current, action), options),
    [update],
  );

  const selectEvent = useCallback(
    (eventId: string | null, options?: HistoryOptions) =>
      dispatch(
        { type: 'select-event', eventId, event: eventId ? (eventById.get(eventId) ?? null) : null },
        options,
      ),
    [dispatch, eventById],
  );
  const openSource = useCallback(
    (mentionIndex: number) => {
      const { eventId } = locationRef.current;
      const mention = eventId ? eventById.get(eventId)?.mentions[mentionIndex] : undefined;
      if (mention) dispatch({ type: 'open-source', mentionIndex, articleId: mention.article });
    },
    [dispatch, eventById],
  );

  return useMemo(
    () => ({
      update,
      selectEvent,
      openSource,
      selectArticle: (articleId: string) => dispatch({ type: 'select-article', articleId }),
      closeEvent: () => dispatch({ type: 'close-event' }),
      closeArticle: () => dispatch({ type: 'close-article' }),
      closeTopPane: () => dispatch({ type: 'close-top' }),
      /** The location as last written (effects may not have caught up yet). */
      current: () => locationRef.current,
    }),
    [update, dispatch, selectEvent, openSource],
  );
}
