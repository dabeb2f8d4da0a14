/** Reads match offsets out of compromise views (its typings omit `terms: false`). */
/** Any compromise view: a document, or a selection such as `.people()`. */
interface View {
  json(options?: object): unknown;
}

/** Offsets of each match of a compromise view, relative to the text it was given. */
export function matchSpans(view: View): Array<{ text: string; start: number; end: number }> {
  // `terms: false` skips per-word output, which is most of json()'s cost.
  const matches = view.json({ offset: true, terms: false }) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  return matches.map((match) => ({
    text: match.text,
    start: match.offset.start,
    end: match.offset.start + match.offset.length,
  }));
}
