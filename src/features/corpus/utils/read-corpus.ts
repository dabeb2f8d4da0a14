/**
 * Turns what the server sent for `/corpus.json` into a validated corpus or a problem
 * a reader can act on. Never throws: every failure becomes a `CorpusProblem`.
 */
import { checkCorpus, type Corpus } from '../../../contract/corpus.ts';

/** Why the corpus cannot be shown, in words for the person looking at the page. */
export interface CorpusProblem {
  title: string;
  details: string[];
}

export type CorpusReading = { ok: true; corpus: Corpus } | { ok: false; problem: CorpusProblem };

const HOW_TO_BUILD = 'Build it with `npm run corpus` or check that the seeds folder has articles.';

/** Reads the HTTP status and body text of the corpus request. */
export function readCorpusResponse(status: number, body: string): CorpusReading {
  if (status === 404) {
    return {
      ok: false,
      problem: { title: 'No corpus was found (corpus.json is missing).', details: [HOW_TO_BUILD] },
    };
  }
  if (status < 200 || status >= 300) {
    return {
      ok: false,
      problem: {
        title: `The corpus could not be loaded: the server answered HTTP ${status}.`,
        details: body.trim() ? [body.trim().slice(0, 300)] : [],
      },
    };
  }
  if (body.trim() === '') {
    return {
      ok: false,
      problem: { title: 'The corpus file is empty.', details: [HOW_TO_BUILD] },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      problem: {
        title: 'The corpus is not valid JSON; the file may be truncated or corrupted.',
        details: [error instanceof Error ? error.message : String(error)],
      },
    };
  }
  const check = checkCorpus(json);
  if (!check.ok) {
    return {
      ok: false,
      problem: {
        title: 'The corpus does not have the expected shape; these fields are wrong:',
        details: check.problems,
      },
    };
  }
  return { ok: true, corpus: check.corpus };
}

/** The problem to show when the request itself failed (offline, server down). */
export function unreachableCorpusProblem(error: unknown): CorpusProblem {
  return {
    title: 'The corpus could not be fetched.',
    details: [error instanceof Error ? error.message : String(error)],
  };
}
