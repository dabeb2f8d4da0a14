import { afterEach, describe, expect, it } from 'vitest';
import { timexDraftOf } from '../../../src/loader/timex/timexes-of-text.ts';
import { timexSchema } from '../../../src/contract/corpus.ts';

const TEXT =
  'Kerry spoke with Lavrov on Thursday. He will meet him Friday morning, and again the following day. ' +
  'The two met in mid-July and in late 2015. Officials now say talks could last four months.';

describe('resolveTimexes', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('resolves relative expressions and fills resolved intervals that pass the contract', () => {
    const draft = timexDraftOf(TEXT, '2016-09-08');
    for (const timex of draft.timexes) expect(timexSchema.safeParse(timex).success).toBe(true);
    const byText = new Map(draft.timexes.map((timex) => [timex.text, timex]));
    expect(byText.get('Thursday')?.resolved).toMatchObject({
      start: '2016-09-08',
      end: '2016-09-09',
      granularity: 'day',
      stated: ['weekday'],
      inferred: ['year', 'month', 'day'],
    });
    expect(byText.get('Friday morning')?.value).toBe('2016-09-09TMO');
    expect(byText.get('the following day')).toMatchObject({
      value: '2016-09-10',
      anchor: byText.get('Friday morning')?.id,
    });
    expect(byText.get('mid-July')?.resolved).toMatchObject({
      approximate: true,
      granularity: 'month',
    });
    expect(byText.get('now')?.resolved).toMatchObject({ start: '2016-09-08', approximate: true });
    expect(byText.get('four months')?.resolved).toBeNull();
  });

  it("hangs a part of the day on the story's day, not on the day a record is measured from", () => {
    const text =
      'The index fell 9 percent on Tuesday, its worst day since the exchange reopened after the May 3 fire. ' +
      'A fault delayed trading during the afternoon.';
    const byText = new Map(timexDraftOf(text, '2009-03-12').timexes.map((t) => [t.text, t]));
    expect(byText.get('the afternoon')?.value).toBe('2009-03-10TAF');
  });

  it('hangs a part of the day on the story\'s day, not on a day told after "after" ("came after a fall on Monday, the first day after Friday\'s quake")', () => {
    const text =
      "Tuesday's decline came after a 6.2% fall on Monday, the first trading day after Friday's earthquake. " +
      'At one point in the afternoon, the index had dropped 14%.';
    const byText = new Map(timexDraftOf(text, '2011-03-15').timexes.map((t) => [t.text, t]));
    expect(byText.get('the afternoon')?.value).toBe('2011-03-15TAF');
    // A day told plainly before it still sets the day.
    const plain = 'The index fell on Monday. In the afternoon, it dropped 14%.';
    const plainByText = new Map(timexDraftOf(plain, '2011-03-15').timexes.map((t) => [t.text, t]));
    expect(plainByText.get('the afternoon')?.value).toBe('2011-03-14TAF');
    // Nor does a line above: a headline's "after" sets off no day below it.
    const headline =
      'The case began on 2 May.\n\nLund to lead Harwell after surprise resignation\n\n' +
      'On 6 May, officials in Rabat declared the outbreak over. Crowds gathered throughout the afternoon.';
    const headlineByText = new Map(
      timexDraftOf(headline, '2015-05-07').timexes.map((t) => [t.text, t]),
    );
    expect(headlineByText.get('the afternoon')?.value).toBe('2015-05-06TAF');
  });

  it('hangs "early in the day" on the day just told, "earlier in the week" on the week of the report', () => {
    const text =
      'The index had gained 21 points on Monday, after falling early in the day. ' +
      'Lund shares fell earlier in the week.';
    const byText = new Map(timexDraftOf(text, '2008-03-19').timexes.map((t) => [t.text, t]));
    expect(byText.get('early in the day')?.value).toBe('2008-03-17');
    expect(byText.get('earlier in the week')?.value).toBe('2008-W12');
  });

  it('counts "nine days earlier" from the day a report was made, not from the date line', () => {
    const text =
      'Mill to close\n\nJanuary 15, 2009\n\nLund said on Wednesday that the mill would close. ' +
      'Only nine days earlier, Lund had written that the mill was safe.';
    const byText = new Map(timexDraftOf(text, '2009-01-15').timexes.map((t) => [t.text, t]));
    expect(byText.get('Only nine days earlier')?.value).toBe('2009-01-05');
  });

  it("hangs a bare part of the day on the story's day when the last date is sentences back", () => {
    const text =
      'The bank found the losses on March 2. Its chairman offered to resign. ' +
      'The board refused. Trading in its shares was halted for the morning.';
    const byText = new Map(timexDraftOf(text, '2009-03-12').timexes.map((t) => [t.text, t]));
    expect(byText.get('the morning')?.value).toBe('2009-03-12TMO');
    // A date in the sentence before still sets the day: "… on March 2. In the afternoon …".
    const near = 'The bank found the losses on March 2. Trading was halted for the morning.';
    const nearByText = new Map(timexDraftOf(near, '2009-03-12').timexes.map((t) => [t.text, t]));
    expect(nearByText.get('the morning')?.value).toBe('2009-03-02TMO');
  });

  it('gives a day with no year the year its phrase names a few words on ("the September 11 attacks in 2001")', () => {
    const text = 'Her husband was killed in the September 11 attacks in 2001.';
    const byText = new Map(timexDraftOf(text, '2009-02-13').timexes.map((t) => [t.text, t]));
    expect(byText.get('September 11')?.value).toBe('2001-09-11');
    // Not across a comma: "opened on March 5, and in 2009 it closed".
    const apart = 'The mill opened on March 5, and in 2009 it closed.';
    const apartByText = new Map(timexDraftOf(apart, '2009-02-13').timexes.map((t) => [t.text, t]));
    expect(apartByText.get('March 5')?.value).toBe('2008-03-05');
  });

  it('gives a day with no year the year of the date its sentence goes on from ("opened on May 3, 1999, and closed on June 9"), inferred, not after a report', () => {
    const byText = (text: string) =>
      new Map(timexDraftOf(text, '2007-08-18').timexes.map((t) => [t.text, t]));
    const goesOn = byText('The mill opened on May 3, 1999, and closed on June 9.').get('June 9');
    expect(goesOn?.value).toBe('1999-06-09');
    expect(goesOn?.resolved?.inferred).toContain('year');
    expect(
      byText(
        'The drop was the largest since May 3, 1999, when trading resumed after the May 1 fire.',
      ).get('May 1')?.value,
    ).toBe('1999-05-01');
    // A report tells of its own time; a day far from the date keeps its own year.
    expect(
      byText('Lund, who joined on May 3, 1999, said on June 9 that it was over.').get('June 9')
        ?.value,
    ).toBe('2007-06-09');
    expect(
      byText('The mill opened on May 3, 1999, and closed on December 9.').get('December 9')?.value,
    ).toBe('2006-12-09');
  });

  it('reads the quarter of results someone will report as the latest one, not the next ("will report its second-quarter results")', () => {
    const value = (text: string, published: string) =>
      timexDraftOf(text, published).timexes.map((timex) => timex.value);
    expect(
      value('Lindale will report its second-quarter results on August 1.', '2008-07-03'),
    ).toEqual(['2008-Q2', '2008-08-01']);
    expect(value('Lindale will post a first-quarter loss.', '2008-04-10')).toEqual(['2008-Q1']);
    // Or named after them: "will report its results for the fourth quarter on January 21".
    expect(
      value('Lindale will report its results for the fourth quarter on January 21.', '2010-01-13'),
    ).toEqual(['2009-Q4', '2010-01-21']);
    // A quarter that is no report's is ahead: "expects a loss in the second quarter".
    expect(value('Lindale expects a loss in the second quarter.', '2008-07-03')).toEqual([
      '2009-Q2',
    ]);
  });

  it('gives a day of a month told again the year it had ("arrives on December 2 … the stop on December 2 was dropped")', () => {
    const text =
      'The jet will arrive in Oslo on December 2. Its stop in Bergen, on December 2, was dropped.';
    const timexes = timexDraftOf(text, '2005-11-05').timexes;
    expect(timexes.map((timex) => timex.value)).toEqual(['2005-12-02', '2005-12-02']);
    // Told once in a past clause, the day is the last one: "was dropped on December 2".
    const once = timexDraftOf('Its stop in Bergen, on December 2, was dropped.', '2005-11-05');
    expect(once.timexes.map((timex) => timex.value)).toEqual(['2004-12-02']);
  });

  it('counts "three days later" from a date a passive told, which is the story\'s ("was announced on September 14")', () => {
    const text =
      'Trading was halted on Monday. Savers queued after the loan was announced on September 14. ' +
      'The run ended three days later.';
    const byText = new Map(timexDraftOf(text, '2008-02-18').timexes.map((t) => [t.text, t]));
    expect(byText.get('three days later')?.value).toBe('2007-09-17');
  });

  it('places "the same weekend" after a month of its sentence in that month, not at the date line ("agreed in September, on the same weekend that")', () => {
    const text =
      'Lund Bank agreed to buy Moe Finans in September, on the same weekend that Orlin Bank collapsed. ' +
      'Shares fell on Friday, and rose again the same day.';
    const byText = new Map(timexDraftOf(text, '2009-01-17').timexes.map((t) => [t.text, t]));
    expect(byText.get('the same weekend')).toMatchObject({
      value: '2008-09',
      anchor: byText.get('September')?.id,
      resolved: {
        start: '2008-09-01',
        granularity: 'month',
        via: expect.arrayContaining(['anchor:coarser-date']),
      },
    });
    // A day before it is its day.
    expect(byText.get('the same day')?.value).toBe('2009-01-16');
  });

  it('reads "July of that year" in the year last named, "March of the following year" in the one after it', () => {
    const text =
      'The dam at Orvik burst on May 2, 2019, and the valley stayed flooded until July of that year. ' +
      'The county rebuilt the road in March of the following year.';
    const byText = new Map(timexDraftOf(text, '2023-10-05').timexes.map((t) => [t.text, t]));
    expect(byText.get('July of that year')).toMatchObject({
      value: '2019-07',
      anchor: byText.get('May 2, 2019')?.id,
      resolved: { start: '2019-07-01', end: '2019-08-01', granularity: 'month' },
    });
    expect(byText.get('March of the following year')).toMatchObject({
      value: '2020-03',
      resolved: { start: '2020-03-01', granularity: 'month' },
    });
  });

  it('places "the next day" of a sentence that opens on a month within that month, not after a day of the sentence before', () => {
    const text =
      'Shares of Tamsin rose on Monday. In July, Tamsin reported a loss for the second quarter, ' +
      'and its shares fell the next day.';
    const byText = new Map(timexDraftOf(text, '2021-09-15').timexes.map((t) => [t.text, t]));
    expect(byText.get('the next day')).toMatchObject({
      value: '2021-07',
      anchor: byText.get('July')?.id,
      resolved: {
        start: '2021-07-01',
        granularity: 'month',
        via: expect.arrayContaining(['anchor:coarser-date']),
      },
    });
    // A day named before it in its sentence is still its anchor.
    const dayFirst =
      'In July, Tamsin reported a loss on July 28, and its shares fell the next day.';
    const days = new Map(timexDraftOf(dayFirst, '2021-09-15').timexes.map((t) => [t.text, t]));
    expect(days.get('the next day')?.value).toBe('2021-07-29');
    // A month that does not open the sentence frames nothing: the day before it anchors.
    const inside =
      'Shares of Tamsin rose on Monday. Tamsin, founded in July, said its shares fell the next day.';
    const later = new Map(timexDraftOf(inside, '2021-09-15').timexes.map((t) => [t.text, t]));
    expect(later.get('the next day')?.value).toBe('2021-09-14');
  });

  it('records via the tense that chose a weekday', () => {
    const draft = timexDraftOf(TEXT, '2016-09-08');
    expect(draft.timexes[0]?.resolved?.via).toEqual([
      'find-timexes',
      'tense:past (spoke)',
      'latest-on-or-before-publication',
      'resolve-timexes',
    ]);
  });

  it('gives the same result in any machine time zone', () => {
    const results = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map(
      (zone) => {
        process.env.TZ = zone;
        return timexDraftOf(
          TEXT + ' The clocks changed on March 27, 2016 and Oct. 30, 2016.',
          '2016-03-27',
        ).timexes;
      },
    );
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it('leaves relative values underspecified, with a diagnostic, when the publication date is unknown', () => {
    const draft = timexDraftOf('Kerry spoke on Thursday about the talks.', null);
    expect(draft.timexes[0]).toMatchObject({ value: 'XXXX-WXX-4', resolved: null });
    expect(draft.diagnostics.some((diagnostic) => diagnostic.stage === 'resolve-timexes')).toBe(
      true,
    );
  });

  it('still places absolute dates without a publication date', () => {
    const draft = timexDraftOf('The war began on March 15, 2011, in Deraa.', null);
    expect(draft.timexes[0]?.resolved).toMatchObject({ start: '2011-03-15', granularity: 'day' });
  });
});
