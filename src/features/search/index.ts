/**
 * The search feature's public entry: the filters' shape (for the address to keep them), the
 * search box and filter panel, and the filtering itself.
 */
export { FilterPanel } from './components/filter-panel.tsx';
export { SearchBox } from './components/search-box.tsx';
export {
  FACETS,
  filterArticles,
  filterEvents,
  isFiltering,
  NO_FILTERS,
  type EventFilters,
} from './utils/filter-events.ts';
