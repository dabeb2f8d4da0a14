/**
 * Names layer, by the article's own usage: "Jobs said the device would go on sale" opens
 * its sentence with a word the tagger reads as a common noun ("jobs"), as it reads "Brown",
 * "Gates" or "Rice". Once the article names the person in full ("Steve Jobs"), such an
 * opener is that person when it stands alone as a subject: the next word is a verb, an
 * adverb ("Jobs also announced"), a comma or a possessive ("Young people" stays common).
 */
import type { Word } from '../language/word.ts';
import type { NameMention } from './name-mention.ts';

const STANDS_ALONE_BEFORE: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV']);

/** Person mentions for sentence openers that are the surname of a person named in full. */
export function surnameOpeners(
  sentences: readonly (readonly Word[])[],
  names: readonly NameMention[],
): NameMention[] {
  const surnames = new Set<string>();
  for (const name of names) {
    const parts = name.name.split(' ');
    const last = parts.at(-1);
    if (name.kind === 'person' && parts.length > 1 && last) surnames.add(last);
  }
  if (surnames.size === 0) return [];
  const named = (word: Word) =>
    names.some((name) => name.start <= word.start && word.end <= name.end);
  const found: NameMention[] = [];
  for (const words of sentences) {
    const at = /^["“]$/.test(words[0]?.text ?? '') ? 1 : 0;
    const opener = words[at];
    const next = words[at + 1];
    if (!opener || !next || !surnames.has(opener.text) || named(opener)) continue;
    const alone =
      STANDS_ALONE_BEFORE.has(next.pos) || next.text === ',' || /^['’]s$/.test(next.text);
    if (!alone) continue;
    found.push({
      start: opener.start,
      end: opener.end,
      text: opener.text,
      kind: 'person',
      name: opener.text,
      role: null,
    });
  }
  return found;
}
