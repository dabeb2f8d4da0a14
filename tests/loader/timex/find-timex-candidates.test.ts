import { describe, expect, it } from 'vitest';
import { onlyTimex, timexesIn } from './timex-test-helpers.ts';

// Thursday 8 September 2016, the publication date of the second seed article.
const DCT = '2016-09-08';

describe('weekdays and parts of the day', () => {
  it.each([
    ['Kerry and Lavrov spoke by telephone Thursday.', 'Thursday', 'DATE', '2016-09-08'],
    ['He will meet Lavrov on Friday.', 'Friday', 'DATE', '2016-09-09'],
    ['He will meet Lavrov Friday morning.', 'Friday morning', 'TIME', '2016-09-09TMO'],
    ['The talks ended on Tuesday night.', 'Tuesday night', 'TIME', '2016-09-06TNI'],
    ['The plane landed early on Friday.', 'early on Friday', 'DATE', '2016-09-02'],
  ])('reads %j', (sentence, text, type, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, type, value });
  });

  it('marks "early Saturday" with mod START', () => {
    expect(onlyTimex('Rescuers were searching early Saturday.', DCT)).toEqual({
      text: 'early Saturday',
      type: 'DATE',
      value: '2016-09-03',
      mod: 'START',
    });
  });
});

describe('calendar dates', () => {
  it.each([
    ['They met in Geneva on August 26.', 'August 26', '2016-08-26'],
    ['The vote is on Sept. 8, 2016.', 'Sept. 8, 2016', '2016-09-08'],
    ['Filed on 8/9/2016 in court.', '8/9/2016', '2016-08-09'],
    ['Released 2016-09-08 by the agency.', '2016-09-08', '2016-09-08'],
    ['He said on the 3rd of August that he had left.', '3rd of August', '2016-08-03'],
    ['Troops seized the road in mid-July.', 'mid-July', '2016-07'],
    ['The jet may fly as early as March.', 'March', '2017-03'],
    ['Our second-quarter results show growth.', 'second-quarter', '2016-Q2'],
    ['The plant will reopen in the second quarter.', 'the second quarter', '2017-Q2'],
    ['The mill will reopen no later than May.', 'May', '2017-05'],
    ['He last spoke in January 2018.', 'January 2018', '2018-01'],
    ['The war erupted in 2011.', '2011', '2011'],
    ['A plan adopted in late 2015 failed.', 'late 2015', '2015'],
    ['Crime peaked in the 1990s.', 'the 1990s', '199'],
    ['Borders were drawn in the 19th century.', 'the 19th century', '18'],
    ['Profit rose in the third quarter.', 'the third quarter', '2016-Q3'],
    ['Sales fell in the first half of 2015.', 'the first half of 2015', '2015-H1'],
    ['Prices peaked in the summer of 2014.', 'the summer of 2014', '2014-SU'],
    ['The plant reopens in the fall.', 'the fall', '2016-FA'],
    ['Sales slowed in the fall of 2015.', 'the fall of 2015', '2015-FA'],
  ])('reads %j', (sentence, text, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, type: 'DATE', value });
  });

  it('keeps the mods of "mid-July" and "late 2015"', () => {
    expect(onlyTimex('Troops seized the road in mid-July.', DCT).mod).toBe('MID');
    expect(onlyTimex('A plan adopted in late 2015 failed.', DCT).mod).toBe('END');
  });

  it('splits "Jan. 21-22" into two dates, as TimeML does', () => {
    expect(
      timexesIn('The bank meets on Jan. 21-22.', '2013-01-10').map((found) => [
        found.text,
        found.value,
      ]),
    ).toEqual([
      ['Jan. 21', '2013-01-21'],
      ['22', '2013-01-22'],
    ]);
  });
});

describe('dates counted from publication or from the previous date', () => {
  it.each([
    ['The shares fell this week.', 'this week', '2016-W36'],
    ['The shares fell last week.', 'last week', '2016-W35'],
    ['Elections are due next year.', 'next year', '2017'],
    ['Prices rose last month.', 'last month', '2016-08'],
    ['He arrived yesterday.', 'yesterday', '2016-09-07'],
    ['The plant closed two days ago.', 'two days ago', '2016-09-06'],
    ['The company was founded a year ago.', 'a year ago', '2015'],
    ['Talks resume next Friday.', 'next Friday', '2016-09-09'],
    ['Talks broke down last Friday.', 'last Friday', '2016-09-02'],
    ['The rally was held earlier this year.', 'earlier this year', '2016'],
    ['The bill passed late yesterday.', 'late yesterday', '2016-09-07'],
  ])('reads %j', (sentence, text, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, value });
  });

  it('anchors "the following day" and "a week earlier" to the date mentioned before', () => {
    const found = timexesIn(
      'The rebels attacked on Aug. 3. The army replied the following day. A truce had failed a week earlier.',
      DCT,
    );
    expect(found.map((item) => [item.text, item.value])).toEqual([
      ['Aug. 3', '2016-08-03'],
      ['the following day', '2016-08-04'],
      ['a week earlier', '2016-07-28'],
    ]);
  });

  it('anchors "that evening" and a clock time to the day they follow', () => {
    const found = timexesIn(
      'Kerry landed on Thursday before 10:00 pm. He met aides that evening.',
      '2016-08-25',
    );
    expect(found.map((item) => [item.text, item.type, item.value])).toEqual([
      ['Thursday', 'DATE', '2016-08-25'],
      ['10:00 pm', 'TIME', '2016-08-25T22:00'],
      ['that evening', 'TIME', '2016-08-25TEV'],
    ]);
  });

  it('gives a clock time the day written right after it', () => {
    const found = timexesIn(
      'The outage began at 11:30 a.m. Eastern time on Wednesday.',
      '2019-03-15',
    );
    expect(found.map((item) => item.value)).toEqual(['2019-03-13T11:30', '2019-03-13']);
  });
});

describe('durations', () => {
  it.each([
    ['after five and a half years of chaos', 'five and a half years', 'P5.5Y'],
    ['four months before Obama leaves office', 'four months', 'P4M'],
    ['an outage of more than 14 hours', 'more than 14 hours', 'PT14H'],
    ['a two-year deal', 'two-year', 'P2Y'],
    ['over the past two years', 'the past two years', 'P2Y'],
    ['in the next few days', 'the next few days', 'PXD'],
    ['they have talked for months', 'months', 'PXM'],
    ['it lasted half an hour', 'half an hour', 'PT30M'],
    ['fraud over a decade', 'a decade', 'P1DE'],
  ])('reads %j', (sentence, text, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, type: 'DURATION', value });
  });

  it('keeps "four months before X" a duration, not a date counted from publication', () => {
    expect(onlyTimex('four months before President Barack Obama leaves office', DCT)).toMatchObject(
      {
        type: 'DURATION',
        value: 'P4M',
      },
    );
  });

  it('records the hedge of "more than 14 hours" as mod MORE_THAN', () => {
    expect(onlyTimex('an outage of more than 14 hours', DCT).mod).toBe('MORE_THAN');
  });
});

describe('sets', () => {
  it.each([
    ['The board meets every week.', 'every week', 'P1W'],
    ['Trains run every two hours.', 'every two hours', 'PT2H'],
    ['The market opens every Monday.', 'every Monday', 'XXXX-WXX-1'],
    ['Officials test 20,000 people daily.', 'daily', 'P1D'],
    ['He visits twice a year.', 'twice a year', 'P1Y'],
  ])('reads %j', (sentence, text, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, type: 'SET', value });
  });
});

describe('vague references', () => {
  it.each([
    ['The talks are now stalled.', 'now', 'PRESENT_REF'],
    ['He is currently in Geneva.', 'currently', 'PRESENT_REF'],
    ['Violence has recently increased.', 'recently', 'PAST_REF'],
    ['We will see in the future.', 'the future', 'FUTURE_REF'],
  ])('reads %j', (sentence, text, value) => {
    expect(onlyTimex(sentence, DCT)).toMatchObject({ text, type: 'DATE', value });
  });
});

describe('a month of a year counted from publication', () => {
  it('reads "May last year", "April of last year" and "October of next year" whole', () => {
    expect(
      timexesIn('Cases rose since May last year.', DCT).map((item) => [item.text, item.value]),
    ).toEqual([['May last year', '2015-05']]);
    expect(onlyTimex('They bought it in April of last year.', DCT)).toMatchObject({
      text: 'April of last year',
      value: '2015-04',
    });
    expect(onlyTimex('It ends after October of next year.', DCT)).toMatchObject({
      value: '2017-10',
    });
  });

  it('reads a day of such a month whole: "on October 3 last year", "June 5th this year"', () => {
    expect(onlyTimex('The index closed there on October 3 last year.', DCT)).toMatchObject({
      text: 'October 3 last year',
      value: '2015-10-03',
    });
    expect(onlyTimex('The plant opened on June 5th this year.', DCT)).toMatchObject({
      text: 'June 5th this year',
      value: '2016-06-05',
    });
  });
});

describe('a quarter or half of a year', () => {
  it('reads "the last quarter of 2006" as its fourth quarter, and "the last quarter" alone as no quarter of a year', () => {
    expect(onlyTimex('Sales rose in the last quarter of 2006.', DCT)).toMatchObject({
      text: 'the last quarter of 2006',
      value: '2006-Q4',
    });
    expect(onlyTimex('Sales rose in the last quarter.', DCT).value).not.toMatch(/-Q/);
  });

  it('reads "the March quarter" as the quarter that ends in March', () => {
    expect(onlyTimex('It expects sales of $4.3 billion in the March quarter.', DCT)).toMatchObject({
      text: 'the March quarter',
      value: '2017-Q1',
    });
    expect(onlyTimex('Profit rose in the December quarter of 2015.', DCT)).toMatchObject({
      text: 'the December quarter of 2015',
      value: '2015-Q4',
    });
  });

  it('reads "the second half of next year" whole, counted from publication', () => {
    expect(onlyTimex('Demand should recover in the second half of next year.', DCT)).toMatchObject({
      text: 'the second half of next year',
      value: '2017-H2',
    });
    expect(onlyTimex('Profit fell in the first quarter of this year.', DCT)).toMatchObject({
      text: 'the first quarter of this year',
      value: '2016-Q1',
    });
  });
});

describe('times of day', () => {
  it('reads a clock time with its zone on the publication day', () => {
    expect(onlyTimex('The rover touched down at 3:55 p.m. EST.', '2021-02-18')).toMatchObject({
      type: 'TIME',
      value: '2021-02-18T15:55',
    });
  });

  it('reads "this morning" and "tonight" on the publication day', () => {
    expect(
      timexesIn('He spoke this morning and leaves tonight.', DCT).map((item) => item.value),
    ).toEqual(['2016-09-08TMO', '2016-09-08TNI']);
  });
});
