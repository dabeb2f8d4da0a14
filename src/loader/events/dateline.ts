/**
 * Datelines: "WASHINGTON –", "GENEVA (Reuters) -", "BEIRUT, Lebanon (AP) —",
 * "NEW YORK, March 3 (Reuters) -", "Geneva:". The place is the events' default place and
 * a wire name in parentheses is the article's source when metadata gives none.
 */
import type { Span } from '../../contract/corpus.ts';

const UPPER_DATELINE =
  /^([A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?(?:\s*\(([^)]{1,40})\))?)\s*(?:[–—-]{1,2}|:)\s/;
const TITLE_DATELINE =
  /^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s*\(([^)]{1,40})\))?\s*(?::|[–—]|--)\s+\S/;

/** Words that open a paragraph like a dateline but are rubrics, not places. */
const NOT_PLACES = new Set([
  'update',
  'updated',
  'breaking',
  'exclusive',
  'watch',
  'opinion',
  'analysis',
  'editor',
  'note',
  'photo',
  'video',
  'source',
  'sources',
  'read',
  'related',
  'live',
  'comment',
  'warning',
  'correction',
]);

export interface Dateline {
  span: Span;
  place: string;
  /** A wire service named in parentheses: "Reuters", "AP", "AFP". */
  wire: string | null;
}

/** The dateline that opens a paragraph, or null. */
export function findDateline(text: string, paragraph: Span): Dateline | null {
  const slice = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 90));
  const match = UPPER_DATELINE.exec(slice) ?? TITLE_DATELINE.exec(slice);
  if (!match || match[1] === undefined) return null;
  const head = match[1];
  const placeText =
    head
      .replace(/\s*\(.*$/, '')
      .split(',')[0]
      ?.trim() ?? '';
  if (placeText.length < 2 || NOT_PLACES.has(placeText.toLowerCase())) return null;
  // An upper-case dateline is one or two words of capitals, not a shouted sentence.
  if (placeText.split(/\s+/).length > 3) return null;
  return {
    span: { start: paragraph.start, end: paragraph.start + head.length },
    place: titleCase(placeText),
    wire: match[2]?.trim() || null,
  };
}

/** "NEW YORK" → "New York"; mixed-case names are kept as written. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])([a-z])/g,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/** Where a sentence's own words start: after the dateline when the sentence opens with it. */
export function afterDateline(dateline: Span | null, sentence: Span): number {
  return dateline && dateline.start >= sentence.start && dateline.start < sentence.end
    ? Math.max(sentence.start, dateline.end)
    : sentence.start;
}
