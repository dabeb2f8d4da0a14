import { CorpusProblemMessage, useCorpus } from '../features/corpus/index.ts';
import { Viewer } from './viewer.tsx';

/** Loads the corpus, then shows the viewer or says what is wrong with the corpus. */
export function App() {
  const state = useCorpus();
  if (state.status === 'loading') {
    return (
      <main className="corpus-loading">
        <p role="status">Loading the corpus…</p>
      </main>
    );
  }
  if (state.status === 'failed') return <CorpusProblemMessage problem={state.problem} />;
  return <Viewer corpus={state.corpus} parts={state.parts} />;
}
