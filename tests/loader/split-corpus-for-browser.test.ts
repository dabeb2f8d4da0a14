import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/contract/corpus.ts';
import {
  articlePartSchema,
  corpusManifestSchema,
  eventsPartSchema,
} from '../../src/contract/corpus-parts.ts';
import {
  corpusFilesForBrowser,
  splitCorpusForBrowser,
} from '../../src/loader/split-corpus-for-browser.ts';
import { makeLargeCorpus } from '../e2e/support/make-large-corpus.ts';

const corpus = makeLargeCorpus(1200, 3);
const byName = (files: { fileName: string; source: string }[]) =>
  new Map(files.map((file) => [file.fileName, JSON.parse(file.source) as unknown]));

describe('splitCorpusForBrowser', () => {
  it('starts from a contract-valid corpus', () => {
    expect(checkCorpus(corpus).ok).toBe(true);
  });

  it('keeps a small corpus as one corpus.json, exactly as given', () => {
    expect(corpusFilesForBrowser(corpus)).toEqual([
      { fileName: 'corpus.json', source: JSON.stringify(corpus) },
    ]);
  });

  it('splits from a number of events or a size on', () => {
    expect(corpusFilesForBrowser(corpus, { minEvents: 1000 }).length).toBeGreaterThan(1);
    expect(corpusFilesForBrowser(corpus, { minBytes: 1000 }).length).toBeGreaterThan(1);
    expect(corpusFilesForBrowser(corpus, { minBytes: 10_000_000 })).toHaveLength(1);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const quoted = {
      ...corpus,
      articles: corpus.articles.map((one, index) =>
        index === 0 ? { ...one, title: '“'.repeat(5000) } : one,
      ),
    };
    const json = JSON.stringify(quoted);
    const bytes = Buffer.byteLength(json);
    expect(bytes).toBeGreaterThan(json.length);
    const few = { minEvents: 10_000 };
    expect(
      corpusFilesForBrowser(quoted, { ...few, minBytes: json.length + 1 }).length,
    ).toBeGreaterThan(1);
    expect(corpusFilesForBrowser(quoted, { ...few, minBytes: bytes + 1 })).toEqual([
      { fileName: 'corpus.json', source: json },
    ]);
  });

  it('writes a valid manifest whose parts hold every dated event once, in time order', () => {
    const files = byName(splitCorpusForBrowser(corpus, { eventsPerPart: 500 }));
    const manifest = corpusManifestSchema.parse(files.get('corpus.json'));
    expect(manifest.eventCount).toBe(1200);
    expect(manifest.parts.map((part) => part.events)).toEqual([500, 500, 200]);
    const ids: string[] = [];
    let previousStart = '';
    for (const part of manifest.parts) {
      const events = eventsPartSchema.parse(files.get(part.url)).events;
      expect(events).toHaveLength(part.events);
      expect(events[0]!.start).toBe(part.start);
      expect(part.start >= previousStart).toBe(true);
      previousStart = part.start;
      for (const event of events) {
        expect(event.start! >= part.start && (event.end ?? event.start!) <= part.end).toBe(true);
        ids.push(event.id);
      }
    }
    expect(ids).toEqual(corpus.events.map((event) => event.id));
  });

  it('leaves article text out of the manifest and puts it, with its events, in the article file', () => {
    const files = byName(splitCorpusForBrowser(corpus));
    const manifest = corpusManifestSchema.parse(files.get('corpus.json'));
    expect(JSON.stringify(manifest)).not.toContain('officials said');
    const summary = manifest.articles[0]!;
    const part = articlePartSchema.parse(files.get(summary.part));
    expect(part.article).toEqual(corpus.articles[0]);
    expect(part.events).toHaveLength(summary.eventCount);
    expect(part.events.every((event) => event.mentions.some((m) => m.article === summary.id))).toBe(
      true,
    );
  });

  it('gives every mention its sentence, exactly as the article text has it', () => {
    const files = byName(splitCorpusForBrowser(corpus));
    const manifest = corpusManifestSchema.parse(files.get('corpus.json'));
    const events = eventsPartSchema.parse(files.get(manifest.parts[0]!.url)).events;
    for (const event of events.slice(0, 50)) {
      for (const mention of event.mentions) {
        const article = corpus.articles.find((candidate) => candidate.id === mention.article)!;
        expect(mention.sentence).toBe(article.text.slice(mention.start, mention.end));
        expect(mention.timexInferred).toEqual([]);
      }
    }
  });

  it('numbers article files, so an id that is not URL-safe cannot break a URL', () => {
    const odd = makeLargeCorpus(10, 1);
    const renamed = {
      ...odd,
      articles: odd.articles.map((a, i) => (i === 0 ? { ...a, id: '../x?#' } : a)),
    };
    const names = splitCorpusForBrowser(renamed).map((file) => file.fileName);
    expect(names.filter((name) => name.startsWith('corpus/articles/'))).toContain(
      'corpus/articles/0.json',
    );
    expect(names.some((name) => name.includes('?') || name.includes('..'))).toBe(false);
  });
});
