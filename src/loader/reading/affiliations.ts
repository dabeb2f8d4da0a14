/**
 * Names layer, affiliations: the body a person's title ties them to, as a sentence writes
 * it. "Apple chief executive Steve Jobs", "Ford spokesman Mark Truby", "Rick Wagoner, chief
 * executive of General Motors", "Vikram Pandit, Citigroup's chief executive". A later "we"
 * the person says, or "the company" in what they report, is that body.
 */
import type { EntityMention } from '../../contract/corpus.ts';
import { TITLE_WORDS } from '../events/name-lexicon.ts';
import type { Word } from '../language/tag-words.ts';
import { isApostropheS } from '../language/word.ts';

/** Words a title may hold besides the titles themselves ("chief operating officer"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'senior',
  'former',
  'new',
  'top',
  'operating',
  'financial',
  'marketing',
  'technology',
  'information',
  'managing',
  'founder',
  'co-founder',
  'head',
]);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words the title list holds for longer titles ("Secretary of State"), no title alone. */
const NOT_TITLES: ReadonlySet<string> = new Set(['of', 'the', 'for', 'to', 'us', 'u.s']);

function isTitle(word: Word): boolean {
  const lower = word.lower.replace(/\.$/, '');
  return (TITLE_WORDS.has(lower) && !NOT_TITLES.has(lower)) || TITLE_MODIFIERS.has(lower);
}

/** Each person of the sentence whose title names their body: [person, organization]. */
export function findAffiliations(
  words: readonly Word[],
  entities: readonly EntityMention[],
): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const organizations = entities.filter((entity) => entity.kind === 'organization');
  const indexAt = (offset: number) => words.findIndex((word) => word.start >= offset);
  for (const person of entities) {
    if (person.kind !== 'person') continue;
    const first = indexAt(person.start);
    const last = words.findLastIndex((word) => word.end <= person.end);
    const before = bodyBefore(words, organizations, first);
    const after = before ?? bodyAfter(words, organizations, last);
    if (after) found.push([person.canonical, after.canonical]);
  }
  return found;
}

/** Titles of a public office: who holds one speaks for no company. */
const OFFICES: ReadonlySet<string> = new Set([
  'president',
  'senator',
  'governor',
  'chancellor',
  'minister',
  'premier',
  'king',
  'queen',
  'mayor',
  'congressman',
  'congresswoman',
]);

/**
 * The people of the sentence a public office's title names, with no body before it:
 * "President George W. Bush", "German Chancellor Angela Merkel" (not "Chrysler President
 * Tom LaSorda", whose body the title names).
 */
export function findOfficeHolders(
  words: readonly Word[],
  entities: readonly EntityMention[],
): string[] {
  const places = entities.filter((entity) => entity.kind === 'place' || entity.kind === 'country');
  return entities
    .filter((entity) => {
      if (entity.kind !== 'person') return false;
      const first = words.findIndex((word) => word.start >= entity.start);
      if (!OFFICES.has(words[first - 1]?.lower ?? '')) return false;
      let at = first - 1;
      while (at >= 0 && isTitle(words[at] as Word)) at--;
      // Before the title, nothing, a small word or a place ("Kansas senator"); a name
      // of anything else there may be the body ("ANA senior vice president").
      const before = words[at];
      return (
        before === undefined ||
        !/^\p{Lu}/u.test(before.text) ||
        places.some((place) => place.start <= before.start && before.end <= place.end)
      );
    })
    .map((entity) => entity.canonical);
}

/** "Apple chief executive Steve Jobs", "GM's chief executive Rick Wagoner". */
function bodyBefore(
  words: readonly Word[],
  organizations: readonly EntityMention[],
  first: number,
): EntityMention | null {
  let at = first - 1;
  while (at >= 0 && isTitle(words[at] as Word)) at--;
  if (at === first - 1) return null;
  if (words[at] && isApostropheS(words[at] as Word)) at--;
  const end = words[at]?.end;
  return organizations.find((entity) => entity.end === end) ?? null;
}

/**
 * "Rick Wagoner, chief executive of General Motors", "Mark Truby, a Ford spokesman",
 * "Vikram Pandit, Citigroup's chief executive".
 */
function bodyAfter(
  words: readonly Word[],
  organizations: readonly EntityMention[],
  last: number,
): EntityMention | null {
  let at = last + 1;
  if (words[at]?.text !== ',') return null;
  at++;
  if (ARTICLES.has(words[at]?.lower ?? '')) at++;
  // A title, then "of" or "at" and the body.
  const titleStart = at;
  // ("General" is a title, but not the first word of "General Motors".)
  const bodyStarts = new Set(organizations.map((entity) => entity.start));
  while (
    at < words.length &&
    isTitle(words[at] as Word) &&
    !bodyStarts.has((words[at] as Word).start)
  )
    at++;
  if (at > titleStart && /^(?:of|at)$/.test(words[at]?.lower ?? '')) {
    at++;
    if (words[at]?.lower === 'the') at++;
    const start = words[at]?.start;
    return organizations.find((entity) => entity.start === start) ?? null;
  }
  // The body, then the title.
  const start = words[titleStart]?.start;
  const body = organizations.find((entity) => entity.start === start);
  if (!body) return null;
  at = words.findIndex((word) => word.start >= body.end);
  if (at < 0) return null;
  if (isApostropheS(words[at] as Word)) at++;
  return words[at] && isTitle(words[at] as Word) ? body : null;
}
