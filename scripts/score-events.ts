/**
 * `npm run score-events`: precision and recall of the loader's events on the stories in
 * tests/fixtures/stories/<story>/ (the dev set, which rules may be tuned on) and
 * tests/fixtures/stories-heldout/<story>/ (the held-out set, scored but never tuned on),
 * each story an articles/ folder + expected.json. An event matches an
 * expected one on kind, date (the expected date is a prefix: "2024-03" matches any day of
 * March) and key participant (a name among its participants or in its title).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus, TimelineEvent } from '../src/contract/corpus.ts';
import { buildCorpus } from '../src/loader/build-corpus.ts';
import { readSeedsFolder } from '../src/loader/read-seeds-folder.ts';

export interface ExpectedEvent {
  kind: string;
  date: string;
  participant: string;
  /** How many articles report it, when it must be merged across them. */
  sources?: number;
  note?: string;
}

export interface StoryScore {
  story: string;
  /** Articles the loader read from the story's folder. */
  articles: number;
  predicted: number;
  expected: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Expected events found but not merged across as many articles as expected. */
  unmerged: string[];
  /** Look-alike pairs that were wrongly merged into one event. */
  wronglyMerged: string[];
  missed: string[];
  spurious: string[];
}

export const STORIES_FOLDER = path.join(process.cwd(), 'tests/fixtures/stories');
export const HELDOUT_FOLDER = path.join(process.cwd(), 'tests/fixtures/stories-heldout');

/** Builds the corpus of one story folder. */
export async function storyCorpus(folder: string): Promise<Corpus> {
  const { sources, diagnostics } = await readSeedsFolder(path.join(folder, 'articles'));
  return buildCorpus(sources, diagnostics);
}

/** Whether an event matches an expected one. */
export function matches(event: TimelineEvent, expected: ExpectedEvent): boolean {
  if (event.kind !== expected.kind || !event.start?.startsWith(expected.date)) return false;
  if (expected.participant === '') return true;
  const wanted = expected.participant.toLowerCase();
  return (
    event.participants.some((name) => name.toLowerCase().includes(wanted)) ||
    event.title.toLowerCase().includes(wanted)
  );
}

/** Scores one story folder against its expected.json. */
export async function scoreStory(folder: string): Promise<StoryScore> {
  const corpus = await storyCorpus(folder);
  const spec = JSON.parse(await fs.readFile(path.join(folder, 'expected.json'), 'utf8')) as {
    events: ExpectedEvent[];
    mustNotMerge?: Array<[string, string]>;
  };
  const used = new Set<TimelineEvent>();
  const missed: string[] = [];
  const unmerged: string[] = [];
  for (const expected of spec.events) {
    const hit = corpus.events.find((event) => !used.has(event) && matches(event, expected));
    if (!hit) {
      missed.push(
        `${expected.kind} ${expected.date} ${expected.participant} (${expected.note ?? ''})`,
      );
      continue;
    }
    used.add(hit);
    const articles = new Set(hit.mentions.map((mention) => mention.article)).size;
    if (expected.sources && articles < expected.sources)
      unmerged.push(`${hit.title} (${articles}/${expected.sources} articles)`);
  }
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  const wronglyMerged: string[] = [];
  for (const [a, b] of spec.mustNotMerge ?? []) {
    for (const event of corpus.events) {
      const said = event.mentions.map(
        (mention) => texts.get(mention.article)?.slice(mention.start, mention.end) ?? '',
      );
      const hasA = said.some((text) => text.includes(a) && !text.includes(b));
      const hasB = said.some((text) => text.includes(b) && !text.includes(a));
      if (hasA && hasB) wronglyMerged.push(`${event.title}: "${a}" with "${b}"`);
    }
  }
  const predicted = corpus.events.length;
  const truePositives = used.size;
  return {
    story: path.basename(folder),
    articles: corpus.articles.length,
    predicted,
    expected: spec.events.length,
    truePositives,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    recall: spec.events.length === 0 ? 1 : truePositives / spec.events.length,
    unmerged,
    wronglyMerged,
    missed,
    spurious: corpus.events
      .filter((event) => !used.has(event))
      .map((event) => `${event.start} ${event.kind} ${event.title}`),
  };
}

/** Scores every story under `root`. */
export async function scoreStories(root = STORIES_FOLDER): Promise<StoryScore[]> {
  const entries = (await fs.readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const scores: StoryScore[] = [];
  for (const name of entries) scores.push(await scoreStory(path.join(root, name)));
  return scores;
}

/** Prints one set's scores, per story and overall. */
function report(title: string, scores: StoryScore[], verbose: boolean): void {
  const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
  console.log(title);
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  for (const score of scores) {
    tp += score.truePositives;
    predicted += score.predicted;
    expected += score.expected;
    console.log(
      `  ${score.story.padEnd(14)} precision ${percent(score.precision).padStart(4)} (${score.truePositives}/${score.predicted})  recall ${percent(score.recall).padStart(4)} (${score.truePositives}/${score.expected})  unmerged ${score.unmerged.length}  wrongly merged ${score.wronglyMerged.length}`,
    );
    if (verbose) {
      for (const line of score.missed) console.log(`      missed   ${line}`);
      for (const line of score.spurious) console.log(`      spurious ${line}`);
      for (const line of score.unmerged) console.log(`      unmerged ${line}`);
      for (const line of score.wronglyMerged) console.log(`      merged!  ${line}`);
    }
  }
  console.log(
    `  ${'overall'.padEnd(14)} precision ${percent(predicted ? tp / predicted : 0).padStart(4)} (${tp}/${predicted})  recall ${percent(expected ? tp / expected : 1).padStart(4)} (${tp}/${expected})`,
  );
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  // `-v` lists the dev set's errors only; `-vv` also the held-out set's, which are not to be tuned on.
  const verboseHeldOut = process.argv.includes('-vv');
  report(
    'dev (tests/fixtures/stories)',
    await scoreStories(STORIES_FOLDER),
    verbose || verboseHeldOut,
  );
  report(
    'held-out (tests/fixtures/stories-heldout)',
    await scoreStories(HELDOUT_FOLDER),
    verboseHeldOut,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
