import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/contract/corpus.ts';
import { countFromEvents } from '../../../src/loader/reading/count-from-events.ts';
import type { Dated } from '../../../src/loader/reading/date-event.ts';
import type { DateBasis } from '../../../src/loader/reading/event-dates.ts';
import { readSentence, type SentenceEvent } from '../../../src/loader/reading/read-sentence.ts';
import { event } from './article.ts';
import { tag, timexIn } from './tagged.ts';

function onDay(day: string, basis: DateBasis): Dated {
  return {
    date: { start: day, end: null, granularity: 'day', approximate: basis !== 'own-timex' },
    basis,
    timex: null,
  };
}

/** Reads `sentence`, dates every event `day` by `basis` (unless `given` dates it), and counts. */
function counted(
  sentence: string,
  duration: Timex,
  day: string,
  basis: DateBasis,
  published: string,
  given: Record<string, Dated> = {},
) {
  const words = tag(sentence);
  const read = readSentence(words);
  const dates = new Map<SentenceEvent, Dated>(
    read.events.map((e) => [e, given[words[e.trigger]?.text ?? ''] ?? onDay(day, basis)]),
  );
  const out = countFromEvents(read, [duration], dates, published);
  return (trigger: string) => {
    const found = read.events.find((e) => words[e.trigger]?.text === trigger);
    if (!found) throw new Error(`no event "${trigger}"`);
    return out.get(found);
  };
}

/**
 * Counts `sentence` (published Wednesday 23 May 2012) with its span `span` ("a day"), every
 * event of Saturday 19 May, those written `onSaturday` by its "Saturday".
 */
function countedFromSaturday(sentence: string, span: string, onSaturday: readonly string[]) {
  const saturday = {
    ...onDay('2012-05-19', 'own-timex'),
    timex: timexIn(sentence, 'Saturday', 'DATE', '2012-05-19'),
  };
  return counted(
    sentence,
    timexIn(sentence, span, 'DURATION', 'P1D'),
    '2012-05-19',
    'own-timex',
    '2012-05-23',
    Object.fromEntries(onSaturday.map((word) => [word, saturday])),
  );
}

describe('countFromEvents', () => {
  it('counts what the sentence tells back from a known event: "A day before the announcement, X said"', () => {
    const sentence = 'A day before the announcement, the mill said it was closing a plant.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'A day', 'DURATION', 'P1D'),
      '2009-11-04',
      'story-day',
      '2009-11-05',
    );
    expect(dateOf('said')).toMatchObject({
      date: { start: '2009-11-03' },
      basis: 'event-relative',
    });
    expect(dateOf('closing')?.date?.start).toBe('2009-11-03');
    expect(dateOf('announcement')?.date?.start).toBe('2009-11-04');
  });

  it('dates a known event back from the clause counted from it when only that clause\'s words date it ("announced on September 19, two days after the collapse")', () => {
    const sentence =
      'Berg announced the plan on September 19, two days after the collapse of Lund.';
    const day = timexIn(sentence, 'September 19', 'DATE', '2008-09-19');
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'two days', 'DURATION', 'P2D'),
      '2008-09-19',
      'own-timex',
      '2008-09-30',
      // (Each dated by the clause's day, as its reading does.)
      Object.fromEntries(
        ['announced', 'plan', 'collapse'].map((word) => [
          word,
          { ...onDay('2008-09-19', 'own-timex'), timex: day },
        ]),
      ),
    );
    expect(dateOf('collapse')).toMatchObject({
      date: { start: '2008-09-17' },
      basis: 'event-relative',
    });
    expect(dateOf('announced')?.date?.start).toBe('2008-09-19');
  });

  it('spans a happening counted after "after" up to its clause\'s event ("resigned on Friday after 18 days of mass protests")', () => {
    const sentence = 'Brill resigned on Friday after 18 days of mass protests.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, '18 days', 'DURATION', 'P18D'),
      '2011-02-11',
      'own-timex',
      '2011-02-12',
    );
    expect(dateOf('protests')).toMatchObject({
      date: { start: '2011-01-25', end: '2011-02-12', granularity: 'day' },
      basis: 'event-relative',
    });
    expect(dateOf('resigned')?.date?.start).toBe('2011-02-11');
    // Set before its clause, it ends at the clause's event all the same.
    const fronted = 'Following three months of talks, the union signed the deal on Monday.';
    const frontedDate = counted(
      fronted,
      timexIn(fronted, 'three months', 'DURATION', 'P3M'),
      '2014-02-24',
      'own-timex',
      '2014-02-25',
    );
    expect(frontedDate('talks')?.date).toMatchObject({ start: '2013-11-24', end: '2014-02-25' });
    // Not a span of something else: "after 18 days in office" names no happening.
    const office = 'Brill resigned on Friday after 18 days in office.';
    const officeDate = counted(
      office,
      timexIn(office, '18 days', 'DURATION', 'P18D'),
      '2011-02-11',
      'own-timex',
      '2011-02-12',
    );
    expect(officeDate('resigned')?.date?.start).toBe('2011-02-11');
  });

  it('counts no day from how long a state lasted after an event ("hid for ten years after the fire, which killed 30")', () => {
    const sentence = 'Lund hid for ten years after the fire, which killed 30 people.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'ten years', 'DURATION', 'P10Y'),
      '2001-09-11',
      'story-day',
      '2011-05-02',
    );
    expect(dateOf('killed')?.basis).not.toBe('event-relative');
  });

  it('counts a clause after "after" back from its main clause: "comes a day after Y released"', () => {
    const sentence = "The mill's move comes a day after Harwell released a list of closures.";
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'a day', 'DURATION', 'P1D'),
      '2009-05-15',
      'publication-date',
      '2009-05-15',
    );
    expect(dateOf('released')).toMatchObject({
      date: { start: '2009-05-14' },
      basis: 'event-relative',
    });
    expect(dateOf('comes')?.date?.start).toBe('2009-05-15');
  });

  it('dates a past perfect its clause left undated: "closed lower, a day after it had risen"', () => {
    const sentence = 'The Lund 40 index closed 6% lower, a day after it had risen 4%.';
    const undated: Dated = { date: null, basis: null, timex: null };
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'a day', 'DURATION', 'P1D'),
      '2008-11-06',
      'publication-date',
      '2008-11-06',
      { risen: undated },
    );
    expect(dateOf('risen')).toMatchObject({
      date: { start: '2008-11-05' },
      basis: 'event-relative',
    });
  });

  it('counts a clause after "after" that opens the sentence back from the main clause after it ("On May 22, three days after the deal was announced, X stopped")', () => {
    const sentence =
      'On May 22, three days after the deal was announced, the ferry service stopped running.';
    const day = timexIn(sentence, 'May 22', 'DATE', '2014-05-22');
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'three days', 'DURATION', 'P3D'),
      '2014-05-22',
      'governing-timex',
      '2014-06-27',
      { stopped: { ...onDay('2014-05-22', 'own-timex'), timex: day } },
    );
    expect(dateOf('announced')).toMatchObject({
      date: { start: '2014-05-19' },
      basis: 'event-relative',
    });
    expect(dateOf('stopped')?.date?.start).toBe('2014-05-22');
  });

  it('dates a known event back from the main clause after the span that opens the sentence ("On Saturday, a day after the launch, X sold")', () => {
    const dateOf = countedFromSaturday(
      'On Saturday, a day after the launch, Berg sold his boat.',
      'a day',
      ['launch', 'sold'],
    );
    expect(dateOf('launch')).toMatchObject({
      date: { start: '2012-05-18' },
      basis: 'event-relative',
    });
    expect(dateOf('sold')?.date?.start).toBe('2012-05-19');
  });

  it('dates a known event back from the day named before the span when no event was read for the main clause ("On Saturday, a day after the launch, the mood at Lund was calm")', () => {
    // The clause after the span has no event of its own: only the day before the span,
    // which the noun took as its own, tells from where the span counts.
    const dateOf = countedFromSaturday(
      'On Saturday, a day after the launch, the mood at Lund was calm.',
      'a day',
      ['launch'],
    );
    expect(dateOf('launch')).toMatchObject({
      date: { start: '2012-05-18' },
      basis: 'event-relative',
    });
    // A day named after the span is no clause's day counted back: "a day after the launch, on Saturday".
    const laterDateOf = countedFromSaturday(
      'A day after the launch, on Saturday, the mood at Lund was calm.',
      'A day',
      ['launch'],
    );
    expect(laterDateOf('launch')?.date?.start).toBe('2012-05-19');
  });

  it('counts a clause whose subject is definite back from its main clause ("a day after its offer was rejected")', () => {
    const sentence =
      'Lund launched a bid for Harwell on Wednesday, a day after its offer was rejected.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'a day', 'DURATION', 'P1D'),
      '2010-08-18',
      'governing-timex',
      '2010-08-19',
      { launched: onDay('2010-08-18', 'own-timex') },
    );
    expect(dateOf('rejected')).toMatchObject({
      date: { start: '2010-08-17' },
      basis: 'event-relative',
    });
    expect(dateOf('launched')?.date?.start).toBe('2010-08-18');
  });

  it('reads the clause after "after" past an apposition to its name ("after Harwell, a rival mill, released")', () => {
    const sentence =
      "The mill's move comes a week after Harwell, a rival mill, released a list of closures.";
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'a week', 'DURATION', 'P1W'),
      '2009-05-15',
      'publication-date',
      '2009-05-15',
    );
    expect(dateOf('released')).toMatchObject({
      date: { start: '2009-05-08' },
      basis: 'event-relative',
    });
    // "A day after the vote, Norwind, the airline, said": the phrase ends at the first comma.
    const fronted = 'A day after the vote, Norwind, the airline, said it was closing a plant.';
    const fromVote = counted(
      fronted,
      timexIn(fronted, 'A day', 'DURATION', 'P1D'),
      '2009-05-15',
      'story-day',
      '2009-05-17',
      { vote: onDay('2009-05-14', 'own-timex') },
    );
    expect(fromVote('said')?.date?.start).toBe('2009-05-15');
  });

  it('reads the clause after "after" past a list of names to its verb ("after Lund, the Norwind group and Harwell rescued")', () => {
    const sentence =
      'The state took over the mill on Monday, a day after Lund, the Norwind group and Harwell rescued its bank.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'a day', 'DURATION', 'P1D'),
      '2008-09-29',
      'own-timex',
      '2008-09-30',
      { rescued: onDay('2008-09-29', 'story-day') },
    );
    expect(dateOf('rescued')).toMatchObject({
      date: { start: '2008-09-28' },
      basis: 'event-relative',
    });
  });

  it('counts an event from the date its sentence gives before the span, which is the other event\'s ("results on Monday, two days before a launch")', () => {
    const sentence = 'Lund reported its results on Monday, two days before a launch in Oslo.';
    const monday = timexIn(sentence, 'Monday');
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'two days', 'DURATION', 'P2D'),
      '2010-01-25',
      'own-timex',
      '2010-01-26',
      { launch: { ...onDay('2010-01-25', 'own-timex'), timex: monday } },
    );
    expect(dateOf('launch')).toMatchObject({
      date: { start: '2010-01-27' },
      basis: 'event-relative',
    });
  });

  it('never counts on past publication from an event dated only by publication', () => {
    const sentence = 'Two days after the crash, the airline grounded its fleet.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'Two days', 'DURATION', 'P2D'),
      '2009-11-05',
      'publication-date',
      '2009-11-05',
    );
    expect(dateOf('grounded')).toMatchObject({
      date: { start: '2009-11-05' },
      basis: 'publication-date',
    });
  });

  it('leaves an event its own date', () => {
    const sentence = 'A week after the vote, the council met on Friday.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'A week', 'DURATION', 'P1W'),
      '2009-11-02',
      'own-timex',
      '2009-11-05',
    );
    expect(dateOf('met')).toMatchObject({ basis: 'own-timex', date: { start: '2009-11-02' } });
  });

  it('counts years to the year: "Three years after the launch, the line closed"', () => {
    const sentence = 'Three years after the launch, the line closed.';
    const launch = onDay('2005-04-27', 'own-timex');
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'Three years', 'DURATION', 'P3Y'),
      '2009-01-01',
      'publication-date',
      '2009-01-01',
      { launch },
    );
    expect(dateOf('closed')).toMatchObject({
      date: { start: '2008-01-01', end: '2009-01-01', granularity: 'year', approximate: true },
      basis: 'event-relative',
    });
  });
});

describe('days counted from a coarser date', () => {
  function inMonth(month: string): Dated {
    const start = `${month}-01`;
    const [year, number] = month.split('-').map(Number) as [number, number];
    const next =
      number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
    return {
      date: { start, end: next, granularity: 'month', approximate: false },
      basis: 'own-timex',
      timex: null,
    };
  }

  it('leaves an event counted a few days from a month about in that month ("In January, a week after Berg announced his leave, Lund reported a profit")', () => {
    const sentence = 'In January, a week after Berg announced his leave, Lund reported a profit.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'a week', 'DURATION', 'P1W'),
      '2009-03-02',
      'publication-date',
      '2009-03-02',
      { reported: inMonth('2009-01') },
    );
    // Not 25 December: January less a week is no day.
    expect(dateOf('announced')).toMatchObject({
      date: { start: '2009-01-01', end: '2009-02-01', granularity: 'month', approximate: true },
      basis: 'event-relative',
    });
  });

  it('counts no date when the span is longer than the period it is counted from', () => {
    const sentence =
      'In January, six weeks after Berg announced his leave, Lund reported a profit.';
    const dateOf = counted(
      sentence,
      timexIn(sentence, 'six weeks', 'DURATION', 'P6W'),
      '2009-03-02',
      'publication-date',
      '2009-03-02',
      { reported: inMonth('2009-01') },
    );
    expect(dateOf('announced')?.basis).toBe('publication-date');
  });

  it('counts days from the last event before the span that has a day when its clause has none ("grew this week after talks collapsed on Tuesday, nine days after an election"), through the article stages', () => {
    const text =
      "Worries about Lund grew this week after talks between the country's political parties collapsed on Tuesday, nine days after an election that left no party with a majority.";
    // Published Friday 18 May 2012: Tuesday is the 15th, the week began on the 14th.
    expect(event(text, 'election', '2012-05-18')).toMatchObject({
      start: '2012-05-06',
      granularity: 'day',
      mention: { dateBasis: 'event-relative' },
    });
    expect(event(text, 'grew', '2012-05-18').granularity).toBe('week');
  });
});

describe('an anniversary ("it will be four years since"), through the article stages', () => {
  it('dates what the "since" phrase tells that long before the day the sentence names', () => {
    const text = 'On Saturday, it will be four years since Orlin Bank filed for bankruptcy.';
    expect(event(text, 'filed', '2012-09-14')).toMatchObject({
      start: '2008-09-15',
      granularity: 'day',
      approximate: true,
      mention: { dateBasis: 'event-relative' },
    });
  });

  it("counts from the article's day when the sentence names none, and only after a verb of being or marking", () => {
    const since = 'It has been two years since the Lund plant closed.';
    expect(event(since, 'closed', '2012-09-14').start).toBe('2010-09-14');
    // After no verb of being or marking, no anniversary ("on Monday, two years since …").
    const grown = 'Orlin Bank filed for bankruptcy on Monday, two years since it was founded.';
    expect(event(grown, 'filed', '2012-09-14').start).toBe('2012-09-10');
  });
});
