/**
 * Structure layer, quotations: whether words stand inside a quotation, for the rules that
 * read a quotation's words as the speaker's ("we", "today") or keep them apart from the
 * reporter's clause.
 */
import type { Word } from '../language/tag-words.ts';

/**
 * Whether an offset of the sentence lies between an opening and a closing quotation mark.
 * A quotation may open in an earlier paragraph: a closing mark with no opening one before
 * it ends a quotation the sentence began inside.
 */
export function insideQuotation(words: readonly Word[], offset: number): boolean {
  let open = false;
  let opened = false;
  for (const word of words) {
    if (word.start >= offset) {
      if (word.text === '“') return open;
      if (word.text === '”') return open || !opened;
      continue;
    }
    if (word.text === '“') open = opened = true;
    else if (word.text === '”') open = false;
    else if (word.text === '"') open = opened = !open;
  }
  return open;
}
