/** Slicing an article's words (sorted by offset) by span, in logarithmic time. */
import type { Span } from '../../contract/corpus.ts';
import type { Word } from '../language/tag-words.ts';

/** The words lying wholly inside `span`. */
export function wordsIn(words: readonly Word[], span: Span): Word[] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] as Word).start < span.start) low = middle + 1;
    else high = middle;
  }
  const out: Word[] = [];
  for (let index = low; index < words.length; index++) {
    const word = words[index] as Word;
    if (word.start >= span.end) break;
    if (word.end <= span.end) out.push(word);
  }
  return out;
}
