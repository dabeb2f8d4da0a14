/**
 * Stage: finds paragraphs, the headline, standfirst, dateline and boilerplate.
 * Boilerplate stays in the text (the app dims it) but yields no events.
 */
import type { Boilerplate, Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';

/** Lines that are furniture of a web page, not reporting. Order: first match names the reason. */
const BOILERPLATE_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/^(copyright|©|\(c\))/i, 'copyright'],
  [/\ball rights reserved\b/i, 'copyright'],
  [/^(file )?(photo|image|picture)( of|:)/i, 'photo-caption'],
  [/^(source|sources)( from)?\s*:/i, 'source-line'],
  [/^(as )?reported by\b/i, 'attribution'],
  [
    /^(leave a (reply|comment)|share this|follow us|related( articles| posts)?:?|read more|click here|subscribe)\b/i,
    'page-widget',
  ],
];

export const findStructure: ArticleStage = {
  name: 'find-structure',
  run(draft) {
    const paragraphs = findParagraphs(draft.text);
    const boilerplate: Boilerplate[] = [];
    const firstText = paragraphs[0] ? draft.text.slice(paragraphs[0].start, paragraphs[0].end) : '';
    for (const [index, paragraph] of paragraphs.entries()) {
      const text = draft.text.slice(paragraph.start, paragraph.end);
      const match = BOILERPLATE_PATTERNS.find(([pattern]) => pattern.test(text.trim()));
      if (match) boilerplate.push({ ...paragraph, reason: match[1] });
      else if (index > 0 && text.trim() === firstText.trim())
        boilerplate.push({ ...paragraph, reason: 'repeated-headline' });
    }
    const isBoilerplate = (span: Span) => boilerplate.some((b) => b.start === span.start);
    const body = paragraphs.filter((paragraph) => !isBoilerplate(paragraph));

    let headline: Span | null = null;
    let standfirst: Span | null = null;
    const first = body[0];
    if (first && looksLikeHeading(draft.text.slice(first.start, first.end))) {
      headline = first;
      const second = body[1];
      if (
        second &&
        looksLikeHeading(draft.text.slice(second.start, second.end)) &&
        !findDateline(draft.text, second)
      ) {
        standfirst = second;
      }
    }
    const dateline =
      body
        .filter((paragraph) => paragraph !== headline && paragraph !== standfirst)
        .map((paragraph) => findDateline(draft.text, paragraph))
        .find((span) => span !== null) ?? null;
    const title =
      draft.title ||
      (headline
        ? draft.text.slice(headline.start, headline.end).trim()
        : fallbackTitle(draft.file));
    return { ...draft, paragraphs, boilerplate, headline, standfirst, dateline, title };
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

/** "WASHINGTON –", "GENEVA (Reuters) -", "Geneva:" at the start of a paragraph. */
export function findDateline(text: string, paragraph: Span): Span | null {
  const slice = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80));
  const match =
    /^([A-Z][A-Z.'’ -]{2,}?(?:,\s*[A-Z][A-Za-z.]+)?(?:\s*\([^)]{1,40}\))?)\s*[–—-]{1,2}\s/.exec(
      slice,
    ) ?? /^([A-Z][a-z]+(?: [A-Z][a-z]+)?):\s/.exec(slice);
  if (!match || match[1] === undefined) return null;
  return { start: paragraph.start, end: paragraph.start + match[1].length };
}

function fallbackTitle(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}
