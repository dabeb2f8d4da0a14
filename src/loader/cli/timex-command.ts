/**
 * `npm run timex -- [--dct YYYY-MM-DD] FILE`: prints the file's temporal expressions as
 * a JSON array `[{ start, end, text, type, value, mod? }]`, for evaluation.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units) into the file's text as
 * read: UTF-8, nothing normalized (line endings kept). A UTF-8 byte-order mark, when
 * present, counts as the first character (U+FEFF), exactly as `fs.readFileSync(file,
 * 'utf8')` or Python's `open(file, encoding='utf-8').read()` return it, so that
 * `text.slice(start, end)` gives back each expression. (The corpus, by contrast, drops
 * the mark and its offsets index the text after it.)
 *
 * Without `--dct`, the publication date is inferred from the text; stderr says which.
 */
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { timexDraftOf } from '../timex/timexes-of-text.ts';
import { parseDay } from '../timex/calendar.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: npm run timex -- [--dct YYYY-MM-DD] FILE

Prints FILE's temporal expressions (TimeML TIMEX3) as a JSON array of
{ start, end, text, type, value, mod? }; offsets index the file's text as read.

  --dct YYYY-MM-DD   the publication date relative expressions are read against
                     (default: inferred from the text; standard error says which)
  -h, --help         this text`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { dct: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (values.dct !== undefined && !parseDay(values.dct)) {
    console.error(`--dct ${values.dct}: not a calendar date (YYYY-MM-DD)\n${USAGE}`);
    return 2;
  }
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const draft = timexDraftOf(raw.slice(bom), values.dct ?? null, file);
  const shifted = draft.timexes.map((timex) => ({
    start: timex.start + bom,
    end: timex.end + bom,
    text: timex.text,
    type: timex.type,
    value: timex.value,
    ...(timex.mod ? { mod: timex.mod } : {}),
  }));
  if (!values.dct) {
    console.error(
      draft.published
        ? `publication date ${draft.published} (inferred: ${draft.publishedReason ?? 'from the text'})`
        : `publication date unknown (${draft.publishedReason ?? 'nothing in the text dates it'}); relative expressions left underspecified`,
    );
  }
  process.stdout.write(JSON.stringify(shifted, null, 2) + '\n');
  return 0;
}

runCommand(main);
