/**
 * Unifies names across articles: an article that says only "Kerry" and another that says
 * "John Kerry" mean one person when the corpus knows a single full name with that surname
 * ("Sergey Lavrov" and "Sergei Lavrov" already share one spelling); likewise an acronym, a
 * product's model ("A380") when the corpus knows one long form.
 */
import type { ArticleDraft } from '../article-draft.ts';
import { CORPORATE_SUFFIXES, LEGAL_FORM_WORDS, TRADE_WORDS } from '../lexicon/names.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { isKnownOrganizationName } from '../reading/find-names.ts';
import { countryOf, normalizeNameSpelling } from './name-lexicon.ts';
import { surnameKey } from './unify-names.ts';

/** A function from a canonical name to the corpus-wide one. */
export function unifyAcrossArticles(drafts: readonly ArticleDraft[]): (name: string) => string {
  const fullNames = new Map<string, Set<string>>();
  for (const draft of drafts) {
    for (const entity of draft.entities) {
      if (entity.kind !== 'person') continue;
      const name = normalizeNameSpelling(entity.canonical);
      if (!name.includes(' ')) continue;
      const key = surnameKey(name);
      const names = fullNames.get(key) ?? new Set<string>();
      names.add(name);
      fullNames.set(key, names);
    }
  }
  // "GM" in one article, "General Motors (GM)" in another: one company.
  const longForms = new Map<string, Set<string>>();
  for (const draft of drafts)
    for (const entity of draft.entities)
      if (
        /^[A-Z][A-Z&.]+$/.test(entity.text) &&
        entity.canonical !== entity.text &&
        entity.kind !== 'person'
      ) {
        const forms = longForms.get(entity.text) ?? new Set<string>();
        forms.add(entity.canonical);
        longForms.set(entity.text, forms);
      }
  // "A380" in one article, "Airbus A380" in another: a product's model is the product.
  // (A company's first word is not the company: "Boeing" is not "Boeing Commercial
  // Airplanes", a division of it.)
  const fuller = new Map<string, Set<string>>();
  for (const draft of drafts)
    for (const entity of draft.entities) {
      const words = entity.canonical.split(' ');
      const model = words[words.length - 1];
      if (entity.kind !== 'product' || words.length < 2 || !model) continue;
      const forms = fuller.get(model) ?? new Set<string>();
      forms.add(entity.canonical);
      fuller.set(model, forms);
    }
  // "European Aeronautic Defence & Space NV (EADS)" and "European Aeronautic Defense &
  // Space Company (EADS)": long forms one acronym defines, spelled alike, are one body.
  const sameBody = new Map<string, string>();
  for (const [acronym, forms] of longForms) {
    const [first, ...rest] = [...forms];
    if (!first || rest.length === 0 || !rest.every((form) => spelledAlike(first, form))) continue;
    for (const name of [acronym, ...rest]) sameBody.set(name, first);
  }
  // "Chrysler LLC" in one article, "Chrysler" in another: one company, with or without its
  // legal form.
  // (Each with how often the corpus names it, for its legal form below.)
  const organizations = new Map<string, number>();
  for (const draft of drafts)
    for (const entity of draft.entities)
      if (entity.kind === 'organization')
        organizations.set(entity.canonical, (organizations.get(entity.canonical) ?? 0) + 1);
  const bodiesBesidePeople = new Set<string>();
  for (const draft of drafts) {
    const surnames = new Set(
      draft.entities
        .filter((entity) => entity.kind === 'person' && entity.canonical.includes(' '))
        .map((entity) => surnameKey(normalizeNameSpelling(entity.canonical))),
    );
    // (Named as a body more than once: a lone "said Press" may be a reading's slip.)
    const bodies = new Map<string, number>();
    for (const entity of draft.entities)
      if (
        entity.kind === 'organization' &&
        !entity.canonical.includes(' ') &&
        surnames.has(surnameKey(normalizeNameSpelling(entity.canonical)))
      )
        bodies.set(entity.canonical, (bodies.get(entity.canonical) ?? 0) + 1);
    for (const [body, count] of bodies) if (count >= 2) bodiesBesidePeople.add(body);
  }
  const renamedCompanies = companiesOfTwoNames(organizations.keys());
  const bareIfKnown = (name: string) => {
    const bare = withoutLegalForm(name);
    const trade = withoutTrade(bare);
    if (renamedCompanies.has(trade)) return trade;
    // "Ford Motors", "Toyota Motor" where other articles say "Ford", "Toyota": the trade
    // goes when what is left is a company the lists know and the whole is not ("General
    // Motors" stays whole).
    const knownWithout =
      isKnownOrganizationName(trade.toLowerCase()) && !isKnownOrganizationName(bare.toLowerCase());
    if (trade !== bare && organizations.has(trade) && knownWithout) return trade;
    if (organizations.has(bare)) return bare;
    // "Ford Motor Company" where other articles say "Ford": the trade before the legal
    // form goes too, but only then.
    return trade !== bare && bare !== name && organizations.has(trade) ? trade : name;
  };
  const renamed = (name: string): string => {
    const body = sameBody.get(name);
    if (body) return body;
    const forms = longForms.get(name) ?? fuller.get(name);
    if (forms && forms.size === 1) return [...forms][0] as string;
    const spelled = normalizeNameSpelling(name);
    if (spelled.includes(' ')) return spelled;
    // "Cadbury", the company, is not "John Cadbury", its founder, when an article names
    // both and keeps them apart.
    if (bodiesBesidePeople.has(name)) return spelled;
    const candidates = fullNames.get(surnameKey(spelled));
    // Two different people share the surname: leave the short name alone.
    return candidates && candidates.size === 1 ? ([...candidates][0] as string) : spelled;
  };
  // "Apple Inc." in some articles, "Apple" in others: one company, named in full, with the
  // abbreviated legal form the corpus gives it most often ("JPMorgan Chase & Co.",
  // "Chrysler LLC"; not "Ford Motor Company", "Chrysler Group": words that seldom name it).
  // (Each name resolved once, however often it is mentioned.)
  const legalForms = new Map<string, Map<string, number>>();
  for (const [name, count] of organizations) {
    const full = renamed(name);
    const bare = bareIfKnown(full);
    if (!CORPORATE_SUFFIXES.has(full.slice(bare.length + 1).toLowerCase())) continue;
    if (!full.startsWith(`${bare} `)) continue;
    const counts = legalForms.get(bare) ?? new Map<string, number>();
    counts.set(full, (counts.get(full) ?? 0) + count);
    legalForms.set(bare, counts);
  }
  const fullName = new Map<string, string>();
  for (const [bare, counts] of legalForms) {
    const [mostFrequent] = [...counts].sort(
      ([nameA, countA], [nameB, countB]) => countB - countA || nameA.localeCompare(nameB),
    );
    if (mostFrequent) fullName.set(bare, mostFrequent[0]);
  }
  const named = (name: string) => {
    const bare = bareIfKnown(renamed(name));
    return fullName.get(bare) ?? bare;
  };
  const shortened = shortNames(drafts);
  return (name: string) => {
    const own = named(name);
    const short = shortened.get(name) ?? shortened.get(own);
    return short ? named(short) : own;
  };
}

/**
 * Names an article gives a body in short beside its full name: "Fed" beside "Federal
 * Reserve" (a one-word clipping of the first word of one longer name, itself no word or
 * known name: not "North" of "Northrop Grumman", "Congress" of "Congressional Record"), and
 * "US Federal Reserve" beside "Federal Reserve" (the country it is of, no part of its name:
 * "UAE Air Force" stays whole where the article never says "Air Force").
 */
function shortNames(drafts: readonly ArticleDraft[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const draft of drafts) {
    const bodies = new Set(
      draft.entities
        .filter((entity) => entity.kind === 'organization')
        .map((entity) => entity.canonical),
    );
    const longer = new Map<string, Set<string>>();
    for (const name of bodies) {
      const [first, ...rest] = name.split(' ');
      const remainder = rest.join(' ');
      if (first && rest.length >= 2 && countryOf(first) && bodies.has(remainder))
        found.set(name, remainder);
      // (Clipped inside one word: "Boeing" is no clipping of "Boeing-Air Force".)
      if (!first || rest.length === 0 || !/^\p{L}+$/u.test(first)) continue;
      for (let length = 3; length < first.length; length++) {
        const clip = first.slice(0, length);
        const names = longer.get(clip) ?? new Set<string>();
        names.add(name);
        longer.set(clip, names);
      }
    }
    for (const name of bodies) {
      const names = longer.get(name);
      const lower = name.toLowerCase();
      if (names?.size !== 1 || isCommonWord(lower) || isKnownOrganizationName(lower)) continue;
      found.set(name, [...names][0] as string);
    }
  }
  return found;
}

/**
 * "Apple Computer" (or "Apple Computer, Inc.") in the articles of 2006, "Apple Inc." in
 * later ones: a company named by its trade in some articles and by a legal form alone in
 * others is one (its name without either). Each from a name of its own: "General Motors
 * Corporation" is no "General".
 */
function companiesOfTwoNames(names: Iterable<string>): Set<string> {
  const byLegalForm = new Set<string>();
  const byTrade = new Set<string>();
  for (const name of names) {
    const bare = withoutLegalForm(name);
    const trade = withoutTrade(bare);
    if (bare !== name && trade === bare) byLegalForm.add(bare);
    if (trade !== bare) byTrade.add(trade);
  }
  return new Set([...byLegalForm].filter((name) => byTrade.has(name)));
}

/** "Aer Lingus Group PLC" → "Aer Lingus": a name without the legal form that ends it. */
function withoutLegalForm(name: string): string {
  const words = name.split(' ');
  while (words.length > 1) {
    const last = (words[words.length - 1] as string).toLowerCase();
    if (!CORPORATE_SUFFIXES.has(last) && !LEGAL_FORM_WORDS.has(last)) break;
    words.pop();
  }
  return words.join(' ');
}

/** "Ford Motor" → "Ford". */
function withoutTrade(name: string): string {
  const words = name.split(' ');
  if (words.length > 1 && TRADE_WORDS.has((words[words.length - 1] as string).toLowerCase()))
    words.pop();
  return words.join(' ');
}

/**
 * Half or more of the words of the shorter name are in the other, a word matching one
 * spelled alike ("Defence" and "Defense" share their first five letters).
 */
function spelledAlike(a: string, b: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .split(/[\s,.]+/)
      .filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  const alike = (one: string, other: string) =>
    one === other ||
    (one.length >= 5 && other.length >= 5 && one.slice(0, 5) === other.slice(0, 5));
  const shared = shorter.filter((word) => longer.some((other) => alike(word, other))).length;
  return shared * 2 >= shorter.length;
}
