/**
 * The corpus feature's public entry: what other features and the app may use (loading the
 * corpus, one view of it whole or split, the indexed corpus's event shapes and the period
 * helpers). Anything else in this folder is private to it.
 */
export { CorpusProblemMessage } from './components/corpus-problem-message.tsx';
export { requestCorpus, useCorpus, type CorpusParts } from './hooks/use-corpus.ts';
export { useCorpusView, type CorpusView } from './hooks/use-corpus-view.ts';
export { mentionSentence, type PlacedEvent, type UnplacedEvent } from './utils/corpus-index.ts';
export { carriedInferred, EVENTS_PER_VIEW, eventsIn, type Period } from './utils/period-parts.ts';
