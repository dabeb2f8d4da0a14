import { describe, expect, it } from 'vitest';
import { detectEvents } from '../../../src/loader/stages/detect-events.ts';
import { draftWith, slice, type FixedTimex } from './draft-helpers.ts';

const day = (text: string, date: string, occurrence?: number): FixedTimex => {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { text, start: date, end: next.toISOString().slice(0, 10), occurrence };
};

const detect = (text: string, timexes: FixedTimex[], published = '2024-05-10') =>
  detectEvents.run(draftWith(text, timexes, { published }));

describe('detectEvents', () => {
  it('dates each clause by its own expression in reported speech', () => {
    const text = 'Headline\n\nThe ministry said on Monday that rebels attacked the town on Friday.';
    const draft = detect(text, [day('Monday', '2024-05-06'), day('Friday', '2024-05-03')]);
    const byKind = Object.fromEntries(draft.events.map((event) => [event.kind, event.start]));
    expect(byKind).toEqual({ statement: '2024-05-06', military: '2024-05-03' });
  });

  it('names the participants, unifies them and writes a short title', () => {
    const text =
      'Headline\n\nForeign Minister Anna Berglund and Minister Pavel Novak spoke by telephone on Thursday.';
    const [event] = detect(text, [day('Thursday', '2024-05-09')]).events;
    expect(event).toMatchObject({
      kind: 'phone-call',
      start: '2024-05-09',
      participants: ['Anna Berglund', 'Pavel Novak'],
      title: 'Berglund and Novak speak by phone',
    });
    expect(slice(detect(text, [day('Thursday', '2024-05-09')]), event!.mention.trigger!)).toBe(
      'spoke',
    );
  });

  it('reads modality: scheduled, denied', () => {
    const text =
      'Headline\n\nBerglund will meet Novak on Friday. Novak did not meet Berglund on Monday.';
    const events = detect(text, [day('Friday', '2024-05-17'), day('Monday', '2024-05-06')]).events;
    expect(events.map((event) => event.modality)).toEqual(['scheduled', 'denied']);
  });

  it('carries a date from a later report of the same event to the undated lead', () => {
    const text =
      'Headline\n\nPresident Ada Quist arrived in Oslo for talks.\n\nQuist, who flew from Rome, arrived in the city on Thursday night.';
    const events = detect(text, [day('Thursday', '2024-05-09')]).events.filter(
      (e) => e.kind === 'arrival',
    );
    expect(events).toHaveLength(2);
    expect(events.map((event) => [event.start, event.mention.dateBasis])).toEqual([
      ['2024-05-09', 'carried-from-coreferent'],
      ['2024-05-09', 'governing-timex'],
    ]);
  });

  it('makes one event per occasion in a list of dated places', () => {
    const text =
      'Headline\n\nAnna Berglund and Pavel Novak met twice. Their meetings came in Rome on May 2 and in Oslo on May 8.';
    const events = detect(text, [day('May 2', '2024-05-02'), day('May 8', '2024-05-08')]).events;
    const meetings = events.filter(
      (event) => event.mention.dateBasis === 'governing-timex' && event.kind === 'meeting',
    );
    expect(meetings.map((event) => [event.start, event.places])).toEqual([
      ['2024-05-02', ['Rome']],
      ['2024-05-08', ['Oslo']],
    ]);
  });

  it('uses the dateline place as the default place of the days around publication', () => {
    const text = 'Headline\n\nOSLO – President Ada Quist met Pavel Novak on Thursday.';
    const [event] = detect(text, [day('Thursday', '2024-05-09')]).events;
    expect(event?.places).toEqual(['Oslo']);
  });

  it('yields nothing from boilerplate', () => {
    const text =
      'Headline\n\nFile photo of Ada Quist meeting Novak on Monday.\n\nCopyright © 2024 Wire';
    expect(detect(text, [day('Monday', '2024-05-06')]).events).toEqual([]);
  });

  it('negative cases: a date or a number without an occurrence makes no event', () => {
    const cases: Array<[string, FixedTimex[]]> = [
      ['Headline\n\nThe report is dated Monday.', [day('Monday', '2024-05-06')]],
      ['Headline\n\nShares were at $52.10 on Monday.', [day('Monday', '2024-05-06')]],
      ['Headline\n\nThe museum is open every day except Monday.', [day('Monday', '2024-05-06')]],
      [
        'Headline\n\nThe ministry did not say on Monday when talks would resume.',
        [day('Monday', '2024-05-06')],
      ],
    ];
    for (const [text, timexes] of cases) expect(detect(text, timexes).events, text).toEqual([]);
  });

  it('keeps every mention and trigger span inside the text', () => {
    const text = 'Headline\n\nThe ministry said on Monday that rebels attacked the town on Friday.';
    const draft = detect(text, [day('Monday', '2024-05-06'), day('Friday', '2024-05-03')]);
    for (const event of draft.events) {
      expect(event.mention.end).toBeLessThanOrEqual(text.length);
      if (event.mention.timex)
        expect(slice(draft, event.mention.timex)).toBe(event.mention.timex.text);
    }
  });
});
