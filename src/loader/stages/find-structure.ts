/**
 * Stage: finds paragraphs, the headline, the standfirst (sub-headline) and the dateline.
 * Boilerplate is `find-boilerplate`'s job; this stage only avoids taking a caption or a
 * widget line for the headline.
 */
import type { Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { boilerplateReason } from '../events/boilerplate-patterns.ts';
import { findDateline } from '../events/dateline.ts';

/** A lone heading longer than this reads as a standfirst rather than a headline. */
const HEADLINE_MAX = 100;

export const findStructure: ArticleStage = {
  name: 'find-structure',
  run(draft) {
    const text = draft.text;
    const paragraphs = findParagraphs(text);
    const slice = (span: Span) => text.slice(span.start, span.end);
    const body = paragraphs.filter((paragraph) => boilerplateReason(slice(paragraph)) === null);

    let headline: Span | null = null;
    let standfirst: Span | null = null;
    const first = body[0];
    const second = body[1];
    if (first && looksLikeHeading(slice(first))) {
      // A heading does not end like a sentence, so "Syria: Kerry to meet …" is no dateline.
      const secondIsHeading = second !== undefined && looksLikeHeading(slice(second));
      if (secondIsHeading) {
        headline = first;
        standfirst = second;
      } else if (slice(first).trim().length > HEADLINE_MAX && !isTitleCase(slice(first))) {
        // A long sentence-case line with no headline above it is a sub-headline.
        standfirst = first;
      } else {
        headline = first;
      }
    }
    const dateline =
      body
        .filter((paragraph) => paragraph !== headline && paragraph !== standfirst)
        .slice(0, 3)
        .map((paragraph) => findDateline(text, paragraph)?.span ?? null)
        .find((span) => span !== null) ?? null;
    const title =
      draft.title ||
      ((headline ?? standfirst)
        ? slice((headline ?? standfirst) as Span).trim()
        : fallbackTitle(draft.file));
    return { ...draft, paragraphs, headline, standfirst, dateline, title };
  },
};

/** Paragraphs are blank-line separated; a text without blank lines has one per line. */
export function findParagraphs(text: string): Span[] {
  const separator = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/.test(text)
    ? /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*/g
    : /\r\n|\r|\n/g;
  const spans: Span[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    const slice = text.slice(from, to);
    const leading = slice.length - slice.trimStart().length;
    const trailing = slice.length - slice.trimEnd().length;
    if (slice.trim() !== '') spans.push({ start: from + leading, end: to - trailing });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}

/** A heading is short and does not end like a sentence. */
function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 200 && !/[.!?]["”’]?$/.test(trimmed);
}

/** Most words capitalized: "Kerry Heads To Geneva For Syria Talks". */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[A-Za-z]{4,}/.test(word));
  const capitalized = words.filter((word) => /^[A-Z]/.test(word));
  return words.length > 0 && capitalized.length / words.length > 0.6;
}

function fallbackTitle(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}
