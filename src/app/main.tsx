import './configure-zod.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { requestCorpus } from '../features/corpus/index.ts';
import { App } from './app.tsx';
import './styles/app.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// React's first render waits for the corpus (fetched and checked meanwhile), so that it is
// the viewer's, not a loading message's that a second render replaces: index.html says the
// corpus is loading until then.
void requestCorpus().then(() =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary what="The news timeline">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
