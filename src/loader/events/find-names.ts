/**
 * Finds names in one sentence's tokens: people (with the title or role before them),
 * organizations, countries (by name, by demonym where it stands for an actor, and by a
 * capital where the capital acts: "Moscow vowed"), and places. Also finds descriptions
 * that stand for a person ("the top US diplomat"), to be resolved by role.
 */
import type { EntityKind } from '../../contract/corpus.ts';
import {
  ACTOR_NOUNS,
  KNOWN_ORGANIZATIONS,
  NOT_NAME_WORDS,
  ORGANIZATION_WORDS,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  TITLE_WORDS,
  countryOf,
  governmentOf,
} from './name-lexicon.ts';
import type { Token } from './parse-paragraph.ts';

/** A name as written, before unification across the article. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Best name for it from this mention alone. */
  name: string;
  /** The title or role written before a person ("US Secretary of State"). */
  role: string | null;
  /** For a description ("the top US diplomat"): the roles and country it stands for. */
  description?: { roles: string[]; country: string | null };
  /** A capitalized word nothing else classifies; kept only if it names a known person. */
  tentative?: boolean;
}

/** Prepositions after which a capital is where something happens, not who acts. */
const LOCATIVE = new Set<string>([
  ...PLACE_PREPOSITIONS,
  'around',
  'via',
  'through',
  'of',
  'between',
]);
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'le',
  'la',
  'del',
  'of',
  'and',
]);

/** Descriptions that stand for a person holding a role. */
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

const isCapitalized = (token: Token) =>
  /[A-Za-z]/.test(token.text) && (/^[A-Z]/.test(token.text) || /^[A-Z0-9.]{2,}$/.test(token.text));
const stripPossessive = (text: string) => text.replace(/['’]s$/, '');
const endsRun = (token: Token) =>
  /['’]s$/.test(token.text) ||
  /[,;:()"“”!?]/.test(token.post) ||
  (/\./.test(token.post) && !isAbbreviation(token));
const isAbbreviation = (token: Token) =>
  token.tags.has('Abbreviation') || token.tags.has('Honorific') || /^[A-Z]$/.test(token.text);

/** Name mentions in one sentence. `sentenceText` starts at `sentenceStart` in the article. */
export function findNames(
  tokens: readonly Token[],
  sentenceText: string,
  sentenceStart: number,
): NameMention[] {
  const mentions: NameMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (!isCapitalized(token) || (NOT_NAME_WORDS.has(token.normal) && !token.tags.has('Person'))) {
      const demonym = demonymActor(tokens, index);
      if (demonym) mentions.push(demonym);
      index++;
      continue;
    }
    let end = index;
    while (end + 1 < tokens.length && !endsRun(tokens[end] as Token)) {
      const next = tokens[end + 1] as Token;
      if (isCapitalized(next) && !NOT_NAME_WORDS.has(next.normal)) {
        end++;
        continue;
      }
      const after = tokens[end + 2];
      if (
        NAME_PARTICLES.has(next.normal) &&
        next.normal !== 'and' &&
        after &&
        isCapitalized(after) &&
        !endsRun(next)
      ) {
        end += 2;
        continue;
      }
      break;
    }
    const run = tokens.slice(index, end + 1);
    const previous = tokens.slice(Math.max(0, index - 5), index);
    mentions.push(...classifyRun(run, previous, index === 0, tokens[end + 1]));
    index = end + 1;
  }
  mentions.push(...findDescriptions(sentenceText, sentenceStart));
  return mentions.sort((a, b) => a.start - b.start);
}

/** "Russian diplomats", "US troops": the demonym names the country as an actor. */
function demonymActor(tokens: readonly Token[], index: number): NameMention | null {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (!/^[A-Z]/.test(token.text) || !next || endsRun(token)) return null;
  const country = countryOf(token.text);
  if (!country || !ACTOR_NOUNS.has(next.normal)) return null;
  return mention(token, token, 'country', country.canonical, null);
}

function classifyRun(
  run: Token[],
  previous: Token[],
  sentenceInitial: boolean,
  following?: Token,
): NameMention[] {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const words = run.map((token) => stripPossessive(token.text));
  const phrase = words.join(' ').replace(/ - /g, '-');
  const lower = phrase.toLowerCase();
  const before = previous[previous.length - 1];
  const afterRun = last;

  const country = countryOf(phrase);
  if (country && !country.demonym)
    return [mention(first, last, 'country', country.canonical, null)];
  const government = governmentOf(phrase);
  if (government) {
    // "in Moscow" is a place; "Moscow vowed", "Moscow's envoy" is the government.
    const locative = before !== undefined && LOCATIVE.has(before.normal);
    return locative
      ? [mention(first, last, 'place', phrase, null)]
      : [mention(first, last, 'country', government, null)];
  }
  // "the UN special envoy …": an organization inside someone's title is no mention of its own.
  if (
    following &&
    TITLE_WORDS.has(following.normal) &&
    !isCapitalized(following) &&
    following.normal !== 'of' &&
    following.normal !== 'the'
  )
    return [];
  if (KNOWN_ORGANIZATIONS.has(lower.replace(/^the /, '')))
    return [mention(first, last, 'organization', phrase.replace(/^The /, ''), null)];

  // "US-Russian": a compound of countries names no one.
  if (run.length > 1 && words.every((word) => countryOf(word) !== null)) return [];
  // Strip a leading title: "US Secretary of State John Kerry" → role + "John Kerry".
  let split = 0;
  while (split < run.length - 1 && isTitleToken(run[split] as Token)) split++;
  const prefix = run.slice(0, split);
  const titled = prefix.some(
    (token) => PERSON_TITLES.has(token.normal) || PERSON_TITLES.has(`${token.normal}.`),
  );
  const lowerTitle = previous.filter((token) => !isCapitalized(token));
  const titledBefore = previous
    .slice(-4)
    .some((token) => PERSON_TITLES.has(token.normal) && !isCapitalized(token));
  const rest = run.slice(split);
  const restIsPerson = rest.some((token) => token.tags.has('Person'));
  if (split > 0 && (titled || titledBefore || restIsPerson)) {
    const nameFirst = rest[0] as Token;
    const name = rest.map((token) => stripPossessive(token.text)).join(' ');
    if (isOrganizationPhrase(rest) || governmentOf(name) || countryOf(name))
      return classifyRun(rest, previous, false);
    // "envoy for Syria Staffan de Mistura": a country before the name is a mention of its own.
    const countries = titled
      ? []
      : prefix
          .filter((token) => countryOf(token.text) && !countryOf(token.text)?.demonym)
          .map((token) =>
            mention(token, token, 'country', countryOf(token.text)?.canonical ?? token.text, null),
          );
    const role = [
      ...lowerTitle.map((token) => token.text),
      ...prefix.map((token) => token.text),
    ].join(' ');
    return [...countries, mention(nameFirst, last, 'person', name, role)];
  }
  const locative = before !== undefined && LOCATIVE.has(before.normal) && before.normal !== 'of';
  if (
    locative &&
    !titledBefore &&
    !run.some((token) => token.tags.has('FirstName') || token.tags.has('Honorific')) &&
    !isOrganizationPhrase(run)
  ) {
    return [mention(first, last, 'place', phrase.replace(/^The /, ''), null)];
  }
  if (country?.demonym) {
    // A demonym names the country only as an actor: "Russian diplomats", not "Russian food".
    return following && ACTOR_NOUNS.has(following.normal)
      ? [mention(first, last, 'country', country.canonical, null)]
      : [];
  }
  if (isOrganizationPhrase(run))
    return [mention(first, last, 'organization', phrase.replace(/^The /, ''), null)];
  const tagged = (tag: string) => run.some((token) => token.tags.has(tag));
  if (titledBefore || (tagged('Person') && !tagged('Place') && !tagged('Organization'))) {
    if (run.length === 1 && sentenceInitial && !first.tags.has('Person') && !titledBefore)
      return [];
    const role = titledBefore ? lowerTitle.map((token) => token.text).join(' ') : null;
    return [mention(first, afterRun, 'person', phrase, role)];
  }
  if (tagged('Place') || tagged('City') || tagged('Country') || tagged('Region')) {
    return [mention(first, last, 'place', phrase.replace(/^The /, ''), null)];
  }
  if (tagged('Organization'))
    return [mention(first, last, 'organization', phrase.replace(/^The /, ''), null)];
  if (run.length <= 3)
    return [{ ...mention(first, last, 'person', phrase, null), tentative: true }];
  return [];
}

function isTitleToken(token: Token): boolean {
  const normal = token.normal.replace(/\.$/, '');
  return (
    TITLE_WORDS.has(normal) ||
    TITLE_WORDS.has(`${normal}.`) ||
    (countryOf(token.text) !== null && !/['’]s$/.test(token.text))
  );
}

function isOrganizationPhrase(run: Token[]): boolean {
  const last = run[run.length - 1] as Token;
  return ORGANIZATION_WORDS.has(last.normal.replace(/['’]s$/, '')) && run.length > 1;
}

function mention(
  first: Token,
  last: Token,
  kind: EntityKind,
  name: string,
  role: string | null,
): NameMention {
  // Possessive endings stay outside the span: "Moscow’s" → "Moscow". The stage fills `text`.
  const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
  return { start: first.start, end, text: '', kind, name: stripPossessive(name), role };
}

function findDescriptions(sentenceText: string, sentenceStart: number): NameMention[] {
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
      const start = sentenceStart + match.index;
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
