/**
 * A contract-valid corpus with N dated events, made directly (no NLP), to try the viewer
 * at 1k, 10k and 100k events in seconds. Deterministic from the seed.
 *
 *   npx tsx tests/e2e/support/make-large-corpus.ts --events 10000 --out /tmp/corpus-10k.json
 */
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  CORPUS_VERSION,
  eventKindSchema,
  type Article,
  type Corpus,
  type TimelineEvent,
} from '../../../src/contract/corpus.ts';
import { mulberry32 } from '../../../bench/generate-corpus.ts';

const PEOPLE = [
  'Amara Diallo',
  'Ben Okafor',
  'Carmen Ruiz',
  'Dmitri Volkov',
  'Elena Rossi',
  'Farid Haddad',
  'Grace Lin',
  'Hiroshi Sato',
];
const PLACES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Cairo', 'Quito', 'Riga'];
const SOURCES = ['Wire One', 'The Daily Ledger', 'Radio North', 'Coast Herald'];
const VERBS = ['meets', 'calls', 'visits', 'signs a deal with', 'criticises', 'talks to'];
const EVENTS_PER_ARTICLE = 5;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 730;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const nextDay = (day: string) => isoDay(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/** Builds the corpus: about five events per article, some reported by two articles. */
export function makeLargeCorpus(eventCount: number, seed = 1): Corpus {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const kinds = eventKindSchema.options;
  const articleCount = Math.max(1, Math.ceil(eventCount / EVENTS_PER_ARTICLE));

  const drafts = Array.from({ length: eventCount }, () => {
    const day = isoDay(FIRST_DAY + Math.floor(random() * SPAN_DAYS) * 86_400_000);
    const who = pick(PEOPLE);
    let other = pick(PEOPLE);
    if (other === who) other = PEOPLE[(PEOPLE.indexOf(who) + 1) % PEOPLE.length]!;
    return { day, who, other, verb: pick(VERBS), place: pick(PLACES), kind: pick(kinds) };
  });
  drafts.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

  const texts = Array.from({ length: articleCount }, (_, index) => `Report ${index + 1}\n\n`);
  const timexes: Article['timexes'][] = texts.map(() => []);
  const sentences: Article['sentences'][] = texts.map(() => []);
  const events: TimelineEvent[] = drafts.map((draft, index) => {
    const title = `${draft.who} ${draft.verb} ${draft.other} in ${draft.place}`;
    const articleIndexes = [index % articleCount];
    if (index % 7 === 0 && articleCount > 1) articleIndexes.push((index * 13 + 1) % articleCount);
    const mentions = [...new Set(articleIndexes)].map((articleIndex) => {
      const before = texts[articleIndex]!;
      const dateText = draft.day;
      const sentence = `On ${dateText}, ${title}, officials said.`;
      const start = before.length;
      const timexStart = start + 3;
      texts[articleIndex] = `${before}${sentence}\n\n`;
      sentences[articleIndex]!.push({ start, end: start + sentence.length });
      timexes[articleIndex]!.push({
        id: `t${timexes[articleIndex]!.length + 1}`,
        start: timexStart,
        end: timexStart + dateText.length,
        text: dateText,
        type: 'DATE',
        value: draft.day,
        resolved: {
          start: draft.day,
          end: nextDay(draft.day),
          granularity: 'day',
          stated: ['year', 'month', 'day'],
          inferred: [],
          via: ['synthetic'],
          approximate: false,
        },
      });
      return {
        article: `a${articleIndex + 1}`,
        start,
        end: start + sentence.length,
        timex: {
          start: timexStart,
          end: timexStart + dateText.length,
          text: dateText,
          value: draft.day,
        },
        dateBasis: 'governing-timex',
        modality: 'actual' as const,
      };
    });
    return {
      id: `e${index + 1}`,
      title,
      kind: draft.kind,
      start: draft.day,
      end: nextDay(draft.day),
      granularity: 'day',
      approximate: false,
      modality: 'actual',
      participants: [draft.who, draft.other],
      places: [draft.place],
      mentions,
      mergedBecause: mentions.length > 1 ? ['same participants and day'] : [],
    };
  });

  const articles: Article[] = texts.map((text, index) => {
    const paragraphs = [...text.matchAll(/[^\n]+/g)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    return {
      id: `a${index + 1}`,
      file: `report-${index + 1}.txt`,
      title: `Report ${index + 1}`,
      source: SOURCES[index % SOURCES.length]!,
      published: isoDay(FIRST_DAY + (index % SPAN_DAYS) * 86_400_000),
      publishedBasis: 'metadata',
      publishedReason: null,
      url: `https://example.org/report-${index + 1}`,
      text,
      headline: paragraphs[0] ?? null,
      standfirst: null,
      dateline: null,
      paragraphs,
      sentences: sentences[index]!,
      boilerplate: [],
      timexes: timexes[index]!,
      entities: [],
    };
  });

  return { version: CORPUS_VERSION, articles, events, undated: [], diagnostics: [] };
}

async function main() {
  const { values } = parseArgs({
    options: { events: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const corpus = makeLargeCorpus(Number(values.events ?? 10_000), Number(values.seed ?? 1));
  const json = JSON.stringify(corpus);
  if (values.out) await fs.writeFile(values.out, json);
  else process.stdout.write(json);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
