/**
 * The corpus feature's public entry: what other features may use (the indexed corpus's event
 * shapes and the period helpers). Anything else in this folder is private to it.
 */
export { mentionSentence, type PlacedEvent, type UnplacedEvent } from './utils/corpus-index.ts';
export { carriedInferred, type Period } from './utils/period-parts.ts';
