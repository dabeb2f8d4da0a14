/**
 * Name knowledge: first names, surnames, places and organizations from compromise's
 * lexicon (see scripts/build-lexicons.ts), and the words that mark a company's legal
 * form, a market index or a product model.
 */
import data from './names.json' with { type: 'json' };

export const FIRST_NAMES: ReadonlySet<string> = new Set(data.firstNames);
export const LAST_NAMES: ReadonlySet<string> = new Set(data.lastNames);
/** The world's regions, which the lists from compromise lack ("North America", "the Middle East"). */
const WORLD_REGIONS = [
  'north america',
  'south america',
  'central america',
  'latin america',
  'middle east',
  'near east',
  'far east',
  'east asia',
  'southeast asia',
  'south asia',
  'central asia',
  'asia-pacific',
  'asia pacific',
  'western europe',
  'eastern europe',
  'central europe',
  'northern europe',
  'southern europe',
  'north africa',
  'west africa',
  'east africa',
  'southern africa',
  'sub-saharan africa',
  'horn of africa',
  'sahel',
  'scandinavia',
  'balkans',
  'baltics',
  'caucasus',
  'caribbean',
  'persian gulf',
  'oceania',
  'antarctica',
  'arctic',
];
export const PLACES: ReadonlySet<string> = new Set([...data.places, ...WORLD_REGIONS]);
export const ORGANIZATIONS: ReadonlySet<string> = new Set(data.organizations);
export const HONORIFICS: ReadonlySet<string> = new Set(data.honorifics);

/**
 * Titles of a body's staff, written small after the body's name: "Ford spokesman", "Fed
 * chairman Ben Bernanke".
 */
export const STAFF_TITLES: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'chairman',
  'chairwoman',
  'executive',
  'president',
  'director',
  'governor',
]);

/** A company's legal form after its name: "JPMorgan Chase & Co.", "EADS N.V.". */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'co',
  'co.',
  'corp',
  'corp.',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'n.v.',
  'nv',
  'ag',
  'sa',
  's.a.',
  'se',
  'gmbh',
  'lp',
  'l.p.',
  'spa',
  'bv',
  'b.v.',
]);

/** Words of a company's legal form besides the abbreviations: "Corporation", "Group". */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  'company',
  'corporation',
  'group',
  'holdings',
  'incorporated',
  'limited',
]);

/**
 * The trade a company's full name states after its name: "Ford Motor Company", "Apple
 * Computer Inc.", "Samsung Electronics".
 */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  'motor',
  'motors',
  'computer',
  'computers',
  'electronics',
]);

/** Words that narrow a regional adjective: "North American", "Southeast Asian". */
export const REGION_QUALIFIERS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'latin',
  'sub-saharan',
]);

/** Words that make a name a market index: "S&P 500", "Dow Jones Industrial Average". */
export const INDEX_WORDS: ReadonlySet<string> = new Set([
  'index',
  'average',
  'composite',
  's&p',
  'dow',
  'nasdaq',
  'ftse',
  'nikkei',
  'dax',
  'cac',
  'hang seng',
  'kospi',
  'sensex',
  'stoxx',
  'russell',
  'topix',
]);

/**
 * Letter grades of credit ratings, S&P's and Fitch's ("AAA", "AA+", "BBB-") and Moody's
 * ("Aaa", "Baa3"): capitalized, but no name.
 */
export const CREDIT_GRADE =
  /^(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])$/;

/** Lemmas that tell a grade in their sentence is a credit rating ("cut to AA", "its AAA rating"). */
export const RATING_LEMMAS: ReadonlySet<string> = new Set([
  'rating',
  'grade',
  'notch',
  'downgrade',
  'upgrade',
  'junk',
  'creditworthiness',
]);

/**
 * The full names of indices that news names by their first word alone ("the Dow", "the
 * Nikkei"): one index whatever the article calls it. Not "S&P" (also the rating agency)
 * nor "Nasdaq" (also the exchange).
 */
export const INDEX_FULL_NAMES: ReadonlyMap<string, string> = new Map([
  ['dow', 'Dow Jones Industrial Average'],
  ['dow jones', 'Dow Jones Industrial Average'],
  ['nikkei', 'Nikkei 225'],
  ['ftse', 'FTSE 100'],
  ['cac', 'CAC 40'],
  ['hang seng', 'Hang Seng Index'],
]);

/**
 * Where the indices news names by their first word trade, city and country: "the London
 * index" after "the FTSE 100" is the FTSE 100, "the Tokyo index" the Nikkei.
 */
export const INDEX_PLACES: ReadonlyMap<string, readonly string[]> = new Map([
  ['dow', ['New York', 'United States']],
  ['s&p', ['New York', 'United States']],
  ['nasdaq', ['New York', 'United States']],
  ['russell', ['New York', 'United States']],
  ['ftse', ['London', 'United Kingdom']],
  ['nikkei', ['Tokyo', 'Japan']],
  ['topix', ['Tokyo', 'Japan']],
  ['dax', ['Frankfurt', 'Germany']],
  ['cac', ['Paris', 'France']],
  ['hang', ['Hong Kong']],
  ['kospi', ['Seoul', 'South Korea']],
  ['sensex', ['Mumbai', 'India']],
]);

/** Connectors that stay inside a name when a capitalized word follows: "Bank of America". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'du',
  'da',
  'di',
  'del',
  'der',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'ibn',
  'le',
  'la',
  'for',
]);

/**
 * Nouns whose "of" names a place: "the town of Norcia", "the mayor of Amatrice", "the
 * province of Hubei".
 */
export const PLACE_FRAME_NOUNS: ReadonlySet<string> = new Set([
  'town',
  'city',
  'village',
  'hamlet',
  'municipality',
  'province',
  'region',
  'district',
  'county',
  'island',
  'port',
  'suburb',
  'suburbs',
  'outskirts',
  'capital',
  'mayor',
]);

/** Words of nearness between a place preposition and a place: "in nearby Rieti". */
export const NEARNESS_WORDS: ReadonlySet<string> = new Set([
  'nearby',
  'neighbouring',
  'neighboring',
  'adjacent',
  'downtown',
]);

/** Time zones after a clock time ("0136 GMT"): never a name. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'bst',
  'cet',
  'cest',
  'eet',
  'eest',
  'jst',
  'aest',
  'aedt',
]);
