/**
 * Temporal-extraction throughput: this loader's timex stages beside chrono-node alone,
 * on the same articles (the seeds and the gold texts, repeated to about 2 MB).
 * Prints MB/s (UTF-16 length of the text / 1e6 per second); no assertions.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { createDraft, type ArticleDraft } from '../src/loader/article-draft.ts';
import { findStructure } from '../src/loader/stages/find-structure.ts';
import { splitSentences } from '../src/loader/stages/split-sentences.ts';
import { findTimexes } from '../src/loader/stages/find-timexes.ts';
import { resolveTimexes } from '../src/loader/stages/resolve-timexes.ts';
import { findTimexCandidates } from '../src/loader/timex/find-timex-candidates.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_CHARACTERS = 2_000_000;

async function sampleArticles(): Promise<Array<{ text: string; published: string }>> {
  const articles: Array<{ text: string; published: string }> = [];
  const seeds = path.join(ROOT, 'seeds');
  for (const name of (await fs.readdir(seeds)).filter((file) => file.endsWith('.txt')).sort()) {
    const text = await fs.readFile(path.join(seeds, name), 'utf8');
    const meta = JSON.parse(
      await fs
        .readFile(path.join(seeds, name.replace(/\.txt$/, '.meta.json')), 'utf8')
        .catch(() => '{}'),
    ) as { published?: string };
    articles.push({ text, published: meta.published ?? '2016-09-08' });
  }
  const gold = path.join(ROOT, 'tests', 'fixtures', 'timex-gold');
  for (const name of (await fs.readdir(gold)).filter((file) => file.endsWith('.tml')).sort()) {
    const source = await fs.readFile(path.join(gold, name), 'utf8');
    const text = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(source)?.[1] ?? '').replace(/<[^>]+>/g, '');
    const published = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(source)?.[1] ?? '2016-09-08';
    articles.push({ text, published });
  }
  return articles;
}

function measure(label: string, characters: number, work: () => void): number {
  work(); // warm-up: JIT and compromise's lexicon
  const started = performance.now();
  work();
  const seconds = (performance.now() - started) / 1000;
  const rate = characters / 1e6 / seconds;
  console.log(`${label.padEnd(52)} ${rate.toFixed(2).padStart(7)} MB/s  (${seconds.toFixed(2)} s)`);
  return rate;
}

/** Prints the timex throughput figures. */
export async function runTimexThroughputBenchmark(): Promise<void> {
  const base = await sampleArticles();
  const articles: Array<{ text: string; published: string }> = [];
  let characters = 0;
  while (characters < TARGET_CHARACTERS) {
    for (const article of base) {
      articles.push(article);
      characters += article.text.length;
    }
  }
  console.log(
    `\n## Temporal extraction (${articles.length} articles, ${(characters / 1e6).toFixed(2)} MB, Node ${process.version})`,
  );
  // Sentences come from earlier stages in the loader; they are prepared outside the timing.
  const drafts: ArticleDraft[] = articles.map(({ text, published }, index) => {
    let draft = createDraft({ file: `a${index}.txt`, metadata: null }, `a${index}`, text);
    draft = { ...draft, published, publishedBasis: 'metadata' };
    return splitSentences.run(findStructure.run(draft));
  });
  const reference = new Date(Date.UTC(2016, 8, 8, 12));
  const chronoRate = measure('chrono-node alone (casual parse)', characters, () => {
    for (const { text } of articles) chrono.casual.parse(text, reference);
  });
  measure('chrono-node alone (strict parse)', characters, () => {
    for (const { text } of articles) chrono.strict.parse(text, reference);
  });
  measure('find (parsers + refiners)', characters, () => {
    for (const { text } of articles) findTimexCandidates(text);
  });
  const fullRate = measure('find-timexes + resolve-timexes (tense included)', characters, () => {
    for (const draft of drafts) resolveTimexes.run(findTimexes.run(draft));
  });
  console.log(`timex stages vs chrono-node casual: ${(fullRate / chronoRate).toFixed(2)}×`);
}
