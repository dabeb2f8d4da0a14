import { describe, expect, it } from 'vitest';
import { isComparisonDate } from '../../../src/loader/reading/date-event.ts';
import { event } from './article.ts';
import { timexIn } from './tagged.ts';

/** An article's text of these paragraphs. */
function paragraphs(...texts: string[]): string {
  return texts.join('\n\n');
}

/** One test per case: the event of `trigger`, in an article of `published`, has these fields. */
function itDates(cases: ReadonlyArray<[string, string, string, string, Record<string, unknown>]>) {
  it.each(cases)('%s', (_rule, text, trigger, published, expected) => {
    expect(event(text, trigger, published)).toMatchObject(expected);
  });
}

describe('isComparisonDate', () => {
  it('reads the date an event is compared with as no date of the event', () => {
    const sentence = 'Sales fell 17% compared to March, and rose from a year earlier.';
    expect(isComparisonDate(sentence, 0, timexIn(sentence, 'March'))).toBe(true);
    expect(isComparisonDate(sentence, 0, timexIn(sentence, 'a year earlier'))).toBe(true);
  });

  it('reads a date after the amount compared with as no date of the event ("up from 14% a year ago")', () => {
    const share = 'Its share rose to 17%, up from 14% a year ago.';
    expect(isComparisonDate(share, 0, timexIn(share, 'a year ago'))).toBe(true);
    const profit = 'Profit fell to $2 billion, down from $3.2 billion in 2008.';
    expect(isComparisonDate(profit, 0, timexIn(profit, '2008'))).toBe(true);
    // A span's start with its amount is still a date.
    const span = 'Its share rose from 14% in 2009 to 17% in 2010.';
    expect(isComparisonDate(span, 0, timexIn(span, '2009'))).toBe(false);
  });

  it('reads a date an amount is "more than" as compared with ("21% more than a year earlier"), not one "more than" rounds', () => {
    const hedged = 'Lund sold 9.8 million mills, 21% more than a year earlier.';
    expect(isComparisonDate(hedged, 0, timexIn(hedged, 'more than a year earlier'))).toBe(true);
    const year = 'Sales were 5% higher, and 2 million more than in 2006.';
    expect(isComparisonDate(year, 0, timexIn(year, '2006'))).toBe(true);
    // Rounding an amount, or how long ago: no comparison.
    const rounded = 'The index gained more than 16% in 2006.';
    expect(isComparisonDate(rounded, 0, timexIn(rounded, '2006'))).toBe(false);
    const ago = 'Berg left more than a year ago.';
    expect(isComparisonDate(ago, 0, timexIn(ago, 'more than a year ago'))).toBe(false);
  });

  it('reads the date of a thing measured against as no date of the event ("63% more than the closing price on Friday")', () => {
    const price = 'Orlin will pay $40 a share, 63% more than the closing price on Friday.';
    expect(isComparisonDate(price, 0, timexIn(price, 'Friday'))).toBe(true);
    const level = 'The gain left the index 200 points below its level before February 27.';
    expect(isComparisonDate(level, 0, timexIn(level, 'February 27'))).toBe(true);
    // A relative clause's date is its verb's: "the peak it reached in June" was reached then.
    const peak = 'The Lund 40 is now 20% below the peak it reached in June last year.';
    expect(isComparisonDate(peak, 0, timexIn(peak, 'June last year'))).toBe(false);
    const paid = 'Orlin sold the mill for less than the price they paid in 2004.';
    expect(isComparisonDate(paid, 0, timexIn(paid, '2004'))).toBe(false);
    // How long, then when: "for more than a week in late April" is a date.
    const closed = 'Lund closed its schools for more than a week in late April.';
    expect(isComparisonDate(closed, 0, timexIn(closed, 'late April'))).toBe(false);
  });

  // "more than" rounds an amount and compares nothing; "higher than" compares.
  it.each([
    ['The Lund 40 index gained more than 16% in 2006.', false],
    ['Harwell sold fewer than 900 jets in 2006.', false],
    ['The index closed higher than 1,200 in 2006.', true],
  ])('reads 2006 in "%s" as compared with: %s', (sentence, compared) => {
    expect(isComparisonDate(sentence, 0, timexIn(sentence, '2006'))).toBe(compared);
  });

  it('keeps the start of a span ("from 2005 to 2008") as a date', () => {
    const sentence = 'The plant ran from 2005 to 2008.';
    expect(isComparisonDate(sentence, 0, timexIn(sentence, '2005'))).toBe(false);
  });
});

describe('dateOf, through the article stages', () => {
  it('dates a happening\'s noun by the day its relative clause says it began ("a three-week trial that began on July 30")', () => {
    const text =
      'The verdict came after three days of deliberations, following a three-week trial that began on July 30.';
    expect(event(text, 'trial', '2012-08-25')).toMatchObject({ start: '2012-07-30' });
    const war = 'More than 250,000 people have been killed in the war, which began in 2011.';
    expect(event(war, 'war', '2016-02-12').start?.slice(0, 4)).toBe('2011');
    // Not by what a relative clause says it did: "the trial, which ended on Friday".
    const ended = 'Lund spoke on Saturday about the trial, which ended on Friday.';
    expect(event(ended, 'trial', '2012-08-26').start).not.toBe('2012-08-24');
  });

  it('dates a happening\'s noun by the day its relative clause says its subject had it ("the 13.2% rise it recorded on October 2, 1990", "the deal that Lund signed in May")', () => {
    const rise =
      'It was the largest gain in the index’s history, beating the 13.2% rise it recorded on October 2, 1990.';
    expect(event(rise, 'rise', '2008-10-14')).toMatchObject({ start: '1990-10-02' });
    const deal = 'Analysts praised the deal that Lund signed in May.';
    expect(event(deal, 'deal', '2008-10-14')).toMatchObject({
      start: '2008-05-01',
      granularity: 'month',
    });
    // Reached, as a deal or a record is, past the amount it is of.
    const close =
      'The Lund 40 is 370 points below the record close of 14,164.53 that it reached on October 9.';
    expect(event(close, 'close', '2008-01-22')).toMatchObject({ start: '2007-10-09' });
    const accord = 'Lumex is now bound by the agreement it reached with Orlin on May 3.';
    expect(event(accord, 'agreement', '2008-06-22')).toMatchObject({ start: '2008-05-03' });
    // Not by a clause that does something else with it: "the merger that Lund praised in May".
    const visited = 'Analysts praised the merger that Lund praised in May.';
    expect(event(visited, 'merger', '2008-10-14').start).not.toBe('2008-05-01');
  });

  it('leaves undated a happening that names the time of its clause ("on the day of Lund\'s bankruptcy", "on the eve of the summit"), titled without that time', () => {
    const day =
      'The Lund 40 had already fallen 504 points on the day of Orlin’s bankruptcy, a drop that was the largest since 2001.';
    expect(event(day, 'bankruptcy', '2008-09-29')).toMatchObject({
      start: null,
      title: 'Orlin’s bankruptcy',
    });
    const eve = 'Harwell resigned on the eve of the summit.';
    expect(event(eve, 'summit', '2008-09-29')).toMatchObject({ start: null, title: 'Summit' });
    // Not a happening after any other noun's "of": "after the collapse of the talks".
    const fall = 'Lund shares fell on Monday, after the collapse of the talks.';
    expect(event(fall, 'collapse', '2008-09-29').start).not.toBeNull();
  });

  it('dates a saying by a day after a circumstance\'s phrase ("due to testify before the budget committee later on Wednesday")', () => {
    const text =
      'Ann Lund was due to testify before the Harwell budget committee later on Wednesday.';
    expect(event(text, 'testify', '2007-02-28').start).toBe('2007-02-28');
    // Not by a day of what is said: "said the company would close the mill on Friday".
    const said = 'Ann Lund said the company would close the mill on Friday.';
    expect(event(said, 'said', '2007-02-28').start).not.toBe('2007-03-02');
  });

  it('takes no date for a clause from a "when" clause that tells of a date before it ("its largest drop since September 17, 2001, when trading resumed after the September 11 attacks")', () => {
    const text =
      "The Harwell index fell 504 points on Monday.\n\nIt was the index's largest points drop since September 17, 2001, when trading resumed after the September 11 attacks.\n\nThe Lund index lost 58 points.";
    expect(event(text, 'drop', '2008-09-16').start).toBe('2008-09-15');
    // Nor does the next move of the story go back to 2001 with it.
    expect(event(text, 'lost', '2008-09-16').start).toBe('2008-09-15');
    // What the "when" clause tells is of the date it follows, not of the attacks'.
    expect(event(text, 'resumed', '2008-09-16').start).toBe('2001-09-17');
    // A date before a noun is the verb's when it names the occasion.
    const killed = 'Her husband was killed in the September 11 attacks in 2001.';
    expect(event(killed, 'killed', '2009-02-13')).toMatchObject({ start: '2001-09-11' });
  });

  it('reads a day after "until at least" as when a state ends, not when it began ("pledged to hold rates … until at least the middle of 2013")', () => {
    const text =
      'Stocks rebounded on Tuesday after the Harwell central bank pledged to hold interest rates near zero until at least the middle of 2013.';
    expect(event(text, 'pledged', '2011-08-10').start?.slice(0, 4)).toBe('2011');
  });

  it('dates a verb by a date of its clause before a possessive one that dates its noun ("will publish the minutes of Thursday\'s meeting on November 19")', () => {
    const text = "The Harwell board will publish the minutes of Thursday's meeting on November 19.";
    expect(event(text, 'publish', '2008-11-07')).toMatchObject({ start: '2008-11-19' });
  });

  it('dates a verb by the day its own comma-set part gives before a nearer one across a comma ("Minutes of the meeting on December 11, released on Wednesday, showed")', () => {
    const text =
      "Minutes of the Lund board's meeting on December 11, released on Wednesday, showed that directors were worried.";
    // Published Thursday 3 January 2008.
    expect(event(text, 'released', '2008-01-03')).toMatchObject({ start: '2008-01-02' });
    expect(event(text, 'meeting', '2008-01-03')).toMatchObject({ start: '2007-12-11' });
    // A part with no day of its own right after its verb keeps the nearest date.
    const restating =
      'Late last month Lund filed its annual report, restating results and recording charges related to options granted between 1997 and 2002.';
    expect(event(restating, 'restating', '2008-01-03')).toMatchObject({ start: '2007-12-22' });
  });

  it('dates what went before a day\'s event, told with no date of its own, by that day ("suspended before the market opened on Monday"), not what came hours before it', () => {
    const text =
      'The government said on Sunday that Harwell will be sold.\n\nTrading in Harwell shares was suspended before the market opened on Monday.\n\nThe statement came hours before Harwell filed for bankruptcy early on Monday.';
    expect(event(text, 'suspended', '2008-02-18')).toMatchObject({ start: '2008-02-18' });
    expect(event(text, 'came', '2008-02-18').mention.dateBasis).not.toBe('governing-timex');
  });

  it('dates "earlier in the day" by the day the lead says the story happened, even a weekday', () => {
    const text =
      'Mill opens\n\nThe Harwell mill opened its doors on Sunday.\n\nEarlier in the day, the mill received a letter from the mayor.';
    const received = event(text, 'received', '2007-07-09');
    expect(received).toMatchObject({ start: '2007-07-08', granularity: 'day' });
    expect(received.mention.timex).toMatchObject({ text: 'Earlier in the day' });
  });

  it('counts a quoted "today" and "tomorrow" from the story day, the day the speaker spoke', () => {
    const text =
      'Mill opens\n\nThe Harwell mill opened its doors on Sunday.\n\n“Today we celebrate, and tomorrow we compete,” the mayor said.';
    expect(event(text, 'celebrate', '2007-07-09').start).toBe('2007-07-08');
    expect(event(text, 'compete', '2007-07-09').start).toBe('2007-07-09');
  });

  it('reads a quotation begun in an earlier paragraph as still open', () => {
    const text =
      'Mill opens\n\nThe Harwell mill opened its doors on Sunday.\n\nThe mayor said, “This is a great day.\n\nToday we celebrate the mill.”';
    expect(event(text, 'celebrate', '2007-07-09').start).toBe('2007-07-08');
  });

  it('dates an event by another verb phrase joined by "and" only when its own has no date ("currently under development and scheduled to enter service in 2008")', () => {
    const text =
      'The Lund L9 is currently under development and scheduled to enter service in 2008.';
    expect(event(text, 'development', '2005-04-27')).toMatchObject({
      start: '2005-04-27',
      granularity: 'day',
    });
    expect(event(text, 'enter', '2005-04-27')).toMatchObject({ start: '2008-01-01' });
    const since = 'Harwell sold its plant in May and has since cut 300 jobs.';
    expect(event(since, 'cut', '2010-07-05').start).not.toBe('2010-05-01');
    const shared = 'Kerry met Lavrov on Monday and spoke to reporters.';
    expect(event(shared, 'spoke', '2010-07-07').start).toBe('2010-07-05');
  });

  it('lets "now" yield to a date of the calendar in the same clause', () => {
    const text = 'The airline was to take the ship in May, but will now receive it next month.';
    const receive = event(text, 'receive', '2011-08-08');
    expect(receive).toMatchObject({ start: '2011-09-01', granularity: 'month' });
    expect(receive.mention.timex).toMatchObject({ text: 'next month' });
  });

  it('dates a perfect by its "since" date, in the past even above a planned infinitive', () => {
    const text = 'Larkspur has been trying to buy the Harwell mill since December.';
    const trying = event(text, 'trying', '2007-06-09');
    // It lasts from then to the article's day.
    expect(trying).toMatchObject({ start: '2006-12-01', end: '2007-06-10', granularity: 'month' });
    expect(trying.mention.timex).toMatchObject({ text: 'December' });
    expect(event(text, 'buy', '2007-06-09').start).toBe('2006-12-01');
  });

  it('dates a perfect by a fronted "since" date that a "when" clause of two verb phrases follows', () => {
    const text =
      'The leak slowed on Tuesday. Since June 3, when Lumex cut the pipe and placed a cap on it, the crew has pumped 900 barrels a day.';
    const pumped = event(text, 'pumped', '2010-06-17');
    expect(pumped).toMatchObject({ start: '2010-06-03' });
    expect(pumped.mention.timex).toMatchObject({ text: 'June 3' });
  });

  it('reads a date after "until" as when a state ends, not its day ("suspended until Monday")', () => {
    const text = 'Trading on the Oslo exchange was suspended until Monday.';
    expect(event(text, 'suspended', '2008-10-09')).toMatchObject({ start: '2008-10-09' });
    expect(event(text, 'suspended', '2008-10-09').mention.dateBasis).toBe('publication-date');
    // "not … until" tells the day it will happen.
    const not = 'Deliveries of the ferry are not due until October.';
    expect(event(not, 'Deliveries', '2008-03-19').start).toBe('2008-10-01');
  });

  it('gives a perfect with "since" a day the span from that day to the article\'s', () => {
    const text = 'The Oslo index has lost 2,000 points since September 29.';
    expect(event(text, 'lost', '2008-10-08')).toMatchObject({
      start: '2008-09-29',
      end: '2008-10-09',
      granularity: 'day',
    });
    // A past with its own day is that day alone.
    const past = 'The Oslo index lost 200 points on September 29.';
    expect(event(past, 'lost', '2008-10-08')).toMatchObject({ start: '2008-09-29', end: null });
  });

  it('dates a perfect by the date of its "since" clause ("since it was announced in February")', () => {
    const text = 'Larkspur has received five orders since the jet was launched in February.';
    const received = event(text, 'received', '2007-06-09');
    expect(received).toMatchObject({
      start: '2007-02-01',
      end: '2007-06-10',
      granularity: 'month',
    });
    expect(received.mention.timex).toMatchObject({ text: 'February' });
    // A past tense is not dated by its "since" clause's start.
    const past = 'Larkspur received five orders, since the jet was launched in February.';
    expect(event(past, 'received', '2007-06-09').start).not.toBe('2007-02-01');
  });

  it('dates a rise or fall by the date after its result ("dropped 504 points, or 4.4%, to close at 10,917 on Monday")', () => {
    const text =
      'Share prices fell 3% on Tuesday. The Kestrel 40 index dropped 504 points, or 4.4%, to close at 10,917 on Monday.';
    const dropped = event(text, 'dropped', '2008-09-17');
    expect(dropped).toMatchObject({ start: '2008-09-15' });
    expect(dropped.mention.dateBasis).toBe('own-timex');
  });

  it('leaves what is put off undated: the day it was put off is not its day', () => {
    const text =
      'Larkspur has postponed the launch of its ferry. Larkspur agreed the purchase of ten jets.';
    const launch = event(text, 'launch', '2021-05-19');
    expect(launch).toMatchObject({ start: null, modality: 'scheduled' });
    // What was planned is on the timeline the day it was planned.
    expect(event(text, 'purchase', '2021-05-19')).toMatchObject({ start: '2021-05-19' });
  });

  it('leaves the subject of a pluperfect undated: it is older than the report ("talks had stalled")', () => {
    const text = 'Larkspur bought the yard, but the talks had stalled for a while.';
    expect(event(text, 'talks', '2021-10-05')).toMatchObject({ start: null });
    // The subject of a plain past is still dated as reported.
    expect(event('The talks ended.', 'talks', '2021-10-05')).toMatchObject({ start: '2021-10-05' });
  });

  it('dates what is put off to a day by that day, and the putting off not by it', () => {
    const text =
      'Larkspur delayed the launch of its ferry until May. The tour was postponed to March 3.';
    expect(event(text, 'launch', '2021-10-05')).toMatchObject({
      start: '2022-05-01',
      modality: 'scheduled',
    });
    expect(event(text, 'launch', '2021-10-05').mention.dateBasis).toBe('governing-timex');
    expect(event(text, 'tour', '2021-10-05')).toMatchObject({ start: '2022-03-03' });
    // The delaying was done when reported, not in May.
    expect(event(text, 'delayed', '2021-10-05')).toMatchObject({ start: '2021-10-05' });
  });

  it('dates a nominal with the verb that governs it, not with the thread before it', () => {
    const text =
      'The Larkspur L300 was unveiled in January. The Larkspur L300 has made its maiden flight.';
    const flight = event(text, 'flight', '2005-04-27');
    expect(flight).toMatchObject({ start: '2005-04-27', granularity: 'day' });
    expect(flight.mention.dateBasis).toBe('publication-date');
  });

  it('dates no event a report names by the report\'s day ("On Saturday he called the attacks an act of war")', () => {
    const text = 'On Saturday morning the mayor called the attacks an act of war.';
    expect(event(text, 'attacks', '2015-11-16').start).toBeNull();
    expect(event(text, 'called', '2015-11-16').start).toBe('2015-11-14T06:00');
    // What is called for a day is planned for it.
    const strike = 'The union called a strike for Wednesday.';
    expect(event(strike, 'strike', '2015-11-16').start).toBe('2015-11-18');
  });

  it('dates a future progressive by the present clause it joins ("is flying to Oslo; the plane will be carrying 300 people")', () => {
    const text =
      'The Corran C9 is flying from Lyon to Oslo; the plane will be carrying 300 people.';
    expect(event(text, 'carrying', '2019-05-14')).toMatchObject({
      start: '2019-05-14',
      granularity: 'day',
      modality: 'scheduled',
    });
    const summit =
      'The summit opens in Tromso on June 3, and the ministers will be discussing fishing quotas.';
    expect(event(summit, 'discussing', '2019-05-14')).toMatchObject({ start: '2019-06-03' });
    expect(event(summit, 'discussing', '2019-05-14').mention.dateBasis).toBe('governing-timex');
    // Not after a past: the hiring is still ahead, of no day yet.
    const past = 'Harwell opened a plant in Lyon on Friday and will be hiring 300 workers.';
    expect(event(past, 'hiring', '2019-05-14').start).toBeNull();
    // Nor alone: what will be going on some day is of no day yet.
    expect(event('Harwell will be cutting 300 jobs.', 'cutting', '2019-05-14').start).toBeNull();
  });

  it('gives a clause saying who a named person is no day of the story ("Ada Brill, who founded Corran, said")', () => {
    const text =
      'Ada Brill, who founded Corran, said on Thursday that she would retire. Omar Kline, who was watching the match, was evacuated.';
    expect(event(text, 'founded', '2019-05-14').start).toBeNull();
    expect(event(text, 'said', '2019-05-14').start).toBe('2019-05-09');
    // A progressive is of the story's time, as is a clause after a common noun.
    expect(event(text, 'watching', '2019-05-14').start).toBe('2019-05-09');
    const mayor = 'The mayor, who visited the site, said the damage was severe.';
    expect(event(mayor, 'visited', '2019-05-14').start).toBe('2019-05-14');
    // A clause of its own time in it tells the story: "who greeted each man as he emerged".
    const greeted =
      'The miners were rescued on Wednesday. Omar Kline, who greeted each man as he emerged, said the rescue was a miracle.';
    expect(event(greeted, 'greeted', '2010-10-14').start).toBe('2010-10-13');
    const treated =
      'Ada Brill died on Monday. Brill, who had been treated for cancer, died at her home.';
    expect(event(treated, 'treated', '2019-05-14').start).toBeNull();
    // The outer clause's own date is the background's too.
    const founded = 'Corran was founded in Lyon in 1824 by Ada Brill, who sold tea.';
    expect(event(founded, 'sold', '2019-05-14').start).toBe('1824-01-01');
  });

  it('dates no event of a clause by the day of the report set off behind it ("killed in the collapse, the UN confirmed on Wednesday")', () => {
    const text =
      'The storm hit the coast on Monday. Ada Brill was killed in the collapse, the agency confirmed on Wednesday.';
    expect(event(text, 'confirmed', '2010-01-15').start).toBe('2010-01-13');
    expect(event(text, 'collapse', '2010-01-15').start).not.toBe('2010-01-13');
  });

  it('dates no report by a date that is the subject of what it reports ("said June 23 should go down as independence day")', () => {
    const text =
      'Voters went to the polls on Thursday. Omar Kline said June 20 should go down as a day of mourning.';
    expect(event(text, 'said', '2016-06-24').start).toBe('2016-06-23');
    // A date that a phrase hangs on stays a date: "a cut in December could be ruled out".
    const cut = 'Omar Kline said that a cut in December could not be ruled out.';
    expect(event(cut, 'ruled', '2016-11-04').start).toBe('2016-12-01');
  });

  it('dates a noun with the light verb of its relative clause ("upending a deal that Lindale had struck on Monday")', () => {
    const text =
      'Harwell agreed on Friday to buy Corran, upending a deal that Lindale had struck with Corran on Monday.';
    const deal = event(text, 'deal', '2008-10-04');
    expect(deal).toMatchObject({ start: '2008-09-29', granularity: 'day', modality: 'actual' });
    expect(deal.title).toBe('Lindale strikes deal');
    expect(deal.participants).toContain('Lindale');
    expect(deal.kind).toBe('deal');
  });

  it('gives a report no period the story just told of ("lost … in the first quarter. The firm said")', () => {
    const text =
      'Harwell Brothers lost $6 billion in the first quarter of 2009. Harwell Brothers said the loss was large.';
    const said = event(text, 'said', '2009-05-07');
    expect(said.mention.dateBasis).not.toBe('narrative-thread');
    expect(said.granularity).toBe('day');
  });

  // The leads (the three paragraphs after a headline) below give no day, so the story has
  // none: the dates come from the sayings.
  it("dates a saying with no day of its own by its speaker's last dated saying", () => {
    // Thursday is 2019-03-14, the signing the Monday before.
    const text = paragraphs(
      'Halvorsen Freight buys ships',
      'Halvorsen Freight has bought two ships.',
      'They are its first in ten years.',
      'Both were built in Korea.',
      'It stated on Thursday that it had paid $40 million.',
      'Halvorsen Freight signed the agreement in Oslo on March 11.',
      'The company said that the ships would sail in May.',
    );
    const said = event(text, 'said', '2019-03-16');
    expect(said).toMatchObject({ start: '2019-03-14', granularity: 'day' });
    expect(said.mention.dateBasis).toBe('narrative-thread');
  });

  it("gives a saying no day from its speaker's saying of the backstory ('had told investors in January')", () => {
    // Published Wednesday 7 April 2004; the lead tells Tuesday's story.
    const text = paragraphs(
      'Lund Mobile shares fall',
      'Shares in Lund Mobile fell 16 percent on Tuesday.',
      'Lund Mobile had told investors in January that sales would rise.',
      'Lund Mobile said it would cut prices.',
    );
    expect(event(text, 'said', '2004-04-07').start).toBe('2004-04-06');
  });

  it('dates no saying by a date of what it says ("said its sales for the three months to March would be")', () => {
    const text = 'Lund Mobile said its sales for the three months to March would be flat.';
    expect(event(text, 'said', '2004-04-07').start).toBe('2004-04-07');
  });

  it('gives a saying no day of its own from the thing it followed ("signed on March 11. The company said")', () => {
    const text = paragraphs(
      'Halvorsen Freight buys ships',
      'Halvorsen Freight has bought two ships.',
      'They are its first in ten years.',
      'Both were built in Korea.',
      'Halvorsen Freight signed the agreement in Oslo on March 11.',
      'Halvorsen Freight said that the ships would sail in May.',
    );
    const said = event(text, 'said', '2019-03-16');
    expect(said).toMatchObject({ start: '2019-03-16', granularity: 'day' });
    expect(said.mention.dateBasis).toBe('publication-date');
  });

  it('gives a saying that goes on with "But" the day of what the sentence before told ("apologized on Thursday. But he told")', () => {
    const story = (saying: string) =>
      paragraphs(
        'Halvorsen chief questioned',
        'Ann Berg, the chief of Halvorsen Freight, was questioned by lawmakers.',
        'The hearing lasted for hours.',
        'Many lawmakers were angry.',
        'At the hearing on Thursday, Berg apologized for the delays.',
        saying,
      );
    const told = event(
      story('But she told the lawmakers that the ships were safe.'),
      'told',
      '2019-03-18',
    );
    expect(told).toMatchObject({ start: '2019-03-14' });
    expect(told.mention.dateBasis).toBe('narrative-thread');
    // Without it, the saying is of its own day.
    expect(
      event(story('She told the press that the ships were safe.'), 'told', '2019-03-18').start,
    ).toBe('2019-03-18');
  });

  it("gives a saying no earlier speaker's day when its sentence tells of a later one", () => {
    const text = paragraphs(
      'Halvorsen Freight to merge',
      'Halvorsen Freight will merge with Brandt Lines.',
      'The two lines will keep their names.',
      'Their ships carry fish and timber.',
      'The merger had been announced Wednesday by Halvorsen Freight.',
      'The two chiefs spoke by telephone Thursday, Halvorsen Freight said.',
    );
    expect(event(text, 'said', '2019-03-15')).toMatchObject({ start: '2019-03-15' });
  });

  it('dates a pluperfect by the period the story just told of ("lost … in the first quarter. The firm said it had lost")', () => {
    const text =
      'Harwell Brothers lost $6 billion in the first quarter of 2009. Before special items, Harwell Brothers said it had lost $5 billion.';
    const lost = event(text, 'lost', '2009-05-07', 1);
    expect(lost).toMatchObject({ start: '2009-01-01', end: '2009-04-01', granularity: 'quarter' });
    expect(lost.mention.dateBasis).toBe('narrative-thread');
    // With no story before it, a pluperfect is older than its report: undated.
    expect(
      event('Harwell Brothers said it had lost $5 billion.', 'lost', '2009-05-07').start,
    ).toBeNull();
  });

  it('dates a past verb and its infinitive by the date after the infinitive ("agreed to sell the yard on Friday")', () => {
    // Published on Tuesday 16 September 2008.
    const text = 'Harwell agreed to sell the yard to Lund on Friday.';
    expect(event(text, 'agreed', '2008-09-16')).toMatchObject({ start: '2008-09-12' });
    expect(event(text, 'sell', '2008-09-16')).toMatchObject({ start: '2008-09-12' });
    const bought = 'Harwell agreed to be bought by Lund for $50 billion on Sunday.';
    expect(event(bought, 'bought', '2008-09-16')).toMatchObject({ start: '2008-09-14' });
    // A plan told in the present is still ahead: "plans to strike on Friday".
    expect(event('The union plans to strike on Friday.', 'strike', '2008-09-16').start).toBe(
      '2008-09-19',
    );
  });

  it('dates a noun an infinitive governs by that infinitive, not by a date before it ("would meet on Thursday to pass a version of the plan")', () => {
    // Published on Monday 29 September 2008: the Thursday ahead, the meeting's.
    const text = paragraphs(
      'The Lund index fell 7% on Monday.',
      "Lund's leaders said they would meet again on Thursday to try to pass a revised version of the plan.",
    );
    expect(event(text, 'plan', '2008-09-29')).toMatchObject({ start: '2008-10-02' });
    expect(event(text, 'plan', '2008-09-29').mention.dateBasis).toBe('governing-timex');
  });

  it('gives what a past clause wanted no date ("on Monday night, saying a leader was needed to break the deadlock")', () => {
    const text = paragraphs(
      'Premier resigns',
      'The premier announced his resignation on Monday night, less than a year after he took office, saying a new leader was needed to break the deadlock.',
    );
    expect(event(text, 'break', '2008-09-02').start).toBeNull();
  });

  it('gives what a record is measured from no date ("its biggest drop since the harbour fire")', () => {
    const text =
      'The Oslo index fell 9 percent on Monday, its biggest drop since the harbour fire.';
    expect(event(text, 'fell', '2009-03-12').start).toBe('2009-03-09');
    expect(event(text, 'fire', '2009-03-12').start).toBeNull();
  });

  it('gives a record\'s "since" clause no date, nor the market moves told after it', () => {
    // Published on Wednesday 12 March 2009: the lead tells Tuesday's story.
    const text = paragraphs(
      'The Oslo index fell 9 percent on Tuesday, its biggest drop since the exchange reopened after the May 3 fire.',
      'The Bergen index lost 4 percent.',
    );
    expect(event(text, 'fell', '2009-03-12').start).toBe('2009-03-10');
    expect(event(text, 'reopened', '2009-03-12').start).toBeNull();
    expect(event(text, 'fire', '2009-03-12').start).toBeNull();
    expect(event(text, 'lost', '2009-03-12').start).toBe('2009-03-10');
  });

  it('gives a record the day of its clause, not the day after its "since" ("its largest loss since the 416-point drop on February 27"), which names what it is measured from', () => {
    const text =
      'On August 9 the Oslo index fell 387 points, its largest loss since the 416-point drop on February 27.';
    expect(event(text, 'loss', '2007-08-18').start).toBe('2007-08-09');
    expect(event(text, 'drop', '2007-08-18').start).toBe('2007-02-27');
    // So does the day after what it was of ("since the collapse of Lund Savings on May 6").
    const of =
      "Monday's losses were the worst since the collapse of Lund Savings on May 6, the bank's regulator said.";
    expect(event(of, 'losses', '2009-06-16').start).toBe('2009-06-15');
    expect(event(of, 'collapse', '2009-06-16').start).toBe('2009-05-06');
  });

  // Published on Tuesday 27 February 2007.
  const recordDay = paragraphs(
    'The Lund 40 index fell 416 points on Tuesday.',
    'It was the largest one-day fall for the blue-chip index since September 17, 2001, the first day of trading after the September 11 attacks.',
    'The index had closed at a record high of 12,786.64 only a week earlier, on February 20.',
  );
  itDates([
    [
      'a record measured from a day past a phrase of its noun ("the largest one-day fall for the blue-chip index since September 17, 2001") keeps the day of its clause',
      recordDay,
      'fall',
      '2007-02-27',
      { start: '2007-02-27' },
    ],
    [
      'a day written out after a counted one ("only a week earlier, on February 20") says it surer',
      recordDay,
      'closed',
      '2007-02-27',
      { start: '2007-02-20' },
    ],
    [
      'a day written out after a counted one says it, where the two differ ("a week ago, on February 19")',
      'The Lund 40 index had closed at a record high a week ago, on February 19.',
      'closed',
      '2007-02-27',
      { start: '2007-02-19' },
    ],
  ]);

  it('gives the day after a noun of another happening, in a phrase ordering it after this one, to that noun ("its second cut, after its reduction on September 18")', () => {
    // Published on Sunday 4 November 2007.
    const text = paragraphs(
      'Lund Bank cuts rates',
      "It was the Lund bank's second cut in six weeks, after its half-point reduction on September 18.",
    );
    expect(event(text, 'reduction', '2007-11-04').start).toBe('2007-09-18');
    expect(event(text, 'cut', '2007-11-04').start).toBe('2007-11-04');
    // So is one after "of": "before the sell-off of February 27" (published on Wednesday
    // 25 April 2007).
    const of = paragraphs(
      'The Lund 40 index rose 135 points on Tuesday.',
      'The gain took the index well above its level before the sell-off of February 27, when it fell 416 points in a single day.',
    );
    expect(event(of, 'sell-off', '2007-04-25').start).toBe('2007-02-27');
    expect(event(of, 'took', '2007-04-25').start).toBe('2007-04-24');
    // Not a phrase that leads up to it: the flights are of the celebrations' day.
    const leadup =
      'The jet will fly directly to Lund as part of the leadup to the airline’s celebrations on November 16.';
    expect(event(leadup, 'fly', '2007-11-04').start).toBe('2007-11-16');
  });

  it('gives no day of its own to a known happening a clause answers ("reacted for the first time to the bankruptcy of …"), only to one it names', () => {
    // Published on Tuesday 16 September 2008.
    const text =
      'Stocks in Lund fell on Tuesday, as investors reacted for the first time to the bankruptcy of Harwell Brothers.';
    expect(event(text, 'reacted', '2008-09-16').start).toBe('2008-09-16');
    expect(event(text, 'bankruptcy', '2008-09-16').start).toBeNull();
    // A new one answered is not known: "reacted to a bankruptcy" keeps its clause's day.
    const told = 'Stocks in Lund fell on Tuesday, as investors reacted to a bankruptcy at Harwell.';
    expect(event(told, 'bankruptcy', '2008-09-16').start).toBe('2008-09-16');
  });

  it('gives no date to a noun deep in the phrase a record\'s "since" opens ("since the reopening of markets after the fires")', () => {
    const text =
      'The Oslo index fell 9 percent on Tuesday, its biggest drop since the reopening of markets after the harbour fires.';
    expect(event(text, 'fires', '2009-03-12').start).toBeNull();
    expect(event(text, 'reopening', '2009-03-12')).toMatchObject({ start: null, participants: [] });
  });

  it('dates the market moves one sentence tells together by the day it gives the first', () => {
    // Published on Tuesday 11 March 2009.
    const text =
      "Oslo's main index lost 5 percent on Monday, its worst day since the May 3 fires in 2004, and Bergen's index fell 7 percent.";
    expect(event(text, 'fell', '2009-03-10')).toMatchObject({ start: '2009-03-09' });
    // Told in the same clause, with no verb of its own clause between.
    const gerund =
      "Oslo's main index lost 5 percent on Monday, with Bergen's index falling 7 percent.";
    expect(event(gerund, 'falling', '2009-03-10')).toMatchObject({ start: '2009-03-09' });
    // What the record is measured from has the date that names it, and starts no thread.
    expect(event(text, 'fires', '2009-03-10')).toMatchObject({
      start: '2004-05-03',
      participants: [],
    });
  });

  it('dates what a record is measured from by the date that names it ("since the 1998 financial crisis, when …", "since the crash of October 1987", "since the index was launched in 1984")', () => {
    // Published on Wednesday 17 September 2008.
    const text = paragraphs(
      'It was the biggest one-day fall in Oslo stocks since the 1998 banking crisis, when the state defaulted on its debt.',
      'The Bergen index had its worst drop since the crash of October 1987.',
      'The Lund index fell 3 percent.',
    );
    expect(event(text, 'crisis', '2008-09-17')).toMatchObject({
      start: '1998-01-01',
      granularity: 'year',
    });
    expect(event(text, 'defaulted', '2008-09-17').start).toBe('1998-01-01');
    expect(event(text, 'crash', '2008-09-17')).toMatchObject({
      start: '1987-10-01',
      granularity: 'month',
    });
    // The day's moves stay the day's: the record's date starts no thread.
    expect(event(text, 'drop', '2008-09-17').start).toBe('2008-09-17');
    // A date without its year names no year ("since the September 11 attacks").
    const bare = 'The Oslo index had its worst day since the September 11 attacks.';
    expect(event(bare, 'attacks', '2008-09-17').start).toBeNull();
    // Nor is that day the story's, which the lead's dates give.
    const lead = 'The Oslo index fell 4 percent, its worst fall since the September 11 attacks.';
    expect(event(lead, 'fell', '2008-09-17').start).toBe('2008-09-17');
    // A clause has the date its own words give ("since the index was launched in 1984"),
    // and a move its "when" clause tells starts no thread either.
    const clauses = paragraphs(
      'The Lund index rose 9 percent on Tuesday, its largest gain since the index was launched in 1984.',
      "It was the Bergen index's biggest fall since March 3, 2005, when it dropped 680 points.",
      'Shares in Oslo fell 5 percent.',
    );
    expect(event(clauses, 'launched', '2008-09-17').start).toBe('1984-01-01');
    expect(event(clauses, 'dropped', '2008-09-17').start).toBe('2005-03-03');
    expect(event(clauses, 'fell', '2008-09-17').start).toBe('2008-09-16');
  });

  it('does not carry a backstory\'s date to a plain past after it ("had fallen … last week. The index gained")', () => {
    // Published on Thursday 12 March 2009; the lead tells Wednesday's story.
    const text = paragraphs(
      'The Oslo exchange rose 4 percent on Wednesday.',
      'The Oslo exchange had fallen 6 percent last week.',
      'The Bergen index gained 5 percent, and the Oslo exchange closed higher.',
    );
    expect(event(text, 'fallen', '2009-03-12').start).toBe('2009-03-02');
    expect(event(text, 'gained', '2009-03-12')).toMatchObject({ start: '2009-03-11' });
    expect(event(text, 'closed', '2009-03-12')).toMatchObject({ start: '2009-03-11' });
    // Nor a perfect's span up to now: "has lost 24 percent this week. Shares slumped".
    const week = paragraphs(
      'The Oslo exchange fell 9 percent on Friday.',
      'The Oslo exchange has lost 24 percent this week.',
      'Shares in Bergen also slumped.',
    );
    expect(event(week, 'slumped', '2008-10-10')).toMatchObject({ start: '2008-10-10' });
    // Nor a move of years before, told in passing: "The previous record … was set on".
    const history = paragraphs(
      'The Oslo exchange fell 777 points on Monday, the largest fall in its history.',
      'The previous record, a fall of 685 points, was set on May 3, 2001.',
      'The Bergen index dropped 9 percent.',
    );
    expect(event(history, 'dropped', '2008-09-30').start).toBe('2008-09-29');
    // Nor a perfect participle's ("having cut it in July"), which tells what came before.
    const having =
      'The Lund central bank kept its rate at 1% on Thursday, having cut it in July.\n\nIt also lowered its forecast.';
    expect(event(having, 'lowered', '2012-09-07').start).toBe('2012-09-06');
  });

  itDates([
    [
      'dates what an absolute "with" tells by its clause\'s day ("placed in administration on Monday, with the firm Harwell appointed")',
      'The unit was placed in administration on Monday, with the firm Harwell appointed to run it.',
      'appointed',
      '2008-09-17',
      { start: '2008-09-15', title: 'Firm Harwell appointed' },
    ],
    [
      'dates a verb joined to another by the other\'s date, even one its clause governs ("in 2009, when Berg took a leave and received a transplant")',
      paragraphs(
        'Ana Berg resigned as chief of Lund on Wednesday.',
        'Tor Dahl led the firm in 2009, when Berg took a six-month leave and received a liver transplant.',
      ),
      'received',
      '2011-08-25',
      { start: '2009-01-01', granularity: 'year' },
    ],
    [
      'dates a past joined by "and" to a past written as its present by that one\'s date ("Last Wednesday, the banks cut rates, and Lund Bank lowered its rate")',
      'Last Wednesday, Lund Bank and four other central banks cut interest rates at the same time, and Lund Bank lowered its main rate by half a point.',
      'lowered',
      '2008-10-14',
      { start: '2008-10-08', granularity: 'day', mention: { dateBasis: 'governing-timex' } },
    ],
    [
      'does not date a market\'s move by the day a move in its object owns ("recovered part of Monday\'s 504-point fall")',
      paragraphs(
        'Markets rise',
        'Harwell Bank cut 300 jobs on Tuesday.',
        "The Lund 40 index recovered part of Monday's 504-point fall, closing 141 points higher.",
      ),
      'recovered',
      '2011-08-09',
      { start: '2011-08-09' },
    ],
    [
      'does not date any verb by the day a move it acts on owns ("The rally reversed much of Friday\'s 9.6% fall")',
      paragraphs(
        'Markets rise',
        'The Lund 40 index soared 14% on Tuesday.',
        "The rally reversed much of Friday's 9.6% fall.",
      ),
      'reversed',
      '2008-10-14',
      { start: '2008-10-14' },
    ],
    [
      'nor a move noun by the day another move noun owns ("The rally reversed much of Friday\'s fall")',
      paragraphs(
        'Markets rise',
        'The Lund 40 index soared 14% on Tuesday.',
        "The rally reversed much of Friday's 9.6% fall.",
      ),
      'rally',
      '2008-10-14',
      { start: '2008-10-14' },
    ],
    [
      'nor by a date after a move\'s "of" ("erased most of the losses of last week")',
      paragraphs(
        'Markets rise',
        'Harwell Bank cut 300 jobs on Tuesday.',
        'The Lund 40 index erased most of the losses of last week.',
      ),
      'erased',
      '2010-05-11',
      { start: '2010-05-11' },
    ],
    [
      'but dates what set the move off by it ("what caused Thursday\'s plunge")',
      paragraphs(
        'Markets rise',
        'Harwell Bank cut 300 jobs on Monday.',
        "Officials asked what caused Thursday's plunge in the Lund 40 index.",
      ),
      'caused',
      '2010-05-11',
      { start: '2010-05-06' },
    ],
    [
      'dates a "when" clause after a move by the day the move owns ("Friday\'s 9.6% fall, when the index had closed")',
      paragraphs(
        'Markets rise',
        'The Lund 40 index soared 14% on Tuesday.',
        "The rally reversed much of Friday's 9.6% fall, when the index had closed at its lowest level since 2003.",
      ),
      'closed',
      '2008-10-14',
      { start: '2008-10-10' },
    ],
    [
      'dates that move in the object by the day it owns',
      paragraphs(
        'Markets rise',
        'Harwell Bank cut 300 jobs on Tuesday.',
        "The Lund 40 index recovered part of Monday's 504-point fall, closing 141 points higher.",
      ),
      'fall',
      '2011-08-09',
      { start: '2011-08-08' },
    ],
    [
      'does not carry the day a move noun owns to the next move ("recovering most of the previous day\'s losses. The Orlin 50 rose")',
      paragraphs(
        'Markets rise',
        'Harwell Bank cut 300 jobs on Tuesday.',
        "The Lund 40 closed up 485 points, recovering most of the previous day's losses.",
        'European markets also rebounded, and the Orlin 50 rose 83 points.',
      ),
      'rose',
      '2008-09-30',
      { start: '2008-09-30' },
    ],
    [
      'dates a past perfect\'s move with no day of its own by the moves told just before ("At one point the Lund 40 had lost more than 4%")',
      paragraphs(
        'Markets rise',
        'Harwell Bank cut 300 jobs on Tuesday.',
        'Asian markets fell on Monday, with the Lund 40 dropping 1.7% to 8,944.48.',
        'At one point the Lund 40 had lost more than 4%, but it recovered during the afternoon as investors bought bank shares.',
      ),
      'lost',
      '2011-08-09',
      { start: '2011-08-08' },
    ],
    [
      'dates an event by the finer of two dates set off one after the other ("a month ago, on February 5")',
      'Lund Bank had last cut its rate a month ago, on February 5, to 1%.',
      'cut',
      '2009-03-05',
      { start: '2009-02-05', granularity: 'day' },
    ],
    [
      'dates a past joined to a past perfect by a date that opens the sentence ("On Wednesday, the index had gained 29 points, and the Lund 40 rose")',
      paragraphs(
        'The Orlin index fell 512 points on Thursday.',
        'On Wednesday, the Orlin index had gained 29 points, and the Lund 40 rose slightly.',
      ),
      'rose',
      '2011-08-04',
      { start: '2011-08-03', granularity: 'day', mention: { dateBasis: 'governing-timex' } },
    ],
    [
      'does not date a past by the date a past perfect joined to it has after its verb ("had gained 29 points on Wednesday, and the Lund 40 rose")',
      paragraphs(
        'The Orlin index fell 512 points on Thursday.',
        'The Orlin index had gained 29 points on Wednesday, and the Lund 40 rose slightly.',
      ),
      'rose',
      '2011-08-04',
      { start: '2011-08-04' },
    ],
    [
      'dates a verb by its clause\'s date after a relative aside ("introduced the Q7, which sells for $199, at a fair on June 9")',
      'Orlin introduced the Lund Q7, which sells for $199, at a fair in Oslo on June 9.',
      'introduced',
      '2008-07-14',
      { start: '2008-06-09', granularity: 'day' },
    ],
    [
      'dates a result by the period after it, and its posting by the day it is told ("posted a net profit … in the third quarter")',
      'Lund Mobile said that it posted a net profit of $997 million in the third quarter.',
      'profit',
      '2009-11-03',
      { start: '2009-07-01', granularity: 'quarter' },
    ],
    [
      'dates the posting of a result with its period by the day it is told',
      'Lund Mobile said that it posted a net profit of $997 million in the third quarter.',
      'posted',
      '2009-11-03',
      { start: '2009-11-03', granularity: 'day' },
    ],
    [
      'keeps a deadline the verb\'s ("to end its losses by 2012")',
      'The plan is to end the losses of Lund Mobile by 2012.',
      'end',
      '2009-11-03',
      { start: '2012-01-01' },
    ],
    [
      'dates a relative clause\'s progressive, under way now ("the mill, which is seeking to cut jobs")',
      'The union met the mill, which is seeking to cut 500 jobs.',
      'seeking',
      '2008-04-30',
      { start: '2008-04-30' },
    ],
    [
      'dates a result\'s posting by another date of its clause, not the period the result is for ("posted a loss for its third quarter last week")',
      'The mill posted a loss of $2 million for its third quarter last week.',
      'posted',
      '2008-09-15',
      { start: '2008-09-08', granularity: 'week', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a result\'s report by the day of its clause, not the period after "for" and adjectives ("will report results for its fiscal first quarter on January 18")',
      'The mill will report results for its fiscal first quarter on January 18.',
      'report',
      '2005-12-20',
      { start: '2006-01-18', granularity: 'day', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a report by a day after its object past a relative clause commas set off ("results for its fiscal first quarter, which included the holiday season, on January 21")',
      'The mill will report results for its first quarter, which included the holidays, on January 21.',
      'report',
      '2008-12-20',
      { start: '2009-01-21', granularity: 'day', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a result by the period it is for, and its posting by the day it is told, when the clause gives no other date',
      'The mill posted a loss of $2 million for its third quarter.',
      'loss',
      '2008-11-15',
      { start: '2008-07-01', granularity: 'quarter' },
    ],
    [
      'dates a report by a day after its plain object ("declared an emergency on Thursday")',
      'The ministry declared a state of emergency on Thursday.',
      'declared',
      '2016-08-26',
      { start: '2016-08-25', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a report by a date after an object with a possessive ("declared its own emergency in August 2022")',
      'The state declared its own public health emergency in August 2022.',
      'declared',
      '2023-05-11',
      { start: '2022-08-01', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a report by a day after noun phrases joined by a preposition',
      'The firm reported a 2% drop in first-quarter revenue on Feb. 1.',
      'reported',
      '2024-02-14',
      { start: '2024-02-01', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a report by a day after an object with a participle before its noun ("in a televised address … late on Sunday night")',
      'The governor announced the closure in a televised address to the state late on Sunday night.',
      'announced',
      '2011-05-02',
      { start: '2011-05-01T21:00', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a report by the day the medium it was made in came out ("in a statement posted online on Saturday")',
      'The group claimed responsibility in a statement posted online on Saturday.',
      'claimed',
      '2015-11-16',
      { start: '2015-11-14', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a report by the date of the participle that opens its sentence ("Speaking at the White House on Friday, X said")',
      'The ferry sank on Thursday. Speaking at the town hall on Friday, the mayor said the crew had been rescued.',
      'said',
      '2014-07-20',
      { start: '2014-07-18', mention: { dateBasis: 'own-timex' } },
    ],
    [
      'dates a verb joined to a dated one, with no subject of its own, by the same day',
      'The ministry declared a state of emergency on Thursday and released 50 million euros.',
      'released',
      '2016-08-26',
      { start: '2016-08-25', mention: { dateBasis: 'governing-timex' } },
    ],
    [
      'dates a verb by the date that ends a verb joined to it with no subject of its own',
      'The new ferry will leave from Harwell with 300 guests and dock in Lindale on May 14.',
      'leave',
      '2016-04-26',
      { start: '2016-05-14', modality: 'scheduled', mention: { dateBasis: 'governing-timex' } },
    ],
    [
      "dates the first verb's subject by the date of the verb joined to it",
      'The first crossing will leave from Harwell and dock in Lindale on May 14.',
      'crossing',
      '2016-04-26',
      { start: '2016-05-14', mention: { dateBasis: 'governing-timex' } },
    ],
    [
      "does not date a verb by a date a joined verb may only share with a happening's noun before it",
      'The new ferry will leave from Harwell and sail to Lindale for the regatta on May 14.',
      'leave',
      '2016-04-26',
      { start: null, modality: 'scheduled' },
    ],
    [
      'dates an infinitive under an -ing form by the past verb the -ing form hangs on ("after agreeing to buy the bank in September")',
      'Lund Steel completed its takeover of Harwell on January 1, after agreeing to buy the mill in September.',
      'buy',
      '2009-01-16',
      { start: '2008-09-01', granularity: 'month', modality: 'scheduled' },
    ],
    [
      'dates an -ing form a past verb governs by the date of its infinitive ("after agreeing to buy the bank in September")',
      'Lund Steel completed its takeover of Harwell on January 1, after agreeing to buy the mill in September.',
      'agreeing',
      '2009-01-16',
      { start: '2008-09-01', granularity: 'month', modality: 'actual' },
    ],
    [
      'gives a year that modifies a noun past names and adjectives to the noun ("a 2004 European Commission antitrust decision")',
      'Lund Steel lost its appeal against a 2004 Norwind Commission antitrust decision on Monday.',
      'decision',
      '2007-09-18',
      { start: '2004-01-01', granularity: 'year' },
    ],
    [
      'dates the verb by the date after such a noun, which the noun does not take',
      'Lund Steel lost its appeal against a 2004 Norwind Commission antitrust decision on Monday.',
      'lost',
      '2007-09-18',
      { start: '2007-09-17', granularity: 'day' },
    ],
    [
      'does not date a verb by the date of a joined verb of another tense',
      'The mill was founded by the Lund family and employs 200 people since 2009.',
      'founded',
      '2016-04-26',
      { start: '2016-04-26', mention: { dateBasis: 'publication-date' } },
    ],
    [
      'dates a "when" clause after a date by that date ("in 2009, when more than 300 people died")',
      'The region was hit by a similar flood in 2009, when more than 300 people died.',
      'died',
      '2016-08-26',
      { start: '2009-01-01', granularity: 'year' },
    ],
    [
      'dates a main clause by a date that opens the sentence before a "when" clause',
      'In 2015, when the mill closed, 500 workers lost their jobs.',
      'lost',
      '2016-08-26',
      { start: '2015-01-01', mention: { dateBasis: 'own-timex' } },
    ],
  ]);

  itDates([
    [
      'dates a main clause by the date of the "when" clause fronted before it',
      'When the city selected Harwell on February 29 to build the bridge, Larkspur challenged the award.',
      'challenged',
      '2008-07-02',
      { start: '2008-02-29' },
    ],
    [
      'reads a report after a fronted question as actual and dated ("When asked whether …, X replied")',
      'When asked whether the deal was a step forward, the mayor replied that it was.',
      'replied',
      '2008-07-02',
      { start: '2008-07-02', modality: 'actual' },
    ],
  ]);

  it('does not give a present inside a dated past clause that clause\'s date ("as it pays pensions")', () => {
    const text = 'The mill admitted on Thursday that the loss could grow as it pays pensions.';
    expect(event(text, 'admitted', '2006-01-27').start).toBe('2006-01-26');
    // Not the clause's Thursday (here the lead's day, as the story's day, may still date it).
    expect(event(text, 'pays', '2006-01-27').mention.dateBasis).not.toBe('governing-timex');
  });

  it('dates a year\'s result told early the next year in the year before ("annual loss")', () => {
    const text = 'Harwell Brothers has posted its first annual loss since 1992.';
    expect(event(text, 'loss', '2006-01-27')).toMatchObject({
      start: '2005-01-01',
      end: '2006-01-01',
      granularity: 'year',
    });
    expect(event(text, 'loss', '2006-01-27').mention.dateBasis).toBe('reporting-period');
    expect(event(text, 'loss', '2006-09-27').start).toBe('2006-09-27');
  });

  it('dates a headline\'s annual result in the year before, not by its verb ("posts annual loss")', () => {
    expect(event('Harwell posts first annual loss', 'loss', '2006-01-27')).toMatchObject({
      start: '2005-01-01',
      granularity: 'year',
    });
  });

  it('dates what is agreed on the day of the agreement, marked as planned ("agree purchase")', () => {
    const purchase = event('Harwell Air agrees purchase of 20 jets', 'purchase', '2008-09-17');
    expect(purchase).toMatchObject({ start: '2008-09-17', modality: 'scheduled' });
  });

  it('dates monthly sales told in the first days of a month in the month before', () => {
    const text = 'Harwell Motors said its sales fell 12% as dealers struggled.';
    expect(event(text, 'fell', '2009-04-02')).toMatchObject({
      start: '2009-03-01',
      end: '2009-04-01',
      granularity: 'month',
      approximate: true,
    });
    expect(event(text, 'fell', '2009-04-02').mention.dateBasis).toBe('reporting-period');
    const headline = 'Harwell Motors car sales plunge by 45%';
    expect(event(headline, 'sales', '2010-01-03').start).toBe('2009-12-01');
    // Later in the month, or shares rather than sales: the day it was told.
    expect(event(text, 'fell', '2009-04-17').start).toBe('2009-04-17');
    const shares = 'Harwell Motors said its shares fell 12% as dealers struggled.';
    expect(event(shares, 'fell', '2009-04-02').start).toBe('2009-04-02');
  });

  it('dates no noun of a present-perfect verb by the thread of the sentence before ("were sued in 2006. “Once we have reviewed the ruling”")', () => {
    const text =
      'Harwell Motors was sued by Lund in 2006. A statement by Harwell Motors said “Once we have reviewed the ruling, we will decide.”';
    expect(event(text, 'ruling', '2008-03-01').start).toBe('2008-03-01');
  });

  it('leaves an -ing clause after an undated verb undated ("had cut its forecast, citing")', () => {
    const text = 'Harwell Motors had cut its forecast, citing weak demand.';
    expect(event(text, 'citing', '2010-03-03').start).toBeNull();
    const fell = 'Harwell Motors shares fell 5% on Monday, wiping $9 billion off its value.';
    expect(event(fell, 'wiping', '2010-03-03').start).toBe('2010-03-01');
  });

  it("dates a verb by its own day, not by a day that owns a noun after 'after' or 'from'", () => {
    // Published Wednesday 16 March 2011.
    const fell = event(
      "On Monday, the first trading day after Friday's storm, the Orvex 50 fell 6.2 percent.",
      'fell',
      '2011-03-16',
    );
    expect(fell).toMatchObject({ start: '2011-03-14', granularity: 'day' });
    expect(
      event("Orvex shares rose 4% from Monday's close.", 'rose', '2011-03-16').mention.timex,
    ).toBeNull();
    // A day that owns the verb's occasion dates the verb.
    const runoff = 'Ana Lund defeated Tom Hale in Sunday’s runoff.';
    expect(event(runoff, 'defeated', '2011-03-16').start).toBe('2011-03-13');
  });

  it('dates a past clause joined by "and" by the day its first clause states', () => {
    // Published Thursday 30 October 2008.
    const text =
      'Orvex said on Friday that its profit had fallen, and its shares dropped 4 percent.';
    expect(event(text, 'dropped', '2008-10-30')).toMatchObject({ start: '2008-10-24' });
    expect(event(text, 'dropped', '2008-10-30').mention.dateBasis).toBe('governing-timex');
    // Not a saying, which is of its own day.
    const said = 'The mill was rebuilt last year, and analysts said that sales were rising.';
    expect(event(said, 'said', '2008-10-30').start).toBe('2008-10-30');
  });

  it('dates no report set off after what it tells by a date of what it tells', () => {
    const trailing = 'During the crisis in 2008, the mill sold its stake, the regulator said.';
    expect(event(trailing, 'sold', '2012-06-27').start).toBe('2008-01-01');
    expect(event(trailing, 'said', '2012-06-27').start).toBe('2012-06-27');
    // A fronted date's comma, or an aside's, is no such report's.
    const fronted = 'In January 2005, the mill announced that it would close.';
    expect(event(fronted, 'announced', '2012-06-27').start).toBe('2005-01-01');
    const aside = 'On Wednesday, Orvex Capital, a fund managed by Lund, said it had failed.';
    expect(event(aside, 'said', '2012-06-29').start).toBe('2012-06-27');
    // Nor by the day of a clause whose verb tells no event ("will open as usual on Friday").
    const plan = 'Branches will open as usual on Friday, the bank said.';
    expect(event(plan, 'said', '2008-09-24').start).toBe('2008-09-24');
    // Nor is a report with an object of its own, after a fronted date and a clause.
    const reported =
      'In January, a week after Kline announced his leave, the mill reported a record profit.';
    expect(event(reported, 'reported', '2009-06-30')).toMatchObject({
      start: '2009-01-01',
      granularity: 'month',
    });
  });

  it("dates no punishment's cause by the punishment's day ('fined on Wednesday for trying')", () => {
    const text = 'Lund Bank was fined on Wednesday for trying to rig rates.';
    expect(event(text, 'fined', '2012-06-28').start).toBe('2012-06-27');
    expect(event(text, 'trying', '2012-06-28').start).toBeNull();
    // A date after the act is its own.
    const own = 'Lund Bank was fined on Wednesday for selling the bonds in 2008.';
    expect(event(own, 'selling', '2012-06-28').start).toBe('2008-01-01');
  });

  it('dates a gerund after a preposition by a date of its own phrase, before one of the verb it hangs on ("criticized on Sunday for taking a day off on Saturday")', () => {
    // Published Monday 21 June 2010.
    const text =
      'Ada Brill was criticized on Sunday for taking a day off on Saturday to watch a race.';
    expect(event(text, 'criticized', '2010-06-21').start).toBe('2010-06-20');
    expect(event(text, 'taking', '2010-06-21').start).toBe('2010-06-19');
    expect(event(text, 'watch', '2010-06-21').start).toBe('2010-06-19');
    // With no date of its own phrase, the date before it is still its day.
    const before = 'Ada Brill was arrested on Sunday after visiting the plant.';
    expect(event(before, 'visiting', '2010-06-21').start).toBe('2010-06-20');
  });

  it('dates what is set for a day by it, not the setting ("set sentencing for July 29")', () => {
    const text = 'The court convicted Tom Hale and set sentencing for July 29.';
    expect(event(text, 'sentencing', '2011-05-11')).toMatchObject({ start: '2011-07-29' });
    // Published Monday 3 May 2010: the strike is Wednesday's, the calling is not.
    const strike = 'The unions have called a general strike for Wednesday.';
    expect(event(strike, 'strike', '2010-05-03').start).toBe('2010-05-05');
    expect(event(strike, 'called', '2010-05-03').start).toBe('2010-05-03');
  });

  it('dates a list of market moves by the date that ends it', () => {
    // Published Wednesday 19 March 2008; the lead tells Tuesday's story.
    const text =
      'Markets fell sharply on Tuesday.\n\nThe Orvex 50 rose 2 percent, the Lund index gained 1.5 percent and the Hale 40 added 1 percent on Monday.';
    for (const trigger of ['rose', 'gained', 'added'])
      expect(event(text, trigger, '2008-03-19')).toMatchObject({
        start: '2008-03-17',
        kind: 'market-move',
      });
    // Not a date of a clause that is no move of the list: "lost 461 billion yen in the
    // year that ended on March 31".
    const year = 'The mill lost 46 million in the year that ended on March 31.';
    expect(event(year, 'lost', '2008-05-08').start).not.toBe('2008-03-31');
  });

  it('counts a span set off after a clause inside the sentence from the main clause ("fell on Friday on fears that …, a day after a crash")', () => {
    const text =
      'Stocks in Oslo fell on Friday on fears that the debt crisis could spread, a day after a brief crash in Lund.';
    expect(event(text, 'crash', '2010-05-07')).toMatchObject({
      start: '2010-05-06',
      modality: 'actual',
    });
  });

  it('dates a backstory\'s second clause by the first one\'s own date ("On Monday, the index had fallen 80 points, and the Lund index had ended at 676")', () => {
    const text =
      'On Monday, the Oslo index had fallen 80 points, and the Lund index had ended at 676.';
    expect(event(text, 'ended', '2009-03-11').start).toBe('2009-03-09');
  });

  it('dates what an "after" clause tells by its twin\'s own day, on or before the day of the clause it went before', () => {
    // Published on Thursday 24 January 2008.
    const text = paragraphs(
      'The Lund index rebounded 10 percent on Wednesday after the Norbank cut interest rates.',
      'The Norbank cut interest rates by half a point on Tuesday.',
    );
    expect(event(text, 'cut', '2008-01-24')).toMatchObject({ start: '2008-01-22' });
    // Not from a twin that counts another amount: "days after it recalled 2.3 million cars
    // … a recall of 4.2 million cars announced in November".
    const other = paragraphs(
      'Lindcar halted sales on Tuesday, days after it recalled 2.3 million cars.',
      'The recall came on top of a recall of 4.2 million cars announced in November.',
    );
    // (Some days before Tuesday: within January, see vague-counts.ts.)
    expect(event(other, 'recalled', '2010-01-27')).toMatchObject({
      start: '2010-01-01',
      granularity: 'month',
    });
  });

  it('dates a "when" clause by the date it follows ("since September 2000, when it acted")', () => {
    const text =
      'It was the first time the banks had acted together since September 2000, when they bought euros.';
    expect(event(text, 'bought', '2011-03-18')).toMatchObject({
      start: '2000-09-01',
      granularity: 'month',
    });
    expect(event(text, 'bought', '2011-03-18').mention.dateBasis).toBe('governing-timex');
    // Even after a record's start, which dates nothing else.
    const record = "It was the mill's largest fall since July 2001, when it cut its forecast.";
    expect(event(record, 'cut', '2011-03-18').start).toBe('2001-07-01');
  });

  it('dates what monthly sales did by their month, not by the day of the saying', () => {
    const said = 'Harwell Motors said on Tuesday that total sales improved to 14,285 units.';
    expect(event(said, 'improved', '2010-03-03')).toMatchObject({
      start: '2010-02-01',
      granularity: 'month',
    });
    expect(event(said, 'said', '2010-03-03').start).toBe('2010-03-02');
    // A headline's "sales spike" and the -ing clause after it are the month's too.
    const headline = "Harwell's US auto sales spike, surpassing Lund";
    expect(event(headline, 'spike', '2010-03-03').start).toBe('2010-02-01');
    expect(event(headline, 'surpassing', '2010-03-03').start).toBe('2010-02-01');
    // A count of things sold that a participle describes is of the month too, though a
    // bare participle that describes a thing tells no time of its own.
    const compared =
      'Harwell said that total sales improved to 14,285 units, against 13,951 units sold by Lund.';
    expect(event(compared, 'sold', '2010-03-03')).toMatchObject({
      start: '2010-02-01',
      granularity: 'month',
    });
  });

  it('dates a report by a period after its object, but not by a date inside what it reports', () => {
    const said = event('The ministry said the mill closed on Thursday.', 'said', '2016-08-26');
    expect(said.mention.dateBasis).not.toBe('own-timex');
    const announced = event(
      'The ministry first announced the deal in January 2015.',
      'announced',
      '2016-08-26',
    );
    expect(announced).toMatchObject({ start: '2015-01-01', mention: { dateBasis: 'own-timex' } });
  });

  it('does not date a report by the period it reports on ("For the final quarter, X says")', () => {
    const text = 'For the final quarter of 2009, Harwell says it made profits of $868 million.';
    const says = event(text, 'says', '2010-01-28');
    expect(says).toMatchObject({ start: '2010-01-28', granularity: 'day' });
    // "made profits" tells one event, the profits.
    expect(event(text, 'profits', '2010-01-28')).toMatchObject({
      start: '2009-10-01',
      granularity: 'quarter',
    });
  });

  it('gives a date after an infinitive to the infinitive, not its governor ("is seeking to cut jobs by 2012")', () => {
    const text = 'Harwell, which is seeking to cut 3,000 jobs by 2012, reported a loss.';
    const seeking = event(text, 'seeking', '2009-02-03');
    expect(seeking.start).not.toBe('2012-01-01');
  });

  it('dates nothing by a date that is the subject of "be" ("2009 was a pivotal year")', () => {
    const text =
      '“While we still face challenges, 2009 was a pivotal year for us,” the chairman said.';
    const face = event(text, 'face', '2010-01-28');
    expect(face.mention.dateBasis).not.toBe('own-timex');
    expect(face.start).not.toBe('2009-01-01');
  });
});

describe('a weekday a dated report looks ahead to', () => {
  it('is the first after the report\'s day, not after the article\'s ("said on Tuesday that he would meet him on Wednesday", published Thursday)', () => {
    const text = "Obama said on Tuesday that he would meet Lindale's chairman on Wednesday.";
    expect(event(text, 'meet', '2010-06-17')).toMatchObject({ start: '2010-06-16' });
    // A weekday after the article's day is the next one: Monday is still to come.
    const monday = "Obama said on Tuesday that he would meet Lindale's chairman on Monday.";
    expect(event(monday, 'meet', '2010-06-17')).toMatchObject({ start: '2010-06-21' });
    // Not a weekday of a past the report tells: it may come before the report's day.
    const past =
      'Obama said on Tuesday there was some alignment after meeting with Berg at the summit Monday.';
    expect(event(past, 'meeting', '2010-06-17')).toMatchObject({ start: '2010-06-14' });
  });
});

describe('resolving a calendar day with no tense', () => {
  itDates([
    [
      'places "celebrations on November 16" in an article of 5 November on the coming 16th',
      'The airliner will then bypass Malaysia, and fly to Sydney for celebrations on November 16.',
      'fly',
      '2005-11-05',
      { start: '2005-11-16' },
    ],
    [
      'keeps "later this year" in the year of publication',
      'The airliner is expected to enter service later this year.',
      'enter',
      '2007-07-09',
      { start: '2007-01-01', end: '2008-01-01' },
    ],
  ]);
});
