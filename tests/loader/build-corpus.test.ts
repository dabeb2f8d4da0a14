import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus, type Corpus } from '../../src/contract/corpus.ts';
import { loadCorpusFromFolder } from '../../src/loader/load-corpus-from-folder.ts';
import { buildCorpus, MAX_ANALYSED_CHARACTERS } from '../../src/loader/build-corpus.ts';
import { HOSTILE_INPUTS, makeHostileFolder } from './hostile-folder.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('buildCorpus on a folder of hostile input', () => {
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await makeHostileFolder();
    corpus = (await loadCorpusFromFolder(folder)).corpus;
  });
  afterAll(() => fs.rm(folder, { recursive: true, force: true }));

  const diagnosticsFor = (file: string) => corpus.diagnostics.filter((d) => d.file === file);

  it('accounts for every input file, as an article or in diagnostics', () => {
    const accounted = new Set([
      ...corpus.articles.map((article) => article.file),
      ...corpus.diagnostics.map((diagnostic) => diagnostic.file),
      // A sidecar is accounted for by its article.
      ...corpus.articles.map((article) => article.file.replace(/\.txt$/, '.meta.json')),
    ]);
    const missing = HOSTILE_INPUTS.filter((file) => !accounted.has(file));
    expect(missing).toEqual([]);
  });

  it('loads the good article and the readable odd ones', () => {
    expect(corpus.articles.map((article) => article.file).sort()).toEqual(
      [
        'a/same.txt',
        'b/same.txt',
        'bad-meta.txt',
        'bom.txt',
        'contradictory.txt',
        'cr.txt',
        'crlf.txt',
        'good.txt',
        'impossible.txt',
        'latin1.txt',
        'no-dates.txt',
        'utf16.txt',
      ].sort(),
    );
  });

  it('gives two files of the same name in different folders distinct ids', () => {
    const ids = corpus.articles.filter((a) => a.file.endsWith('same.txt')).map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('names the file and reason for each unusable input', () => {
    expect(diagnosticsFor('empty.txt')[0]?.message).toMatch(/empty file/);
    expect(diagnosticsFor('blank.txt')[0]?.message).toMatch(/whitespace/);
    expect(diagnosticsFor('binary.txt')[0]).toMatchObject({ severity: 'error' });
    expect(diagnosticsFor('photo.jpg')[0]?.message).toMatch(/not read/);
    expect(diagnosticsFor('orphan.meta.json')[0]?.message).toMatch(/no article beside it/);
    expect(diagnosticsFor('dangling.txt')[0]?.message).toMatch(/cannot follow/);
    expect(corpus.diagnostics.some((d) => /symbolic link loop/.test(d.message))).toBe(true);
  });

  it('reports bad metadata on the sidecar and still loads the article', () => {
    expect(diagnosticsFor('bad-meta.meta.json')[0]?.message).toMatch(/not valid JSON/);
    expect(
      diagnosticsFor('contradictory.meta.json')
        .map((d) => d.message)
        .join(' '),
    ).toMatch(/"source".*"published"|"published".*"source"/);
  });

  it('places invalid UTF-8 at its line and column', () => {
    expect(diagnosticsFor('latin1.txt').find((d) => d.stage === 'decode-text')).toMatchObject({
      offset: 3,
      line: 1,
      column: 4,
    });
  });

  it('says why an article gave no event', () => {
    expect(diagnosticsFor('no-dates.txt').map((d) => d.message)).toContainEqual(
      expect.stringMatching(/^no dated event: the article has no date or time expression/),
    );
  });

  it('writes a corpus that passes the contract', () => {
    expect(checkCorpus(JSON.parse(JSON.stringify(corpus))).ok).toBe(true);
  });
});

describe('buildCorpus', () => {
  it('gives the same corpus whatever order the files come in', () => {
    const sources = ['b.txt', 'a.txt', 'c.txt'].map((file, index) => ({
      file,
      bytes: encode(`Story ${index}\n\nThe council voted on Monday.\n`),
      metadata: { published: '2016-09-08' },
      diagnostics: [],
    }));
    const forward = JSON.stringify(buildCorpus(sources));
    const backward = JSON.stringify(buildCorpus([...sources].reverse()));
    expect(forward).toBe(backward);
  });

  it('keeps the events of an article whose date is unknown, as undated events', () => {
    const text =
      'Council approves plan\n\nThe city council voted on Monday to approve the budget.\n';
    const corpus = buildCorpus([
      { file: 'a.txt', bytes: encode(text), metadata: null, diagnostics: [] },
    ]);
    expect(corpus.events).toEqual([]);
    const voted = corpus.undated.find((event) =>
      event.mentions.some(
        (mention) =>
          mention.trigger && text.slice(mention.trigger.start, mention.trigger.end) === 'voted',
      ),
    );
    const mention = voted!.mentions[0]!;
    expect(mention.timex).toMatchObject({ text: 'Monday', value: 'XXXX-WXX-1' });
    expect(text.slice(mention.trigger!.start, mention.trigger!.end)).toBe('voted');
    expect(text.slice(mention.start, mention.end)).toContain('voted on Monday');
  });

  it('keeps the whole of a huge article but analyses only its beginning, saying so', () => {
    const paragraph = 'The council voted on Monday to approve the plan.\n\n';
    const text = paragraph.repeat(Math.ceil((MAX_ANALYSED_CHARACTERS * 1.2) / paragraph.length));
    const corpus = buildCorpus([
      { file: 'huge.txt', bytes: encode(text), metadata: null, diagnostics: [] },
    ]);
    expect(corpus.articles[0]?.text.length).toBe(text.length);
    const warning = corpus.diagnostics.find((d) => d.stage === 'build-corpus');
    expect(warning?.message).toMatch(/only the first .* million were searched/);
    for (const sentence of corpus.articles[0]?.sentences ?? []) {
      expect(sentence.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARACTERS);
    }
  });
});
