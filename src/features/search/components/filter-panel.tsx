import { memo, useState } from 'react';
import type { Article, EventKind, TimelineEvent } from '../../../contract/corpus.ts';
import { EVENT_KIND_SYMBOL } from '../../events/index.ts';
import {
  FACET_LABEL,
  FACETS,
  facetCounts,
  facetValueLabel,
  isFiltering,
  NO_FILTERS,
  type EventFilters,
  type Facet,
} from '../utils/filter-events.ts';

export interface FilterPanelProps {
  events: TimelineEvent[];
  articleById: Map<string, Article>;
  filters: EventFilters;
  onFiltersChange: (filters: EventFilters) => void;
  shownCount: number;
}

/** Matches phone.css: one column, filters folded. */
const PHONE_QUERY = '(max-width: 760px)';

/** Checkboxes per kind, participant, place and source, each with how many events it would show. */
export const FilterPanel = memo(function FilterPanel({
  events,
  articleById,
  filters,
  onFiltersChange,
  shownCount,
}: FilterPanelProps) {
  const toggle = (facet: Facet, value: string, on: boolean) => {
    const current = filters.chosen[facet];
    const next = on ? [...current, value] : current.filter((item) => item !== value);
    onFiltersChange({ ...filters, chosen: { ...filters.chosen, [facet]: next } });
  };
  // Folded away on a phone (the list comes first there) unless the address already filters.
  const [open, setOpen] = useState(
    () => isFiltering(filters) || !window.matchMedia?.(PHONE_QUERY).matches,
  );
  return (
    <details
      className="filter-panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Filters{' '}
        <span className="count">
          ({shownCount} of {events.length} events shown)
        </span>
      </summary>
      {isFiltering(filters) ? (
        <button type="button" className="clear-filters" onClick={() => onFiltersChange(NO_FILTERS)}>
          Clear search and filters
        </button>
      ) : null}
      {FACETS.map((facet) => {
        const counts = facetCounts(events, facet, filters, articleById);
        if (counts.length === 0) return null;
        return (
          <fieldset key={facet} className="facet">
            <legend>{FACET_LABEL[facet]}</legend>
            {counts.map(({ value, count }) => {
              return (
                <label key={value} className="facet-option">
                  <input
                    type="checkbox"
                    checked={filters.chosen[facet].includes(value)}
                    onChange={(event) => toggle(facet, value, event.target.checked)}
                  />{' '}
                  <span>
                    {facet === 'kind' ? (
                      <span aria-hidden="true" className="kind-symbol">
                        {EVENT_KIND_SYMBOL[value as EventKind]}{' '}
                      </span>
                    ) : null}
                    {facetValueLabel(facet, value)} <span className="count">({count})</span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </details>
  );
});
