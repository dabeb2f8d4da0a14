/**
 * The guard rails `npm run lint` enforces, tried on code that breaks them: a rule that
 * silently stopped applying (a renamed folder, a changed glob) would fail here.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('ESLint boundaries', () => {
  it('stops browser code importing Node modules', async () => {
    const found = await problems(
      'src/features/search/utils/read-file.ts',
      "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*Node modules/)]);
  });

  it('stops browser code importing the loader or its NLP libraries', async () => {
    const found = await problems(
      'src/app/parse.ts',
      "import nlp from 'compromise';\nimport { buildCorpus } from '../loader/build-corpus.ts';\nexport const parts = [nlp, buildCorpus];\n",
    );
    expect(found).toHaveLength(2);
    expect(found.every((text) => text.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('lets the loader use Node modules', async () => {
    expect(
      await problems(
        'src/loader/read-it.ts',
        "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
      ),
    ).toEqual([]);
  });

  it('stops a feature reaching into another past its public entry', async () => {
    const deep = await problems(
      'src/features/search/utils/lanes.ts',
      "import { LANE_MODES } from '../../timeline/utils/timeline-items.ts';\nexport const modes = LANE_MODES;\n",
    );
    expect(deep).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
    const entry = await problems(
      'src/features/search/utils/lanes.ts',
      "import { LANE_MODES } from '../../timeline/index.ts';\nexport const modes = LANE_MODES;\n",
    );
    expect(entry).toEqual([]);
  });
});
