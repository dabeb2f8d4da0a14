import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../src/loader/article-draft.ts';
import { ARTICLE_STAGES } from '../../../src/loader/pipeline.ts';
import { readEvents } from '../../../src/loader/stages/read-events.ts';
import { article, event, triggerText } from '../reading/article.ts';

/** An article's text of these paragraphs. */
function paragraphs(...texts: string[]): string {
  return texts.join('\n\n');
}

describe('readEvents', () => {
  it('is the last article stage', () => {
    expect(ARTICLE_STAGES[ARTICLE_STAGES.length - 1]).toBe(readEvents);
  });

  it('gives a report one day when an "and" joins a clause with a later date ("said on Monday, and talks … next week")', () => {
    const text =
      'Norway will ask the fund for a loan, officials said late on Monday, and talks with Sweden about a new loan are expected to begin next week.';
    const said = article(text, '2008-10-09').events.filter((e) => triggerText(text, e) === 'said');
    expect(said.map((e) => e.start)).toEqual(['2008-10-06']);
    // The talks are the next clause's, next week's.
    expect(event(text, 'talks', '2008-10-09').start).toBe('2008-10-13');
  });

  it('gives a definite launch, departure or arrival that names no one the product named last ("The take-off, at 08:30 UTC, was normal")', () => {
    const text =
      'The Larkspur L300 made its first flight on Wednesday. The take-off, at 08:30 UTC, was normal.';
    expect(event(text, 'take-off', '2005-04-27').participants).toEqual(['Larkspur L300']);
    // Not any happening: a cost or a fault is no doing of the product's.
    const cost = 'The Larkspur L300 made its first flight on Wednesday. The cost was high.';
    expect(event(cost, 'cost', '2005-04-27').participants).toEqual([]);
  });

  it('gives a light verb\'s title to the noun it tells, not to another event it governs ("carried out raids on groups that are backed by Lund")', () => {
    const text = 'Rebel planes carried out raids on Monday on groups that are backed by Lund.';
    expect(event(text, 'raids', '2016-08-27').title).toBe('Rebel planes carry out raids');
    expect(event(text, 'backed', '2016-08-27').title).toBe('Groups backed by Lund');
    // One event for the verb and its noun.
    expect(article(text, '2016-08-27').events.map((e) => triggerText(text, e))).toEqual([
      'raids',
      'backed',
    ]);
  });

  it('gives a verb told as still to come no date of a past report of the same act ("Dahl ran the firm in 2004 … Dahl will run the firm")', () => {
    const text =
      'Lund chief Ana Berg had surgery in 2004, and Tor Dahl ran the firm while she recovered. Tor Dahl will run the firm during her leave.';
    const run = article(text, '2009-01-15').events.filter((e) => triggerText(text, e) === 'run');
    expect(run.map((e) => [e.start, e.modality])).toEqual([[null, 'scheduled']]);
    // The past report keeps its year.
    expect(event(text, 'ran', '2009-01-15').start).toBe('2004-01-01');
  });

  it('carries no date from a past joined to a pluperfect to a plain past after it ("had run the firm …, and he also led Lund in 2009. Lund shares fell")', () => {
    const text =
      'Ana Berg resigned as chief of Lund on Wednesday. Tor Dahl had run the firm during her absence, and he also led Lund in 2009. Lund shares fell 5 percent after the announcement.';
    expect(event(text, 'fell', '2011-08-25').start).toBe('2011-08-24');
    expect(event(text, 'led', '2011-08-25').start).toBe('2009-01-01');
  });

  it('starts no thread of dates from an aside ("Lund Bank, founded in 1850, employs …")', () => {
    const text = 'Lund Bank, founded in 1850, employs about 25,000 people. Lund Bank cut 300 jobs.';
    expect(event(text, 'cut', '2008-09-16')).toMatchObject({ start: '2008-09-16' });
    // A main clause's date goes on: "Lund Bank was founded in 1850. It opened a branch."
    const told = 'Lund Bank was founded in 1850. Lund Bank opened a branch in Oslo.';
    expect(event(told, 'opened', '2008-09-16').start).toBe('1850-01-01');
  });

  it('titles a verb of intent with what it intends ("Harwell seeks to cut 300 jobs"), each intent its own', () => {
    const text =
      'Harwell is seeking to cut 300 jobs by 2012. It is also seeking to sell its Lund unit.';
    const seeking = article(text, '2009-02-03').events.filter(
      (e) => triggerText(text, e) === 'seeking',
    );
    expect(seeking.map((e) => [e.title, e.intends])).toEqual([
      ['Harwell seeks to cut 300 jobs', 'cut'],
      ['Harwell seeks to sell its Lund unit', 'sell'],
    ]);
  });

  it('gives a verb joined by "and" to another verb phrase one occasion, its own phrase\'s date ("were strong in May and rose 8% in June")', () => {
    const text = 'Harwell sales were strong in May and rose 8% in June.';
    const rose = article(text, '2010-07-05').events.filter((e) => triggerText(text, e) === 'rose');
    expect(rose.map((e) => e.start)).toEqual(['2010-06-01']);
  });

  it('gives a happening between two dates one occasion that lasts from one to the other ("taken between April 17 and April 19")', () => {
    const text = 'Lindale said the files had been taken between April 17 and April 19.';
    const taken = article(text, '2011-04-27').events.filter(
      (e) => triggerText(text, e) === 'taken',
    );
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ start: '2011-04-17', end: '2011-04-20', granularity: 'day' });
    const talks = 'The talks in Oslo ran from Monday to Wednesday.';
    expect(event(talks, 'ran', '2011-04-29')).toMatchObject({
      start: '2011-04-25',
      end: '2011-04-28',
    });
    // Two days joined with no "between" are two occasions: "met on Monday and on Friday".
    const met = 'Brill met Kline in Oslo on Monday and in Lyon on Friday.';
    expect(
      article(met, '2011-04-29').events.filter((e) => triggerText(met, e) === 'met'),
    ).toHaveLength(2);
  });

  it('gives a happening one occasion for each date of a list, not for a fronted date and dates told after it ("In late June, Lindale disclosed … between 1997 and 2001")', () => {
    const occasions = (text: string, trigger: string) =>
      article(text, '2006-10-20')
        .events.filter((e) => triggerText(text, e) === trigger)
        .map((e) => e.start);
    const listed =
      'The ministers met in Oslo on Monday, in Bergen on Tuesday and in Lyon on Friday.';
    expect(occasions(listed, 'met')).toEqual(['2006-10-16', '2006-10-17', '2006-10-20']);
    const fronted =
      'In late June, Lindale disclosed errors in the way it had granted options between 1997 and 2001.';
    expect(occasions(fronted, 'disclosed')).toEqual(['2006-06-21']);
  });

  it('dates a clause of a time set off after a date by that date ("changed its name in January, on the day it unveiled the phone")', () => {
    const text = 'Lindale changed its name in January, on the day it unveiled the phone.';
    const unveiled = event(text, 'unveiled', '2007-06-30');
    expect(unveiled).toMatchObject({ start: '2007-01-01', granularity: 'month' });
    expect(unveiled.mention.dateBasis).toBe('governing-timex');
    const year = 'The mill closed in 2005, the year it lost its biggest customer.';
    expect(event(year, 'lost', '2007-06-30').start).toBe('2005-01-01');
  });

  it('reads a result whose period follows it as an event of its own, not a thing a verb acts on ("posted a loss … in the third quarter")', () => {
    const triggers = (text: string) =>
      article(text, '2009-11-03').events.map((e) => triggerText(text, e));
    expect(triggers('The mill posted a loss of $2 million in the third quarter.').sort()).toEqual([
      'loss',
      'posted',
    ]);
    expect(triggers('The mill won a contract in the third quarter.')).toEqual(['won']);
  });

  it('reads a plural before a noun of a rise or fall as a happening of its own ("the sales gains")', () => {
    const text = 'The sales gains of Lund Motors came in May.';
    const triggers = article(text, '2010-06-02').events.map((e) => triggerText(text, e));
    expect(triggers).toEqual(expect.arrayContaining(['sales', 'gains']));
    // A singular one names a kind: "the price gains" is one event.
    const one = 'The price gains of Lund Motors came in May.';
    expect(article(one, '2010-06-02').events.map((e) => triggerText(one, e))).not.toContain(
      'price',
    );
  });

  it('keeps a length written as one word in its noun\'s phrase ("The 158-year-old bank listed debts")', () => {
    const text =
      'Harwell Brothers filed for bankruptcy on Monday. The 158-year-old bank listed debts of $613 billion.';
    expect(event(text, 'listed', '2008-09-15').participants).toEqual(['Harwell Brothers']);
  });

  it('reads a meeting its own words date after publication as scheduled, not done', () => {
    const text =
      'The board of the Lund fund cut its rate on Tuesday. The next meeting of the board is on May 9.';
    expect(event(text, 'meeting', '2008-04-30')).toMatchObject({
      start: '2008-05-09',
      modality: 'scheduled',
    });
    // One already held stays a fact.
    const held = 'The board of the Lund fund cut its rate at its meeting on Tuesday.';
    expect(event(held, 'meeting', '2008-04-30')).toMatchObject({
      start: '2008-04-29',
      modality: 'actual',
    });
  });

  it('reads a noun its governing verb dates after publication as scheduled ("has a June 1 deadline to finish a plan")', () => {
    const text = 'Harwell Brothers has a June 1 deadline to finish a restructuring plan.';
    expect(event(text, 'plan', '2009-05-28')).toMatchObject({
      start: '2009-06-01',
      modality: 'scheduled',
    });
    expect(event(text, 'plan', '2009-05-28').mention.dateBasis).toBe('governing-timex');
  });

  it('titles a person named by a surname that looks plural with a singular verb ("Banks tells workers")', () => {
    const text =
      'Energy chief Tomas Banks opened the plant on Tuesday. "We will grow," Banks told workers. Banks said it would hire 300 people.';
    expect(event(text, 'told').title).toBe('Banks tells workers');
    expect(event(text, 'said')).toMatchObject({
      participants: ['Tomas Banks'],
      title: expect.stringMatching(/^Banks says/),
    });
    // Two people are two, whatever their names.
    const pair = 'Tomas Banks and Sara Lind signed the contract on Tuesday.';
    expect(event(pair, 'signed').title).toMatch(/^Tomas Banks and Sara Lind sign /);
  });

  it('dates a market move by what markets did on the day the sentence before gives ("Asian markets followed on Tuesday")', () => {
    const text =
      "Stock markets around the world fell sharply on Monday after the vote. Banks led the declines. Asian markets followed on Tuesday. Seoul's Kospi index slid 4.1 percent to its lowest level in three years.";
    expect(event(text, 'slid', '2008-10-01')).toMatchObject({
      start: '2008-09-30',
      mention: { dateBasis: 'narrative-thread' },
    });
  });

  it('goes on from the day of a clause told as coming before its own ("rose on Tuesday after the Lund Bank said … The bank had given")', () => {
    // Published Wednesday 10 August 2011: the story's day is the day of publication.
    const text =
      'The Orvex 50 index fell 4.6 percent on Wednesday.\n\nOn Tuesday, the index rose 3.9 percent after Lund Bank said it would keep its rates near zero.\n\nIt was the first time that Lund Bank had given a date for its rates.';
    expect(event(text, 'given', '2011-08-10')).toMatchObject({
      start: '2011-08-09',
      mention: { dateBasis: 'narrative-thread' },
    });
    // Told with no clause to come before, the saying gives no day to go on from.
    const alone =
      'The Orvex 50 index fell 4.6 percent on Wednesday.\n\nLund Bank said it would keep its rates near zero.\n\nIt was the first time that Lund Bank had given a date for its rates.';
    expect(event(alone, 'given', '2011-08-10').start).toBeNull();
  });

  it("dates no index's move by a month's figure told before it", () => {
    // Published Wednesday 28 February 2007; the lead tells Tuesday's story.
    const text =
      'Shares in Oslo fell 8 percent on Tuesday.\n\nOrders for machines fell 7.8 percent in January.\n\nIn Europe, the Orvex 50 index fell 2.3 percent.';
    const falls = article(text, '2007-02-28').events.filter((e) => triggerText(text, e) === 'fell');
    expect(falls.map((fall) => fall.start)).toEqual(['2007-02-27', '2007-01-01', '2007-02-27']);
  });

  it('gives a passive its whole list of agents, and keeps "over the weekend" out of the verb ("took over Monday" keeps it)', () => {
    const text =
      'Ostrava Bank was partly nationalised over the weekend by the governments of Norway, Sweden and Denmark. Harwell took over Monday.';
    expect(event(text, 'nationalised', '2008-09-30')).toMatchObject({
      title: 'Ostrava Bank nationalised by governments of Norway, Sweden and Denmark',
      participants: ['Norway', 'Sweden', 'Denmark', 'Ostrava Bank'],
    });
    expect(event(text, 'took', '2008-09-30').title).toBe('Harwell takes over');
  });

  it('gives a nominal whose "its" opens an apposition to the subject of the verb before ("…, its largest drop ever")', () => {
    const text =
      'The Harwell Board approved the merger. The Kospi index closed down 126 points, or 8 percent, at 1,180, its largest single-day point drop ever.';
    expect(event(text, 'drop', '2008-10-24').participants).toEqual(['Kospi']);
  });

  it('reads "the index" as the market index named last, not the company ("The index fell 18 percent")', () => {
    const text =
      'Harwell Brothers shares sank 31 percent. The Kospi lost 126 points on Friday. The index fell 18 percent over the week.';
    expect(event(text, 'fell', '2008-10-11')).toMatchObject({
      participants: ['Kospi'],
      title: 'Kospi falls 18 percent',
    });
  });

  it('keeps "a year earlier" after "up from $295 million, or 35 cents a share," out of the date, and "the three months ended" is no event', () => {
    const text =
      'Harwell said net income rose to $565 million, or 65 cents a share, in the three months ended December 31, up from $295 million, or 35 cents a share, a year earlier.';
    const { events } = article(text, '2006-01-19');
    expect(events.find((e) => triggerText(text, e) === 'rose')?.start).toBe('2005-12-31');
    expect(events.some((e) => triggerText(text, e) === 'ended')).toBe(false);
  });

  it('reads "The Lindale, Ohio-based company" and a later "the company" as the company the story is about', () => {
    const text =
      'Harwell Corp. reported a record profit on Wednesday. The Lindale, Ohio-based company said sales rose 20 percent. Harwell shipped 1.2 million Corvane printers in the quarter. The company also said it had sold 850 million songs.';
    const { events, entities } = article(text, '2006-01-19');
    const said = events.filter((e) => triggerText(text, e) === 'said');
    expect(said.map((e) => e.participants)).toEqual([['Harwell Corp.'], ['Harwell Corp.']]);
    expect(entities.find((e) => e.text === 'Lindale')?.kind).toBe('place');
  });

  it("reads a market report: shares in a company are its, an index named in its phrase is that index, a record's start is undated", () => {
    const text =
      'The Kospi fell 3.9% on Monday, its largest fall since the reopening of markets in 1998, with shares in Harbank, the biggest mortgage lender, down 22%. Shares in Ostrava Steel (OS), the largest steelmaker, plunged 61%. Trading was suspended after the Tadawul index dropped more than 10%.';
    const { events, entities } = article(text, '2008-09-17');
    const by = (trigger: string) => events.find((e) => triggerText(text, e) === trigger);
    expect(entities.find((e) => e.text === 'Harbank')?.kind).toBe('organization');
    expect(by('plunged')?.participants).toEqual(['Ostrava Steel']);
    expect(by('dropped')).toMatchObject({
      participants: ['Tadawul'],
      title: expect.stringMatching(/^Tadawul index drops/),
    });
    expect(by('reopening')?.start ?? null).toBeNull();
  });

  it('titles a loss of "more than half" with its "more"', () => {
    const text = 'The krona lost more than half of its value on Monday.';
    expect(event(text, 'lost', '2008-10-08').title).toBe('Krona loses more than half of its value');
  });

  it('dates "filed for bankruptcy on Monday" in an article of Wednesday 2008-09-17 to 2008-09-15', () => {
    const text = 'Harwell Brothers filed for bankruptcy on Monday. Creditors were stunned.';
    const filed = event(text, 'filed');
    expect(filed).toMatchObject({
      lemma: 'file',
      kind: 'bankruptcy',
      start: '2008-09-15',
      end: null,
      granularity: 'day',
      modality: 'actual',
      participants: ['Harwell Brothers'],
      roles: [{ name: 'Harwell Brothers', role: 'agent' }],
      title: 'Harwell Brothers files for bankruptcy',
    });
    expect(filed.mention.dateBasis).toBe('own-timex');
    expect(filed.mention.timex).toMatchObject({ text: 'Monday' });
    const sentence = text.slice(filed.mention.start, filed.mention.end);
    expect(sentence).toBe('Harwell Brothers filed for bankruptcy on Monday.');
    expect(filed.mention.article).toBe('a1');
  });

  it('dates a report told twice by the words of its other telling, not by a report of another amount', () => {
    const text =
      'Harwell Brothers reports losses of $6 million\n\nIn March, Harwell Brothers reported a loss of $2 million. Harwell Brothers said it had lost $6 million in May.';
    // The headline's report counts $6 million: not the $2 million reported in March.
    expect(event(text, 'reports', '2009-06-05').start).toBe('2009-06-05');
    expect(event(text, 'losses', '2009-06-05').quantities).toEqual(['6000000']);
  });

  it('dates a report told again by the period its first telling covers ("annual loss … The loss")', () => {
    const text =
      'Harwell Brothers reported an annual loss of $2 million. The loss was larger than analysts predicted.';
    expect(event(text, 'loss', '2006-01-27', 1)).toMatchObject({
      start: '2005-01-01',
      granularity: 'year',
    });
  });

  it('dates what was done "by then" by the day its other telling gives ("said on Thursday it had signed … signed on June 15")', () => {
    const text =
      'Northwind Air said on Thursday that it had signed a contract for ten jets. The airline signed the agreement in Oslo on June 15.';
    const signed = event(text, 'signed', '2009-06-18');
    expect(signed).toMatchObject({ start: '2009-06-15', granularity: 'day' });
    expect(signed.mention.dateBasis).toBe('same-event-in-article');
    // Not by a later day: that telling would be of another signing.
    const later =
      'Northwind Air said on Thursday that it had signed a contract for ten jets. The airline signed another deal in Oslo on Saturday.';
    expect(event(later, 'signed', '2009-06-22').start).toBe('2009-06-18');
    // Nor from a telling that counts no amount where this one counts one.
    const counted =
      'Northwind Air sold tickets in the first quarter of 2008. Northwind Air said in August that it had sold one million tickets in three days.';
    expect(event(counted, 'sold', '2008-10-22', 1).start?.slice(0, 7)).toBe('2008-08');
  });

  it('gives an agreement or an attempt the names its own doer goes on to act on ("agreed to buy Tessary")', () => {
    const text =
      'Orlin agreed on Monday to buy Tessary. Marlow tried to take over Vantel in March. The regulator ordered Orlin to sell Pellam.';
    expect(event(text, 'agreed', '2007-04-14').participants).toEqual(['Orlin', 'Tessary']);
    expect(event(text, 'tried', '2007-04-14').participants).toEqual(['Marlow', 'Vantel']);
    // Not what another is made to do: the regulator sells nothing.
    expect(event(text, 'ordered', '2007-04-14').participants).not.toContain('Pellam');
  });

  it('dates a nominal by its twin that names as acted with what it names as acted on ("cancelling a deal to sell the mill to Pellam … the cancellation of the Pellam deal")', () => {
    // Published on Thursday 5 November 2009; the announcement was on Wednesday.
    const text =
      'Harwell said that it would close the mill.\n\nSmith announced the move on Wednesday.\n\nA day before the announcement, Harwell said it was cancelling a deal to sell the mill to Pellam.\n\nUnions criticised Harwell’s cancellation of the Pellam deal.';
    expect(event(text, 'cancelling', '2009-11-05').participants).toContain('Pellam');
    expect(event(text, 'cancellation', '2009-11-05').start).toBe('2009-11-03');
  });

  it('dates a market move told with no day by the last move told before it, whatever its word, never a later one ("rose 420 points on Tuesday. … its largest gain")', () => {
    // Published on Wednesday 19 March 2008.
    const text = paragraphs(
      'The Orvex index rose 420 points on Tuesday.',
      'The Norbank began cutting rates in September.',
      "It was the Orvex index's largest one-day gain in five years.",
      'The Orvex index had gained 21 points on Monday.',
    );
    const gain = event(text, 'gain', '2008-03-19');
    expect(gain).toMatchObject({ start: '2008-03-18', granularity: 'day' });
    expect(gain.mention.dateBasis).toBe('same-event-in-article');
  });

  it('takes no date for an act from a run of such acts an aspectual verb tells ("began cutting the rate in September")', () => {
    // Published on Wednesday 19 March 2008.
    const text = paragraphs(
      'Shares rose on Tuesday after the Norbank cut its main rate by a point.',
      'The Norbank began cutting the rate in September.',
    );
    expect(event(text, 'cut', '2008-03-19')).toMatchObject({ start: '2008-03-18' });
    // An act told once, with its day, still dates it.
    const once = paragraphs(
      'Shares rose on Tuesday after the Norbank cut its main rate by a point.',
      'The Norbank cut the rate on Monday.',
    );
    expect(event(once, 'cut', '2008-03-19')).toMatchObject({ start: '2008-03-17' });
  });

  it('gives a noun joined by "and" to a known happening the day that happening is given ("missing on Wednesday after an explosion and fire")', () => {
    // Published on Wednesday 21 April 2010.
    const text = paragraphs(
      'Nine workers were missing on Wednesday after an explosion and fire at a mill in Lund.',
      'The explosion happened shortly before 10 p.m. on Tuesday.',
    );
    for (const noun of ['explosion', 'fire'])
      expect(event(text, noun, '2010-04-21')).toMatchObject({ start: '2010-04-20T22:00' });
    // Not a noun joined to one its article gives no other day.
    const alone = 'Nine workers were missing on Wednesday after an explosion and fire at a mill.';
    expect(event(alone, 'fire', '2010-04-21').start).toBe('2010-04-21');
  });

  it('takes a bare plural of acts for no happening told before ("restrictions on sales of shares by early investors")', () => {
    // Published on Wednesday 12 September 2012.
    const text = paragraphs(
      'Orlin sold shares to the public for the first time on May 17.',
      'The shares fell 6 percent on August 16, when the first restrictions on sales of shares by early investors ended.',
    );
    expect(event(text, 'sales', '2012-09-12').start).not.toBe('2012-05-17');
    // A definite one is the happening told before.
    const known = paragraphs(
      'Orlin sold shares to the public for the first time on May 17.',
      'Investors have sued the banks that handled the sale.',
    );
    expect(event(known, 'sale', '2012-09-12').start).toBe('2012-05-17');
  });

  it('leaves undated a known happening a clause is about that its article never dates ("said he was sorry for the explosion")', () => {
    // Published on Thursday 17 June 2010.
    const text = 'On Wednesday, Ada Brill said she was sorry for the explosion.';
    expect(event(text, 'explosion', '2010-06-17')).toMatchObject({ start: null });
    expect(event(text, 'said', '2010-06-17').start).toBe('2010-06-16');
    // An article that dates it gives its day.
    const dated = paragraphs('The mill exploded on April 20.', text);
    expect(event(dated, 'explosion', '2010-06-17').start).toBe('2010-04-20');
    // A happening told as coming before its clause keeps the clause's day as a bound.
    const after = 'Nine workers were missing on Wednesday after an explosion.';
    expect(event(after, 'explosion', '2010-06-17').start).toBe('2010-06-16');
  });

  it('dates a definite happening a doubted past act is of as its article does ("whether a glitch caused the fall")', () => {
    // Published on Friday 7 May 2010.
    const text = paragraphs(
      'The Varna index fell nearly 900 points on Thursday afternoon.',
      'Regulators are investigating whether a glitch caused the fall.',
    );
    expect(event(text, 'fall', '2010-05-07')).toMatchObject({
      start: '2010-05-06T12:00',
      modality: 'actual',
    });
    // One its article never dates has no day (not the publication's).
    const alone = 'Regulators are investigating whether a glitch caused the fall.';
    expect(event(alone, 'fall', '2010-05-07')).toMatchObject({ start: null, modality: 'actual' });
  });

  it('reads a move of a "they" that continues shares as a market move ("On September 4, they closed at $17.73")', () => {
    const text =
      'Shares of Orlin rose 30 percent on Thursday. On September 4 last year, they closed at $17.73, their lowest close ever.';
    expect(event(text, 'closed', '2013-07-26')).toMatchObject({
      kind: 'market-move',
      title: 'Orlin shares close at $17.73',
    });
    // Not a "they" of people.
    const people = 'Orlin workers met on Thursday. On September 4, they closed the plant.';
    expect(event(people, 'closed', '2013-07-26').kind).not.toBe('market-move');
  });

  it('reads the verb after a noun\'s relative clause with "that" as the noun\'s ("Lumex, the service that Orlin bought last year, added videos in June")', () => {
    const text =
      'Lumex, the photo-sharing service that Orlin bought last year, added videos in June.';
    expect(event(text, 'added', '2013-07-26')).toMatchObject({
      start: '2013-06-01',
      granularity: 'month',
      participants: ['Lumex'],
    });
    expect(event(text, 'bought', '2013-07-26')).toMatchObject({ start: '2012-01-01' });
  });

  it('titles a clause whose subject is "between" two amounts by the amounts, not by the sayer ("between 35,000 and 60,000 barrels a day were leaking")', () => {
    const text =
      'But government scientists said on Tuesday that between 35,000 and 60,000 barrels a day were leaking from the well.';
    expect(event(text, 'leaking', '2010-06-17').title).toBe(
      'Between 35,000 and 60,000 barrels leak',
    );
  });

  it('takes no date from an agreement to do another thing ("agrees to buy Tessary" is not "agreed to pay for Vantel in October")', () => {
    const text =
      'Orlin agrees to buy Tessary for $3.1 billion\n\nOrlin announced on Friday that it has agreed to buy Tessary for $3.1 billion in cash.\n\nThe price is twice the $1.6 billion that Orlin agreed to pay for Vantel in October.';
    const agrees = event(text, 'agrees', '2007-04-14');
    expect(agrees.start).toBe('2007-04-13');
    expect(agrees.mention.dateBasis).not.toBe('same-event-in-article');
    // The buying it goes on to is that Friday's, not October's.
    expect(event(text, 'buy', '2007-04-14').start).toBe('2007-04-13');
    // An agreement to do the same thing is still one told twice.
    const same =
      'Orlin agrees to buy Tessary\n\nOrlin agreed in March to buy Tessary for $3.1 billion in cash.';
    expect(event(same, 'agrees', '2007-04-14')).toMatchObject({
      start: '2007-03-01',
      granularity: 'month',
    });
  });

  it('takes no other day\'s date for a market move that gives its amount ("had gained as much as 378 points … The day before, … its second-biggest gain")', () => {
    const text =
      'Stocks rose on Wednesday. The Dow had gained as much as 378 points before the vote but closed down 74 points. The day before, the Dow had jumped 889 points, its second-biggest point gain ever.';
    const gained = event(text, 'gained', '2008-10-29');
    expect(gained.mention.dateBasis).not.toBe('same-event-in-article');
    expect(gained.start).not.toBe('2008-10-28');
    // The gain of the day before is the index's: "its" is the index the clause is about.
    expect(event(text, 'gain', '2008-10-29').participants).toEqual([
      'Dow Jones Industrial Average',
    ]);
  });

  it('dates a nominal by its verb counted from another event ("A day before the announcement, … cancelling … the cancellation")', () => {
    // Published on Thursday 5 November 2009; the announcement was on Wednesday.
    const text =
      'Harwell said that it would close the mill.\n\nSmith announced the move on Wednesday.\n\nA day before the announcement, Harwell said it was cancelling a sale of the mill.\n\nUnions welcomed Harwell’s cancellation of the sale.';
    const cancellation = event(text, 'cancellation', '2009-11-05');
    expect(cancellation.lemma).toBe('cancellation');
    expect(cancellation).toMatchObject({ start: '2009-11-03', granularity: 'day' });
    expect(cancellation.mention.dateBasis).toBe('same-event-in-article');
    // The day counted for one saying is not that of every other thing said.
    expect(event(text, 'said', '2009-11-05').start).toBe('2009-11-04');
  });

  it('dates a saying right after a speech by the speech\'s day ("gave his first speech on Tuesday night. “We will fight,” he said")', () => {
    const text =
      'On Tuesday night, Ann Berg gave her first speech to the nation.\n\n“We will fight this with everything we have,” she said.';
    expect(event(text, 'said', '2010-06-17')).toMatchObject({ start: '2010-06-15T21:00' });
  });

  it('dates a passive joined by "and be" to a reported plan by that plan\'s day ("would step down on October 1 and be replaced")', () => {
    const text =
      'Lindale said on Tuesday that Ann Berg would step down as its chief on October 1 and be replaced by Tom Wick.';
    expect(event(text, 'replaced', '2010-07-28')).toMatchObject({
      start: '2010-10-01',
      modality: 'scheduled',
    });
  });

  it('tells a move noun set off after a move the same way as that move told again ("fell 777 points, the largest point drop in its history")', () => {
    const text =
      'The Lund 40 index fell 777 points on Monday, the largest point drop in its history.';
    const { events } = article(text, '2008-09-29');
    const drop = events.find((e) => triggerText(text, e) === 'drop');
    expect(drop && triggerText(text, events[drop.sameEventAs ?? -1]!)).toBe('fell');
    // Not a move the other way: "rose 2%, its first gain in a week" is, "fell 2%, its
    // biggest gain" is not.
    const other =
      'The Lund 40 index fell 2% on Monday, the biggest gain of the Orlin 50 since May.';
    const gain = article(other, '2008-09-29').events.find((e) => triggerText(other, e) === 'gain');
    expect(gain?.sameEventAs).toBeUndefined();
    // The move that goes a way, not where it closed after it.
    const closed =
      'The Lund 40 index fell 634 points, or 5.6%, to close at 10,809, its sixth-largest point drop.';
    const { events: closing } = article(closed, '2011-08-08');
    const sixth = closing.find((e) => triggerText(closed, e) === 'drop');
    expect(sixth && triggerText(closed, closing[sixth.sameEventAs ?? -1]!)).toBe('fell');
  });

  it('tells "the move" and "the firm\'s decision" as the act told before them, told again ("said it would cut 2,000 jobs … The move")', () => {
    const text =
      "Harwell Foods to cut 2,000 jobs\n\nHarwell Foods said on Tuesday that it would cut 2,000 jobs at its mills.\n\nUnion leaders protested outside the head office.\n\nThe move comes after a loss of $40 million.\n\nThe government welcomed the firm's decision.";
    const { events } = article(text, '2009-11-05');
    const cut = events.findIndex((e) => triggerText(text, e) === 'cut');
    for (const word of ['move', 'decision']) {
      const told = events.find((e) => triggerText(text, e) === word);
      // The headline's cut, the story's act: not the protest told last, nor the saying.
      expect(told?.sameEventAs).toBe(cut);
      expect(told).toMatchObject({ title: events[cut]?.title, kind: 'job-cuts' });
      expect(told?.participants).toContain('Harwell Foods');
    }
    // "A move" is one more; "the move to Oslo" says its own act.
    const own =
      'Harwell Foods said on Tuesday that it would cut 2,000 jobs.\n\nIt was a bold move.\n\nThe move to Oslo will follow.';
    const moves = article(own, '2009-11-05').events.filter((e) => e.lemma === 'move');
    expect(moves.map((e) => e.sameEventAs)).toEqual([undefined, undefined]);
  });

  it('tells "the deal" and "the takeover" as the purchase told before them, told again ("agreed on Sunday to buy Lund Bank … The deal")', () => {
    const text =
      'Norwind agreed on Sunday to buy Lund Bank for $2 a share.\n\nThe deal was backed by the central bank.\n\nAnalysts said the takeover would help Norwind.';
    const { events } = article(text, '2008-03-17');
    const buy = events.findIndex((e) => triggerText(text, e) === 'buy');
    for (const word of ['deal', 'takeover']) {
      const told = events.find((e) => triggerText(text, e) === word);
      expect(told?.sameEventAs).toBe(buy);
      expect(told).toMatchObject({ title: events[buy]?.title, start: '2008-03-16' });
    }
  });

  it('dates a noun of an event that names no one by the event of its family the article dates ("after an explosion … The explosion happened on Tuesday")', () => {
    // Published on Wednesday 21 April 2010.
    const text =
      'Ten workers were missing on Wednesday after an explosion at a mill in Arden.\n\nThe explosion happened shortly before 10 p.m. on Tuesday.\n\nRelatives of the workers who died in the explosion criticized the owners.';
    const first = event(text, 'explosion', '2010-04-21');
    expect(first).toMatchObject({ start: '2010-04-20T22:00' });
    expect(first.mention.dateBasis).toBe('same-event-in-article');
    // And it says which report it is told again by, for merging: the one that dated it.
    const { events } = article(text, '2010-04-21');
    const source = events[first.sameEventAs ?? -1];
    expect(source && [triggerText(text, source), source.mention.dateBasis]).toEqual([
      'explosion',
      'own-timex',
    ]);
    expect(event(text, 'explosion', '2010-04-21', 2)).toMatchObject({ start: '2010-04-20T22:00' });
    // Those who took part in it took part in this; a day's event of that day, at an hour.
    const mill =
      "Harwell Chemicals' mill in Arden exploded shortly before 10 p.m. on Tuesday.\n\nRelatives of the workers who died in the explosion criticized the owners.";
    expect(event(mill, 'explosion', '2010-04-21')).toMatchObject({
      start: '2010-04-20T22:00',
      participants: ['Harwell Chemicals'],
    });
    // Nor one its clause is about, whose clause's day is the talking's: "apologized on
    // Thursday for the explosion", "was briefed on the explosion on Wednesday".
    const hearing =
      'The mill in Arden exploded on April 20.\n\nAt the hearing on Thursday, the owner apologized for the explosion.\n\nThe mayor was briefed on the explosion on Wednesday.';
    expect(event(hearing, 'explosion', '2010-06-21')).toMatchObject({ start: '2010-04-20' });
    expect(event(hearing, 'explosion', '2010-06-21', 1)).toMatchObject({ start: '2010-04-20' });
    // (What it is about but no happening told before: "argued on Thursday over a merger".)
    const merger =
      'Lund and Berg merged on April 20.\n\nOn Thursday, the owners argued over a merger of the mills.';
    expect(event(merger, 'merger', '2010-06-21').start).toBe('2010-06-17');
    // Not by an event of its family the article dates only to a year: the purchase Norwind
    // bids for is not the one of 2006 (and, known to the reader but dated nowhere, has no day).
    const purchases =
      'Harwell bought a mill in Arden in 2006.\n\nNorwind is the only bidder for the purchase of the factory.';
    expect(event(purchases, 'purchase', '2010-04-21').start).toBeNull();
  });

  it('dates by a period that modifies a noun only that noun\'s event ("third-quarter results show …")', () => {
    const text =
      '“Our third-quarter results show the mill is making progress,” the manager said.\n\nHarwell attended the March 3 meeting.';
    expect(event(text, 'results', '2009-11-03')).toMatchObject({ granularity: 'quarter' });
    // Making progress is now, when the article is written.
    expect(event(text, 'progress', '2009-11-03').start).toBe('2009-11-03');
    // A day before its event noun dates the verb as well.
    expect(event(text, 'attended', '2009-11-03').start).toBe('2009-03-03');
  });

  it('dates nothing in a clause by a date that is its outer clause\'s subject ("2009 was a pivotal year and proof that our plan is working")', () => {
    const text =
      '“2009 was a hard year for Harwell and proof that our plan is working,” the manager said.';
    expect(event(text, 'plan', '2010-01-28')).toMatchObject({ start: '2010-01-28' });
  });

  it('dates a rise or fall told after another by the period the words gave the first ("dropped 42% last month. … reported a 49% decline")', () => {
    // Published on Tuesday 3 February 2009.
    const text =
      'Harwell Brothers sales dropped 42% last month.\n\nOstrava Steel reported a 49% decline.\n\nLarkspur saw a plunge of 55%.\n\nThe mayor praised the bakery.\n\nNorwind reported a 12% drop.';
    expect(event(text, 'decline', '2009-02-03')).toMatchObject({
      start: '2009-01-01',
      granularity: 'month',
    });
    expect(event(text, 'decline', '2009-02-03').mention.dateBasis).toBe('narrative-thread');
    expect(event(text, 'plunge', '2009-02-03').start).toBe('2009-01-01');
    // A sentence about something else ends the run.
    expect(event(text, 'drop', '2009-02-03').start).toBe('2009-02-03');
  });

  it('dates no rise or fall by a day weeks before the story\'s that the one before it told ("on November 20, the Lund 40 fell 2%. In Oslo, the OBX edged higher")', () => {
    // Published on Tuesday 16 December 2008: the story is of that day.
    const weeks =
      'The Lund 40 index rose 4% on Tuesday.\n\nLess than a month ago, on November 20, the Lund 40 fell 2%.\n\nIn Oslo, the OBX index edged 20.9 points higher.';
    expect(event(weeks, 'edged', '2008-12-16').start).toBe('2008-12-16');
    // A day of the story's week still goes on.
    const days =
      'The Lund 40 index rose 4% on Tuesday.\n\nOn Friday, the Lund 40 fell 2%.\n\nIn Oslo, the OBX index edged 20.9 points higher.';
    expect(event(days, 'edged', '2008-12-16')).toMatchObject({
      start: '2008-12-12',
      mention: { dateBasis: 'narrative-thread' },
    });
  });

  it('takes no day weeks before its own for a move told again with no day ("first finished above 12,000 on October 19, 2006 … The gain took the index")', () => {
    // Published on Wednesday 25 April 2007.
    const text =
      'The Lund 40 index closed above 13,000 for the first time on Wednesday, rising 1%.\n\nThe index first finished a day above 12,000 on October 19, 2006.\n\nThe gain took the index well above its level of February.';
    expect(event(text, 'gain', '2007-04-25')).toMatchObject({
      start: '2007-04-25',
      mention: { dateBasis: 'same-event-in-article' },
    });
  });

  it('gives "whose" the name it follows, in participants and title ("the K300, whose sales fell")', () => {
    const text = 'Harwell builds the Larkspur K300, whose sales fell 29% in 2005.';
    expect(event(text, 'sales', '2006-01-23')).toMatchObject({
      participants: ['Larkspur K300'],
      title: "Larkspur K300's sales",
    });
  });

  it('moves what the "by then" clause governs with it ("had signed a contract to buy ten jets")', () => {
    const text =
      'Northwind Air said on Thursday that it had signed a contract to buy ten jets. The airline signed the agreement in Oslo on June 15.';
    const buy = event(text, 'buy', '2009-06-18');
    expect(buy).toMatchObject({ start: '2009-06-15', granularity: 'day' });
    expect(buy.mention.dateBasis).toBe('governing-timex');
  });

  it('marks a hyphened event noun whole as the trigger ("The take-off")', () => {
    const text = 'The take-off of the Larkspur K700 was delayed on Monday.';
    const takeoff = event(text, 'take-off');
    expect(takeoff.lemma).toBe('takeoff');
  });

  it('dates no bare participle that describes a thing, but one that describes a happening', () => {
    const built = 'The first K700, built by Larkspur Aero, was delivered to Norwind on Monday.';
    expect(event(built, 'built', '2009-06-18')).toMatchObject({ start: null });
    expect(event(built, 'delivered', '2009-06-18').start).toBe('2009-06-15');
    const attended =
      'In a ceremony attended by 500 guests, Larkspur Aero unveiled the K700 on Monday.';
    expect(event(attended, 'attended', '2009-06-18').start).toBe('2009-06-15');
  });

  it('places a meeting where its sentence says, not where a relative clause says someone came from', () => {
    const meeting = 'The envoys met in Oslo on Monday.';
    expect(event(meeting, 'met').places).toEqual(['Oslo']);
    const text =
      'Anna Berg, who was flying in from Bergen where she had met the mayor, arrived in the city on Monday.';
    expect(event(text, 'arrived').places).toEqual([]);
    expect(event(text, 'arrived').participants).toEqual(['Anna Berg']);
  });

  it('gives an event told in another\'s "of" phrase its participants ("the Ostrava Steel announcement of layoffs")', () => {
    const text = 'The union learned of the Ostrava Steel announcement of layoffs on Monday.';
    expect(event(text, 'layoffs').participants).toEqual(['Ostrava Steel']);
  });

  it('gives a definite nominal subject the participants of the report it refers back to ("The delivery took four hours")', () => {
    const text =
      'Northwind Air delivered its new jet to Oslo on Monday. The delivery took four hours.';
    expect(event(text, 'delivery')).toMatchObject({
      participants: ['Northwind Air'],
      start: '2008-09-15',
    });
    // So does one that is no subject, when it names no one: the delivery many watched is
    // the one told, of Monday.
    const watched =
      'Northwind Air delivered its new jet to Oslo on Monday. Many watched the delivery.';
    expect(event(watched, 'delivery')).toMatchObject({
      participants: ['Northwind Air'],
      start: '2008-09-15',
    });
  });

  it('gives a definite nominal the participants of an earlier report of its kind ("the purchase … The deal")', () => {
    const text =
      'Larkspur Air has negotiated the purchase of 22 new jets. The deal was announced at a forum.';
    expect(event(text, 'deal').participants).toEqual(['Larkspur Air']);
    // Not of another kind: a meeting is no deal.
    const other = 'Larkspur Air met Harwell on Monday. The deal was announced at a forum.';
    expect(event(other, 'deal').participants).toEqual([]);
  });

  it('refers a definite nominal back first to its own word family, then to its kind ("agreed to buy Tessary … offered … The acquisition")', () => {
    const text =
      'Orlin Group agreed on Monday to buy Tessary for $2 billion. Harwell Foods had made a rival offer. Critics said the acquisition would raise prices.';
    // The acquisition is Orlin's purchase of Tessary (buy, purchase and acquire are one
    // act), not the latest deal told before it, Harwell's offer.
    expect(event(text, 'acquisition', '2009-03-11').participants.sort()).toEqual([
      'Orlin Group',
      'Tessary',
    ]);
  });

  it('refers a definite nominal back to no report told aside in a relative clause', () => {
    const text =
      'Northwind Air named Anna Berg its chief on Monday. She replaces Tom Wick, who was appointed in 2009. The appointment comes days after a loss.';
    expect(event(text, 'appointment').participants).not.toContain('Tom Wick');
    expect(event(text, 'appointment').start).not.toBe('2009-01-01');
  });

  it('counts a span from the day an earlier report gave its event ("a year after the appointment of Wick")', () => {
    const text =
      'Tom Wick was appointed chief of Northwind Air in 2009. The airline flies to Oslo. It has 40 jets. Northwind Air recovered from its losses a year after the appointment of Wick.';
    const recovered = event(text, 'recovered', '2013-12-10');
    expect(recovered).toMatchObject({ start: '2010-01-01', granularity: 'year' });
    expect(recovered.mention.dateBasis).toBe('event-relative');
  });

  it('counts a span that opens the sentence back from the main clause ("On May 22, three days after the deal was announced, …")', () => {
    const text =
      'Norvik to buy Lumex\n\nOn May 22, three days after the deal was announced, the ferry service of Lumex stopped running for several hours.';
    const announced = event(text, 'announced', '2014-06-27');
    expect(announced).toMatchObject({ start: '2014-05-19', granularity: 'day' });
    expect(announced.mention.dateBasis).toBe('event-relative');
    expect(event(text, 'stopped', '2014-06-27').start).toBe('2014-05-22');
  });

  it('finds the subject before a date ("Harwell Brothers today closed")', () => {
    const text = 'The mill owner Harwell Brothers today closed the mill.';
    expect(event(text, 'closed').participants).toEqual(['Harwell Brothers']);
  });

  it('reads no event in a name the tagger took for a verb, nor in "Chicago-based"', () => {
    const text =
      'Halvorsen Shipping, a Chicago-based firm, said that Launch Partners won the race.';
    const { events } = article(text);
    expect(events.map((e) => triggerText(text, e))).toEqual(['said', 'won', 'race']);
  });

  it('gives "the company" and "the aircraft" the company and the product named before', () => {
    const text =
      'Halvorsen Shipping Corp. bought the Skyrunner 400 on Monday. The company said the aircraft flew well.';
    const said = event(text, 'said');
    expect(said.roles).toEqual([{ name: 'Halvorsen Shipping Corp.', role: 'agent' }]);
    expect(said.title).toMatch(/^Halvorsen Shipping Corp\. says/);
    expect(event(text, 'flew').roles).toEqual([{ name: 'Skyrunner 400', role: 'agent' }]);
  });

  it('leaves a description no company or product came before without a participant', () => {
    expect(event('The company said sales rose.', 'said').roles).toEqual([]);
    expect(event('Halvorsen Shipping Corp. grew. The reason said little.', 'said').roles).toEqual(
      [],
    );
  });

  it('does not date a report by a date in what it reports', () => {
    const text = 'Halvorsen Shipping said it lost $6 million in March.';
    const said = event(text, 'said');
    expect(said).toMatchObject({ start: '2008-09-17', granularity: 'day' });
    expect(said.mention.dateBasis).toBe('publication-date');
    expect(event(text, 'lost')).toMatchObject({ start: '2008-03-01', granularity: 'month' });
    expect(event('Halvorsen Shipping said on Monday it lost money.', 'said').start).toBe(
      '2008-09-15',
    );
  });

  it('dates no event outside a quotation from a date inside it', () => {
    const text = '“We met the buyers on Monday,” the chairman said.';
    expect(event(text, 'met').start).toBe('2008-09-15');
    // The lead's Monday may still be the story's day, but not the report's own date.
    const said = event(text, 'said');
    expect(said.mention.timex).toBeNull();
    expect(said.mention.dateBasis).not.toBe('own-timex');
  });

  it('gives a planned infinitive the day it was agreed, marked as planned', () => {
    const buy = event('Halvorsen Shipping agreed on Friday to buy two ships.', 'buy');
    expect(buy).toMatchObject({ start: '2008-09-12', modality: 'scheduled' });
    expect(buy.mention.dateBasis).toBe('governing-timex');
    expect(buy.mention.timex).toBeNull();
  });

  it('does not date an event by the date a record is measured from', () => {
    const posted = event('Halvorsen Shipping posted its first loss since 1992.', 'posted');
    expect(posted.start).toBe('2008-09-17');
    expect(posted.mention.dateBasis).toBe('publication-date');
  });

  it('reads "earlier today" as the day the lead wrote out in an article published later', () => {
    const text =
      'Mill closes\n\nAt a press conference on June 1st, Maria Lind said the mill had shut earlier today.\n\nWorkers left.';
    const said = event(text, 'said', '2009-06-04');
    expect(said).toMatchObject({ start: '2009-06-01', granularity: 'day' });
    const shut = event(text, 'shut', '2009-06-04');
    expect(shut).toMatchObject({ start: '2009-06-01' });
    expect(shut.mention.dateBasis).toBe('story-day');
    expect(shut.mention.timex).toMatchObject({ text: 'earlier today' });
  });

  it('keeps "today" on the publication day when the lead names only a weekday', () => {
    const text = 'Mill closes\n\nOn Monday, the mayor said the mill shut earlier today.';
    const shut = event(text, 'shut', '2009-06-04');
    expect(shut.start).toBe('2009-06-04');
    expect(shut.mention.dateBasis).toBe('own-timex');
  });

  it('does not date a verb by a date set off by commas after another verb', () => {
    const text = 'Work on the bridge, begun two years ago, has been halted, the city said.';
    const halted = event(text, 'halted');
    expect(halted.start).toBe('2008-09-17');
    expect(halted.mention.dateBasis).toBe('publication-date');
    expect(event(text, 'begun')).toMatchObject({ start: '2006-01-01', granularity: 'year' });
  });

  it('dates what had been done by a dated report about that day, approximately', () => {
    const text = 'Halvorsen Shipping stated on Monday that it had signed a contract.';
    const signed = event(text, 'signed');
    expect(signed).toMatchObject({ start: '2008-09-15', approximate: true });
    expect(signed.mention.dateBasis).toBe('governing-timex');
    // A report dated only by the publication day says nothing of when it had been done.
    expect(event('Halvorsen Shipping said it had signed a contract.', 'signed').start).toBeNull();
  });

  it('gives a clause the date of the "when" clause it governs', () => {
    const text = 'The airline will fly the jet to Sydney when it is delivered on November 11.';
    const fly = event(text, 'fly', '2008-11-05');
    expect(fly).toMatchObject({ start: '2008-11-11', modality: 'scheduled' });
    expect(fly.mention.dateBasis).toBe('governing-timex');
  });

  it("dates a headline's planned infinitive by the article's day, marked as planned", () => {
    const text = 'Halvorsen Shipping to buy twenty ships\n\nThe company has agreed terms.';
    const buy = event(text, 'buy');
    expect(buy).toMatchObject({ start: '2008-09-17', modality: 'scheduled' });
    expect(buy.mention.dateBasis).toBe('publication-date');
  });

  it('gives a nominal\'s "of" what it happens to and its "by" who does it', () => {
    expect(
      event('The bankruptcy of Harwell Brothers shocked traders.', 'bankruptcy').roles,
    ).toEqual([{ name: 'Harwell Brothers', role: 'patient' }]);
    expect(event('The purchase by Ostrava Steel was approved.', 'purchase').roles).toEqual([
      { name: 'Ostrava Steel', role: 'agent' },
    ]);
  });

  it('takes a "with" or "between" name as a partner, a name in other circumstances as no participant', () => {
    const met = event('Anna Lindqvist met with Jorge Salas in Lisbon.', 'met');
    expect(met.roles).toContainEqual({ name: 'Jorge Salas', role: 'partner' });
    expect(met.participants).toEqual(['Anna Lindqvist', 'Jorge Salas']);
    const talks = event('The talks between Anna Lindqvist and Jorge Salas ended.', 'talks');
    expect(talks.participants).toEqual(['Anna Lindqvist', 'Jorge Salas']);
    const granted = event('The ministry granted a loan for Harwell Brothers.', 'granted');
    expect(granted.roles).toContainEqual({ name: 'Harwell Brothers', role: 'other' });
    expect(granted.participants).not.toContain('Harwell Brothers');
  });

  it('names a company that only says whose people or things an event acts on as no participant ("thanked Harwell employees")', () => {
    const text =
      'Harwell Brothers bought a mill. Northwind Air thanked many Harwell Brothers employees.';
    const thanked = event(text, 'thanked');
    expect(thanked.participants).toEqual(['Northwind Air']);
    expect(thanked.roles).toContainEqual({ name: 'Harwell Brothers', role: 'other' });
    // But a country does take part, and so does a company before an event noun or before
    // a noun for itself, and as a subject: its shareholders act for it.
    expect(event('Harwell Brothers praised Russian diplomats.', 'praised').participants).toContain(
      'Russia',
    );
    const inquiry = 'Harwell Brothers bought a mill. Officials closed a Harwell Brothers inquiry.';
    expect(event(inquiry, 'closed').participants).toContain('Harwell Brothers');
    const shareholders = 'Harwell Brothers bought a mill. Harwell Brothers shareholders protested.';
    expect(event(shareholders, 'protested').participants).toEqual(['Harwell Brothers']);
  });

  it('takes the last name of "Larkspur rival Ostrava Steel" as the one who acts', () => {
    const said = event('Harwell spokesman Jorge Salas said the mill closed.', 'said');
    expect(said.participants).toEqual(['Jorge Salas']);
    const won = event(
      'Harwell Brothers rival Lindqvist Shipping won the contract on Monday.',
      'won',
    );
    expect(won.roles).toEqual([{ name: 'Lindqvist Shipping', role: 'agent' }]);
  });

  it('titles a bare noun with the verb that tells what happened to it, only when that happened ("Transaction completed")', () => {
    expect(
      event('The transaction was completed in October.', 'transaction', '2008-11-20').title,
    ).toBe('Transaction completed');
    // "should be completed", "is unlikely to receive": not done, so no title of the noun.
    expect(
      event('The transaction should be completed in October.', 'transaction', '2008-09-20').title,
    ).toBe('Transaction');
  });

  it('titles a report with what it reports, and keeps the reported subject out of its participants', () => {
    expect(event('Halvorsen Shipping said it would cut 300 jobs.', 'said').title).toBe(
      'Halvorsen Shipping says it will cut 300 jobs',
    );
    // The reported verb keeps its negation and its modal: no "says it blocks deal".
    expect(event('Lindale said it would not block the deal.', 'said').title).toBe(
      'Lindale says it will not block deal',
    );
    expect(event('Lindale said it could close the mill.', 'said').title).toBe(
      'Lindale says it may close mill',
    );
    // So does a passive: no "says the mill damaged" for "was not damaged".
    expect(event('Lindale said the mill was not damaged.', 'said').title).toBe(
      'Lindale says mill not damaged',
    );
    expect(event('Lindale said the mill would be sold.', 'said').title).toBe(
      'Lindale says mill will be sold',
    );
    const said = event('Harwell Brothers said Ostrava Steel had won the bid.', 'said');
    expect(said.title).toBe('Harwell Brothers says Ostrava Steel wins bid');
    expect(said.participants).toEqual(['Harwell Brothers']);
    expect(event('The mayor told reporters that sales rose.', 'told').title).toBe(
      'Mayor tells reporters',
    );
  });

  it('reads "it" in what a report says as the reporter, not the company named before', () => {
    const text = 'Larkspur Holdings won the bid. The mill says it will close.';
    expect(event(text, 'close').participants).toEqual([]);
    expect(event(text, 'says').title).toBe('Mill says it will close');
  });

  it('reads "its" in an object as the subject, not the company named last ("the K700 has made its first flight")', () => {
    const text =
      'Larkspur Aero unveiled the Larkspur K700 on Monday. The Larkspur K700 has made its first flight.';
    expect(event(text, 'flight').roles).toEqual([{ name: 'Larkspur K700', role: 'agent' }]);
    // A light verb tells its noun's event: one event, titled by the verb.
    expect(event(text, 'flight').title).toBe('Larkspur K700 makes its first flight');
    expect(() => event(text, 'made')).toThrow('no event "made"');
    // In a complement too, and "their" as well: "recovered from their bankruptcy".
    const recovered =
      'Anna Lindqvist and Jorge Salas praised the board. Harwell Brothers recovered from their bankruptcy.';
    expect(event(recovered, 'bankruptcy').participants).toEqual(['Harwell Brothers']);
  });

  it('titles what a verb talks about by itself, not by the talking ("described the merger")', () => {
    const text = 'Anna Lindqvist described the merger as a mistake on Monday.';
    expect(event(text, 'merger').title).toBe('Merger');
    expect(event(text, 'merger').participants).toEqual([]);
    expect(event(text, 'described').title).toBe('Anna Lindqvist describes merger');
    // A verb that makes it known lends it its title and its doer.
    const announced = 'Harwell Brothers announced a merger on Monday.';
    expect(event(announced, 'merger').participants).toEqual(['Harwell Brothers']);
  });

  it('reads an event noun opening a sentence ("Deliveries to the mill are due in October")', () => {
    const text = 'Deliveries to the Harwell mill are not due until October.';
    expect(event(text, 'Deliveries')).toMatchObject({ lemma: 'delivery', start: '2008-10-01' });
  });

  it('points each trigger span at its own word', () => {
    const text = 'Harwell Brothers filed for bankruptcy on Monday. The mayor resigned.';
    const { events } = article(text);
    expect(events.map((e) => triggerText(text, e))).toEqual(['filed', 'bankruptcy', 'resigned']);
  });

  it('dates a clause by the date of the clause that governs it', () => {
    const text = 'The mayor said on Tuesday that the city sold the bridge.';
    const sold = event(text, 'sold');
    expect(sold).toMatchObject({ start: '2008-09-16', modality: 'actual' });
    expect(sold.mention.dateBasis).toBe('governing-timex');
    expect(sold.mention.timex).toBeNull();
  });

  it('dates an undated past report by the publication day, approximately', () => {
    const resigned = event('The mayor resigned.', 'resigned');
    expect(resigned).toMatchObject({ start: '2008-09-17', approximate: true });
    expect(resigned.mention.dateBasis).toBe('publication-date');
  });

  it('keeps the story on the publication day when the lead dates its event that day', () => {
    // Published on Tuesday 16 September 2008; Monday's filing is background.
    const text =
      'The court on Tuesday blocked the new toll.\n\nThe judge acted hours after the city filed an appeal on Monday.\n\nThe mayor praised the ruling.';
    const blocked = event(text, 'blocked', '2008-09-16');
    expect(blocked).toMatchObject({ start: '2008-09-16', title: 'Court blocks new toll' });
    const praised = event(text, 'praised', '2008-09-16');
    expect(praised.start).toBe('2008-09-16');
    expect(praised.mention.dateBasis).toBe('publication-date');
    // Only the telling on the publication day: the story is the day of what is told.
    const told =
      'Ashby Foods stated on Tuesday that it had signed a contract.\n\nThe firm signed the deal in Leeds on Sunday.\n\nThe board approved the deal.';
    expect(event(told, 'approved', '2008-09-16').start).toBe('2008-09-14');
    // A telling of what will be is that day's news: "said on Tuesday it would cut jobs".
    const news =
      'Ashby Foods said on Tuesday it would cut 600 jobs.\n\nIts sales fell.\n\nThe firm reported a loss on Sunday.';
    expect(event(news, 'fell', '2008-09-16').start).toBe('2008-09-16');
  });

  it('dates an undated report by the day the lead says the story happened, not by publication', () => {
    // Published on Monday 15 September 2008 about Sunday's ceremony.
    const text =
      'Ashby Foods opened its new bakery.\n\nThe ceremony took place on Sunday in Leeds.\n\nThe mayor praised the bakery.';
    const opened = event(text, 'opened', '2008-09-15');
    expect(opened).toMatchObject({ start: '2008-09-14', granularity: 'day', approximate: true });
    expect(opened.mention.dateBasis).toBe('story-day');
    const praised = event(text, 'praised', '2008-09-15');
    expect(praised.mention.dateBasis).toBe('story-day');
    expect(praised.start).toBe('2008-09-14');
  });

  it("dates the writer's present by publication, a speaker's or a report's by the story day", () => {
    // Published on Monday 15 September 2008 about Sunday's ceremony.
    const text =
      'Ashby Foods opened its new bakery.\n\nThe ceremony took place on Sunday in Leeds.\n\nAshby Foods is preparing a second bakery, and the mayor says it will help the town.\n\n“We bake what we sell,” the manager said.';
    const preparing = event(text, 'preparing', '2008-09-15');
    expect(preparing).toMatchObject({ start: '2008-09-15' });
    expect(preparing.mention.dateBasis).toBe('publication-date');
    expect(event(text, 'says', '2008-09-15').start).toBe('2008-09-14');
    expect(event(text, 'bake', '2008-09-15').start).toBe('2008-09-14');
    // A present passive tells a state or a habit; one under way is now.
    const passive =
      'Ashby Foods opened its new bakery.\n\nThe ceremony took place on Sunday in Leeds.\n\nThe bread is delivered by van, and the ovens are being tested.\n\nThe firm is still committed to bake in Leeds.';
    expect(event(passive, 'delivered', '2008-09-15').start).toBeNull();
    expect(event(passive, 'tested', '2008-09-15').start).toBe('2008-09-15');
    // A state the writer says still holds holds as the article is written.
    expect(event(passive, 'committed', '2008-09-15').start).toBe('2008-09-15');
  });

  it('takes no caption for a paragraph of the lead ("Ashby Foods logo.")', () => {
    // Published on Monday 15 September 2008; the third paragraph of the story tells Sunday.
    const text =
      'Ashby Foods posts a loss\n\nAshby Foods logo.\n\nAshby Foods has posted a loss.\n\nAshby Foods reported a loss of $2 million.\n\nAshby Foods admitted on Sunday that the loss could grow.';
    const posted = event(text, 'posted', '2008-09-15');
    expect(posted.mention.dateBasis).toBe('story-day');
    expect(posted.start).toBe('2008-09-14');
  });

  it("takes a lead's day up to two weeks before publication for the story's day, not older", () => {
    // Published on Wednesday 2 July 2008 about a decision of 18 June.
    const late = 'The board on June 18 called for a new vote.\n\nThe board upheld the complaint.';
    expect(event(late, 'upheld', '2008-07-02')).toMatchObject({ start: '2008-06-18' });
    const old = 'The board on June 10 called for a new vote.\n\nThe board upheld the complaint.';
    expect(event(old, 'upheld', '2008-07-02')).toMatchObject({ start: '2008-07-02' });
  });

  it('keeps the publication day when the lead gives no recent day', () => {
    const text = 'Ashby Foods opened its new bakery.\n\nThe bakery was planned in 2006.';
    const opened = event(text, 'opened', '2008-09-15');
    expect(opened).toMatchObject({ start: '2008-09-15' });
    expect(opened.mention.dateBasis).toBe('publication-date');
  });

  it('does not date an event by the date it is compared with', () => {
    const text =
      'Ashby Foods sales fell 20% compared to March. Profits were higher than a year earlier.';
    const fell = event(text, 'fell');
    expect(fell.mention.timex).toBeNull();
    expect(fell).toMatchObject({ start: '2008-09-17' });
    expect(fell.mention.dateBasis).toBe('publication-date');
    const measured = event('Ashby Foods sales fell 20% in March.', 'fell');
    expect(measured).toMatchObject({ start: '2008-03-01', granularity: 'month' });
  });

  it('leaves a plain future undated and scheduled', () => {
    const build = event('The city will build a bridge.', 'build');
    expect(build).toMatchObject({
      start: null,
      end: null,
      granularity: null,
      modality: 'scheduled',
    });
    expect(build.mention.dateBasis).toBeUndefined();
    expect(build.mention.modality).toBe('scheduled');
  });

  it('reads "did not raise" as denied and leaves it undated', () => {
    const raise = event('The bakery did not raise prices.', 'raise');
    expect(raise).toMatchObject({ modality: 'denied', start: null });
  });

  it('reads "could" as possible', () => {
    expect(event('The bakery could lose the contract.', 'lose').modality).toBe('possible');
  });

  it('reads "fears of a collapse" as an expected collapse and the fear itself as actual', () => {
    const text = 'Investors voiced fears of a collapse.';
    expect(event(text, 'collapse')).toMatchObject({ modality: 'expected', start: null });
    expect(event(text, 'voiced').modality).toBe('actual');
  });

  it('gives joint agents and a patient their roles', () => {
    const defeated = event('Northrop Grumman and EADS defeated Boeing.', 'defeated');
    expect(defeated.roles).toEqual([
      { name: 'Northrop Grumman', role: 'agent' },
      { name: 'EADS', role: 'agent' },
      { name: 'Boeing', role: 'patient' },
    ]);
    expect(defeated.participants).toEqual(['Northrop Grumman', 'EADS', 'Boeing']);
  });

  it('makes the "by" phrase of a passive the agent', () => {
    const delayed = event('The launch was delayed by Airbus.', 'delayed');
    expect(delayed.roles).toEqual([{ name: 'Airbus', role: 'agent' }]);
    expect(delayed.title).toBe('Launch delayed by Airbus');
  });

  it('reads a quoted "we" as the company the story is about, and an unquoted one as no one', () => {
    const text = 'Harwell Brothers posted a loss. “We have cut our costs,” said Maria Lind.';
    expect(event(text, 'cut').roles).toContainEqual({ name: 'Harwell Brothers', role: 'agent' });
    const plain = 'Harwell Brothers posted a loss. We have cut our costs.';
    expect(event(plain, 'cut').roles).not.toContainEqual({
      name: 'Harwell Brothers',
      role: 'agent',
    });
  });

  it('reads a quoted "we" as the company its speaker is described with, whatever the verb', () => {
    const text =
      'Harwell Brothers posted a loss. “We are opening a new mill,” beamed Tom Reeve, a Larkspur Foods vice president.';
    expect(event(text, 'opening').roles).toContainEqual({ name: 'Larkspur Foods', role: 'agent' });
  });

  it('reads "the firm" in what a nameless reporter says as the company, "the dealerships" as none', () => {
    const text =
      'Harwell Brothers posted a loss. Company executives said the firm is closing a mill. The dealerships that are to be closed sell few cars.';
    expect(event(text, 'closing').roles).toContainEqual({
      name: 'Harwell Brothers',
      role: 'agent',
    });
    expect(event(text, 'sell').roles).toEqual([]);
  });

  it('reads "their" after a plural subject naming no one as that subject\'s, not a person named before', () => {
    const text =
      '“Sales are down,” said Anna Berg, the chief of Larkspur.\n\nOther mills also saw their sales slip.';
    expect(event(text, 'sales').roles).toEqual([]);
  });

  it('reads "they" after a plural subject in its sentence as that subject, not the company named before', () => {
    const text = 'Larkspur cut wages. The workers may not earn what they earn today.';
    expect(event(text, 'earn', undefined, 1).roles).toEqual([]);
    expect(event('Larkspur cut wages. They earn less today.', 'earn').roles).toContainEqual({
      name: 'Larkspur',
      role: 'agent',
    });
  });

  it('titles what plural people report of "they" with those people ("House leaders meet")', () => {
    const text = 'The Lund index fell 7% on Monday. Mill leaders said they would meet on Thursday.';
    expect(event(text, 'meet', '2008-09-29').title).toBe('Mill leaders meet');
  });

  it('resolves "it" to the organization named in an earlier sentence', () => {
    const text = 'Boeing faced a strike. It delayed deliveries.';
    expect(event(text, 'delayed').roles).toContainEqual({ name: 'Boeing', role: 'agent' });
  });

  it('marks even an own-timex date approximate when the publication date was inferred', () => {
    const text = 'September 17, 2008\n\nHarwell Brothers filed for bankruptcy on Monday.';
    let draft = createDraft({ file: 'a1.txt', metadata: null }, 'a1', text);
    for (const stage of ARTICLE_STAGES) draft = stage.run(draft);
    expect(draft.publishedBasis).toBe('inferred');
    const filed = draft.events.find((e) => e.lemma === 'file');
    expect(filed).toMatchObject({ start: '2008-09-15', approximate: true });
    expect(filed?.mention.dateBasis).toBe('own-timex');
  });

  it('keeps an own-timex date exact when the publication date is from metadata', () => {
    const filed = event('Harwell Brothers filed for bankruptcy on Monday.', 'filed');
    expect(filed.approximate).toBe(false);
  });

  it('reads nothing from an empty article', () => {
    expect(article('').events).toEqual([]);
  });

  it('dates "to win" after "defeated Boeing on Friday" on that Friday, in the past', () => {
    const text = 'Northrop Grumman and EADS defeated Boeing on Friday to win a massive order.';
    expect(event(text, 'win')).toMatchObject({ start: '2008-09-12' });
    expect(event(text, 'defeated')).toMatchObject({ start: '2008-09-12' });
  });

  it('resolves "it" to the company named before it in the same sentence', () => {
    const text = 'The launch was delayed by Airbus. Boeing said it had sold ten jets.';
    expect(event(text, 'sold').roles).toContainEqual({ name: 'Boeing', role: 'agent' });
  });
  it('resolves "it" in a relative clause to the company before, not to the noun the clause describes', () => {
    const text =
      'Quillan said on Monday that it had completed its purchase of Orrin, the software maker it agreed to buy in May.';
    const buy = event(text, 'buy');
    expect(buy.roles).toEqual([
      { name: 'Quillan', role: 'agent' },
      { name: 'Orrin', role: 'patient' },
    ]);
  });

  it('dates a relative clause of the subject by its own date, the main verb by its own ("The firm he founded in 1998 was sold in May")', () => {
    const text = 'The firm Dara Quell founded in 1998 was sold in May.';
    expect(event(text, 'founded')).toMatchObject({ start: '1998-01-01', granularity: 'year' });
    expect(event(text, 'sold')).toMatchObject({ start: '2008-05-01', granularity: 'month' });
  });

  it('dates the next market move by one its clause dates ("losses on Monday, when US markets were closed. The Oslo index fell")', () => {
    const text =
      'The central bank cut rates on Tuesday. The decision followed heavy losses on Monday, when US markets were closed. The Oslo index fell 5.5%.';
    expect(event(text, 'closed')).toMatchObject({ kind: 'market-move', start: '2008-09-15' });
    expect(event(text, 'fell')).toMatchObject({ start: '2008-09-15' });
  });

  it('gives what a person does under the title the sentence gives them to their body too ("Orlin Group chief executive Anna Berg introduced")', () => {
    const text = [
      'Orlin Group unveils the Q7 phone.',
      'Orlin Group chief executive Anna Berg on Tuesday introduced the Q7 phone in Oslo, and Berg said sales would start in June.',
    ].join('\n\n');
    expect(event(text, 'introduced', '2007-01-10').roles).toEqual([
      { name: 'Anna Berg', role: 'agent' },
      // ("the Q7 phone" is the Q7: a product's name before the noun of its kind.)
      { name: 'Q7', role: 'patient' },
      { name: 'Orlin Group', role: 'agent' },
    ]);
    // Not what they say: a saying is the speaker's.
    expect(event(text, 'said', '2007-01-10').participants).toEqual(['Anna Berg']);
  });

  it('finds the verb the tagger calls an adjective after a modal ("will open a new plant")', () => {
    const opened = event('The company will open a new plant.', 'open');
    expect(opened).toMatchObject({ lemma: 'open', modality: 'scheduled', start: null });
    expect(event('GM said on Tuesday that it would close the plant.', 'close').lemma).toBe('close');
  });
});
