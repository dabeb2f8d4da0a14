/**
 * The loader, declared: the ordered stages that turn articles into a corpus.
 * Each stage is a pure function in its own file under `stages/`.
 */
import type { ArticleStage, CorpusStage } from './article-draft.ts';
import { applyMetadata } from './stages/apply-metadata.ts';
import { findStructure } from './stages/find-structure.ts';
import { findBoilerplate } from './stages/find-boilerplate.ts';
import { splitSentences } from './stages/split-sentences.ts';
import { findTimexes } from './stages/find-timexes.ts';
import {
  inferPublicationDate,
  inferPublicationDatesAcrossArticles,
} from './stages/infer-publication-date.ts';
import { resolveTimexes } from './stages/resolve-timexes.ts';
import { findEntities } from './stages/find-entities.ts';
import { readEvents } from './stages/read-events.ts';

/** Stages run on each article, in this order. */
export const ARTICLE_STAGES: readonly ArticleStage[] = [
  // Metadata first: it gives the title, source and publication date when known.
  applyMetadata,
  // Structure before sentences: boilerplate and the dateline must not glue onto body sentences.
  findStructure,
  // Boilerplate needs the headline (a repeated headline is boilerplate).
  findBoilerplate,
  splitSentences,
  // Find timexes, settle the publication date (metadata, else the text), then resolve
  // the relative ones against it: tense is read per sentence, so after splitSentences.
  findTimexes,
  inferPublicationDate,
  resolveTimexes,
  // Names need the dates found first: "Monday" and "March" are no names.
  findEntities,
  // Events need the tagged words, dated expressions, names and boilerplate ranges.
  readEvents,
];

/** Stages that need the whole corpus, run after every article's own stages. */
export const CORPUS_STAGES: readonly CorpusStage[] = [
  // Undated articles take a date from articles reporting the same events, then re-resolve.
  inferPublicationDatesAcrossArticles,
];
