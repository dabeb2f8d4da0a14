export interface EdgeCountsProps {
  earlier: number;
  later: number;
  onShowEarlier: () => void;
  onShowLater: () => void;
}

const events = (count: number) => (count === 1 ? '1 event' : `${count} events`);

/** What lies beyond the window's edges ("3 earlier events"), one click from view. */
export function EdgeCounts({ earlier, later, onShowEarlier, onShowLater }: EdgeCountsProps) {
  if (earlier === 0 && later === 0) return null;
  return (
    <div className="edge-counts" data-testid="edge-counts">
      {earlier > 0 ? (
        <button type="button" className="edge-count earlier" onClick={onShowEarlier}>
          ← {events(earlier).replace('event', 'earlier event')}
        </button>
      ) : (
        <span />
      )}
      {later > 0 ? (
        <button type="button" className="edge-count later" onClick={onShowLater}>
          {events(later).replace('event', 'later event')} →
        </button>
      ) : null}
    </div>
  );
}
