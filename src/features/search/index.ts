/** The search feature's public entry: the filters' shape, for the address to keep them. */
export { FACETS, NO_FILTERS, type EventFilters } from './utils/filter-events.ts';
