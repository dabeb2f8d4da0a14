/**
 * Gives every name mention of one article its canonical form: a person's fullest name
 * ("Kerry" → "John Kerry"), one spelling for transliterations ("Sergey" → "Sergei"), and a
 * description resolved to the person holding that role ("the top US diplomat" → the
 * person introduced as "US Secretary of State").
 */
import type { EntityMention } from '../../contract/corpus.ts';
import { foldAccents } from '../language/fold-accents.ts';
import { isKnownOrganizationName, type NameMention } from '../reading/find-names.ts';
import { CORPORATE_SUFFIXES, INDEX_FULL_NAMES, LEGAL_FORM_WORDS } from '../lexicon/names.ts';
import { countryOf, normalizeNameSpelling, ORGANIZATION_WORDS } from './name-lexicon.ts';

/** Key under which surnames match: lower-case, accents and hyphenated particles removed. */
export function surnameKey(name: string): string {
  const words = foldAccents(name).toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return last.replace(/^(al|el)-/, '');
}

/**
 * "Novak Djokovic … Djokovic said": a two- or three-word name shaped like a person's whose
 * last word the article uses alone is a person, though no list knows the first name.
 */
function personsBySurname(mentions: readonly NameMention[]): NameMention[] {
  const alone = new Set(
    mentions.filter((mention) => !mention.name.includes(' ')).map((mention) => mention.name),
  );
  return mentions.map((mention) => {
    if (!mention.personShaped) return mention;
    const last = mention.name.split(' ').pop() ?? '';
    return alone.has(last) && !isKnownOrganizationName(last.toLowerCase())
      ? { ...mention, kind: 'person' }
      : mention;
  });
}

/**
 * "Opposition lawmakers criticised …": a common word opening a sentence names no one unless
 * the article names it elsewhere too ("Shell shares fell … said Shell").
 */
function withoutCommonOpeners(mentions: readonly NameMention[]): NameMention[] {
  // Named whole or as the first word of a longer name ("Apple" of "Apple Inc.").
  const named = new Set(
    mentions
      .filter((mention) => !mention.commonOpener)
      .flatMap((mention) => [mention.name, mention.name.split(' ')[0]]),
  );
  return mentions.filter((mention) => !mention.commonOpener || named.has(mention.name));
}

/**
 * "Merrill Lynch agreed to be bought … Merrill Lynch shares fell": a name the article shows
 * to be a company's is the company's everywhere in it, though alone it looked like a person's.
 */
function bodiesNamedAlike(mentions: readonly NameMention[]): NameMention[] {
  const bodies = new Set(
    mentions
      .filter((mention) => mention.kind === 'organization' && !mention.tentative)
      .map((mention) => mention.name),
  );
  return mentions.map((mention) =>
    mention.kind === 'person' && bodies.has(mention.name)
      ? { ...mention, kind: 'organization', role: null }
      : mention,
  );
}

/**
 * "Standard & Poor's downgraded the US … Standard & Poor's decision": a body whose name ends
 * in "'s", kept whole where it does something ("Moody's said"), is that name too where the
 * possessive it is read as cut it ("Standard & Poor" of "Standard & Poor's decision").
 */
function withPossessiveNames(mentions: readonly NameMention[]): readonly NameMention[] {
  const whole = new Map<string, NameMention>();
  for (const mention of mentions) {
    const cut = mention.name.replace(/['’]s$/, '');
    if (cut !== mention.name && mention.kind !== 'person' && !mention.description)
      whole.set(cut, mention);
  }
  if (whole.size === 0) return mentions;
  return mentions.map((mention) => {
    const named = mention.description ? undefined : whole.get(mention.name);
    return named ? { ...mention, name: named.name, kind: named.kind, tentative: false } : mention;
  });
}

/**
 * "The United States Federal Reserve cut its rate … Federal Reserve cuts key interest rate":
 * a body's name after its country's is the name the article gives it alone too (not "China
 * Eastern Airlines" in an article that never names an "Eastern Airlines").
 */
function withoutCountries(mentions: readonly NameMention[]): readonly NameMention[] {
  const bodies = new Set(
    mentions.flatMap((mention) => (mention.kind === 'organization' ? [mention.name] : [])),
  );
  // (A name the article spells out for an acronym is the one it goes by: "United States Air
  // Force (USAF)".)
  const defined = new Set(mentions.flatMap((mention) => mention.longForm ?? []));
  return mentions.map((mention) => {
    if (mention.kind !== 'organization' || mention.description || defined.has(mention.name))
      return mention;
    const words = mention.name.split(' ');
    for (let cut = 1; cut <= 2 && words.length - cut >= 2; cut++) {
      const rest = words.slice(cut).join(' ');
      if (countryOf(words.slice(0, cut).join(' ')) && bodies.has(rest))
        return { ...mention, name: rest };
    }
    return mention;
  });
}

/** Unifies the mentions of one article. Descriptions no person matches are dropped. */
export function unifyNames(found: readonly NameMention[]): EntityMention[] {
  const mentions = bodiesNamedAlike(
    personsBySurname(withoutCommonOpeners(withoutCountries(withPossessiveNames(found)))),
  );
  const persons = mentions.filter(
    (mention) => mention.kind === 'person' && !mention.description && !mention.tentative,
  );
  const fullest = new Map<string, string>();
  for (const person of persons) {
    const name = normalizeNameSpelling(person.name);
    const key = surnameKey(name);
    const known = fullest.get(key);
    if (!known || name.split(' ').length > known.split(' ').length) fullest.set(key, name);
  }
  // How often each surname stood alone before its person was first named in full.
  const firstFull = new Map<string, number>();
  for (const person of persons) {
    const key = surnameKey(normalizeNameSpelling(person.name));
    if (person.name.includes(' ') && person.start < (firstFull.get(key) ?? Infinity))
      firstFull.set(key, person.start);
  }
  const shortBeforeFull = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.name.includes(' ')) continue;
    const key = surnameKey(normalizeNameSpelling(mention.name));
    if (mention.start < (firstFull.get(key) ?? -1))
      shortBeforeFull.set(key, (shortBeforeFull.get(key) ?? 0) + 1);
  }
  const roles = persons
    .filter((person) => person.role)
    .map((person) => ({
      role: (person.role ?? '').toLowerCase(),
      canonical: fullest.get(surnameKey(normalizeNameSpelling(person.name))) ?? person.name,
    }));

  const organizations = new Map<string, NameMention>();
  for (const mention of mentions) {
    const first = mention.name.split(' ')[0]?.toLowerCase();
    if (
      mention.kind === 'organization' &&
      mention.name.includes(' ') &&
      first &&
      !organizations.has(first)
    )
      organizations.set(first, mention);
  }
  // "the US Federal Reserve": a body's name after its country's, for "the Fed" below.
  const afterCountry = new Map<string, NameMention>();
  for (const mention of organizations.values()) {
    const [country, first] = mention.name.split(' ');
    if (first && countryOf(country as string) && !afterCountry.has(first.toLowerCase()))
      afterCountry.set(first.toLowerCase(), mention);
  }
  // "Northwind" is "Northwind Corp." named before, or one whose other words name a body
  // ("Ford" for "Ford Motor Company"); not "Chrysler" for the "Chrysler Aspen" told later.
  const longFormOf = (mention: NameMention): string | undefined => {
    const exact = organizations.get(mention.name.toLowerCase());
    if (!exact) return clippedFrom(mention.name)?.name;
    return exact.start < mention.start || bodyWordsAfterFirst(exact.name) ? exact.name : undefined;
  };
  // "Cisco said" after "Cisco Systems sued": a company the lists know by its first word,
  // whose full name the article gave with only a body's words after it ("Systems", "Inc."),
  // not a division of it ("Boeing" is no "Boeing Commercial Airplanes").
  const bodyNamedInFull = (mention: NameMention): string | undefined => {
    const full = organizations.get(mention.name.toLowerCase());
    if (!full || full.name === mention.name || full.start > mention.start) return undefined;
    return bodyWordsAfterFirst(full.name) ? full.name : undefined;
  };
  // "the Fed" for "the Federal Reserve": a short name that begins the first word of one
  // body's name, and is no body of its own ("Ford" is, whatever "Fordham University" is).
  function clippedFrom(short: string): NameMention | undefined {
    const lower = short.toLowerCase();
    if (lower.length < 3 || isKnownOrganizationName(lower)) return undefined;
    const clipped = [...organizations.entries(), ...afterCountry.entries()].filter(
      ([first]) => first.length > lower.length && first.startsWith(lower),
    );
    const bodies = new Set(clipped.map(([, mention]) => mention.name));
    return bodies.size === 1 ? clipped[0]?.[1] : undefined;
  }
  // "General Motors Corporation (GM)": every "GM" of the article, the headline's too.
  const acronyms = new Map<string, NameMention>();
  for (const mention of mentions)
    if (mention.longForm !== undefined) acronyms.set(mention.name, mention);
  // "GM" in an article that names "General Motors" but never brackets the acronym: the
  // organization whose initials it spells, before any name it merely begins ("GM VEBA").
  const byInitials = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'organization' || !mention.name.includes(' ')) continue;
    for (const initials of initialsOf(mention.name))
      if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, mention.name);
  }
  const products = productLongForms(mentions);
  const indices = indexLongForms(mentions);
  const out: EntityMention[] = [];
  for (const mention of mentions) {
    const defined = mention.description ? undefined : acronyms.get(mention.name);
    if (defined?.longForm !== undefined) {
      out.push({ ...entity(mention), kind: defined.kind, canonical: defined.longForm });
      continue;
    }
    if (mention.description) {
      const { roles: wanted, country } = mention.description;
      const holders = roles.filter(
        (entry) =>
          wanted.some((role) => entry.role.includes(role)) &&
          (country === null || roleCountry(entry.role) === country),
      );
      const names = [...new Set(holders.map((holder) => holder.canonical))];
      // Only an unambiguous holder: two presidents in one article make "the president" unclear.
      if (names.length === 1)
        out.push({
          start: mention.start,
          end: mention.end,
          text: mention.text,
          kind: 'person',
          canonical: names[0] as string,
        });
      continue;
    }
    if (mention.tentative) {
      // "Northwind" after "Northwind Corp.": the short form of a known organization.
      const organization = byInitials.get(mention.name) ?? longFormOf(mention);
      if (organization) {
        out.push({
          start: mention.start,
          end: mention.end,
          text: mention.text,
          kind: 'organization',
          canonical: organization,
        });
        continue;
      }
      // "Kerry" after "John Kerry" is the person; a word naming no person is a company
      // or body mentioned by its short name ("Boeing", "Ryanair"). So is one the article
      // used again and again before it named a person of that surname in full: news names
      // a person in full first, the headline aside ("Porsche and Volkswagen agree to merge
      // … Porsche founder Ferdinand Porsche").
      const key = surnameKey(normalizeNameSpelling(mention.name));
      if (!fullest.has(key) || (shortBeforeFull.get(key) ?? 0) > 1) {
        out.push({ ...entity(mention), canonical: mention.name });
        continue;
      }
      out.push({ ...entity(mention), kind: 'person', canonical: fullestOf(fullest, mention) });
      continue;
    }
    // "S&P lowered the rating" in an article that names "Standard & Poor's": the agency
    // whose initials it spells, not the index that begins with them ("S&P 500").
    const initialled = mention.kind === 'index' ? byInitials.get(mention.name) : undefined;
    if (initialled) {
      out.push({ ...entity(mention), kind: 'organization', canonical: initialled });
      continue;
    }
    const canonical =
      mention.kind === 'person'
        ? (fullest.get(surnameKey(normalizeNameSpelling(mention.name))) ??
          normalizeNameSpelling(mention.name))
        : mention.kind === 'organization'
          ? (bodyNamedInFull(mention) ?? mention.name)
          : mention.kind === 'product'
            ? (products.get(mention.name) ?? mention.name)
            : mention.kind === 'index'
              ? (indices.get(mention.name) ??
                INDEX_FULL_NAMES.get(mention.name.toLowerCase()) ??
                mention.name)
              : mention.name;
    out.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      kind: mention.kind,
      canonical,
    });
  }
  return out;
}

/**
 * "the 787" or "the A380" in an article that names the "Boeing 787 Dreamliner" or the
 * "Airbus A380": a one-word model → the longest product name holding it as a word.
 */
/**
 * "the Dow" in an article that names the "Dow Jones Industrial Average", "Nikkei" beside
 * "Nikkei 225": an index named by the first words of the article's longer index name, when
 * every longer one it begins lies on one line of names ("Nikkei 225", "Nikkei 225 Stock
 * Average": the fullest).
 */
function indexLongForms(mentions: readonly NameMention[]): Map<string, string> {
  const names = [
    ...new Set(mentions.filter((mention) => mention.kind === 'index').map((m) => m.name)),
  ].sort((a, b) => a.length - b.length);
  const longForms = new Map<string, string>();
  for (const name of names) {
    const longer = names.filter((other) => other.startsWith(`${name} `));
    const fullest = longer[longer.length - 1];
    if (
      fullest &&
      longer.every((other) => fullest.startsWith(other)) &&
      isOwnFullName(name, fullest)
    )
      longForms.set(name, fullest);
  }
  return longForms;
}

/**
 * Whether `fullest` may be `short`'s full name: the one the lexicon knows when it knows one
 * ("Hang Seng" → "Hang Seng Index", not the "Hang Seng China Enterprises Index" the article
 * also names), else any ("Kospi" → "Kospi Composite").
 */
function isOwnFullName(short: string, fullest: string): boolean {
  const known = INDEX_FULL_NAMES.get(short.toLowerCase());
  return known === undefined || fullest.startsWith(known) || known.startsWith(fullest);
}

/** A version ending a product's name: "4" of "iPhone 4", "3G", "2" of "iPad 2". */
const VERSION = /^\d{1,2}\p{Lu}{0,3}$/u;

function productLongForms(mentions: readonly NameMention[]): Map<string, string> {
  const longForms = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'product') continue;
    const words = mention.name.split(' ');
    if (words.length < 2) continue;
    for (const word of words) {
      // "the original iPhone" beside the "iPhone 3G": a line's name is not its new version.
      if (word === words[0] && VERSION.test(words[words.length - 1] as string)) continue;
      const known = longForms.get(word);
      if (!known || known.split(' ').length < words.length) longForms.set(word, mention.name);
    }
  }
  for (const [name, lettered] of letteredModels(mentions)) longForms.set(name, lettered);
  return longForms;
}

/**
 * "Airbus 380" in an article that names the "Airbus A380": a model number written without
 * its letters is the lettered model of the same maker.
 */
function letteredModels(mentions: readonly NameMention[]): Map<string, string> {
  const names = new Set(
    mentions.filter((mention) => mention.kind === 'product').map((mention) => mention.name),
  );
  const out = new Map<string, string>();
  for (const name of names) {
    const words = name.split(' ');
    words.forEach((word, index) => {
      if (index === 0 || !/^\d{3,4}$/.test(word)) return;
      const lettered = new RegExp(`^[A-Z]{1,2}-?${word}$`);
      for (const other of names) {
        const otherWords = other.split(' ');
        const same =
          otherWords.length === words.length &&
          otherWords.every((w, at) => (at === index ? lettered.test(w) : w === words[at]));
        if (same) out.set(name, other);
      }
    });
  }
  return out;
}

/**
 * "General Motors Corporation" → "GMC" and "GM": the capitals of its words, with and
 * without its corporate suffix.
 */
function initialsOf(name: string): string[] {
  const words = name.split(/\s+/);
  // "Standard & Poor's" → "S&P": an ampersand is kept as it is written.
  const capitals = (list: string[]) =>
    list.map((word) => (/^[A-Z]/.test(word) ? word[0] : word === '&' ? '&' : '')).join('');
  const core = words.filter((word) => !CORPORATE_WORDS.has(word.toLowerCase().replace(/\.$/, '')));
  return [capitals(words), capitals(core)];
}

/** Words an acronym may leave out: the legal form, and an opening "The". */
const CORPORATE_WORDS: ReadonlySet<string> = new Set([
  'the',
  ...[...CORPORATE_SUFFIXES].map((suffix) => suffix.replace(/\.$/, '')),
  ...LEGAL_FORM_WORDS,
]);

function entity(mention: NameMention): EntityMention {
  const { start, end, text, kind } = mention;
  return { start, end, text, kind, canonical: mention.name };
}

function fullestOf(fullest: ReadonlyMap<string, string>, mention: NameMention): string {
  const name = normalizeNameSpelling(mention.name);
  return fullest.get(surnameKey(name)) ?? name;
}

/** The country a role names ("US Secretary of State" → "United States"), if any. */
function roleCountry(role: string): string | null {
  for (const word of role.split(/[\s-]+/)) {
    const country = countryOf(word);
    if (country) return country.canonical;
  }
  return null;
}

/** Whether a name's words after its first are all a body's ("Cisco Systems", "Ford Motor Co."). */
function bodyWordsAfterFirst(name: string): boolean {
  return name
    .split(' ')
    .slice(1)
    .every((word) => ORGANIZATION_WORDS.has(word.toLowerCase()));
}
