/**
 * Generates a folder of realistic, varied news articles for benchmarks: several story
 * kinds (diplomacy, business, courts, disasters, elections, sport, health, technology),
 * each article reporting a handful of shared "world" events in its own words, with
 * absolute, relative and vague dates, durations, boilerplate lines and a `.meta.json`.
 * Deterministic from a seed (own PRNG, no Math.random).
 *
 *   npx tsx bench/generate-corpus.ts --articles 1000 --seed 1 --out /tmp/corpus-1k
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../src/lib/dates.ts';

export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** Approximate words per article body (default 600). */
  wordsPerArticle?: number;
  /** First publication day (ISO date, default 2015-01-05); articles spread over about two years. */
  firstDay?: string;
}

export interface GeneratedArticle {
  /** File name relative to the output folder (`.txt`). */
  file: string;
  text: string;
  metadata: { source: string; published: string; title: string; url: string };
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, probability: number) => random() < probability;
const between = (random: Random, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

const FIRST_NAMES = [
  'Amara',
  'Benedikt',
  'Carmen',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ingrid',
  'Jamal',
  'Katarina',
  'Luis',
  'Mei',
  'Nikolai',
  'Olivia',
  'Pedro',
  'Quentin',
  'Rania',
  'Samuel',
  'Tomasz',
  'Ursula',
  'Viktor',
  'Wanjiru',
  'Xavier',
  'Yusuf',
  'Zofia',
  'Adebayo',
  'Bianca',
  'Chen',
  'Daniela',
  'Emeka',
  'Fatima',
  'Gustavo',
  'Hannah',
  'Ibrahim',
  'Julia',
  'Kofi',
  'Leila',
  'Marcus',
  'Nadia',
  'Oscar',
  'Priya',
  'Rafael',
  'Sofia',
  'Tariq',
  'Valeria',
];
const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Moreno',
  'Petrov',
  'Haddad',
  'Nakamura',
  'Schneider',
  'Mensah',
  'Kowalski',
  'Alvarez',
  'Dubois',
  'Rossi',
  'Tanaka',
  'Novak',
  'Ferreira',
  'Osei',
  'Yilmaz',
  'Karimi',
  'Hansen',
  'Castillo',
  'Abara',
  'Bergstrom',
  'Costa',
  'Delgado',
  'Eriksen',
  'Fontaine',
  'Gallagher',
  'Horvat',
  'Ivanova',
  'Jovanovic',
  'Kruger',
  'Larsen',
  'Mbeki',
  'Nilsson',
  'Oyelaran',
  'Papadopoulos',
  'Quispe',
  'Rahman',
  'Sandoval',
  'Takahashi',
];
const ROLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Finance Minister',
  'Defence Minister',
  'chief executive',
  'Health Minister',
  'Governor',
  'Mayor',
  'Secretary General',
  'Trade Minister',
  'Energy Minister',
  'Interior Minister',
  'central bank governor',
];
const COUNTRIES = [
  'Norway',
  'Brazil',
  'Kenya',
  'Indonesia',
  'Portugal',
  'Chile',
  'Vietnam',
  'Morocco',
  'Poland',
  'Canada',
  'Ghana',
  'Peru',
  'Finland',
  'Malaysia',
  'Argentina',
  'Ethiopia',
  'Turkey',
  'Japan',
  'Mexico',
  'Egypt',
  'Germany',
  'India',
  'Nigeria',
  'Australia',
];
const CITIES = [
  'Oslo',
  'Lisbon',
  'Nairobi',
  'Jakarta',
  'Santiago',
  'Hanoi',
  'Rabat',
  'Warsaw',
  'Toronto',
  'Accra',
  'Lima',
  'Helsinki',
  'Kuala Lumpur',
  'Buenos Aires',
  'Addis Ababa',
  'Istanbul',
  'Osaka',
  'Monterrey',
  'Cairo',
  'Hamburg',
  'Mumbai',
  'Lagos',
  'Melbourne',
  'Geneva',
  'Vienna',
  'Brussels',
  'Singapore',
  'Doha',
  'Cape Town',
  'Montreal',
];
const ORGANIZATIONS = [
  'the World Bank',
  'the International Monetary Fund',
  'the United Nations',
  'the African Union',
  'the European Commission',
  'the World Health Organization',
  'Northwind Energy',
  'Helix Pharmaceuticals',
  'Borealis Mining',
  'Apex Logistics',
  'Quantum Ridge Systems',
  'the Red Cross',
  'Meridian Airlines',
  'Solace Telecom',
  'Granite Steel',
  'Tidewater Foods',
  'the Supreme Court',
  'the National Electoral Commission',
  'the Olympic Committee',
  'Cobalt Motors',
  'Silverline Bank',
  'Verdant Agriculture',
];
const SOURCES = [
  'The Daily Ledger',
  'Metro Wire',
  'Global Courier',
  'Evening Standardbearer',
  'Harbor Times',
  'Continental Post',
  'Northern Observer',
  'Capital Dispatch',
  'Newsline Today',
  'Atlas Report',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve'];

/** A story kind: how its events are worded. `{a}`/`{b}` are people or organizations, `{place}` a city. */
interface StoryKind {
  name: string;
  headline: readonly string[];
  /** Sentences that report the world event; `{when}` is replaced by a date phrase. */
  report: readonly string[];
  /** Background and colour sentences (may carry vague or historic dates). */
  colour: readonly string[];
}

const STORY_KINDS: readonly StoryKind[] = [
  {
    name: 'diplomacy',
    headline: [
      '{a} and {b} hold talks in {place}',
      '{place} talks: {a} meets {b} as pressure grows',
      'Diplomats gather in {place} for a new round of talks',
    ],
    report: [
      '{a} met {b} in {place} {when} to discuss the border dispute.',
      '{when_cap}, {a} held talks with {b} in {place}, officials said.',
      'The two delegations, led by {a} and {b}, met {when} at a hotel in {place}.',
      '{a} arrived in {place} {when} for a meeting with {b}.',
      '{a} spoke by phone with {b} {when}, according to a statement.',
    ],
    colour: [
      'Relations between {country} and its neighbours have been strained since {year}.',
      'Previous rounds of talks in {month} failed to produce an agreement.',
      'Analysts said the {duration} negotiations were unlikely to end the dispute quickly.',
      'A spokesperson for {org} described the atmosphere as constructive but cautious.',
      'The dispute dates back to a treaty signed in {year_old}.',
    ],
  },
  {
    name: 'business',
    headline: [
      '{org} agrees takeover as {a} steps up expansion',
      'Shares rise after {org} unveils restructuring plan',
      '{org} posts record profit, {a} says',
    ],
    report: [
      '{a} announced {when} that {org} would buy a rival for $4.2 billion.',
      '{org} signed the merger agreement {when}, {a} told reporters in {place}.',
      'The board of {org} agreed the deal {when} after a meeting with {b}.',
      '{when_cap}, {a} unveiled a plan to cut 1,200 jobs at {org}.',
      'Investors welcomed the deal, which {a} announced {when} in {place}.',
    ],
    colour: [
      'The company was founded in {year_old} and employs about 14,000 people.',
      'Its shares have fallen 18% since {month}, giving it a market value of $7.9 billion.',
      'Profit in the third quarter rose to $310 million from $275 million a year earlier.',
      'The transaction is expected to close by {season}, subject to regulatory approval.',
      'Analysts at {org} said the price of 42.50 per share was generous.',
    ],
  },
  {
    name: 'courts',
    headline: [
      'Court rules against {org} in landmark case',
      '{a} sentenced after {span} of trials',
      'Judges hear appeal in {place} corruption case',
    ],
    report: [
      'A court in {place} convicted {a} {when} of fraud and money laundering.',
      '{when_cap}, judges in {place} declared the contract with {org} void.',
      '{a} told the court {when} that the payments were legal.',
      'Prosecutors said {when} that {a} had met {b} several times in {place}.',
      'The judge adopted the ruling {when} after a hearing that lasted {span}.',
    ],
    colour: [
      'The investigation began in {year} after a whistleblower contacted {org}.',
      'Lawyers for the defence have until {month} to lodge an appeal.',
      'The case is one of several brought since {year_old} under anti-corruption laws.',
      'If upheld, the sentence would be the longest handed down in {country} since {year_old}.',
    ],
  },
  {
    name: 'disaster',
    headline: [
      'Floods hit {place} as rescuers search for survivors',
      'Earthquake shakes {country}, dozens feared dead',
      'Wildfires force thousands from homes near {place}',
    ],
    report: [
      'At least 23 people died {when} when floodwaters swept through {place}.',
      'The earthquake struck {when} near {place}, {a} said.',
      '{when_cap}, {org} declared a state of emergency in {place}.',
      'Rescue teams reached {place} {when} after the roads were cleared, {a} told reporters.',
      'Officials announced {when} that 4,500 people had been evacuated from {place}.',
    ],
    colour: [
      'The region was last hit by a comparable disaster in {year_old}.',
      'Forecasters expect more heavy rain until {season}.',
      'Aid agencies said the {duration} operation would cost about $35 million.',
      'Roads into {place} remained closed for {span}, according to {org}.',
    ],
  },
  {
    name: 'election',
    headline: [
      '{a} claims victory in {country} election',
      'Voters in {country} head to the polls',
      'Opposition rejects result as {a} is elected',
    ],
    report: [
      'Voters in {country} elected {a} as president {when}, official results showed.',
      '{when_cap}, the electoral commission declared {a} the winner with 52.3% of the vote.',
      '{a} met {b} in {place} {when} to discuss forming a coalition.',
      'Turnout in the vote {when} was 61%, {org} said.',
      '{b} said {when} that the opposition would challenge the result in court.',
    ],
    colour: [
      'The last election, in {year}, was marred by allegations of fraud.',
      'The campaign lasted {duration} and was dominated by the economy.',
      'Parliament is due to reconvene in {month}.',
      'Polls published in {month} had shown the race within three points.',
    ],
  },
  {
    name: 'sport',
    headline: [
      '{place} wins bid to host the {year_future} games',
      '{a} signs for {org} in record transfer',
      'Final ends 3-1 as {a} lifts the trophy',
    ],
    report: [
      '{a} signed a four-year contract with {org} {when}, the club said.',
      'The committee voted {when} to award the tournament to {place}.',
      '{when_cap}, {a} announced that she would retire at the end of the season.',
      '{a} arrived in {place} {when} for the final against {b}.',
      'The match in {place} {when} ended 2-2 after extra time.',
    ],
    colour: [
      'The stadium, built in {year_old}, holds 61,000 spectators.',
      'Tickets for the final went on sale in {month} and sold out within {span}.',
      'The club last won the league in {year}.',
      'The transfer fee of 85 million euros is a club record.',
    ],
  },
  {
    name: 'health',
    headline: [
      'Outbreak in {place} prompts vaccination drive',
      '{org} approves new treatment after {span} of trials',
      'Hospitals in {country} under strain, {a} warns',
    ],
    report: [
      '{org} announced {when} that the vaccine had been approved for adults.',
      '{a} warned {when} that hospitals in {place} were close to capacity.',
      '{when_cap}, health officials in {place} declared the outbreak over.',
      '{a} met {b} {when} to agree a plan for the winter months.',
      'Three patients died {when} at a clinic near {place}, {org} said.',
    ],
    colour: [
      'The disease was first identified in {year_old}.',
      'Cases have risen every week since {month}.',
      'The {duration} trial involved 3,400 volunteers in {country}.',
      'The ministry expects demand to peak in {season}.',
    ],
  },
  {
    name: 'technology',
    headline: [
      '{org} unveils new satellite network',
      'Data breach at {org} affects millions, {a} says',
      '{a} to lead {org} after surprise resignation',
    ],
    report: [
      '{org} unveiled its new network {when} at an event in {place}.',
      '{a} said {when} that the breach affected 2.3 million customers.',
      '{when_cap}, {org} announced that {a} would become chief executive.',
      'Regulators in {place} met {a} {when} to discuss the breach.',
      '{a} told investors {when} that the launch had been delayed by {span}.',
    ],
    colour: [
      'The company has invested $1.1 billion in the project since {year}.',
      'The first satellites were launched in {month}.',
      'Version 4.2 of the software was released in {year}.',
      'Competitors including {org} are expected to respond by {season}.',
    ],
  },
];

const BOILERPLATE_TOP = [
  'File photo of {a}.',
  'Photo: {a} speaks to reporters in {place}.',
  'Advertisement',
];
const BOILERPLATE_BOTTOM = [
  'Copyright © {pub_year} {source}. All rights reserved.',
  'Follow us on Twitter and Facebook for the latest news.',
  'Related: {related}',
  'Read more: {related}',
  'Share this article',
  'Source: {source}',
];
const STANDFIRSTS = [
  '{a} and {b} under pressure to deliver results',
  'What the decision means for {place}',
  'Officials in {place} react to a busy week',
];
const GENERIC_COLOUR = [
  'The announcement drew a mixed reaction from opposition politicians.',
  'Neither side responded to requests for comment.',
  'Officials have repeatedly said they want a lasting solution.',
  'Critics argue that the measures do not go far enough.',
  'The ministry did not give further details.',
  'Several hundred people gathered outside the building throughout the afternoon.',
  'A spokesperson said the government would study the proposals carefully.',
  'Local newspapers carried the story on their front pages.',
  'The figures could not be independently verified.',
  'Residents said they had received little information from the authorities.',
];

interface Person {
  name: string;
  surname: string;
  role: string;
  country: string;
}

interface WorldEvent {
  story: StoryKind;
  day: number;
  a: Person;
  b: Person;
  organization: string;
  place: string;
  /** Index of the report sentence that defines the event's kind (kept across articles). */
  reportIndex: number;
}

const DAY_MS = 86_400_000;

/** Generates articles in memory (use `writeGeneratedCorpus` to put them on disk). */
export function generateCorpus(options: GenerateOptions): GeneratedArticle[] {
  const random = mulberry32(options.seed ?? 1);
  const words = options.wordsPerArticle ?? 600;
  const firstDay = Date.parse(`${options.firstDay ?? '2015-01-05'}T00:00:00Z`) / DAY_MS;
  const spanDays = 730;
  const people: Person[] = Array.from({ length: 400 }, () => ({
    name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
    surname: '',
    role: pick(random, ROLES),
    country: pick(random, COUNTRIES),
  })).map((person) => ({ ...person, surname: person.name.split(' ')[1] ?? person.name }));

  // About five reports per article and each event reported by about three articles.
  const eventCount = Math.max(4, Math.ceil((options.articles * 5) / 3));
  const world: WorldEvent[] = Array.from({ length: eventCount }, () => {
    const story = pick(random, STORY_KINDS);
    return {
      story,
      day: firstDay + Math.floor(random() * spanDays),
      a: pick(random, people),
      b: pick(random, people),
      organization: pick(random, ORGANIZATIONS),
      place: pick(random, CITIES),
      reportIndex: Math.floor(random() * story.report.length),
    };
  }).sort((x, y) => x.day - y.day);

  const articles: GeneratedArticle[] = [];
  for (let index = 0; index < options.articles; index++) {
    const published = firstDay + 10 + Math.floor(random() * (spanDays - 10));
    // Events in the three weeks before publication, so relative dates resolve against it.
    const recent = eventsBetween(world, published - 20, published);
    const count = Math.min(recent.length, between(random, 3, 7));
    const chosen: WorldEvent[] = [];
    for (let attempt = 0; chosen.length < count && attempt < count * 4; attempt++) {
      const candidate = pick(random, recent);
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    const main = chosen[0] ?? world[0]!;
    const source = pick(random, SOURCES);
    const article = writeArticle(random, main, chosen, published, source, words);
    const slug = slugify(article.title).slice(0, 48);
    const file = `${String(index).padStart(6, '0')}-${slug}.txt`;
    const withTime = chance(random, 0.3);
    const publishedIso = withTime
      ? `${isoDay(published)}T${String(between(random, 6, 21)).padStart(2, '0')}:${String(between(random, 0, 59)).padStart(2, '0')}:00Z`
      : isoDay(published);
    articles.push({
      file,
      text: article.text,
      metadata: {
        source,
        published: publishedIso,
        title: article.title,
        url: `https://news.example.org/${isoDay(published).replace(/-/g, '/')}/${slug}`,
      },
    });
  }
  return articles;
}

/** Writes generated articles and their `.meta.json` sidecars into `folder` (created if needed). */
export async function writeGeneratedCorpus(
  folder: string,
  options: GenerateOptions,
): Promise<{ files: number; bytes: number }> {
  const articles = generateCorpus(options);
  await fs.mkdir(folder, { recursive: true });
  let bytes = 0;
  // Bounded concurrency: thousands of simultaneous writes exhaust file descriptors.
  for (let start = 0; start < articles.length; start += 64) {
    await Promise.all(
      articles.slice(start, start + 64).map(async (article) => {
        bytes += Buffer.byteLength(article.text);
        const stem = article.file.replace(/\.txt$/, '');
        await fs.writeFile(path.join(folder, article.file), article.text);
        await fs.writeFile(
          path.join(folder, `${stem}.meta.json`),
          JSON.stringify(article.metadata, null, 2) + '\n',
        );
      }),
    );
  }
  return { files: articles.length, bytes };
}

function eventsBetween(world: readonly WorldEvent[], low: number, high: number): WorldEvent[] {
  // world is sorted by day: binary search the first event on or after `low`.
  let left = 0;
  let right = world.length;
  while (left < right) {
    const middle = (left + right) >> 1;
    if (world[middle]!.day < low) left = middle + 1;
    else right = middle;
  }
  const found: WorldEvent[] = [];
  for (let index = left; index < world.length && world[index]!.day <= high; index++) {
    found.push(world[index]!);
  }
  return found.length > 0 ? found : [world[Math.min(left, world.length - 1)]!];
}

function writeArticle(
  random: Random,
  main: WorldEvent,
  events: readonly WorldEvent[],
  published: number,
  source: string,
  targetWords: number,
): { title: string; text: string } {
  const fill = (template: string, event: WorldEvent, when = '') =>
    fillTemplate(random, template, event, published, source, when);
  const title = capitalize(fill(pick(random, main.story.headline), main));
  const paragraphs: string[] = [title];
  if (chance(random, 0.6)) paragraphs.push(fill(pick(random, BOILERPLATE_TOP), main));
  if (chance(random, 0.5)) {
    // A standfirst: a short heading-like line under the headline.
    paragraphs.push(fill(pick(random, STANDFIRSTS), main));
  }
  const dateline = `${main.place.toUpperCase()} (${source}) — `;
  let words = countWords(paragraphs.join(' '));
  let first = true;
  let round = 0;
  while (words < targetWords) {
    const event = events[round % Math.max(1, events.length)] ?? main;
    round++;
    const sentences: string[] = [];
    // Each event is reported with its defining sentence the first time, and retold later.
    const reportTemplate =
      round <= events.length
        ? event.story.report[event.reportIndex]!
        : pick(random, event.story.report);
    sentences.push(fill(reportTemplate, event, datePhrase(random, event.day, published)));
    for (let extra = between(random, 1, 3); extra > 0; extra--) {
      sentences.push(
        chance(random, 0.6)
          ? fill(pick(random, event.story.colour), event)
          : pick(random, GENERIC_COLOUR),
      );
    }
    if (chance(random, 0.25)) {
      sentences.push(`“${quote(random)},” ${personName(random, event.a)} said.`);
    }
    if (chance(random, 0.15) && round > 2) {
      paragraphs.push(title); // a repeated headline, as scraped pages often have
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(first ? dateline + paragraph : paragraph);
    first = false;
    words += countWords(paragraph);
    if (round > 400) break;
  }
  const bottom = between(random, 1, 3);
  for (let count = 0; count < bottom; count++) {
    paragraphs.push(fill(pick(random, BOILERPLATE_BOTTOM), main));
  }
  return { title, text: paragraphs.join('\n\n') + '\n' };
}

function fillTemplate(
  random: Random,
  template: string,
  event: WorldEvent,
  published: number,
  source: string,
  when: string,
): string {
  const year = new Date(published * DAY_MS).getUTCFullYear();
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'a':
        return personName(random, event.a);
      case 'b':
        return chance(random, 0.3) ? event.organization : personName(random, event.b);
      case 'org':
        return event.organization;
      case 'place':
        return event.place;
      case 'country':
        return event.a.country;
      case 'when':
        return when;
      case 'when_cap':
        return capitalize(when);
      case 'year':
        return String(year - between(random, 1, 6));
      case 'year_old':
        return String(year - between(random, 10, 60));
      case 'year_future':
        return String(year + between(random, 4, 8));
      case 'pub_year':
        return String(year);
      case 'month':
        return pick(random, MONTH_NAMES);
      case 'season':
        return pick(random, ['the spring', 'the summer', 'the autumn', 'the end of the year']);
      case 'duration':
        return `${pick(random, NUMBER_WORDS)}-${pick(random, ['day', 'week', 'month', 'hour'])}`;
      case 'span':
        return `${pick(random, NUMBER_WORDS)} ${pick(random, ['days', 'weeks', 'months', 'hours'])}`;
      case 'source':
        return source;
      case 'related':
        return `${event.place} ${pick(random, ['braces for', 'reacts to', 'awaits'])} ${pick(random, ['new measures', 'the verdict', 'the vote', 'talks'])}`;
      default:
        return key;
    }
  });
}

/** A date phrase for `day` as an article published on `published` would write it. */
function datePhrase(random: Random, day: number, published: number): string {
  const ago = published - day;
  const date = new Date(day * DAY_MS);
  const monthName = MONTH_NAMES[date.getUTCMonth()]!;
  const dayOfMonth = date.getUTCDate();
  const options: string[] = [`on ${monthName} ${dayOfMonth}`, `on ${dayOfMonth} ${monthName}`];
  if (ago === 0) options.push('today', 'earlier today', 'this morning');
  if (ago === 1) options.push('yesterday', `on ${weekday(day)} night`);
  if (ago >= 1 && ago <= 6) options.push(`on ${weekday(day)}`, `late on ${weekday(day)}`);
  if (ago >= 7 && ago <= 13) options.push('last week', `on ${weekday(day)} last week`);
  if (ago >= 14) options.push(`${numberWord(Math.round(ago / 7))} weeks ago`, 'earlier this month');
  if (dayOfMonth >= 10 && dayOfMonth <= 20) options.push(`in mid-${monthName}`);
  if (dayOfMonth > 20) options.push(`in late ${monthName}`);
  if (dayOfMonth < 10) options.push(`in early ${monthName}`);
  return pick(random, options);
}

function personName(random: Random, person: Person): string {
  const roll = random();
  if (roll < 0.45) return person.name;
  if (roll < 0.75) return `${person.role} ${person.name}`;
  return person.surname;
}

function quote(random: Random): string {
  return pick(random, [
    'We will not accept any delay',
    'This is an important step, but there is more work to do',
    'Nobody expected it to happen so quickly',
    'We are ready to talk at any time',
    'The numbers speak for themselves',
    'Our priority is the safety of the people',
  ]);
}

function weekday(day: number): string {
  return WEEKDAY_NAMES[new Date(day * DAY_MS).getUTCDay()]!;
}

function numberWord(value: number): string {
  return ['zero', 'one', 'two', 'three', 'four'][value] ?? String(value);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      words: { type: 'string', default: '600' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error(
      'usage: npx tsx bench/generate-corpus.ts --articles N --seed S [--words W] --out DIR',
    );
    process.exit(2);
  }
  const started = performance.now();
  const { files, bytes } = await writeGeneratedCorpus(values.out, {
    articles: Number(values.articles),
    seed: Number(values.seed),
    wordsPerArticle: Number(values.words),
  });
  console.error(
    `${files} articles, ${(bytes / 1e6).toFixed(1)} MB → ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
