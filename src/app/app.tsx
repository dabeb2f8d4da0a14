import { CorpusProblemMessage, useCorpus } from '../features/corpus/index.ts';
import { useTimelineViewLoaded } from './timeline-view-loader.ts';
import { Viewer } from './viewer.tsx';

/** Loads the corpus, then shows the viewer or says what is wrong with the corpus. */
export function App() {
  const state = useCorpus();
  // Fetched in parallel with the corpus; waiting for both draws the timeline sooner.
  const timelineLoaded = useTimelineViewLoaded();
  if (state.status === 'loading' || (state.status === 'ready' && !timelineLoaded)) {
    return (
      <main className="corpus-loading">
        <p role="status">Loading the corpus…</p>
      </main>
    );
  }
  if (state.status === 'failed') return <CorpusProblemMessage problem={state.problem} />;
  return <Viewer corpus={state.corpus} parts={state.parts} />;
}
