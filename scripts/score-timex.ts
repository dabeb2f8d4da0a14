/**
 * `npm run score-timex [-- DIR|FILE.tml ...]`: scores the timex finder against TimeML
 * gold files (TempEval-3 format: `<DCT><TIMEX3 value=…/></DCT>` and inline `<TIMEX3>` in
 * `<TEXT>`), TempEval-3 style: a system expression matches a gold one when their spans
 * overlap (relaxed); value accuracy is over matched pairs; value F1 counts a pair as
 * correct only when the values are equal. Defaults to tests/fixtures/timex-gold, and
 * reports the dev and held-out parts apart (file names starting `dev-`, `heldout-`, `heldout2-`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { timexesOfText } from '../src/loader/timex/timexes-of-text.ts';
import { runCommand } from '../src/loader/cli/run-command.ts';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface GoldDocument {
  file: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

/** Reads a TempEval-3 `.tml` file: plain text with offsets, and its gold timexes. */
export function readTml(file: string, source: string): GoldDocument {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(source);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(source)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; attributes: string }> = [];
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(body)) !== null) {
    text += decodeEntities(body.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] !== 'TIMEX3') continue;
    if (match[1] === '/') {
      const started = open.pop();
      if (!started) continue;
      const attribute = (name: string) =>
        new RegExp(`${name}="([^"]*)"`).exec(started.attributes)?.[1] ?? '';
      timexes.push({
        start: started.start,
        end: text.length,
        text: text.slice(started.start, text.length),
        type: attribute('type'),
        value: attribute('value'),
      });
    } else if (match[4] !== '/') {
      open.push({ start: text.length, attributes: match[3] ?? '' });
    }
  }
  text += decodeEntities(body.slice(last));
  return { file, dct: dctMatch?.[1]?.slice(0, 10) ?? null, text, timexes };
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
  );
}

interface Score {
  gold: number;
  system: number;
  matchedGold: number;
  matchedSystem: number;
  correctValue: number;
  exactSpan: number;
}

function emptyScore(): Score {
  return { gold: 0, system: 0, matchedGold: 0, matchedSystem: 0, correctValue: 0, exactSpan: 0 };
}

function scoreDocument(document: GoldDocument, verbose: boolean): Score {
  const system = timexesOfText(document.text, document.dct);
  const score = emptyScore();
  score.gold = document.timexes.length;
  score.system = system.length;
  const used = new Set<number>();
  for (const gold of document.timexes) {
    const index = system.findIndex(
      (item, at) => !used.has(at) && item.start < gold.end && gold.start < item.end,
    );
    if (index === -1) {
      if (verbose) console.log(`  missed  ${JSON.stringify(gold.text)} ${gold.type} ${gold.value}`);
      continue;
    }
    used.add(index);
    const found = system[index];
    if (!found) continue;
    score.matchedGold++;
    if (found.start === gold.start && found.end === gold.end) score.exactSpan++;
    if (found.value === gold.value) score.correctValue++;
    else if (verbose)
      console.log(
        `  value   ${JSON.stringify(gold.text)} gold ${gold.value} ≠ ${found.value} (${JSON.stringify(found.text)})`,
      );
  }
  system.forEach((item, index) => {
    if (document.timexes.some((gold) => item.start < gold.end && gold.start < item.end))
      score.matchedSystem++;
    else if (verbose && !used.has(index))
      console.log(`  extra   ${JSON.stringify(item.text)} ${item.type} ${item.value}`);
  });
  return score;
}

function add(total: Score, part: Score): void {
  for (const key of Object.keys(total) as Array<keyof Score>) total[key] += part[key];
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function report(name: string, score: Score): void {
  const precision = score.system ? score.matchedSystem / score.system : 0;
  const recall = score.gold ? score.matchedGold / score.gold : 0;
  const valuePrecision = score.system ? score.correctValue / score.system : 0;
  const valueRecall = score.gold ? score.correctValue / score.gold : 0;
  const accuracy = score.matchedGold ? score.correctValue / score.matchedGold : 0;
  const strictPrecision = score.system ? score.exactSpan / score.system : 0;
  const strictRecall = score.gold ? score.exactSpan / score.gold : 0;
  const percent = (value: number) => (100 * value).toFixed(1).padStart(5);
  console.log(
    `${name.padEnd(9)} gold ${String(score.gold).padStart(4)}  system ${String(score.system).padStart(4)}  ` +
      `relaxed P ${percent(precision)} R ${percent(recall)} F1 ${percent(f1(precision, recall))}  ` +
      `strict F1 ${percent(f1(strictPrecision, strictRecall))}  value accuracy ${percent(accuracy)}  value F1 ${percent(f1(valuePrecision, valueRecall))}`,
  );
}

async function filesOf(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (!stat.isDirectory()) return [target];
  const names = (await fs.readdir(target)).filter((name) => name.endsWith('.tml')).sort();
  return names.map((name) => path.join(target, name));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const targets = args.filter((arg) => !arg.startsWith('-'));
  const files = (
    await Promise.all((targets.length ? targets : ['tests/fixtures/timex-gold']).map(filesOf))
  ).flat();
  const totals = new Map<string, Score>();
  for (const file of files) {
    const document = readTml(file, await fs.readFile(file, 'utf8'));
    if (verbose) console.log(`${path.basename(file)} (DCT ${document.dct ?? 'none'})`);
    const score = scoreDocument(document, verbose);
    const part = path.basename(file).startsWith('heldout2-')
      ? 'held-out2'
      : path.basename(file).startsWith('heldout-')
        ? 'held-out'
        : path.basename(file).startsWith('dev-')
          ? 'dev'
          : 'other';
    for (const name of [part, 'all']) {
      const total = totals.get(name) ?? emptyScore();
      add(total, score);
      totals.set(name, total);
    }
  }
  for (const name of ['dev', 'held-out', 'held-out2', 'other', 'all']) {
    const total = totals.get(name);
    if (total) report(name, total);
  }
  return 0;
}

runCommand(main);
