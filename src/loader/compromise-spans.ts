/** Reads match offsets out of compromise views (its typings omit `terms: false`). */
import type nlp from 'compromise';

type View = ReturnType<typeof nlp>;

/** Offsets of each match of a compromise view, relative to the text it was given. */
export function matchSpans(view: View): Array<{ text: string; start: number; end: number }> {
  // `terms: false` skips per-word output, which is most of json()'s cost.
  const options = { offset: true, terms: false } as unknown as Parameters<View['json']>[0];
  const matches = view.json(options) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  return matches.map((match) => ({
    text: match.text,
    start: match.offset.start,
    end: match.offset.start + match.offset.length,
  }));
}
