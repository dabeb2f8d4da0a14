import { describe, expect, it } from 'vitest';
import {
  createDraft,
  type ArticleDraft,
  type EventDraft,
} from '../../../src/loader/article-draft.ts';
import { mergeEvents } from '../../../src/loader/stages/merge-events.ts';
import { eventDraft } from '../event-draft-fixture.ts';

function report(article: string, overrides: Partial<EventDraft>): EventDraft {
  return eventDraft({
    kind: 'meeting',
    title: 'A and B meet',
    start: '2016-08-26',
    participants: ['John Doe', 'Ivan Roe'],
    places: ['Geneva'],
    lemma: 'meet',
    roles: (overrides.participants ?? ['John Doe', 'Ivan Roe']).map((name) => ({
      name,
      role: 'agent' as const,
    })),
    mention: { article, start: 0, end: 10, timex: null, dateBasis: 'governing-timex' },
    ...overrides,
  });
}

/** A report of `agent` acting on `patient`, nowhere in particular. */
function actOn(
  article: string,
  agent: string,
  patient: string,
  overrides: Partial<EventDraft>,
): EventDraft {
  return report(article, {
    places: [],
    participants: [agent, patient],
    roles: [
      { name: agent, role: 'agent' },
      { name: patient, role: 'patient' },
    ],
    ...overrides,
  });
}

/** An agreement in which each of `roles` takes its part, nowhere in particular. */
function agreed(
  article: string,
  roles: EventDraft['roles'],
  overrides: Partial<EventDraft> = {},
): EventDraft {
  return report(article, {
    kind: 'agreement',
    lemma: 'agree',
    places: [],
    participants: roles.map((role) => role.name),
    roles,
    ...overrides,
  });
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

  it('keeps apart two intents of other acts ("seeking to cut jobs", "seeking to sell a unit")', () => {
    const seeks = (article: string, mention: number, intends: string | undefined) =>
      report(article, {
        kind: 'other',
        lemma: 'seek',
        eventClass: 'I_ACTION',
        title: 'Harwell seeks',
        participants: ['Harwell'],
        places: [],
        mention: { article, start: mention, end: mention + 5, timex: null },
        ...(intends ? { intends } : {}),
      });
    const two = mergeEvents([article('a', [seeks('a', 0, 'cut'), seeks('a', 20, 'sell')], [])]);
    expect(two.events).toHaveLength(2);
    const one = mergeEvents([
      article('a', [seeks('a', 0, 'cut')], []),
      article('b', [seeks('b', 0, 'cut')], []),
    ]);
    expect(one.events).toHaveLength(1);
  });

  it('keeps apart two beginnings of one year that say different things begin', () => {
    const begins = (article: string, title: string, day = '2006-01-01') =>
      report(article, {
        kind: 'other',
        lemma: 'begin',
        eventClass: 'ASPECTUAL',
        title,
        start: day,
        granularity: day === '2006-01-01' ? 'year' : 'day',
        participants: ['Harwell'],
        places: [],
      });
    const year = mergeEvents([
      article('a', [begins('a', 'Harwell begins production')], []),
      article('b', [begins('b', 'Deal with Harwell begun')], []),
    ]);
    expect(year.events).toHaveLength(2);
    // The same beginning that year is one; so are two beginnings of one day.
    const same = mergeEvents([
      article('a', [begins('a', 'Harwell begins production')], []),
      article('b', [begins('b', 'Harwell begins production')], []),
    ]);
    expect(same.events).toHaveLength(1);
    const day = mergeEvents([
      article('a', [begins('a', 'Harwell begins production', '2006-03-02')], []),
      article('b', [begins('b', 'Production begins', '2006-03-02')], []),
    ]);
    expect(day.events).toHaveLength(1);
  });

  it('takes two words of one occasion ("met", "talks") for one only when a person is shared', () => {
    const talks = (article: string, participants: string[]) =>
      report(article, { lemma: 'talk', title: 'Talks', participants, places: [] });
    const met = (article: string, participants: string[]) =>
      report(article, { participants, places: [] });
    const people = mergeEvents([
      article('a', [met('a', ['John Doe', 'Ivan Roe'])]),
      article('b', [talks('b', ['John Doe'])]),
    ]);
    expect(people.events).toHaveLength(1);
    const countries = mergeEvents([
      article('a', [met('a', ['Syria'])], []),
      article('b', [talks('b', ['Syria'])], []),
    ]);
    expect(countries.events).toHaveLength(2);
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

  it('keeps apart two reports that name different agents of the same act on the same thing', () => {
    const described = (article: string, agent: string) =>
      actOn(article, agent, 'Ivan Roe', {
        kind: 'statement',
        lemma: 'describe',
        eventClass: 'REPORTING',
      });
    const persons = ['John Doe', 'Ann Poe', 'Ivan Roe'];
    const apart = mergeEvents([
      article('a', [described('a', 'John Doe')], persons),
      article('b', [described('b', 'Ann Poe')], persons),
    ]);
    expect(apart.events).toHaveLength(2);
    const together = mergeEvents([
      article('a', [described('a', 'John Doe')], persons),
      article('b', [described('b', 'John Doe')], persons),
    ]);
    expect(together.events).toHaveLength(1);
  });

  it('takes a body and the body whose name begins with it for one agent ("Harwell delivers", "Harwell Aircraft delivers")', () => {
    const delivered = (article: string, agent: string) =>
      actOn(article, agent, 'K700', { kind: 'other', lemma: 'deliver' });
    const { events } = mergeEvents([
      article('a', [delivered('a', 'Harwell')], []),
      article('b', [delivered('b', 'Harwell Aircraft')], []),
      article('c', [delivered('c', 'Ostrava Steel')], []),
    ]);
    expect(events.map((event) => event.mentions.map((mention) => mention.article))).toEqual([
      ['a', 'b'],
      ['c'],
    ]);
  });

  it('keeps apart two reports that each name another side, and joins those that share one', () => {
    // "Harwell reached a deal with Ostrava" and "the deal between Harwell and Lund".
    const deal = (article: string, agent: string | null, partners: string[]) =>
      report(article, {
        kind: 'deal',
        lemma: 'deal',
        places: [],
        participants: [...(agent ? [agent] : []), ...partners],
        roles: [
          ...(agent ? [{ name: agent, role: 'agent' as const }] : []),
          ...partners.map((name) => ({ name, role: 'partner' as const })),
        ],
      });
    const bodies: string[] = [];
    const apart = mergeEvents([
      article('a', [deal('a', 'Harwell', ['Ostrava'])], bodies),
      article('b', [deal('b', null, ['Harwell', 'Lund'])], bodies),
    ]);
    expect(apart.events).toHaveLength(2);
    const together = mergeEvents([
      article('a', [deal('a', 'Harwell', ['Ostrava'])], bodies),
      article('b', [deal('b', null, ['Harwell', 'Ostrava', 'Lund'])], bodies),
      article('c', [deal('c', 'Harwell', [])], bodies),
    ]);
    expect(together.events).toHaveLength(1);
  });

  it('keeps apart two reports of one act whose amounts differ, and joins those that agree', () => {
    const received = (article: string, quantities: string[]) =>
      report(article, { kind: 'deal', lemma: 'receive', places: [], quantities });
    const apart = mergeEvents([
      article('a', [received('a', ['1000000000'])]),
      article('b', [received('b', ['17400000000'])]),
    ]);
    expect(apart.events).toHaveLength(2);
    const together = mergeEvents([
      article('a', [received('a', ['17400000000'])]),
      article('b', [received('b', [])]),
      article('c', [received('c', ['17400000000'])]),
    ]);
    expect(together.events).toHaveLength(1);
  });

  it('joins a body and a person acting on one same thing ("Lindale unveils the L9", "Ann Berg unveils the L9"), not two bodies, nor an occasion', () => {
    const unveiled = (article: string, agent: string, kind: EventDraft['kind'] = 'launch') =>
      report(article, {
        kind,
        lemma: kind === 'launch' ? 'unveil' : 'meet',
        places: [],
        participants: [agent, 'L9'],
        roles: [
          { name: agent, role: 'agent' },
          { name: 'L9', role: 'patient' },
        ],
      });
    const drafts = (kind: EventDraft['kind'], other = 'Ann Berg') => [
      { ...article('a', [unveiled('a', 'Lindale', kind)], []), entities: [] },
      {
        ...article('b', [unveiled('b', other, kind)], []),
        entities: [{ start: 0, end: 1, text: 'x', kind: 'person' as const, canonical: 'Ann Berg' }],
      },
    ];
    expect(mergeEvents(drafts('launch')).events).toHaveLength(1);
    expect(mergeEvents(drafts('launch', 'Harwell')).events).toHaveLength(2);
    expect(mergeEvents(drafts('meeting')).events).toHaveLength(2);
  });

  it('keeps apart an agreement on what it acts on and one with whom it deals ("agreed to buy Orrin", "agreements with Lund Music")', () => {
    const drafts = (second: EventDraft['roles']) => [
      article(
        'a',
        [
          agreed('a', [
            { name: 'Quillan', role: 'agent' },
            { name: 'Orrin', role: 'patient' },
          ]),
        ],
        [],
      ),
      article('b', [agreed('b', second)], []),
    ];
    const buy = [
      { name: 'Quillan', role: 'agent' as const },
      { name: 'Lund Music', role: 'partner' as const },
    ];
    expect(mergeEvents(drafts(buy)).events).toHaveLength(2);
    // One that names the same side, as what it deals with, is the same agreement.
    const same = [
      { name: 'Quillan', role: 'agent' as const },
      { name: 'Orrin', role: 'partner' as const },
    ];
    expect(mergeEvents(drafts(same)).events).toHaveLength(1);
  });

  it('joins amounts one of which is the other rounded or cut ("a 777-point fall", "lost 777.68 points")', () => {
    const fell = (article: string, quantities: string[]) =>
      report(article, {
        kind: 'market-move',
        lemma: 'fall',
        places: [],
        participants: ['Oslo Index'],
        roles: [{ name: 'Oslo Index', role: 'agent' }],
        quantities,
      });
    const rounded = mergeEvents([
      article('a', [fell('a', ['777.68'])], ['Oslo Index']),
      article('b', [fell('b', ['777'])], ['Oslo Index']),
    ]);
    expect(rounded.events).toHaveLength(1);
    const different = mergeEvents([
      article('a', [fell('a', ['777.68'])], ['Oslo Index']),
      article('b', [fell('b', ['779'])], ['Oslo Index']),
    ]);
    expect(different.events).toHaveLength(2);
  });

  it("joins a market's moves of one day told the same way in other words ('fell', 'lost'), not the other way ('rose')", () => {
    const moved = (article: string, lemma: string) =>
      report(article, {
        kind: 'market-move',
        lemma,
        places: [],
        participants: ['Oslo Index'],
        roles: [{ name: 'Oslo Index', role: 'agent' }],
      });
    const down = mergeEvents([
      article('a', [moved('a', 'fall')], ['Oslo Index']),
      article('b', [moved('b', 'lose')], ['Oslo Index']),
    ]);
    expect(down.events).toHaveLength(1);
    const both = mergeEvents([
      article('a', [moved('a', 'fall')], ['Oslo Index']),
      article('b', [moved('b', 'rise')], ['Oslo Index']),
    ]);
    expect(both.events).toHaveLength(2);
  });

  it('keeps a report lasting from a day on ("has fallen since September 29") apart from the event of that day', () => {
    const fell = (article: string, end: string | null) =>
      report(article, {
        kind: 'market-move',
        lemma: 'fall',
        places: [],
        start: '2016-09-29',
        end,
        participants: ['Oslo Index'],
        roles: [{ name: 'Oslo Index', role: 'agent' }],
      });
    const { events } = mergeEvents([
      article('a', [fell('a', '2016-09-30')], ['Oslo Index']),
      article('b', [fell('b', '2016-10-10')], ['Oslo Index']),
    ]);
    expect(events).toHaveLength(2);
  });

  it('dates an event stated to a month by the one day a loose report gives inside it', () => {
    const flew = (article: string, overrides: Partial<EventDraft>) =>
      report(article, { kind: 'launch', lemma: 'fly', places: [], ...overrides });
    const { events } = mergeEvents([
      article('a', [
        flew('a', {
          start: '2005-04-01',
          end: '2005-05-01',
          granularity: 'month',
          mention: { article: 'a', start: 0, end: 10, timex: null, dateBasis: 'own-timex' },
        }),
      ]),
      article('b', [
        flew('b', {
          start: '2005-04-27',
          approximate: true,
          mention: { article: 'b', start: 0, end: 10, timex: null, dateBasis: 'publication-date' },
        }),
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2005-04-27', granularity: 'day', approximate: true });
  });

  describe('a loosely dated report of an occurrence', () => {
    const bankruptcy = (
      article: string,
      start: string,
      basis: 'own-timex' | 'publication-date',
      at = 0,
    ) =>
      report(article, {
        kind: 'bankruptcy',
        lemma: 'bankruptcy',
        start,
        places: [],
        participants: ['Harwell Brothers'],
        roles: [{ name: 'Harwell Brothers', role: 'patient' }],
        mention: { article, start: at, end: at + 10, timex: null, dateBasis: basis },
      });
    const firms = ['Harwell Brothers'];
    /** Article b, whose one sentence tells the bankruptcy as `text` does, loosely dated. */
    const looseArticle = (text = 'Workers recalled the bankruptcy of Harwell Brothers.') => {
      const at = text.indexOf('bankruptcy');
      const loose = bankruptcy('b', '2009-06-01', 'publication-date');
      const mention = { ...loose.mention, end: text.length, trigger: { start: at, end: at + 10 } };
      return { ...article('b', [{ ...loose, mention }], firms), text };
    };

    it('joins the one explicitly dated event of its family that shares an actor, before it', () => {
      const { events } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex')], firms),
        looseArticle(),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ start: '2009-04-30' });
      expect(events[0]?.mergedBecause[0]).toMatch(/dated by the other report/);
    });

    /** Article `id`'s one sentence, `text`, telling the bankruptcy at its word "bankruptcy". */
    const toldIn = (id: 'a' | 'b', text: string, word = 'bankruptcy') => {
      const at = text.indexOf(word);
      const told =
        id === 'a'
          ? bankruptcy('a', '2009-04-30', 'own-timex')
          : { ...bankruptcy('b', '2009-06-01', 'publication-date'), nominal: true as const };
      const trigger = { start: at, end: at + word.length };
      const mention = { ...told.mention, end: text.length, trigger };
      return { ...article(id, [{ ...told, mention }], firms), text };
    };

    it('joins from a noun a name owns ("Harwell Brothers’ bankruptcy")', () => {
      const { events } = mergeEvents([
        toldIn('a', 'Harwell Brothers filed for bankruptcy on April 30.'),
        toldIn('b', 'Workers recalled Harwell Brothers’ bankruptcy.'),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]?.mergedBecause[0]).toMatch(/dated by the other report/);
      // A plural is many acts: "Harwell Brothers’ bankruptcies" are not the one of April 30.
      const plural = mergeEvents([
        toldIn('a', 'Harwell Brothers filed for bankruptcy on April 30.'),
        toldIn('b', 'Workers recalled Harwell Brothers’ bankruptcies.', 'bankruptcies'),
      ]);
      expect(plural.events).toHaveLength(2);
    });

    it('stays apart when counted otherwise in a series ("the sixth bankruptcy" is not "its second")', () => {
      const counted = mergeEvents([
        toldIn('a', 'Harwell Brothers filed its second bankruptcy on April 30.'),
        toldIn('b', 'Workers recalled the sixth bankruptcy of Harwell Brothers.'),
      ]);
      expect(counted.events).toHaveLength(2);
      const same = mergeEvents([
        toldIn('a', 'Harwell Brothers filed its second bankruptcy on April 30.'),
        toldIn('b', 'Workers recalled the second bankruptcy of Harwell Brothers.'),
      ]);
      expect(same.events).toHaveLength(1);
    });

    it('stays apart from an event that never names what it says was acted on ("He also introduced Lund TV" in January, an introduction of August)', () => {
      const introduced = (
        article: string,
        start: string,
        basis: 'own-timex' | 'story-day',
        patient?: string,
      ) =>
        report(article, {
          kind: 'launch',
          lemma: 'introduce',
          start,
          places: [],
          participants: patient ? ['John Doe', patient] : ['John Doe'],
          roles: [
            { name: 'John Doe', role: 'agent' },
            ...(patient ? [{ name: patient, role: 'patient' as const }] : []),
          ],
          mention: { article, start: 0, end: 10, timex: null, dateBasis: basis },
        });
      const august = introduced('a', '2006-08-07', 'own-timex');
      const apart = mergeEvents([
        article('a', [august]),
        article('b', [introduced('b', '2007-01-09', 'story-day', 'Lund TV')], ['John Doe']),
      ]);
      expect(apart.events.map((event) => event.start)).toEqual(['2006-08-07', '2007-01-09']);
      // One whose reports name it is the same introduction, told loosely.
      const named = { ...august, participants: ['John Doe', 'Lund TV'] };
      const joined = mergeEvents([
        article('a', [named]),
        article('b', [introduced('b', '2007-01-09', 'story-day', 'Lund TV')], ['John Doe']),
      ]);
      expect(joined.events).toHaveLength(1);
      expect(joined.events[0]?.mergedBecause[0]).toMatch(/dated by the other report/);
    });

    it('joins, with the first loose report of its article, a second one of that article', () => {
      const text = 'Workers reacted to the bankruptcy of Harwell Brothers. The bankruptcy hurt.';
      const loose = (sentence: number, at: number) => {
        const told = bankruptcy('b', '2009-06-01', 'publication-date', sentence);
        const trigger = { start: at, end: at + 10 };
        // (Undated, as a known happening answered is: undated reports never merge alone.)
        return {
          ...told,
          start: null,
          mention: { ...told.mention, trigger, dateBasis: undefined },
        };
      };
      const first = loose(0, text.indexOf('bankruptcy'));
      const second = loose(text.indexOf('The'), text.lastIndexOf('bankruptcy'));
      const { events } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex')], firms),
        { ...article('b', [first, second], firms), text },
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]?.mentions).toHaveLength(3);
    });

    it('leaves alone an event of a month that runs on past it ("has cut its rate by a point since April"), a run, not one act', () => {
      const month = (end: string) => ({
        ...bankruptcy('a', '2009-04-01', 'own-timex'),
        granularity: 'month' as const,
        end,
      });
      const since = mergeEvents([article('a', [month('2009-05-28')], firms), looseArticle()]);
      expect(since.events).toHaveLength(2);
      const april = mergeEvents([article('a', [month('2009-05-01')], firms), looseArticle()]);
      expect(april.events).toHaveLength(1);
    });

    it('joins the exactly dated one when another article dates it only by its year ("in 2009")', () => {
      const year = {
        ...bankruptcy('c', '2009-01-01', 'own-timex'),
        end: '2010-01-01',
        granularity: 'year' as const,
      };
      const { events } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex')], firms),
        article('c', [year], firms),
        looseArticle(),
      ]);
      const joined = events.find((event) => event.mentions.some((m) => m.article === 'b'));
      expect(joined).toMatchObject({ start: '2009-04-30' });
      // Two exact days still leave it alone.
      const { events: apart } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex')], firms),
        article('c', [bankruptcy('c', '2009-05-20', 'own-timex')], firms),
        looseArticle(),
      ]);
      expect(apart.find((event) => event.mentions.some((m) => m.article === 'b'))).toMatchObject({
        start: '2009-06-01',
      });
    });

    it('takes no date from a report of one that did not happen ("to avoid bankruptcy on Friday")', () => {
      const avoided = {
        ...bankruptcy('a', '2009-05-15', 'own-timex', 40),
        modality: 'denied' as const,
      };
      const { events } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex'), avoided], firms),
        looseArticle(),
      ]);
      const joined = events.find((event) => event.mentions.length === 2);
      expect(joined).toMatchObject({ start: '2009-04-30' });
    });

    it('joins one told in another word of the same act ("bought Tessary" … "the purchase of Tessary")', () => {
      const text = 'Analysts recalled the purchase of Tessary.';
      const at = text.indexOf('purchase');
      const deal = (
        article: string,
        lemma: string,
        start: string,
        basis: 'own-timex' | 'publication-date',
      ) =>
        report(article, {
          kind: 'deal',
          lemma,
          start,
          places: [],
          participants: ['Orlin Group', 'Tessary'],
          roles: [
            { name: 'Orlin Group', role: 'agent' },
            { name: 'Tessary', role: 'patient' },
          ],
          mention: {
            article,
            start: 0,
            end: text.length,
            timex: null,
            dateBasis: basis,
            trigger: { start: at, end: at + 8 },
          },
        });
      const firms = ['Orlin Group', 'Tessary'];
      const { events } = mergeEvents([
        article('a', [deal('a', 'buy', '2009-03-09', 'own-timex')], firms),
        { ...article('b', [deal('b', 'purchase', '2009-06-01', 'publication-date')], firms), text },
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ start: '2009-03-09' });
    });

    it('leaves alone a report the words tell as new ("a bankruptcy"), not as one known', () => {
      const { events } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex')], firms),
        looseArticle('Workers feared a bankruptcy of Harwell Brothers.'),
      ]);
      expect(events).toHaveLength(2);
    });

    const pair = ['Harwell Brothers', 'Ostrava Steel'];
    /** "Harwell Brothers defeated Ostrava Steel", dated by `basis`. */
    const defeat = (article: string, start: string, basis: EventDraft['mention']['dateBasis']) =>
      report(article, {
        kind: 'other',
        lemma: 'defeat',
        start,
        places: [],
        participants: pair,
        roles: [
          { name: 'Harwell Brothers', role: 'agent' },
          { name: 'Ostrava Steel', role: 'patient' },
        ],
        mention: { article, start: 0, end: 40, timex: null, dateBasis: basis },
      });

    it('joins a dated verb naming two participants ("Harwell Brothers defeated Ostrava Steel"), not a meeting of the two nor a run of acts since a month', () => {
      const { events } = mergeEvents([
        article('a', [defeat('a', '2009-04-30', 'own-timex')], pair),
        article('b', [defeat('b', '2009-05-03', 'publication-date')], pair),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ start: '2009-04-30' });
      // One participant is not enough for a verb: "Harwell Brothers closed" happens often.
      const one = (article: string, start: string, basis: 'own-timex' | 'publication-date') => ({
        ...defeat(article, start, basis),
        participants: ['Harwell Brothers'],
        roles: [{ name: 'Harwell Brothers', role: 'agent' as const }],
      });
      const apart = mergeEvents([
        article('a', [one('a', '2009-04-30', 'own-timex')], pair),
        article('b', [one('b', '2009-05-03', 'publication-date')], pair),
      ]);
      expect(apart.events).toHaveLength(2);
      // Nor is a meeting, which the same two hold again and again ("Costa meets Orrin").
      const met = (article: string, start: string, basis: 'own-timex' | 'publication-date') => ({
        ...defeat(article, start, basis),
        kind: 'meeting' as const,
        lemma: 'meet',
      });
      const meetings = mergeEvents([
        article('a', [met('a', '2009-04-30', 'own-timex')], pair),
        article('b', [met('b', '2009-05-03', 'publication-date')], pair),
      ]);
      expect(meetings.events).toHaveLength(2);
      // And a run of them since a month ("has met Ostrava Steel several times since
      // April") is no one of them.
      const since = {
        ...defeat('b', '2009-04-01', 'own-timex'),
        granularity: 'month' as const,
        end: '2009-05-03',
      };
      const run = mergeEvents([
        article('a', [defeat('a', '2009-04-20', 'own-timex')], pair),
        article('b', [since], pair),
      ]);
      expect(run.events).toHaveLength(2);
      // ("in early April" ends within its month: the one act of it that agrees.)
      const early = mergeEvents([
        article('a', [defeat('a', '2009-04-09', 'own-timex')], pair),
        article('b', [{ ...since, end: '2009-04-11' }], pair),
      ]);
      expect(early.events).toHaveLength(1);
    });

    it('joins a verb dated by a span from another event only to an event of that date ("a year after Harwell Brothers defeated Ostrava Steel")', () => {
      const apart = mergeEvents([
        article('a', [defeat('a', '2001-04-30', 'own-timex')], pair),
        article('b', [defeat('b', '2005-01-11', 'event-relative')], pair),
      ]);
      expect(apart.events.map((event) => event.start)).toEqual(['2001-04-30', '2005-01-11']);
      // Its own day is that day.
      const joined = mergeEvents([
        article('a', [defeat('a', '2005-01-11', 'own-timex')], pair),
        article('b', [defeat('b', '2005-01-11', 'event-relative')], pair),
      ]);
      expect(joined.events).toHaveLength(1);
    });

    it('leaves alone a rise or fall of a market, which happens every trading day', () => {
      // "the Orvex 50 fell 3.7 percent" a year after another article's fall of the Orvex 50.
      const markets = ['Orvex 50', 'Asia'];
      const fell = (article: string, start: string, basis: 'own-timex' | 'publication-date') =>
        report(article, {
          kind: 'market-move',
          lemma: 'fall',
          start,
          places: [],
          participants: markets,
          roles: [
            { name: 'Orvex 50', role: 'agent' },
            { name: 'Asia', role: 'other' },
          ],
          mention: { article, start: 0, end: 40, timex: null, dateBasis: basis },
        });
      const { events } = mergeEvents([
        article('a', [fell('a', '2007-02-28', 'own-timex')], []),
        article('b', [fell('b', '2008-03-17', 'publication-date')], []),
      ]);
      expect(events.map((event) => event.start)).toEqual(['2007-02-28', '2008-03-17']);
    });

    it('reads no definite event in a verb after a definite noun ("the mills is bankruptcy-bound")', () => {
      const { events } = mergeEvents([
        article('a', [bankruptcy('a', '2009-04-30', 'own-timex')], firms),
        looseArticle('One of the mills is bankruptcy-bound.'),
      ]);
      expect(events).toHaveLength(2);
    });

    it('joins the first of two groups on one day, but none of two on different days', () => {
      // Two places keep the first two apart; the loose report names none.
      const at = (place: string, start: string, offset: number) => ({
        ...bankruptcy('a', start, 'own-timex', offset),
        places: [place],
      });
      const oneDay = mergeEvents([
        article('a', [at('Detroit', '2009-04-30', 0), at('Toledo', '2009-04-30', 40)], firms),
        looseArticle(),
      ]);
      expect(oneDay.events.map((event) => event.mentions.length)).toEqual([2, 1]);
      const twoDays = mergeEvents([
        article('a', [at('Detroit', '2009-04-30', 0), at('Toledo', '2009-05-12', 40)], firms),
        looseArticle(),
      ]);
      expect(twoDays.events.map((event) => event.mentions.length)).toEqual([1, 1, 1]);
    });
  });

  describe('a report naming no one whose words point back ("the first flight")', () => {
    const flight = (id: string, text: string, participants: string[], at = 0) => {
      const trigger = text.indexOf('flight');
      return report(id, {
        kind: 'launch',
        lemma: 'flight',
        places: [],
        participants,
        roles: participants.map((name) => ({ name, role: 'agent' as const })),
        mention: {
          article: id,
          start: at,
          end: at + text.length,
          timex: null,
          dateBasis: 'own-timex',
          trigger: { start: at + trigger, end: at + trigger + 6 },
        },
      });
    };
    const told = (id: string, text: string, participants: string[] = []) => ({
      ...article(id, [flight(id, text, participants)], ['Larkspur K700']),
      text,
    });

    it('joins the one event of its family another article tells for that day', () => {
      const { events } = mergeEvents([
        told('a', 'The Larkspur K700 made its first flight on Friday.', ['Larkspur K700']),
        told('b', 'The first flight took off on Friday.'),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]?.mergedBecause[0]).toMatch(/the only one/);
    });

    it("stays alone when its article never names the other event's participants", () => {
      const text = 'The first flight took off on Friday.';
      const { events } = mergeEvents([
        told('a', 'The Larkspur K700 made its first flight on Friday.', ['Larkspur K700']),
        { ...article('b', [flight('b', text, [])], ['Ingrid Berg']), text },
      ]);
      expect(events).toHaveLength(2);
    });

    it("joins the first told of the day's events of its family that name no one either, when none names anyone", () => {
      const { events } = mergeEvents([
        told('a', 'A flight took off from Oslo on Friday.'),
        told('b', 'A flight landed in Bergen on Friday.'),
        told('c', 'The first flight took off on Friday.'),
      ]);
      expect(events).toHaveLength(2);
      const joined = events.find((event) => event.mentions.length === 2);
      expect(joined?.mentions.map((mention) => mention.article)).toEqual(['a', 'c']);
      expect(joined?.mergedBecause[0]).toMatch(/naming no one either/);
      // One that names someone its article names comes first: it is the only one.
      const named = mergeEvents([
        told('a', 'A flight took off from Oslo on Friday.'),
        told('b', 'The Larkspur K700 made its first flight on Friday.', ['Larkspur K700']),
        told('c', 'The first flight took off on Friday.'),
      ]);
      const withNamed = named.events.find((event) => event.mentions.length === 2);
      expect(withNamed?.mentions.map((mention) => mention.article)).toEqual(['b', 'c']);
    });

    it('stays alone when the words tell a new one ("a flight") or two events could be it', () => {
      const indefinite = mergeEvents([
        told('a', 'The Larkspur K700 made its first flight on Friday.', ['Larkspur K700']),
        told('b', 'A flight took off on Friday.'),
      ]);
      expect(indefinite.events).toHaveLength(2);
      const first = 'The Larkspur K700 made its first flight on Friday.';
      const second = 'The Ostrava Q1 made its last flight on Friday.';
      const two = {
        ...article('a', [
          flight('a', first, ['Larkspur K700']),
          flight('a', second, ['Ostrava Q1'], first.length + 1),
        ]),
        text: `${first} ${second}`,
      };
      const firstFlight = 'The first flight took off on Friday.';
      const namesBoth = {
        ...article('b', [flight('b', firstFlight, [])], ['Larkspur K700', 'Ostrava Q1']),
        text: firstFlight,
      };
      const ambiguous = mergeEvents([two, namesBoth]);
      expect(ambiguous.events).toHaveLength(3);
      // Places that differ tell another flight.
      const placed = (id: string, text: string, place: string, participants: string[] = []) => ({
        ...article(id, [{ ...flight(id, text, participants), places: [place] }], []),
        text,
      });
      const apart = mergeEvents([
        placed('a', 'The Larkspur K700 made its first flight in Rome on Friday.', 'Rome', [
          'Larkspur K700',
        ]),
        placed('b', 'The first flight left Oslo on Friday.', 'Oslo'),
      ]);
      expect(apart.events).toHaveLength(2);
    });
  });

  describe('a noun naming no one that its article dates only by its sentence ("died in the explosion")', () => {
    /** An article telling `text`, whose one report is the word `word` of it. */
    const telling = (
      id: string,
      text: string,
      word: string,
      dates: Partial<EventDraft>,
      names: string[],
      participants: string[] = [],
    ) => {
      const at = text.indexOf(word);
      const told = report(id, {
        kind: 'other',
        lemma: word === 'exploded' ? 'explode' : word,
        places: [],
        participants,
        roles: participants.map((name) => ({ name, role: 'agent' as const })),
        mention: {
          article: id,
          start: 0,
          end: text.length,
          timex: null,
          dateBasis: 'own-timex',
          trigger: { start: at, end: at + word.length },
        },
        ...dates,
      });
      if (!participants.length) told.nominal = true;
      return { ...article(id, [told], names), text };
    };
    const exploded = (id: string, start = '2010-04-20') =>
      telling(
        id,
        'The Norwind rig exploded on April 20.',
        'exploded',
        { start },
        ['Norwind'],
        ['Norwind'],
      );
    const died = (text = 'Relatives of the workers who died in the explosion spoke.') => {
      const told = telling('c', text, 'explosion', { start: '2010-05-29' }, ['Norwind']);
      (told.events[0] as EventDraft).mention.dateBasis = 'story-day';
      return told;
    };

    it('is the event of its family two articles told, on the day most reports tell', () => {
      const { events } = mergeEvents([exploded('a'), exploded('b'), died()]);
      expect(events).toHaveLength(1);
      expect(events[0]?.start).toBe('2010-04-20');
      expect(events[0]?.mergedBecause.at(-1)).toMatch(/the story told/);
    });

    it('stays alone when two days are told as often, when one article alone told it, when its words say what it was of, or when its article dates one of its own on another day', () => {
      const tie = mergeEvents([
        exploded('a'),
        exploded('b'),
        exploded('d', '2010-03-02'),
        exploded('e', '2010-03-02'),
        died(),
      ]);
      expect(tie.events.find((event) => event.start === '2010-05-29')).toBeDefined();
      const once = mergeEvents([exploded('a'), died()]);
      expect(once.events).toHaveLength(2);
      const particular = mergeEvents([
        exploded('a'),
        exploded('b'),
        died('Relatives spoke of the explosion of a tanker.'),
      ]);
      expect(particular.events).toHaveLength(2);
      // Its article dates an explosion of its own, on another day: that is the one.
      const own = died();
      const mill = { ...exploded('c', '2010-05-03').events[0]!, title: 'Mill explodes' };
      mill.mention = { ...mill.mention, start: 200, end: 230 };
      const ownDay = mergeEvents([
        exploded('a'),
        exploded('b'),
        { ...own, events: [...own.events, mill] },
      ]);
      expect(ownDay.events.find((event) => event.start === '2010-04-20')?.mentions).toHaveLength(2);
    });

    it("stays on its story's day when its article has one of the event's doers act that day", () => {
      // "Norwind was fined on Saturday … the explosion": its article's own day, not April's.
      const own = died();
      const fined = {
        ...exploded('c', '2010-05-29').events[0]!,
        lemma: 'fine',
        title: 'Norwind is fined',
      };
      fined.mention = { ...fined.mention, start: 200, end: 230 };
      const merged = mergeEvents([
        exploded('a'),
        exploded('b'),
        { ...own, events: [...own.events, fined] },
      ]);
      expect(merged.events.find((event) => event.start === '2010-04-20')?.mentions).toHaveLength(2);
      expect(merged.events.filter((event) => event.start === '2010-05-29')).toHaveLength(2);
      // Another doer acting that day changes nothing.
      const other = { ...fined, participants: ['Lund Oil'], roles: [] };
      const joined = mergeEvents([
        exploded('a'),
        exploded('b'),
        { ...own, events: [...own.events, other] },
      ]);
      expect(joined.events.find((event) => event.start === '2010-04-20')?.mentions).toHaveLength(3);
    });

    it('is the one such event three articles or more tell, when its article names none of its names, and none after its article', () => {
      const undated = () => {
        const told = telling(
          'c',
          'Shares have lost a third of their value since the explosion.',
          'explosion',
          { start: null, end: null, granularity: null },
          ['Lund Oil'],
        );
        delete (told.events[0] as EventDraft).mention.dateBasis;
        return told;
      };
      const three = mergeEvents([exploded('a'), exploded('b'), exploded('d'), undated()]);
      expect(three.undated).toHaveLength(0);
      expect(three.events).toHaveLength(1);
      expect(three.events[0]?.mentions).toHaveLength(4);
      // Nor does a second such noun of its article stay apart: the article dates neither.
      const once = undated();
      const first = once.events[0] as EventDraft;
      const shift = once.text.length + 1;
      const at = (span: { start: number; end: number }) => ({
        start: span.start + shift,
        end: span.end + shift,
      });
      const second: EventDraft = {
        ...first,
        mention: {
          ...first.mention,
          ...at(first.mention),
          trigger: at(first.mention.trigger as { start: number; end: number }),
        },
      };
      const both = mergeEvents([
        exploded('a'),
        exploded('b'),
        exploded('d'),
        { ...once, text: `${once.text} ${once.text}`, events: [first, second] },
      ]);
      expect(both.undated).toHaveLength(0);
      expect(both.events[0]?.mentions).toHaveLength(5);
      // Two articles do not make it the story's one explosion for an article naming none of it.
      expect(mergeEvents([exploded('a'), exploded('b'), undated()]).undated).toHaveLength(1);
      // Two such events leave it alone.
      const two = mergeEvents([
        exploded('a'),
        exploded('b'),
        exploded('d'),
        exploded('e', '2010-03-02'),
        exploded('f', '2010-03-02'),
        exploded('g', '2010-03-02'),
        undated(),
      ]);
      expect(two.undated).toHaveLength(1);
      // Nor does it mean one after its article was published.
      const early = { ...undated(), published: '2010-03-01' };
      expect(
        mergeEvents([exploded('a'), exploded('b'), exploded('d'), early]).undated,
      ).toHaveLength(1);
    });
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
      article('a', [report('a', { kind: 'other', start: '2015-01-09' })]),
      article('b', [
        report('b', {
          kind: 'other',
          start: '2015-01-01',
          end: '2015-02-01',
          granularity: 'month',
        }),
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.start).toBe('2015-01-09');
    expect(events[0]?.mergedBecause[0]).toMatch(/date agrees/);
  });

  it('joins a year-dated act to the one day-dated event of that year that agrees ("unveiled the L9 in 2015"), not a plan, a market\'s move or a state since then', () => {
    const year = {
      kind: 'other' as const,
      start: '2015-01-01',
      end: '2016-01-01',
      granularity: 'year' as const,
    };
    const day = article('a', [report('a', { kind: 'other', start: '2015-06-09' })]);
    const joined = mergeEvents([day, article('b', [report('b', year)])]);
    expect(joined.events).toHaveLength(1);
    expect(joined.events[0]?.start).toBe('2015-06-09');
    const planned = mergeEvents([
      day,
      article('b', [report('b', { ...year, modality: 'scheduled' })]),
    ]);
    expect(planned.events).toHaveLength(2);
    const since = mergeEvents([day, article('b', [report('b', { ...year, end: '2017-03-02' })])]);
    expect(since.events).toHaveLength(2);
    const moves = (id: string, dates: Partial<EventDraft>) =>
      article(id, [report(id, { kind: 'market-move', lemma: 'fall', ...dates })]);
    const market = mergeEvents([
      moves('a', { start: '2015-06-09' }),
      moves('b', { start: '2015-01-01', end: '2016-01-01', granularity: 'year' }),
    ]);
    expect(market.events).toHaveLength(2);
  });

  it('joins a report of a done act dated by its year or month to no event after its article was published ("had lent money earlier in the year")', () => {
    const lent = (id: string, dates: Partial<EventDraft>, published: string) => ({
      ...article(id, [report(id, { kind: 'other', lemma: 'lend', ...dates })]),
      published,
    });
    const year = { start: '2016-01-01', end: '2017-01-01', granularity: 'year' as const };
    const month = { start: '2016-09-01', end: '2016-10-01', granularity: 'month' as const };
    const later = lent('a', { start: '2016-09-30' }, '2016-09-30');
    for (const dates of [year, month]) {
      const { events } = mergeEvents([later, lent('b', dates, '2016-09-29')]);
      expect(events).toHaveLength(2);
      // Published after it, the same report is that act.
      expect(mergeEvents([later, lent('b', dates, '2016-10-02')]).events).toHaveLength(1);
    }
    // What it plans may come after.
    const planned = lent('b', { ...month, modality: 'scheduled' }, '2016-09-29');
    expect(mergeEvents([later, planned]).events).toHaveLength(1);
  });

  it('joins a month-dated report to the first of two agreeing events of one day in that month, not to either of two days', () => {
    const month = { start: '2015-01-01', end: '2015-02-01', granularity: 'month' as const };
    const unveiled = (article: string, agent: string, dates: Partial<EventDraft>) =>
      actOn(article, agent, 'L9', { kind: 'launch', lemma: 'unveil', ...dates });
    const persons = ['Ann Berg'];
    // The body and its chief told apart on 9 January ("Lindale unveils the L9", "Ann Berg
    // unveiled the company's new phone"); then "Ann Berg unveiled the L9 in January".
    const chief = report('b', {
      kind: 'launch',
      lemma: 'unveil',
      places: [],
      start: '2015-01-09',
      participants: ['Ann Berg'],
      roles: [{ name: 'Ann Berg', role: 'agent' }],
    });
    const { events } = mergeEvents([
      article('a', [unveiled('a', 'Lindale', { start: '2015-01-09' })], persons),
      article('b', [chief], persons),
      article('c', [unveiled('c', 'Ann Berg', month)], persons),
    ]);
    expect(events.filter((event) => event.start === '2015-01-09')).toHaveLength(2);
    const joined = events.find((event) => event.mentions.some((m) => m.article === 'c'));
    expect(joined?.start).toBe('2015-01-09');
    expect(joined?.mentions.map((mention) => mention.article)).toEqual(['a', 'c']);
    // Agreeing events on two days leave it alone.
    const { events: apart } = mergeEvents([
      article('a', [unveiled('a', 'Ann Berg', { start: '2015-01-09' })], persons),
      article('b', [unveiled('b', 'Ann Berg', { start: '2015-01-20' })], persons),
      article('c', [unveiled('c', 'Ann Berg', month)], persons),
    ]);
    expect(apart.find((event) => event.mentions.some((m) => m.article === 'c'))?.start).toBe(
      '2015-01-01',
    );
  });

  it('joins month-dated reports of one event, told twice by other articles, to its day in that month', () => {
    const month = { start: '2015-01-01', end: '2015-02-01', granularity: 'month' as const };
    const { events } = mergeEvents([
      article('a', [report('a', { kind: 'other', start: '2015-01-09' })]),
      article('b', [report('b', { kind: 'other', ...month })]),
      article('c', [report('c', { kind: 'other', ...month })]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.start).toBe('2015-01-09');
    expect(events[0]?.mentions.map((mention) => mention.article)).toEqual(['a', 'b', 'c']);
  });

  it('keeps apart reports that say they acted on different names ("bought JotSpot in October" is not "bought YouTube on 9 October")', () => {
    const bought = (article: string, patient: string, dates: Partial<EventDraft>) =>
      report(article, {
        kind: 'deal',
        lemma: 'buy',
        participants: ['Orlin', patient],
        roles: [
          { name: 'Orlin', role: 'agent' },
          { name: patient, role: 'patient' },
        ],
        ...dates,
      });
    const month = { start: '2006-10-01', end: '2006-11-01', granularity: 'month' as const };
    const { events } = mergeEvents([
      article('a', [bought('a', 'Vantel', { start: '2006-10-09' })], []),
      article('b', [bought('b', 'Tessary', month)], []),
      article('c', [bought('c', 'Tessary', { start: '2006-10-09' })], []),
      // A name that begins another is no other: "Vantel" and "Vantel Media".
      article('d', [bought('d', 'Vantel Media', { start: '2006-10-09' })], []),
    ]);
    const articlesOf = (patient: string) =>
      events
        .find((event) => event.participants.includes(patient))
        ?.mentions.map((mention) => mention.article);
    expect(articlesOf('Vantel')).toEqual(['a', 'd']);
    expect(articlesOf('Tessary')).toEqual(['b', 'c']);
  });

  it('joins a month-dated report, of agreeing events on two days, to the one that names what it acted on ("agreed in September to buy Tessary")', () => {
    const orlin = { name: 'Orlin', role: 'agent' as const };
    const tessary = { name: 'Tessary', role: 'patient' as const };
    const month = { start: '2008-09-01', end: '2008-10-01', granularity: 'month' as const };
    const { events } = mergeEvents([
      article('a', [agreed('a', [orlin, tessary], { start: '2008-09-14' })], []),
      // "Its agreement, announced two weeks ago": on another day, naming nothing acted on.
      article('b', [agreed('b', [orlin], { start: '2008-09-16' })], []),
      article('c', [agreed('c', [orlin, tessary], month)], []),
    ]);
    const articlesOn = (day: string) =>
      events.find((event) => event.start === day)?.mentions.map((mention) => mention.article);
    expect(articlesOn('2008-09-14')).toEqual(['a', 'c']);
    expect(articlesOn('2008-09-16')).toEqual(['b']);
    // Naming nothing acted on, it joins neither.
    const { events: apart } = mergeEvents([
      article('a', [agreed('a', [orlin, tessary], { start: '2008-09-14' })], []),
      article('b', [agreed('b', [orlin], { start: '2008-09-16' })], []),
      article('c', [agreed('c', [orlin], month)], []),
    ]);
    expect(apart).toHaveLength(3);
  });

  it('takes two reports of one sentence with one title, date and names as one event ("The scandal erupted"), and no others', () => {
    const noun = report('a', {
      kind: 'other',
      title: 'Scandal erupts',
      lemma: 'scandal',
      participants: [],
      places: [],
    });
    const verb = { ...noun, lemma: 'erupt' };
    const said = { ...noun, kind: 'statement' as const, title: 'Lund says', lemma: 'say' };
    const { events } = mergeEvents([article('a', [noun, verb, said])]);
    expect(events.map((event) => [event.title, event.mentions.length])).toEqual([
      ['Scandal erupts', 2],
      ['Lund says', 1],
    ]);
    expect(events[0]?.mergedBecause).toEqual(['same sentence, same title (Scandal erupts)']);
    // Another sentence, another day, other names or not done alike: two events.
    const later = { ...verb, mention: { ...verb.mention, start: 20, end: 30 } };
    const nextDay = { ...verb, start: '2016-08-27' };
    const named = { ...verb, participants: ['John Doe'] };
    const expected = { ...verb, modality: 'expected' as const };
    for (const other of [later, nextDay, named, expected])
      expect(mergeEvents([article('a', [noun, other])]).events).toHaveLength(2);
  });

  it('joins a report its article dates by another report to that report\'s event ("after an explosion … The explosion at the mill happened on Tuesday")', () => {
    const explosion = (article: string, start: number, overrides: Partial<EventDraft> = {}) =>
      report(article, {
        kind: 'other',
        title: 'Mill explodes',
        lemma: 'explode',
        places: [],
        participants: ['Arden Mill'],
        roles: [{ name: 'Arden Mill', role: 'agent' }],
        mention: { article, start, end: start + 10, timex: null, dateBasis: 'own-timex' },
        ...overrides,
      });
    // Article a tells "an explosion" in the Gulf (naming no one) before the one it names;
    // article b names the mill.
    const anonymous = explosion('a', 0, {
      title: 'Explosion',
      lemma: 'explosion',
      participants: [],
      roles: [],
      places: ['Gulf of Arden'],
      mention: { article: 'a', start: 0, end: 10, timex: null, dateBasis: 'same-event-in-article' },
      sameEventAs: 1,
    });
    const { events } = mergeEvents([
      article('a', [anonymous, explosion('a', 20, { places: ['Lund'] })], []),
      article('b', [explosion('b', 0, { places: ['Lund'] })], []),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions.map((mention) => mention.article)).toEqual(['a', 'a', 'b']);
    expect(events[0]?.mergedBecause).toContain('same event (explode) told again in the article');
    // Without the link, the report naming no one somewhere else is an event apart.
    const unlinked: EventDraft = { ...anonymous, sameEventAs: undefined };
    expect(
      mergeEvents([
        article('a', [unlinked, explosion('a', 20, { places: ['Lund'] })], []),
        article('b', [explosion('b', 0, { places: ['Lund'] })], []),
      ]).events,
    ).toHaveLength(2);
  });

  it('puts undated reports in undated[], never merged', () => {
    const { events, undated } = mergeEvents([
      article('a', [report('a', { start: null, granularity: null })]),
    ]);
    expect(events).toEqual([]);
    expect(undated).toHaveLength(1);
  });

  // Merging compares a report only with the groups an index says it could join (speed is
  // measured by `npm run bench -- loader-scale`); these cases pin down that no group that
  // agrees is missed.
  it('joins a report naming no one to the group naming no one at its place, not to one naming people', () => {
    const { events } = mergeEvents([
      article('a', [
        report('a', { participants: ['John Doe'] }),
        report('a', { participants: [] }),
      ]),
      article('b', [report('b', { participants: [] })]),
    ]);
    expect(events).toHaveLength(2);
    const anonymous = events.find((event) => event.participants.length === 0);
    expect(anonymous?.mentions.map((mention) => mention.article)).toEqual(['a', 'b']);
  });

  it('joins on a shared country when the report names no person, not when both name different people', () => {
    const { events } = mergeEvents([
      article('a', [report('a', { participants: ['John Doe', 'Russia'] })], ['John Doe']),
      article('b', [report('b', { participants: ['Ann Poe', 'Russia'] })], ['Ann Poe']),
      article('c', [report('c', { participants: ['Russia'] })], []),
    ]);
    expect(events).toHaveLength(2);
    const withDoe = events.find((event) => event.participants.includes('John Doe'));
    expect(withDoe?.mentions.map((mention) => mention.article)).toEqual(['a', 'c']);
  });

  it('finds a day-dated event through a name it gained from an earlier month-dated report', () => {
    const month = { start: '2015-01-01', end: '2015-02-01', granularity: 'month' as const };
    const { events } = mergeEvents([
      article('a', [report('a', { start: '2015-01-09', participants: ['John Doe'] })]),
      article('b', [report('b', { ...month, participants: ['John Doe', 'Ivan Roe'] })]),
      // A week, so that it does not merge with the month-dated report first.
      article('c', [
        report('c', {
          start: '2015-01-08',
          end: '2015-01-15',
          granularity: 'week',
          participants: ['Ivan Roe'],
        }),
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions.map((mention) => mention.article)).toEqual(['a', 'b', 'c']);
  });
});
