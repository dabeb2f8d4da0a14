/**
 * Descriptions that stand for a person holding a role ("the top US diplomat", "the
 * president"), to be resolved to the person introduced with that role in the article.
 */
import type { Word } from '../language/tag-words.ts';
import { countryOf, governmentOf } from '../events/name-lexicon.ts';
import type { NameMention } from './name-mention.ts';

const DESCRIPTIONS: ReadonlyArray<readonly [RegExp, string[]]> = [
  [
    /\b(?:[Tt]he|[A-Z][\w.]*['’]s)\s+(?:(\S+)\s+)?top\s+(?:(\S+)\s+)?diplomat\b/g,
    ['secretary of state', 'foreign minister', 'foreign secretary'],
  ],
  [/\bthe\s+(?:(\S+)\s+)?(?:(\S+)\s+)?(?:president)\b(?!\s+[A-Z])/g, ['president']],
  [/\bthe\s+(?:(\S+)\s+)?(?:(\S+)\s+)?(?:foreign minister)\b(?!\s+[A-Z])/g, ['foreign minister']],
  [
    /\bthe\s+(?:(\S+)\s+)?(?:(\S+)\s+)?(?:prime minister|premier)\b(?!\s+[A-Z])/g,
    ['prime minister', 'premier'],
  ],
  [
    /\bthe\s+(?:(\S+)\s+)?(?:(\S+)\s+)?(?:secretary of state)\b(?!\s+[A-Z])/g,
    ['secretary of state'],
  ],
];

/** Descriptions in the sentence the words cover. */
export function findDescriptions(words: readonly Word[], text: string): NameMention[] {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return [];
  const sentenceText = text.slice(first.start, last.end);
  const out: NameMention[] = [];
  for (const [pattern, roles] of DESCRIPTIONS) {
    for (const match of sentenceText.matchAll(pattern)) {
      const modifiers = [match[1], match[2]].filter((word): word is string => word !== undefined);
      const countryWord = modifiers
        .map((word) => countryOf(word.replace(/['’]s$/, '')))
        .find((info) => info !== null);
      // "the conflict's president" is no description; the modifiers must be a country or adjectives.
      if (modifiers.some((word) => /^[A-Z]/.test(word) && !countryOf(word.replace(/['’]s$/, ''))))
        continue;
      const possessor = /^([A-Z][\w.]*)['’]s/.exec(match[0]);
      const country =
        countryWord?.canonical ??
        (possessor?.[1]
          ? (countryOf(possessor[1])?.canonical ?? governmentOf(possessor[1]))
          : null) ??
        null;
      const start = first.start + match.index;
      out.push({
        start,
        end: start + match[0].length,
        text: match[0],
        kind: 'person',
        name: match[0],
        role: null,
        description: { roles, country },
      });
    }
  }
  return out;
}
