/**
 * The events feature's public entry: what other features and the app may use (kind labels
 * and symbols, date and source wording, the evidence sentence, the panes and lists).
 * Anything else in this folder is private to it.
 */
export { eventDateLabel, eventSources, eventSummary } from './utils/describe-event.ts';
export { publishedLabel, safeArticleUrl } from './utils/describe-article.ts';
export { evidenceSpan } from './utils/evidence-sentence.ts';
export { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from './utils/event-kinds.ts';
export { MODALITY_LABEL } from './utils/modality.ts';
export { EventDetail } from './components/event-detail.tsx';
export { EventList } from './components/event-list.tsx';
export { Legend } from './components/legend.tsx';
export { UnplacedList } from './components/unplaced-list.tsx';
