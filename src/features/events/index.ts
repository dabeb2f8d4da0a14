/**
 * The events feature's public entry: what other features may use (kind labels and symbols,
 * the one-line event summary). Anything else in this folder is private to it.
 */
export { eventSummary } from './utils/describe-event.ts';
export { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from './utils/event-kinds.ts';
