import type { ReactNode } from 'react';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { formatCursorTime } from '../../lib/dates.ts';
import type { TimeWindow } from '../../lib/timeline.ts';
import { Legend } from '../../features/events/index.ts';
import {
  OverviewStrip,
  TimelineView,
  type TimelineViewProps,
} from '../../features/timeline/index.ts';

export interface TimelineSectionProps {
  articleCount: number;
  /** False when no dated event was found (or will arrive, in a split corpus). */
  hasEvents: boolean;
  /** What the timeline draws. */
  timeline: TimelineViewProps;
  cursorTime: Date;
  overview: { bins: number[]; extent: TimeWindow; visibleWindow: TimeWindow };
  onMoveWindow: (window: TimeWindow) => void;
  /** Shown right under the timeline: what lies beyond its edges. */
  edges: ReactNode;
  /** Shown under the overview: nothing matches, or what a split corpus has loaded. */
  notices: ReactNode;
}

/** The timeline with its cursor readout, legend and overview strip, or why there is none. */
export function TimelineSection({
  articleCount,
  hasEvents,
  timeline,
  cursorTime,
  overview,
  onMoveWindow,
  edges,
  notices,
}: TimelineSectionProps) {
  return (
    <section id="timeline" tabIndex={-1} className="timeline-section" aria-label="Timeline">
      {articleCount === 0 ? (
        <p className="empty-state big">
          This corpus has no articles yet. Add article text files to the seeds folder and rebuild
          the corpus.
        </p>
      ) : !hasEvents ? (
        <p className="empty-state big">
          No dated events were found in {articleCount} {articleCount === 1 ? 'article' : 'articles'}
          . They are listed below with why.
        </p>
      ) : (
        <ErrorBoundary what="The timeline">
          <TimelineView {...timeline} />
          {edges}
          <p className="cursor-readout">
            Cursor (drag the blue bar, or click a date on the axis):{' '}
            <time data-testid="cursor-time" dateTime={cursorTime.toISOString()}>
              {formatCursorTime(cursorTime)}
            </time>
          </p>
          <Legend />
          <OverviewStrip
            bins={overview.bins}
            extent={overview.extent}
            visibleWindow={overview.visibleWindow}
            onMoveWindow={onMoveWindow}
          />
          {notices}
        </ErrorBoundary>
      )}
    </section>
  );
}
