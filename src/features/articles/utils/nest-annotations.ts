/**
 * Lays out highlighted ranges of an article as a tree, so overlapping highlights
 * (a boilerplate block, the reporting sentence, its date expression) render as
 * properly nested elements instead of crossing tags.
 */

/** A highlighted range `[start, end)` of the article text; lower `layer` nests further out. */
export interface Annotation<Payload> {
  start: number;
  end: number;
  layer: number;
  payload: Payload;
}

export type TextTree<Payload> =
  | { type: 'text'; start: number; end: number; text: string }
  | {
      type: 'annotation';
      start: number;
      end: number;
      payload: Payload;
      children: TextTree<Payload>[];
    };

/**
 * Nests `annotations` over `text.slice(start, end)`. Outer layers win: an inner
 * annotation that crosses an outer boundary is cut in two, never the outer one.
 * Within a layer, an annotation overlapping an earlier one keeps only the part after it.
 */
export function nestAnnotations<Payload>(
  text: string,
  start: number,
  end: number,
  annotations: Annotation<Payload>[],
): TextTree<Payload>[] {
  const inside = annotations
    .map((annotation) => ({
      ...annotation,
      start: Math.max(annotation.start, start),
      end: Math.min(annotation.end, end),
    }))
    .filter((annotation) => annotation.end > annotation.start);
  if (inside.length === 0) {
    return start < end ? [{ type: 'text', start, end, text: text.slice(start, end) }] : [];
  }
  const outerLayer = Math.min(...inside.map((annotation) => annotation.layer));
  const outer = inside
    .filter((annotation) => annotation.layer === outerLayer)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const inner = inside.filter((annotation) => annotation.layer !== outerLayer);

  const tree: TextTree<Payload>[] = [];
  let cursor = start;
  for (const annotation of outer) {
    const from = Math.max(annotation.start, cursor);
    if (from >= annotation.end) continue;
    tree.push(...nestAnnotations(text, cursor, from, inner));
    tree.push({
      type: 'annotation',
      start: from,
      end: annotation.end,
      payload: annotation.payload,
      children: nestAnnotations(text, from, annotation.end, inner),
    });
    cursor = annotation.end;
  }
  tree.push(...nestAnnotations(text, cursor, end, inner));
  return tree;
}

/** The text a tree covers, for tests and checks: equals `text.slice(start, end)`. */
export function textOfTree<Payload>(tree: TextTree<Payload>[]): string {
  return tree
    .map((node) => (node.type === 'text' ? node.text : textOfTree(node.children)))
    .join('');
}
