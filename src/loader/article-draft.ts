/**
 * The working state of one article as it travels through the loader's stages.
 * Each stage takes a draft and returns a new one; nothing is mutated in place.
 */
import type {
  Boilerplate,
  Diagnostic,
  EntityMention,
  Granularity,
  Mention,
  Modality,
  Span,
  EventKind,
  EventClass,
  ParticipantRole,
  Timex,
} from '../contract/corpus.ts';
import { nothingRead } from '../contract/article-fields.ts';
import type { Word } from './language/tag-words.ts';

/** Optional metadata a user gives for an article (the `.meta.json` sidecar). */
export interface ArticleMetadata {
  title?: string;
  source?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  url?: string;
}

/** One input file as read from disk, before decoding. */
export interface SourceFile {
  /** Path relative to the seeds folder, `/`-separated. */
  file: string;
  bytes: Uint8Array;
  metadata: ArticleMetadata | null;
  /** Problems found while reading the file or its metadata. */
  diagnostics: Diagnostic[];
}

/** An event as one article reports it, before cross-article merging. */
export interface EventDraft {
  kind: EventKind;
  title: string;
  start: string | null;
  end: string | null;
  granularity: Granularity | null;
  approximate: boolean;
  modality: Modality;
  participants: string[];
  places: string[];
  /** The trigger's dictionary form: reports of one event across articles share it. */
  lemma: string;
  eventClass: EventClass;
  roles: ParticipantRole[];
  /** Amounts its object counts or costs, written out ("15000000000"): reading/quantities. */
  quantities: string[];
  /** Report-level importance, 0–1 (headline or lead, own date, kind, actual). */
  salience: number;
  mention: Mention;
  /**
   * For a verb of intent, the dictionary form of the verb it goes on to ("sought to cut
   * jobs": "cut"): two intents of other acts are two events.
   */
  intends?: string;
  /**
   * Told by a noun ("the explosion"), not a verb: one that names no one and that its
   * article does not date may be the event another article dates (merge-events).
   */
  nominal?: true;
  /**
   * The index, among its article's reports, of the report its article dates the same
   * happening by ("Eleven workers were missing after an explosion … The explosion happened
   * on Tuesday"): the article tells them as one event, and they merge as one.
   */
  sameEventAs?: number;
}

export interface ArticleDraft {
  id: string;
  file: string;
  metadata: ArticleMetadata | null;
  /** Decoded text; every offset in the draft indexes this string. */
  text: string;
  title: string;
  source: string | null;
  published: string | null;
  publishedBasis: 'metadata' | 'inferred' | 'unknown';
  publishedReason: string | null;
  url: string | null;
  headline: Span | null;
  standfirst: Span | null;
  dateline: Span | null;
  paragraphs: Span[];
  sentences: Span[];
  boilerplate: Boilerplate[];
  timexes: Timex[];
  /**
   * The tagged words of the text, in order (split-sentences). Working data for the
   * reading stages: never written to the corpus, and dropped before an article leaves
   * its worker.
   */
  words: Word[];
  entities: EntityMention[];
  events: EventDraft[];
  diagnostics: Diagnostic[];
}

/** A stage that transforms one article. Must be pure and must not throw on odd text. */
export interface ArticleStage {
  name: string;
  run(draft: ArticleDraft): ArticleDraft;
}

/** A stage that needs every article at once (cross-article inference). */
export interface CorpusStage {
  name: string;
  run(drafts: ArticleDraft[]): ArticleDraft[];
}

/** Creates an empty draft for a decoded file. */
export function createDraft(
  source: Pick<SourceFile, 'file' | 'metadata'>,
  id: string,
  text: string,
): ArticleDraft {
  return {
    id,
    file: source.file,
    metadata: source.metadata,
    text,
    title: '',
    source: null,
    published: null,
    publishedBasis: 'unknown',
    publishedReason: null,
    url: null,
    ...nothingRead(),
    words: [],
    events: [],
    diagnostics: [],
  };
}

/** Returns a diagnostic for this draft's file. */
export function diagnose(
  draft: Pick<ArticleDraft, 'file'>,
  stage: string,
  severity: Diagnostic['severity'],
  offset: number | null,
  message: string,
): Diagnostic {
  return { file: draft.file, severity, offset, stage, message };
}
