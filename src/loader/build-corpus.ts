/**
 * Runs the declared pipeline over decoded sources and assembles the corpus.
 * Pure: the same sources in any order give the same corpus.
 */
import { CORPUS_VERSION, type Article, type Corpus, type Diagnostic } from '../contract/corpus.ts';
import { createDraft, type ArticleDraft, type SourceFile } from './article-draft.ts';
import { pickArticle } from '../contract/article-fields.ts';
import { assertValidCorpus, draftMeetsContract } from './check-contract.ts';
import { decodeText } from './decode-text.ts';
import { locateDiagnostic } from './format-diagnostic.ts';
import { articleIdFor } from './article-id.ts';
import { ARTICLE_STAGES, CORPUS_STAGES } from './pipeline.ts';
import { mergeEvents } from './stages/merge-events.ts';

/** Runs every article stage on one decoded article, turning a crash into a diagnostic. */
export function runArticleStages(draft: ArticleDraft): ArticleDraft {
  let current = draft;
  for (const stage of ARTICLE_STAGES) {
    try {
      current = stage.run(current);
    } catch (error) {
      // A stage bug must not lose the article: keep what earlier stages produced.
      const message = error instanceof Error ? error.message : String(error);
      current = {
        ...current,
        diagnostics: [
          ...current.diagnostics,
          {
            file: current.file,
            severity: 'error',
            offset: null,
            stage: stage.name,
            message: `stage failed: ${message}`,
          },
        ],
      };
    }
  }
  return current;
}

/**
 * Characters of an article the stages read. Longer texts (a 20 MB dump, a book) are kept
 * whole for the reader, but only this much is searched for dates and events.
 */
export const MAX_ANALYSED_CHARACTERS = 200_000;

/**
 * Decodes a source and runs the article stages; null when the file is not text at all.
 * `meetsContract` says whether the article and its event reports passed the contract's
 * checks here (on a worker thread when there are workers), so that assembling the corpus
 * checks only what merging adds.
 */
export function processSource(
  source: SourceFile,
  id: string,
): { draft: ArticleDraft | null; diagnostics: Diagnostic[]; meetsContract: boolean } {
  const decoded = decodeText(source.file, source.bytes);
  const diagnostics = [...source.diagnostics, ...decoded.diagnostics];
  if (decoded.text === null) return { draft: null, diagnostics, meetsContract: true };
  const text = decoded.text;
  const analysed = analysedPrefix(text);
  if (analysed.length < text.length) {
    diagnostics.push({
      file: source.file,
      severity: 'warning',
      offset: analysed.length,
      stage: 'build-corpus',
      message: `article is ${(text.length / 1e6).toFixed(1)} million characters; only the first ${(analysed.length / 1e6).toFixed(1)} million were searched for dates and events (the whole text is kept)`,
    });
  }
  const draft = runArticleStages({ ...createDraft(source, id, analysed), diagnostics });
  // The tagged words are the stages' working data: too big to send back or cache.
  const processed = accountForEvents({ ...draft, text, words: [] });
  return { draft: processed, diagnostics: [], meetsContract: draftMeetsContract(processed) };
}

/** The text up to the last paragraph break within the analysis limit. */
function analysedPrefix(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARACTERS) return text;
  const cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARACTERS);
  return text.slice(0, cut > MAX_ANALYSED_CHARACTERS / 2 ? cut : MAX_ANALYSED_CHARACTERS);
}

/** An article without events says why, so that nothing given is silently missing. */
function accountForEvents(draft: ArticleDraft): ArticleDraft {
  if (draft.events.length > 0 && draft.events.every((event) => event.start === null))
    return withInfo(
      draft,
      `no dated event: ${whyUndated(draft)}, so its ${draft.events.length} events are listed as undated`,
    );
  if (draft.events.length > 0) return draft;
  const dated = draft.timexes.filter((timex) => timex.resolved !== null).length;
  const message =
    draft.timexes.length === 0
      ? 'no event: the article has no date or time expression'
      : dated === 0
        ? `no event: none of its ${draft.timexes.length} time expressions could be placed on the calendar`
        : `no event: none of its ${draft.sentences.length} sentences reports a dated occurrence`;
  return {
    ...draft,
    diagnostics: [
      ...draft.diagnostics,
      { file: draft.file, severity: 'info', offset: null, stage: 'read-events', message },
    ],
  };
}

function whyUndated(draft: ArticleDraft): string {
  if (draft.timexes.length === 0) return 'the article has no date or time expression';
  if (!draft.published) return 'its publication date is unknown and its dates are relative to it';
  return 'none of its time expressions could be placed on the calendar';
}

function withInfo(draft: ArticleDraft, message: string): ArticleDraft {
  return {
    ...draft,
    diagnostics: [
      ...draft.diagnostics,
      { file: draft.file, severity: 'info', offset: null, stage: 'read-events', message },
    ],
  };
}

/** One article to process: its source and the id it gets in the corpus. */
export interface ArticleJob {
  source: SourceFile;
  id: string;
}

/** What processing one article gives: its draft (null when unreadable) and read diagnostics. */
export type ProcessResult = ReturnType<typeof processSource>;

/** Sources in the stable order the corpus lists them (by path), with their ids. */
export function orderJobs(sources: readonly SourceFile[]): ArticleJob[] {
  const ordered = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ids = articleIdFor(ordered.map((source) => source.file));
  return ordered.map((source, index) => ({ source, id: ids[index] ?? source.file }));
}

/** Gathers processed articles, runs the corpus stages and assembles the corpus. */
export function finishCorpus(
  results: readonly ProcessResult[],
  folderDiagnostics: readonly Diagnostic[],
): Corpus {
  const diagnostics: Diagnostic[] = [...folderDiagnostics];
  let drafts: ArticleDraft[] = [];
  // Drafts a corpus stage leaves as they were need no second check; those it redoes do.
  const checked = new Set<ArticleDraft>();
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    if (!result.draft) continue;
    drafts.push(result.draft);
    if (result.meetsContract) checked.add(result.draft);
  }
  for (const stage of CORPUS_STAGES) drafts = stage.run(drafts);
  return assembleCorpus(drafts, diagnostics, checked);
}

/** Builds and validates the corpus for a set of sources plus folder-level diagnostics, in this thread. */
export function buildCorpus(
  sources: readonly SourceFile[],
  folderDiagnostics: readonly Diagnostic[] = [],
): Corpus {
  const results = orderJobs(sources).map((job) => processSource(job.source, job.id));
  return finishCorpus(results, folderDiagnostics);
}

/**
 * Turns finished drafts into the validated corpus; drafts in `checked` already passed
 * `draftMeetsContract`.
 */
export function assembleCorpus(
  drafts: readonly ArticleDraft[],
  extraDiagnostics: readonly Diagnostic[],
  checked: ReadonlySet<ArticleDraft> = new Set(),
): Corpus {
  const { events, undated } = mergeEvents(drafts);
  const articles: Article[] = drafts.map(pickArticle);
  const textByFile = new Map(drafts.map((draft) => [draft.file, draft.text]));
  const diagnostics = [...extraDiagnostics, ...drafts.flatMap((draft) => draft.diagnostics)]
    .map((diagnostic) => {
      const text = textByFile.get(diagnostic.file);
      return text === undefined
        ? { ...diagnostic, line: diagnostic.line ?? null, column: diagnostic.column ?? null }
        : locateDiagnostic(diagnostic, text);
    })
    .sort(compareDiagnostics);
  const corpus: Corpus = { version: CORPUS_VERSION, articles, events, undated, diagnostics };
  // Validate before anything is written: a corpus the app would reject is a loader bug.
  assertValidCorpus(corpus, drafts, checked);
  return corpus;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    (a.offset ?? -1) - (b.offset ?? -1) ||
    a.stage.localeCompare(b.stage) ||
    a.message.localeCompare(b.message)
  );
}
