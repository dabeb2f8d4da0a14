import { describe, expect, it } from 'vitest';
import { findSegments, segmentOf } from '../../../src/loader/reading/segments.ts';
import { tag } from './tagged.ts';

/** Segments as [type, marker, parent, text]. */
function segments(text: string) {
  const words = tag(text);
  return findSegments(words).map((s) => [
    s.type,
    s.marker,
    s.parent,
    text.slice(words[s.first]!.start, words[s.last]!.end),
  ]);
}

describe('findSegments', () => {
  it('keeps a sentence of one clause as one main segment', () => {
    expect(segments('The ferry sailed at dawn.')).toEqual([
      ['main', null, null, 'The ferry sailed at dawn.'],
    ]);
  });

  it('opens a clause with no pronoun after a time, whose object it keeps ("on the day it unveiled the phone")', () => {
    expect(
      segments('Lindale changed its name in January, on the day it unveiled the phone.'),
    ).toEqual([
      ['main', null, null, 'Lindale changed its name in January, on the day'],
      ['relative', null, 0, 'it unveiled the phone.'],
    ]);
    // Not a time that opens the sentence, nor one with no "the".
    expect(segments('Every day they sell 100 cars.')).toHaveLength(1);
  });

  it('opens no clause at a demonstrative "that" ("Lindale completed that move in August")', () => {
    expect(segments('Lindale completed that move in August.')).toEqual([
      ['main', null, null, 'Lindale completed that move in August.'],
    ]);
    // A saying's "that" opens what it says.
    expect(segments('Lindale said that growth slowed.')).toContainEqual([
      'complement',
      'that',
      0,
      'that growth slowed.',
    ]);
  });

  it('opens a clause at an "as" the tagger reads as an adverb after a comma', () => {
    const text =
      'Stocks closed lower on Monday, as fresh worries about losses sent investors away.';
    expect(segments(text)).toContainEqual([
      'subordinate',
      'as',
      0,
      'as fresh worries about losses sent investors away.',
    ]);
  });

  it('opens an "as" clause whose subject runs long ("as a drop in oil prices and better-than-expected results from Lund Bank eased fears")', () => {
    const text =
      'Stocks rose on Wednesday, as a drop in oil prices and better-than-expected results from Lund Bank eased fears about the economy.';
    expect(segments(text)).toContainEqual([
      'subordinate',
      'as',
      0,
      'as a drop in oil prices and better-than-expected results from Lund Bank eased fears about the economy.',
    ]);
  });

  it('opens a clause at "with" and a subject its -ing verb follows ("fell, with Lund shares falling 8 percent")', () => {
    const text = 'Shares fell on Monday, with Lund shares falling 8 percent.';
    expect(segments(text)).toContainEqual([
      'subordinate',
      'with',
      0,
      'with Lund shares falling 8 percent.',
    ]);
    // Not "with" and what a verb is done with, nor an -ing form that is a preposition.
    expect(segments('The mill signed a deal with Lund on Monday.')).toHaveLength(1);
    expect(segments('The mill is in talks with Lund regarding possible sales.')).toHaveLength(1);
  });

  it('opens an "after" clause whose subject is a list of names, not one after a fronted phrase', () => {
    expect(
      segments(
        'The state took over the mill, a day after Lund, the Norwind group and Harwell rescued its bank.',
      ),
    ).toContainEqual([
      'subordinate',
      'after',
      0,
      'after Lund, the Norwind group and Harwell rescued its bank.',
    ]);
    expect(
      segments('A day before the announcement, Lund said it was closing a mill.').map(
        ([type]) => type,
      ),
    ).not.toContain('subordinate');
  });

  it('opens a relative clause at the quantifier of "most of whom", "some of which"', () => {
    expect(segments('Berg blamed the unions, most of whom voted against the plan.')).toEqual([
      ['main', null, null, 'Berg blamed the unions,'],
      ['relative', 'whom', 0, 'most of whom voted against the plan.'],
    ]);
    expect(segments('The mill sold 20 plants, some of which were closed.')).toContainEqual([
      'relative',
      'which',
      0,
      'some of which were closed.',
    ]);
  });

  it('opens no clause at the "as" of "such as" or "as well as"', () => {
    expect(segments('Sales of other models such as vans and trucks also increased.')).toEqual([
      ['main', null, null, 'Sales of other models such as vans and trucks also increased.'],
    ]);
    expect(segments('Lund sold vans as well as trucks fitted for snow.')).toHaveLength(1);
  });

  it('opens what a verb says at "that" after the date the verb is told with ("announced last week that")', () => {
    const words = tag('Lindale announced last week that it would cut 500 jobs.').map((word) =>
      word.text === 'last' || word.text === 'week' ? { ...word, pos: 'X' as const } : word,
    );
    const found = findSegments(words).map((s) => [s.type, s.marker, words[s.first]?.text]);
    expect(found).toContainEqual(['complement', 'that', 'that']);
  });

  it('opens what a report says without "that" ("said on Tuesday it would", "told reporters the mill will")', () => {
    const words = tag('Lindale said on Tuesday it would cut 500 jobs.').map((word) =>
      word.text === 'on' || word.text === 'Tuesday' ? { ...word, pos: 'X' as const } : word,
    );
    const found = findSegments(words).map((s) => [
      s.type,
      s.marker,
      s.parent,
      words[s.first]?.text,
    ]);
    expect(found).toEqual([
      ['main', null, null, 'Lindale'],
      ['complement', null, 0, 'it'],
    ]);
    expect(segments('The mayor told reporters the mill will close in May.')).toEqual([
      ['main', null, null, 'The mayor told reporters'],
      ['complement', null, 0, 'the mill will close in May.'],
    ]);
    expect(segments("Analysts said the company's shares could fall.")).toContainEqual([
      'complement',
      null,
      0,
      "the company's shares could fall.",
    ]);
  });

  it('opens a relative clause at a "that" with a subject of its own ("a bill that the governor signed")', () => {
    expect(segments('The council passed a bill that Governor Ana Reyes signed on May 2.')).toEqual([
      ['main', null, null, 'The council passed a bill'],
      ['relative', 'that', 0, 'that Governor Ana Reyes signed on May 2.'],
    ]);
    expect(segments('The board rejected the offer that Lindale made in June.')).toContainEqual([
      'relative',
      'that',
      0,
      'that Lindale made in June.',
    ]);
  });

  it('opens a relative clause with no pronoun at its subject ("the maker it agreed to buy"), not after a fronted phrase, nor before an object', () => {
    expect(
      segments(
        'Quillan completed its purchase of Orrin, the software maker it agreed to buy in May.',
      ),
    ).toEqual([
      ['main', null, null, 'Quillan completed its purchase of Orrin, the software maker'],
      ['relative', null, 0, 'it agreed to buy in May.'],
    ]);
    expect(segments('Dara Quell sold the plant they bought in 2004.')).toContainEqual([
      'relative',
      null,
      0,
      'they bought in 2004.',
    ]);
    expect(segments('At the same time it announced a new plan.')).toHaveLength(1);
    expect(segments('The fund promised investors it would cut its fees.')).toEqual([
      ['main', null, null, 'The fund promised investors it would cut its fees.'],
    ]);
  });

  it('ends the relative clause of a subject where the main verb comes ("The firm that he founded in 1998 was sold")', () => {
    expect(segments('The firm that Dara Quell founded in 1998 was sold in May.')).toEqual([
      ['main', null, null, 'The firm'],
      ['relative', 'that', 0, 'that Dara Quell founded in 1998'],
      ['main', ',', null, 'was sold in May.'],
    ]);
    expect(segments('The mill he runs has closed.')).toEqual([
      ['main', null, null, 'The mill'],
      ['relative', null, 0, 'he runs'],
      ['main', ',', null, 'has closed.'],
    ]);
    // Not inside the verb group, nor after a verb of saying or thinking.
    expect(segments('The workers who have already made cuts will vote.')).toContainEqual([
      'relative',
      'who',
      0,
      'who have already made cuts',
    ]);
    expect(segments('The plan that she believed would work was dropped.')).toContainEqual([
      'relative',
      'that',
      0,
      'that she believed would work',
    ]);
  });

  it('opens what a noun or an addressee is told at such a "that" ("no sign that", "told the firm that")', () => {
    expect(segments('Police said there was no sign that sabotage was involved.')).toContainEqual([
      'complement',
      'that',
      1,
      'that sabotage was involved.',
    ]);
    expect(segments('Regulators warned the company that it was obliged to stop.')).toContainEqual([
      'complement',
      'that',
      0,
      'that it was obliged to stop.',
    ]);
  });

  it('opens no clause at an object before an infinitive or a participle ("announced plans to cut", "reported a loss caused by")', () => {
    expect(segments('Lindale announced plans to cut jobs.')).toHaveLength(1);
    expect(segments('Lindale reported a loss caused by the strike.')).toHaveLength(1);
    expect(segments('The mayor told reporters to wait.')).toHaveLength(1);
    expect(segments('The mayor described the talks as useful.')).toHaveLength(1);
  });

  it('gives a span counted from an event after a comma to the main clause ("on fears that …, a day after a crash")', () => {
    const words = tag(
      'Stocks fell on fears that the crisis could spread, a day after a crash.',
    ).map((word) =>
      (word.text === 'a' && word.start < 55) || word.text === 'day'
        ? { ...word, pos: 'X' as const }
        : word,
    );
    const found = findSegments(words).map((s) => [
      s.type,
      s.marker,
      s.parent,
      words[s.first]?.text,
    ]);
    expect(found).toContainEqual(['subordinate', 'after', 0, 'a']);
  });

  it('gives a second thing said, after "and that", to the report ("said the clerk had not profited, and that it would sue")', () => {
    const found = segments(
      'The bank said the clerk had not profited from the trades, and that it would sue him.',
    );
    expect(found).toContainEqual(['complement', 'that', 0, 'that it would sue him.']);
  });

  it('opens a clause after ", and" whose subject has long phrases of its own', () => {
    const text =
      'Officials said so, and talks with Sweden about a new four billion krona loan are due.';
    expect(segments(text)).toContainEqual([
      'coordinate',
      'and',
      0,
      'and talks with Sweden about a new four billion krona loan are due.',
    ]);
  });

  it('opens a clause at a bare "and" before a named subject with a phrase of its own ("and the Kospi in Seoul shed")', () => {
    const text = 'The Taiex dropped 4.2 percent and the Kospi in Seoul shed 5 percent.';
    expect(segments(text)).toContainEqual([
      'coordinate',
      'and',
      0,
      'and the Kospi in Seoul shed 5 percent.',
    ]);
    // Objects joined by "and" stay one clause.
    expect(segments('The plant makes cars and trucks for farmers in Ohio.')).toHaveLength(1);
  });

  it('opens no clause at "since" before a date and a verb after "and" ("since May and closed")', () => {
    const text = 'The mill has cut jobs since May and closed two plants in June.';
    const words = tag(text).map((word) =>
      word.lower === 'may' || word.lower === 'june' ? { ...word, pos: 'X' as const } : word,
    );
    expect(findSegments(words).some((segment) => segment.marker === 'since')).toBe(false);
    // A clause whose subject has an "and" opens: "since Harwell and Norwind merged".
    expect(segments('The mill has cut jobs since Harwell and Norwind merged.')).toContainEqual([
      'subordinate',
      'since',
      0,
      'since Harwell and Norwind merged.',
    ]);
  });

  it('closes a fronted "if" clause at the comma before a date that opens the main clause', () => {
    // The loader tags the words of a date X before it reads a sentence.
    const text = 'If the talks fail, tomorrow the union will strike.';
    const words = tag(text).map((word) =>
      word.lower === 'tomorrow' ? { ...word, pos: 'X' as const } : word,
    );
    expect(findSegments(words).map((s) => [s.type, s.parent])).toEqual([
      ['conditional', 1],
      ['main', null],
    ]);
  });

  it('opens a subordinate clause at "after", governed by the main clause', () => {
    expect(segments('Ford presented a plan after the bank filed for bankruptcy.')).toEqual([
      ['main', null, null, 'Ford presented a plan'],
      ['subordinate', 'after', 0, 'after the bank filed for bankruptcy.'],
    ]);
  });

  it('opens an "after" clause whose subject has an apposition ("after Harwell, the largest bank in Oslo, filed")', () => {
    expect(
      segments('Shares fell after Harwell, the largest bank in Oslo, filed for bankruptcy.'),
    ).toEqual([
      ['main', null, null, 'Shares fell'],
      ['subordinate', 'after', 0, 'after Harwell, the largest bank in Oslo, filed for bankruptcy.'],
    ]);
    // A list after "after" is no apposition: "after talks with Berg, the mayor and Lund".
    expect(segments('He left after talks with Berg, the mayor and Lund.')).toHaveLength(1);
  });

  it('opens a "when" clause after a noun, but not after a noun of time ("at a time when")', () => {
    expect(segments('The jet will be the largest in the world when it enters service.')).toEqual([
      ['main', null, null, 'The jet will be the largest in the world'],
      ['subordinate', 'when', 0, 'when it enters service.'],
    ]);
    expect(segments('At a time when sales are falling, the plan is a blow.')).toHaveLength(1);
  });

  it('opens a "when" or "after" clause whose subject is an amount or has a phrase of its own', () => {
    expect(segments('The flood came in 2009, when more than 300 people died.')).toEqual([
      ['main', null, null, 'The flood came in 2009,'],
      ['subordinate', 'when', 0, 'when more than 300 people died.'],
    ]);
    expect(
      segments('The mill raised its stake to 46 percent, expected to reach 57% by December.'),
    ).toEqual([
      ['main', null, null, 'The mill raised its stake to 46 percent,'],
      ['subordinate', 'expected', 0, 'expected to reach 57% by December.'],
    ]);
    expect(
      segments('Gunmen raided the port on Tuesday, and at least 13 people were killed.'),
    ).toEqual([
      ['main', null, null, 'Gunmen raided the port on Tuesday,'],
      ['coordinate', 'and', 0, 'and at least 13 people were killed.'],
    ]);
    expect(segments('It lost in July, when a judge in Oslo denied the request.')).toEqual([
      ['main', null, null, 'It lost in July,'],
      ['subordinate', 'when', 0, 'when a judge in Oslo denied the request.'],
    ]);
    expect(segments('Stocks jumped after sales data for October came in weak.')).toEqual([
      ['main', null, null, 'Stocks jumped'],
      ['subordinate', 'after', 0, 'after sales data for October came in weak.'],
    ]);
    // Not after "and": "hard work and dedication over the years and …" is no clause.
    expect(
      segments('They thanked the staff for their work and dedication over the years.'),
    ).toHaveLength(1);
  });

  it('opens a relative "that" clause after a pronoun or a number ("one that is executed")', () => {
    expect(segments('The sale will be one that is done quickly.')).toEqual([
      ['main', null, null, 'The sale will be one'],
      ['relative', 'that', 0, 'that is done quickly.'],
    ]);
    // "told him that he would go" is what was told, not a relative clause.
    expect(segments('She told him that he would go.').map(([type]) => type)).toEqual([
      'main',
      'complement',
    ]);
  });

  it('joins a verb phrase with no comma and no subject to the inner clause it follows ("when Berg took a leave and received a transplant")', () => {
    expect(
      segments('Lund led the firm in 2009, when Berg took a leave and received a transplant.'),
    ).toEqual([
      ['main', null, null, 'Lund led the firm in 2009,'],
      ['subordinate', 'when', 0, 'when Berg took a leave'],
      ['coordinate', 'and', 1, 'and received a transplant.'],
    ]);
    // Not after a clause of an auxiliary: "said that the cuts would help but warned".
    expect(segments('Berg said that the cuts would help but warned of losses.')[2]).toEqual([
      'coordinate',
      'but',
      0,
      'but warned of losses.',
    ]);
  });

  it('resumes the clause a relative aside interrupts ("X, which owns Y, has completed")', () => {
    expect(
      segments('Harwell Brothers, which owns Ostrava Steel, has completed its merger.'),
    ).toEqual([
      ['main', null, null, 'Harwell Brothers,'],
      ['relative', 'which', 0, 'which owns Ostrava Steel,'],
      ['main', ',', null, 'has completed its merger.'],
    ]);
  });

  it('ends a fronted clause at the comma before a main clause whose subject has a phrase of its own', () => {
    expect(
      segments('After the deal was announced, the ferry service of Lumex stopped running.'),
    ).toEqual([
      ['subordinate', 'after', 1, 'After the deal was announced,'],
      ['main', null, null, 'the ferry service of Lumex stopped running.'],
    ]);
  });

  it('keeps verb phrases joined inside a relative aside in it, past an auxiliary, until its comma closes it', () => {
    expect(
      segments(
        'The Norland Star rig, which was owned by Halvard and leased by Lumex, sank on Friday.',
      ),
    ).toEqual([
      ['main', null, null, 'The Norland Star rig,'],
      ['relative', 'which', 0, 'which was owned by Halvard'],
      ['coordinate', 'and', 1, 'and leased by Lumex,'],
      ['main', ',', null, 'sank on Friday.'],
    ]);
  });

  it('resumes a clause that had its verb with a phrase of time or place after a relative aside ("introduced the Q7, which sells for $199, at a fair")', () => {
    expect(segments('Orlin introduced the Q7, which sells for $199, at a fair on June 9.')).toEqual(
      [
        ['main', null, null, 'Orlin introduced the Q7,'],
        ['relative', 'which', 0, 'which sells for $199,'],
        ['main', ',', null, 'at a fair on June 9.'],
      ],
    );
    // Not a clause still without its verb: the phrase is the relative clause's.
    expect(segments('The Q7, which went on sale, in June sold well.')[1]).toEqual([
      'relative',
      'which',
      0,
      'which went on sale, in June sold well.',
    ]);
  });

  it('resumes the clause after a relative clause that completes an apposition ("X, a firm which …, has")', () => {
    expect(
      segments('Harwell Brothers, a steel maker which owns a mill, has completed its merger.'),
    ).toEqual([
      ['main', null, null, 'Harwell Brothers, a steel maker'],
      ['relative', 'which', 0, 'which owns a mill,'],
      ['main', ',', null, 'has completed its merger.'],
    ]);
  });

  it('sees a clause past a hyphenated name ("after Jean-Paul Okafor\'s firm failed")', () => {
    expect(segments("The strike began after Jean-Paul Okafor's firm failed.")).toEqual([
      ['main', null, null, 'The strike began'],
      ['subordinate', 'after', 0, "after Jean-Paul Okafor's firm failed."],
    ]);
  });

  it('opens a complement at "said that" and a conditional at "if"', () => {
    expect(segments('Analysts said that the lender would fail if rates rose.')).toEqual([
      ['main', null, null, 'Analysts said'],
      ['complement', 'that', 0, 'that the lender would fail'],
      ['conditional', 'if', 1, 'if rates rose.'],
    ]);
  });

  it('closes a fronted clause at the comma before the main clause, which governs it', () => {
    expect(segments('If the bid fails, the ferry line will close.')).toEqual([
      ['conditional', 'if', 1, 'If the bid fails,'],
      ['main', null, null, 'the ferry line will close.'],
    ]);
    const asked = segments('When asked whether the deal was a step, the mayor replied.');
    expect(asked[asked.length - 1]).toEqual(['main', null, null, 'the mayor replied.']);
  });

  it('closes a fronted clause of two joined verb phrases at the comma before the main clause', () => {
    expect(
      segments('When Lumex cut the pipe and placed a cap on it, the crew pumped out the oil.'),
    ).toEqual([
      ['subordinate', 'when', 2, 'When Lumex cut the pipe'],
      ['coordinate', 'and', 0, 'and placed a cap on it,'],
      ['main', null, null, 'the crew pumped out the oil.'],
    ]);
    // The same after a date the "when" clause tells of.
    const since = segments(
      'Since June 3, when Lumex cut the pipe and placed a cap on it, the crew has pumped oil.',
    );
    expect(since[since.length - 1]).toEqual(['main', null, null, 'the crew has pumped oil.']);
  });

  it('opens a relative clause at a "that" the tagger reads as a clause opener, when the clause lacks its object ("the service that Orlin bought last year")', () => {
    const bought = segments(
      'Lumex, the photo-sharing service that Orlin bought last year, added videos in June.',
    );
    expect(bought[1]?.slice(0, 3)).toEqual(['relative', 'that', 0]);
    expect(bought[bought.length - 1]?.[3]).toBe('added videos in June.');
    const box = segments(
      'A steel box that Lumex lowered over the well early this month became clogged.',
    );
    expect(box[1]?.slice(0, 2)).toEqual(['relative', 'that']);
    // Past the amount the noun is "of": "the record close of 14,164.53 that it reached".
    const close = segments(
      'The Lund 40 is 370 points below the record close of 14,164.53 that it reached on October 9.',
    );
    expect(close[1]?.slice(0, 2)).toEqual(['relative', 'that']);
    // Not what a saying or a content noun holds.
    const filing = segments('Lumex said in a filing that its users were moving to phones.');
    expect(filing[1]?.slice(0, 2)).toEqual(['complement', 'that']);
    const fear = segments('Analysts voiced the fear that prices would rise.');
    expect(fear[1]?.slice(0, 2)).toEqual(['complement', 'that']);
  });

  it('keeps a past clause joined with no comma to a past "when" clause in it ("since August, when Lund froze three funds and Orlin lent €94 billion")', () => {
    const found = segments(
      'Banks have been wary since August, when Lund froze three funds and Orlin lent €94 billion.',
    );
    expect(found[1]?.slice(0, 3)).toEqual(['subordinate', 'when', 0]);
    expect(found[2]?.slice(0, 3)).toEqual(['coordinate', 'and', 1]);
    // After a comma, or in another tense, it is the main clause's.
    const comma = segments(
      'Banks have been wary since August, when Lund froze three funds, and Orlin lent €94 billion.',
    );
    expect(comma[2]?.slice(0, 3)).toEqual(['coordinate', 'and', 0]);
    const present = segments(
      'Banks have been wary since August, when Lund froze three funds and analysts expect more.',
    );
    expect(present[2]?.slice(0, 3)).toEqual(['coordinate', 'and', 0]);
  });

  it('keeps the clause after a comma inside a fronted clause when a relative opens there', () => {
    const found = segments('If the bid, which was filed in March, fails, the line will close.');
    expect(found[1]?.slice(0, 2)).toEqual(['relative', 'which']);
    expect(found[found.length - 1]).toEqual(['main', null, null, 'the line will close.']);
  });

  it('opens a relative clause at "which" after a comma', () => {
    const found = segments('The lender, which lost money, cut staff.');
    expect(found[1]?.slice(0, 3)).toEqual(['relative', 'which', 0]);
    expect(found[1]?.[3]).toMatch(/^which lost money/);
  });

  it('opens a coordinate clause at ", and" before a quantifier\'s subject ("and some of his ashes are on board")', () => {
    expect(segments('Ann Lund died in 1997, and some of his ashes are on board.')).toContainEqual([
      'coordinate',
      'and',
      0,
      'and some of his ashes are on board.',
    ]);
  });

  it('opens a coordinate clause at "and" before a new subject and verb, under the main clause', () => {
    expect(segments('The union struck and the company closed the plant.')).toEqual([
      ['main', null, null, 'The union struck'],
      ['coordinate', 'and', 0, 'and the company closed the plant.'],
    ]);
  });

  it('does not cut at "and" between two names', () => {
    expect(segments('Kerry and Lavrov will meet in Geneva.')).toHaveLength(1);
  });

  it.todo(
    'opens a segment at a sentence-initial subordinator ("When the strike ended, the factory reopened." stays one main segment: the loop starts at word 1)',
  );
  it.todo(
    'reads "that" after a noun before a subject as relative ("The trucks that the firm built failed" is cut as a complement, so "failed" gets the firm as subject)',
  );
});

describe('segmentOf', () => {
  it('finds the segment that holds a word', () => {
    const words = tag('Ford presented a plan after the bank filed for bankruptcy.');
    const found = findSegments(words);
    expect(segmentOf(found, 1)).toBe(0);
    expect(
      segmentOf(
        found,
        words.findIndex((word) => word.text === 'filed'),
      ),
    ).toBe(1);
  });
});
