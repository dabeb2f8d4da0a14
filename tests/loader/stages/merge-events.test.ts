import { describe, expect, it } from 'vitest';
import {
  createDraft,
  type ArticleDraft,
  type EventDraft,
} from '../../../src/loader/article-draft.ts';
import { mergeEvents } from '../../../src/loader/stages/merge-events.ts';

function report(article: string, overrides: Partial<EventDraft>): EventDraft {
  return {
    kind: 'meeting',
    title: 'A and B meet',
    start: '2016-08-26',
    end: null,
    granularity: 'day',
    approximate: false,
    modality: 'actual',
    participants: ['John Doe', 'Ivan Roe'],
    places: ['Geneva'],
    mention: { article, start: 0, end: 10, timex: null, dateBasis: 'governing-timex' },
    ...overrides,
  };
}

function article(
  id: string,
  events: EventDraft[],
  persons: string[] = ['John Doe', 'Ivan Roe'],
): ArticleDraft {
  return {
    ...createDraft({ file: `${id}.txt`, metadata: null }, id, 'x'.repeat(20)),
    published: '2016-09-08',
    events,
    entities: persons.map((name) => ({
      start: 0,
      end: 1,
      text: 'x',
      kind: 'person' as const,
      canonical: name,
    })),
  };
}

describe('mergeEvents', () => {
  it('merges reports of one event from two articles and says why', () => {
    const { events } = mergeEvents([
      article('a', [report('a', {})]),
      article('b', [report('b', {})]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions.map((mention) => mention.article)).toEqual(['a', 'b']);
    expect(events[0]?.mergedBecause[0]).toMatch(
      /same kind \(meeting\).*same date \(2016-08-26\).*John Doe/,
    );
  });

  it('keeps look-alikes apart: another date, another place, other people', () => {
    const { events } = mergeEvents([
      article('a', [report('a', {})]),
      article(
        'b',
        [
          report('b', { start: '2016-09-09' }),
          report('b', { places: ['Vienna'] }),
          report('b', { participants: ['Ann Poe', 'Bo Lee'] }),
        ],
        ['Ann Poe', 'Bo Lee', 'John Doe', 'Ivan Roe'],
      ),
    ]);
    expect(events).toHaveLength(4);
  });

  it('unifies a surname with the one full name the corpus knows', () => {
    const { events } = mergeEvents([
      article('a', [report('a', { participants: ['Doe', 'Roe'] })], ['Doe', 'Roe']),
      article('b', [report('b', {})]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toEqual(['John Doe', 'Ivan Roe']);
  });

  it('joins a month-dated report to the one day-dated event of that month that agrees', () => {
    const { events } = mergeEvents([
      article('a', [report('a', { kind: 'other', start: '2024-01-09' })]),
      article('b', [
        report('b', {
          kind: 'other',
          start: '2024-01-01',
          end: '2024-02-01',
          granularity: 'month',
        }),
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.start).toBe('2024-01-09');
    expect(events[0]?.mergedBecause[0]).toMatch(/date agrees/);
  });

  it('puts undated reports in undated[], never merged', () => {
    const { events, undated } = mergeEvents([
      article('a', [report('a', { start: null, granularity: null })]),
    ]);
    expect(events).toEqual([]);
    expect(undated).toHaveLength(1);
  });

  it('stays near-linear: 100,000 reports merge in seconds', () => {
    const reports: EventDraft[] = [];
    for (let index = 0; index < 100_000; index++) {
      const date = new Date(Date.UTC(2000, 0, 1) + (index % 3000) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      reports.push(report(`a${index % 50}`, { start: date, participants: [`P${index % 7} Name`] }));
    }
    const started = Date.now();
    const { events } = mergeEvents([article('big', reports)]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(events.length).toBeGreaterThan(3000);
  });
});
