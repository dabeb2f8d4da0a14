import type { Ref } from 'react';
import { SearchBox } from '../../features/search/index.ts';
import { LANE_MODE_LABEL, LANE_MODES, type LaneMode } from '../../features/timeline/index.ts';

export interface ViewerHeaderProps {
  articleCount: number;
  /** Dated events in the corpus. */
  datedCount: number;
  /** How many of them have arrived, for a split corpus (null for a whole one). */
  loadedCount: number | null;
  undatedCount: number;
  query: string;
  onQueryChange: (query: string) => void;
  searchRef: Ref<HTMLInputElement>;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
}

/** The title, what the corpus holds, the search box and the lane switch. */
export function ViewerHeader({
  articleCount,
  datedCount,
  loadedCount,
  undatedCount,
  query,
  onQueryChange,
  searchRef,
  lanes,
  onLanesChange,
}: ViewerHeaderProps) {
  return (
    <header className="app-header">
      <h1 className="app-title">News timeline</h1>
      <p className="corpus-summary">
        {articleCount} articles ·{' '}
        {loadedCount !== null
          ? `${datedCount} dated events (${loadedCount} loaded)`
          : `${datedCount} dated events`}
        {undatedCount > 0 ? ` · ${undatedCount} undated` : ''}
      </p>
      <SearchBox query={query} onQueryChange={onQueryChange} inputRef={searchRef} />
      <label className="lane-switch">
        Lanes{' '}
        <select value={lanes} onChange={(event) => onLanesChange(event.target.value as LaneMode)}>
          {LANE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {LANE_MODE_LABEL[mode]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
