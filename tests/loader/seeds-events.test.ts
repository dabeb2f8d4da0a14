/**
 * End to end on the two seed articles: the events a reader of both should see, checked on
 * kind, date, participants and sources. Dates that rest on the temporal stages' handling of
 * vague expressions ("mid-July", "late 2015", "this week") are checked loosely.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../src/contract/corpus.ts';
import { buildCorpus } from '../../src/loader/build-corpus.ts';
import { readSeedsFolder } from '../../src/loader/read-seeds-folder.ts';

let corpus: Corpus;
beforeAll(async () => {
  const { sources, diagnostics } = await readSeedsFolder(path.join(process.cwd(), 'seeds'));
  corpus = buildCorpus(sources, diagnostics);
});

const find = (kind: string, date: string, ...names: string[]): TimelineEvent[] =>
  corpus.events.filter(
    (event) =>
      event.kind === kind &&
      (event.start ?? '').startsWith(date) &&
      names.every((name) => event.participants.some((participant) => participant.includes(name))),
  );
const articlesOf = (event: TimelineEvent | undefined) =>
  new Set(event?.mentions.map((mention) => mention.article)).size;

describe('events of the seed articles', () => {
  it("finds Kerry's arrival in Geneva on 25 August 2016", () => {
    const [arrival] = find('arrival', '2016-08-25', 'Kerry');
    expect(arrival?.places).toContain('Geneva');
  });

  it('makes the Kerry–Lavrov meeting of 26 August one event reported by both articles', () => {
    const meetings = find('meeting', '2016-08-26', 'Kerry', 'Lavrov');
    expect(meetings).toHaveLength(1);
    expect(articlesOf(meetings[0])).toBe(2);
    expect(meetings[0]?.mergedBecause.length).toBeGreaterThan(0);
  });

  it('keeps the Geneva talks of 9 September apart from the meeting of 26 August', () => {
    const talks = find('meeting', '2016-09-09', 'Kerry', 'Lavrov');
    expect(talks).toHaveLength(1);
    expect(talks[0]?.places).toContain('Geneva');
    expect(
      talks[0]?.mentions.every((mention) => mention.article === talks[0]?.mentions[0]?.article),
    ).toBe(true);
  });

  it('finds the departure, the phone call and the Russian announcement', () => {
    expect(find('departure', '2016-09-08', 'Kerry')).toHaveLength(1);
    const [call] = find('phone-call', '2016-09-08', 'Kerry', 'Lavrov');
    expect(call?.title).toBe('Kerry and Lavrov speak by telephone');
    expect(find('announcement', '2016-09-07', 'Russia')).toHaveLength(1);
  });

  it('finds Putin meeting Obama at the G20 and the Kerry–Lavrov meeting there this week', () => {
    expect(find('meeting', '2016-09-05', 'Putin', 'Obama')).toHaveLength(1);
    expect(
      find('meeting', '2016-09', 'Kerry', 'Lavrov').some((event) => event.places.includes('China')),
    ).toBe(true);
  });

  it("finds Moscow's vow to work with the United States on 25 August", () => {
    const statements = find('statement', '2016-08-25', 'Russia');
    expect(statements.filter((event) => /\bvows?\b/i.test(event.title))).toHaveLength(1);
  });

  it('finds the background: the supply route seized in July, the war of 2011, the plan of 2015', () => {
    expect(find('military', '2016-07').length).toBe(1);
    expect(find('military', '2011').length).toBeGreaterThanOrEqual(1);
    expect(find('agreement', '2015').filter((event) => /\bplan\b/i.test(event.title))).toHaveLength(
      1,
    );
  });

  it('makes no event from boilerplate', () => {
    const boilerplate = new Map(
      corpus.articles.map((article) => [article.id, article.boilerplate]),
    );
    for (const event of [...corpus.events, ...corpus.undated])
      for (const mention of event.mentions)
        for (const span of boilerplate.get(mention.article) ?? [])
          expect(mention.start >= span.end || mention.end <= span.start).toBe(true);
  });

  it('gives every event a title and canonical names, never a bare surname when the full name is known', () => {
    for (const event of corpus.events) {
      expect(event.title.length).toBeGreaterThan(3);
      expect(event.participants).not.toContain('Kerry');
      expect(event.participants).not.toContain('Sergey Lavrov');
    }
  });
});
