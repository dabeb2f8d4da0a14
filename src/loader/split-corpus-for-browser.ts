/**
 * Cuts a large corpus into the files the app fetches as it needs them (see
 * `contract/corpus-parts.ts`): a manifest, one file per period of events and one per
 * article. A small corpus stays one `corpus.json`, as the CLI writes it. Pure.
 */
import {
  CORPUS_VERSION as VERSION,
  type Article,
  type Corpus,
  type Mention,
  type TimelineEvent,
} from '../contract/corpus.ts';
import {
  SPLIT_CORPUS_FORMAT,
  type ArticlePart,
  type CorpusManifest,
  type EventsPart,
  type PartEvent,
  type PeriodPart,
} from '../contract/corpus-parts.ts';
import { corpusJsonPieces } from './corpus-json.ts';
import { articleHead } from '../contract/article-fields.ts';

export interface SplitOptions {
  /** Split from this many dated events on (default 2,000). */
  minEvents?: number;
  /** Or from this many bytes of corpus JSON on (default 2 MB). */
  minBytes?: number;
  /** Events per period file (default 500): small enough to fetch while the window moves. */
  eventsPerPart?: number;
}

/** One file to write, its path relative to the app's base (also its URL). */
export interface BrowserFile {
  fileName: string;
  source: string;
}

export const MANIFEST_FILE = 'corpus.json';
const DEFAULTS = { minEvents: 2000, minBytes: 2 * 1024 * 1024, eventsPerPart: 500 };

/** The browser files for `corpus`: `[corpus.json]` as it is when small, else manifest + parts. */
export function corpusFilesForBrowser(corpus: Corpus, options: SplitOptions = {}): BrowserFile[] {
  const { minEvents, minBytes } = { ...DEFAULTS, ...options };
  if (corpus.events.length >= minEvents) return splitCorpusForBrowser(corpus, options);
  // Few events: the size decides. The JSON is written once, and only up to the limit.
  const pieces: string[] = [];
  let bytes = 0;
  for (const piece of corpusJsonPieces(corpus)) {
    bytes += Buffer.byteLength(piece);
    if (bytes >= minBytes) return splitCorpusForBrowser(corpus, options);
    pieces.push(piece);
  }
  return [{ fileName: MANIFEST_FILE, source: pieces.join('') }];
}

/** The evidence a mention carries in the split form, read from its article. */
function withEvidence(event: TimelineEvent, articleById: Map<string, Article>): PartEvent {
  return {
    ...event,
    mentions: event.mentions.map((mention: Mention) => {
      const article = articleById.get(mention.article);
      const timex =
        mention.timex && article
          ? article.timexes.find(
              (candidate) =>
                candidate.start === mention.timex!.start && candidate.end === mention.timex!.end,
            )
          : undefined;
      return {
        ...mention,
        sentence: article ? article.text.slice(mention.start, mention.end) : '',
        timexInferred: timex?.resolved?.inferred ?? [],
      };
    }),
  };
}

const dayOf = (iso: string) => iso.slice(0, 10).replace(/[^0-9-]/g, '');

/** Always splits: manifest, `corpus/events-NNNN-<day>.json`, `corpus/articles/<n>.json`. */
export function splitCorpusForBrowser(corpus: Corpus, options: SplitOptions = {}): BrowserFile[] {
  const { eventsPerPart } = { ...DEFAULTS, ...options };
  const articleById = new Map(corpus.articles.map((article) => [article.id, article]));
  const files: BrowserFile[] = [];

  // The corpus lists dated events in time order; sort anyway (ISO strings of one shape
  // compare as dates) so a part's period never overlaps the next one's start.
  const dated = [...corpus.events].sort((a, b) =>
    (a.start ?? '') < (b.start ?? '') ? -1 : (a.start ?? '') > (b.start ?? '') ? 1 : 0,
  );
  const parts: PeriodPart[] = [];
  for (let from = 0; from < dated.length; from += eventsPerPart) {
    const events = dated.slice(from, from + eventsPerPart).map((e) => withEvidence(e, articleById));
    const start = events[0]!.start!;
    let end = start;
    for (const event of events) {
      const last = event.end ?? event.start!;
      if (last > end) end = last;
    }
    const url = `corpus/events-${String(parts.length).padStart(4, '0')}-${dayOf(start)}.json`;
    const part: EventsPart = { version: VERSION, events };
    files.push({ fileName: url, source: JSON.stringify(part) });
    parts.push({ start, end, events: events.length, url });
  }

  const eventsByArticle = new Map<string, TimelineEvent[]>();
  for (const event of [...dated, ...corpus.undated]) {
    for (const articleId of new Set(event.mentions.map((mention) => mention.article))) {
      const list = eventsByArticle.get(articleId) ?? [];
      list.push(event);
      eventsByArticle.set(articleId, list);
    }
  }

  // Article files are numbered, not named by id: ids come from file names and need not be URL-safe.
  const articles = corpus.articles.map((article, index) => {
    const reported = eventsByArticle.get(article.id) ?? [];
    const part = `corpus/articles/${index}.json`;
    const articlePart: ArticlePart = {
      version: VERSION,
      article,
      events: reported.map((event) => withEvidence(event, articleById)),
    };
    files.push({ fileName: part, source: JSON.stringify(articlePart) });
    return { ...articleHead(article), eventCount: reported.length, part };
  });

  const manifest: CorpusManifest = {
    version: VERSION,
    format: SPLIT_CORPUS_FORMAT,
    eventCount: dated.length,
    articles,
    parts,
    undated: corpus.undated.map((event) => withEvidence(event, articleById)),
    diagnostics: corpus.diagnostics,
  };
  files.unshift({ fileName: MANIFEST_FILE, source: JSON.stringify(manifest) });
  return files;
}
