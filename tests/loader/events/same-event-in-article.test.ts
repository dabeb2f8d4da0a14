import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../src/loader/article-draft.ts';
import {
  datedByTwins,
  type ToldReports,
} from '../../../src/loader/events/same-event-in-article.ts';
import { eventDraft } from '../event-draft-fixture.ts';

/** A report of `lemma` at `at` in article "a", dated as `dates` says. */
function report(lemma: string, at: number, dates: Partial<EventDraft>): EventDraft {
  return eventDraft({
    lemma,
    start: '2010-04-21',
    mention: {
      article: 'a',
      start: at,
      end: at + 40,
      timex: null,
      dateBasis: 'story-day',
      trigger: { start: at + 5, end: at + 14 },
    },
    ...dates,
  });
}

/** What the sentences told: nothing, unless `told` says more. */
function told(facts: Partial<ToldReports>): ToldReports {
  return {
    runs: new Set(),
    anonymousNominals: new Map(),
    knownTopics: new Set(),
    boundedByGovernor: new Set(),
    complements: new Map(),
    toCome: new Set(),
    governedBy: new Map(),
    joinedNouns: new Map(),
    published: '2010-04-21',
    ...facts,
  };
}

describe('datedByTwins', () => {
  // "Nine workers were missing on Wednesday after an explosion and fire. … The explosion
  // happened on Tuesday": published Wednesday 21 April 2010.
  const explosion = report('explosion', 0, {});
  const fire = report('fire', 0, {});
  const happened = report('explosion', 100, {
    start: '2010-04-20',
    mention: { ...report('explosion', 100, {}).mention, dateBasis: 'own-timex' },
  });

  it('gives a noun naming no one the day its article gives the happening, and says which report gave it', () => {
    const [dated] = datedByTwins(
      [explosion, happened],
      told({ anonymousNominals: new Map([[explosion, true]]) }),
    );
    expect(dated).toMatchObject({ start: '2010-04-20', sameEventAs: 1 });
    expect(dated?.mention.dateBasis).toBe('same-event-in-article');
  });

  it('gives a noun joined by "and" to it the same day ("an explosion and fire")', () => {
    const [, dated] = datedByTwins(
      [explosion, fire, happened],
      told({
        anonymousNominals: new Map([[explosion, true]]),
        joinedNouns: new Map([[fire, explosion]]),
      }),
    );
    expect(dated).toMatchObject({ start: '2010-04-20' });
  });

  it('leaves undated a known happening a clause is about, when the article dates it nowhere', () => {
    const sorry = report('explosion', 0, {});
    const [dated] = datedByTwins(
      [sorry],
      told({ anonymousNominals: new Map([[sorry, true]]), knownTopics: new Set([sorry]) }),
    );
    expect(dated).toMatchObject({ start: null, granularity: null });
    expect(dated?.mention.dateBasis).toBeUndefined();
  });

  it('takes no date from a run of acts an aspectual verb tells', () => {
    const cut = report('cut', 0, {
      participants: ['Norbank'],
      roles: [{ name: 'Norbank', role: 'agent' }],
      mention: { ...report('cut', 0, {}).mention, dateBasis: 'publication-date' },
    });
    const cutting = report('cut', 100, {
      start: '2007-09-01',
      granularity: 'month',
      participants: ['Norbank'],
      roles: [{ name: 'Norbank', role: 'agent' }],
      mention: { ...report('cut', 100, {}).mention, dateBasis: 'own-timex' },
    });
    expect(datedByTwins([cut, cutting], told({}))[0]?.start).toBe('2007-09-01');
    expect(datedByTwins([cut, cutting], told({ runs: new Set([cutting]) }))[0]?.start).toBe(
      '2010-04-21',
    );
  });
});
