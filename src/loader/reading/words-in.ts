/** Slicing an article's words, names or dates (sorted by offset) by span, in logarithmic time. */
import type { Span } from '../../contract/corpus.ts';
import type { Word } from '../language/tag-words.ts';

/** The words lying wholly inside `span`. */
export function wordsIn(words: readonly Word[], span: Span): Word[] {
  return within(words, span);
}

/** The items (sorted by start) lying wholly inside `span`: words, names, dates. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle] as T).start < span.start) low = middle + 1;
    else high = middle;
  }
  const out: T[] = [];
  for (let index = low; index < items.length; index++) {
    const item = items[index] as T;
    if (item.start >= span.end) break;
    if (item.end <= span.end) out.push(item);
  }
  return out;
}
