/**
 * Turns what the server sent for `/corpus.json` into a validated corpus or a problem
 * a reader can act on. Never throws: every failure becomes a `CorpusProblem`.
 */
import {
  checkArticleBodies,
  checkCorpusButArticleBodies,
} from '../../../contract/check-corpus-in-steps.ts';
import type { Corpus } from '../../../contract/corpus.ts';
import {
  checkPart,
  corpusManifestSchema,
  isManifestLike,
  type CorpusManifest,
} from '../../../contract/corpus-parts.ts';
import { corpusFromParts } from './period-parts.ts';

/** Why the corpus cannot be shown, in words for the person looking at the page. */
export interface CorpusProblem {
  title: string;
  details: string[];
}

/**
 * A whole corpus, or the manifest of a split one (then `corpus` holds its articles and
 * undated events, and the dated events arrive period by period).
 */
export type CorpusReading =
  | {
      ok: true;
      corpus: Corpus;
      manifest: CorpusManifest | null;
      /**
       * The check left for after the first drawing: a whole corpus's article texts and what
       * was read from them (none of it drawn first). Null when all is checked already.
       */
      checkRest: (() => CorpusProblem | null) | null;
    }
  | { ok: false; problem: CorpusProblem };

const WRONG_FIELDS = 'The corpus does not have the expected shape; these fields are wrong:';

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
  if (isManifestLike(json)) {
    const manifest = checkPart(corpusManifestSchema, json);
    if (!manifest.ok) {
      return {
        ok: false,
        problem: {
          title: 'The corpus manifest does not have the expected shape; these fields are wrong:',
          details: manifest.problems,
        },
      };
    }
    return {
      ok: true,
      corpus: corpusFromParts(manifest.value, [], new Map()),
      manifest: manifest.value,
      checkRest: null,
    };
  }
  const check = checkCorpusButArticleBodies(json);
  if (!check.ok) {
    return { ok: false, problem: { title: WRONG_FIELDS, details: check.problems } };
  }
  const { articles } = check.corpus;
  const checkRest = () => {
    const problems = checkArticleBodies(articles);
    return problems.length > 0 ? { title: WRONG_FIELDS, details: problems } : null;
  };
  return { ok: true, corpus: check.corpus, manifest: null, checkRest };
}

/** The problem to show when the request itself failed (offline, server down). */
export function unreachableCorpusProblem(error: unknown): CorpusProblem {
  return {
    title: 'The corpus could not be fetched.',
    details: [error instanceof Error ? error.message : String(error)],
  };
}
