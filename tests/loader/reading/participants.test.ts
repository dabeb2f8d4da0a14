import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/contract/corpus.ts';
import {
  contextAt,
  participantsOf,
  undergoingSubjectReferent,
  pronounAgent,
  reportingPeople,
  type Referents,
} from '../../../src/loader/reading/participants.ts';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import { event } from './article.ts';
import { at, tag } from './tagged.ts';

const nobody: Referents = {
  lastPerson: null,
  lastPeople: [],
  lastOrganization: null,
  lastProduct: null,
};

/** The organizations named in `text`, as the name finder would give them. */
function organizations(text: string, names: string[]): EntityMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, kind: 'organization', canonical: name };
  });
}

/** The event written `trigger` in `text`, with its tagged words. */
function read(text: string, trigger: string) {
  const words = tag(text);
  const event = readSentence(words).events.find((e) => e.trigger === at(words, trigger));
  if (!event) throw new Error(`no event "${trigger}"`);
  return { words, event };
}

describe('reportingPeople', () => {
  const reporters = (text: string, trigger: string) => {
    const { words, event } = read(text, trigger);
    const phrase = reportingPeople(words, event);
    return phrase ? words.slice(phrase.first, phrase.last + 1).map((word) => word.text) : null;
  };

  it('reads a "they" in what plural people report as those people, at any remove', () => {
    const text = 'Mill leaders said they would meet on Thursday to try to pass the plan.';
    expect(reporters(text, 'meet')).toEqual(['Mill', 'leaders']);
    expect(reporters(text, 'pass')).toEqual(['Mill', 'leaders']);
  });

  it('leaves a "they" a name reports, or one no report governs, to the names', () => {
    expect(reporters('Harwell said they would meet.', 'meet')).toBeNull();
    expect(reporters('They met on Thursday.', 'met')).toBeNull();
  });
});

describe('participantsOf', () => {
  it('gives the subject as agent and keeps a company that only says whose as also named', () => {
    const text = 'Harwell Brothers thanked many Ostrava Steel employees.';
    const { words, event } = read(text, 'thanked');
    const entities = organizations(text, ['Harwell Brothers', 'Ostrava Steel']);
    expect(participantsOf(words, event, entities, nobody, false, [])).toEqual([
      { name: 'Harwell Brothers', role: 'agent' },
      { name: 'Ostrava Steel', role: 'other' },
    ]);
  });

  it('gives a saying of officials at a body, or of its spokesman, to the body ("Officials at the Lund Bank said"), not one of analysts there', () => {
    for (const text of [
      'Officials at the Lund Bank said on Sunday that rates would stay.',
      'A spokesman for the Lund Bank said on Sunday that rates would stay.',
    ]) {
      const { words, event } = read(text, 'said');
      const entities = organizations(text, ['Lund Bank']);
      expect(participantsOf(words, event, entities, nobody, true, [])).toEqual([
        { name: 'Lund Bank', role: 'agent' },
      ]);
    }
    const text = 'Analysts at the Lund Bank said on Sunday that rates would stay.';
    const { words, event } = read(text, 'said');
    expect(
      participantsOf(words, event, organizations(text, ['Lund Bank']), nobody, true, []),
    ).toEqual([]);
  });

  it("names the product a report's object describes, not the subject of the clause it reports", () => {
    const known = { ...nobody, lastProduct: 'Lumo Phone' };
    const praised = read('Reviewers praised the phone.', 'praised');
    expect(participantsOf(praised.words, praised.event, [], known, false, [])).toEqual([
      { name: 'Lumo Phone', role: 'patient' },
    ]);
    const said = read('Reviewers said the phone sells well.', 'said');
    expect(participantsOf(said.words, said.event, [], known, false, [])).toEqual([]);
  });

  it('keeps a product named before a common noun as what the event acts on', () => {
    const text = 'Harwell Air bought twenty K700 passenger jets.';
    const { words, event } = read(text, 'bought');
    const entities: EntityMention[] = [
      ...organizations(text, ['Harwell Air']),
      {
        start: text.indexOf('K700'),
        end: text.indexOf('K700') + 4,
        text: 'K700',
        kind: 'product',
        canonical: 'K700',
      },
    ];
    expect(participantsOf(words, event, entities, nobody, false, [])).toEqual([
      { name: 'Harwell Air', role: 'agent' },
      { name: 'K700', role: 'patient' },
    ]);
  });

  it('names who receives after "to" as a partner ("delivered two jets to Ostrava Steel")', () => {
    const text = 'Harwell Brothers delivered two jets to Ostrava Steel.';
    const { words, event } = read(text, 'delivered');
    const entities = organizations(text, ['Harwell Brothers', 'Ostrava Steel']);
    expect(participantsOf(words, event, entities, nobody, false, [])).toEqual([
      { name: 'Harwell Brothers', role: 'agent' },
      { name: 'Ostrava Steel', role: 'partner' },
    ]);
    // Whom one speaks to takes part too.
    const spoke = 'Harwell Brothers spoke to Ostrava Steel on Friday.';
    const talk = read(spoke, 'spoke');
    const both = organizations(spoke, ['Harwell Brothers', 'Ostrava Steel']);
    expect(participantsOf(talk.words, talk.event, both, nobody, false, [])).toContainEqual({
      name: 'Ostrava Steel',
      role: 'partner',
    });
    // A name that only modifies what "to" names does not receive.
    const pointed = 'Harwell Brothers pointed to the bankruptcy of Ostrava Steel.';
    const other = read(pointed, 'pointed');
    const named = organizations(pointed, ['Harwell Brothers', 'Ostrava Steel']);
    expect(participantsOf(other.words, other.event, named, nobody, false, [])).toContainEqual({
      name: 'Ostrava Steel',
      role: 'other',
    });
  });

  it('names a partner after "with"', () => {
    const text = 'Harwell Brothers met with Ostrava Steel.';
    const { words, event } = read(text, 'met');
    const entities = organizations(text, ['Harwell Brothers', 'Ostrava Steel']);
    expect(participantsOf(words, event, entities, nobody, false, [])).toEqual([
      { name: 'Harwell Brothers', role: 'agent' },
      { name: 'Ostrava Steel', role: 'partner' },
    ]);
  });

  it('names the person an apposition gives after a title as its object ("named its chief operating officer, Anna Berg, to")', () => {
    const text = 'Harwell Brothers named its chief operating officer, Anna Berg, to run the mill.';
    const { words, event } = read(text, 'named');
    const berg = text.indexOf('Anna Berg');
    const entities: EntityMention[] = [
      ...organizations(text, ['Harwell Brothers']),
      { start: berg, end: berg + 9, text: 'Anna Berg', kind: 'person', canonical: 'Anna Berg' },
    ];
    expect(participantsOf(words, event, entities, nobody, false, [])).toEqual([
      { name: 'Harwell Brothers', role: 'agent' },
      { name: 'Anna Berg', role: 'patient' },
    ]);
    // Not after a phrase that is no title: "bought its largest mill, Anna Berg said".
    const mill = 'Harwell Brothers bought its largest mill, Anna Berg said.';
    const bought = read(mill, 'bought');
    const its = mill.indexOf('Anna Berg');
    expect(
      participantsOf(
        bought.words,
        bought.event,
        [
          ...organizations(mill, ['Harwell Brothers']),
          { start: its, end: its + 9, text: 'Anna Berg', kind: 'person', canonical: 'Anna Berg' },
        ],
        nobody,
        false,
        [],
      ),
    ).toEqual([{ name: 'Harwell Brothers', role: 'agent' }]);
  });
});

describe('"him" or "her" as the object', () => {
  const text =
    'Orlin Group said on Wednesday that its chief executive, John Berg, resigned, and the company named its chief operating officer, Tim Cook, to replace him. Berg asked to stay on as chairman, and the board elected him chairman on Wednesday.';

  it('is the person the sentence is about, not who does the infinitive ("named Tim Cook to replace him")', () => {
    expect(event(text, 'replace', '2011-08-25').roles).toContainEqual({
      name: 'John Berg',
      role: 'patient',
    });
    expect(event(text, 'elected', '2011-08-25').roles).toContainEqual({
      name: 'John Berg',
      role: 'patient',
    });
  });

  it('is no one when the only person before is who does it ("charges against Sears for hiring her")', () => {
    const hiring = 'It led to charges against Orlin executive John Berg for illegally hiring her.';
    expect(event(hiring, 'hiring', '2011-08-25').participants).not.toContain('John Berg');
  });
});

describe('pronounAgent', () => {
  it('reads a bare description as the organization named last in a headline only', () => {
    const known = { ...nobody, lastOrganization: 'Harwell Brothers' };
    const bare = read('Auto company closed the mill', 'closed');
    expect(pronounAgent(bare.words, bare.event, { ...known, headline: true })).toBe(
      'Harwell Brothers',
    );
    expect(pronounAgent(bare.words, bare.event, known)).toBeNull();
  });

  it('takes no coined variant of a name in quotation marks for the company ("for “New Harwell”")', () => {
    const text =
      'Harwell chief outlines plan for “New Harwell” after auto company declared bankruptcy';
    const { words, event } = read(text, 'declared');
    const entities = organizations(text, ['Harwell', 'New Harwell']);
    const local = contextAt({ ...nobody, headline: true }, entities, words, event, {
      events: [event],
      segments: [],
    });
    expect(pronounAgent(words, event, local)).toBe('Harwell');
  });

  it('reads "it" and "the company" as the organization named last', () => {
    const known = { ...nobody, lastOrganization: 'Harwell Brothers' };
    const it1 = read('It closed the mill.', 'closed');
    expect(pronounAgent(it1.words, it1.event, known)).toBe('Harwell Brothers');
    const company = read('The company closed the mill.', 'closed');
    expect(pronounAgent(company.words, company.event, known)).toBe('Harwell Brothers');
    expect(pronounAgent(company.words, company.event, nobody)).toBeNull();
    // Nouns of what a firm does stand for it too: "the lender", "the carrier".
    const lender = read('The lender closed the branch.', 'closed');
    expect(pronounAgent(lender.words, lender.event, known)).toBe('Harwell Brothers');
    const carrier = read('The carrier cut two routes.', 'cut');
    expect(pronounAgent(carrier.words, carrier.event, known)).toBe('Harwell Brothers');
  });

  it('reads "the company" as no public body, but the company the story names most', () => {
    const mentions = new Map([
      ['Harwell Brothers', 3],
      ['Maritime Safety Commission', 1],
    ]);
    const known = {
      ...nobody,
      lastOrganization: 'Maritime Safety Commission',
      organizations: new Set(['Harwell Brothers', 'Maritime Safety Commission']),
      mentions,
    };
    const company = read('The company closed the mill.', 'closed');
    expect(pronounAgent(company.words, company.event, known)).toBe('Harwell Brothers');
    // Not what another noun of a body stands for: "the agency" is the commission.
    const agency = read('The agency closed the mill.', 'closed');
    expect(pronounAgent(agency.words, agency.event, known)).toBe('Maritime Safety Commission');
  });

  it('reads "it" as the last sentence\'s subject before a company named after it, not in a quotation', () => {
    const known = { ...nobody, lastOrganization: 'Norwind Air', lastSubject: 'Larkspur L300' };
    const carried = read('It carried 500 people.', 'carried');
    expect(pronounAgent(carried.words, carried.event, known)).toBe('Larkspur L300');
    const quoted = read('“It carried 500 people,” she said.', 'carried');
    expect(pronounAgent(quoted.words, quoted.event, known)).toBe('Norwind Air');
  });
});

describe('"it" in a later clause of its sentence', () => {
  it('is the named company or product the sentence began with, not the name told last', () => {
    const text =
      'The Larkspur K300 flew to Oslo. The Larkspur K300 will wear the livery of Norwind Air when it arrives on Monday.';
    expect(event(text, 'arrives', '2021-05-19').participants).toEqual(['Larkspur K300']);
  });

  it('is the product the sentence\'s first subject describes ("After the plane …, it was flown")', () => {
    const text =
      'The first Larkspur K300 was delivered on Monday. After the plane was delivered in Oslo, it was flown to Bergen.';
    const flown = event(text, 'flown', '2021-05-19');
    expect(flown.participants).toEqual(['Larkspur K300']);
    expect(flown.title).toBe('Larkspur K300 flown');
  });

  it('is not a company that only owns the subject ("Harwell\'s move")', () => {
    const text =
      "Harwell's move comes a day after Ostrava Steel released a list of mills that it was closing.";
    expect(event(text, 'closing', '2021-05-19').participants).toEqual(['Ostrava Steel']);
  });
});

describe('"it" after an index its sentence names', () => {
  it('is that index, not the company of the sentences before ("left the Lund 40 below the high that it reached")', () => {
    const text =
      "Harwell Bank filed for bankruptcy on Monday. Monday's decline left the Lund 40 index 23% below the record high that it reached in October.";
    expect(event(text, 'reached', '2008-09-15').participants).toEqual(['Lund 40']);
    // A company named after the index is the one "it" stands for.
    const company =
      "Monday's decline left the Lund 40 index below the level Harwell Bank had when it reached its peak in October.";
    expect(event(company, 'reached', '2008-09-15').participants).toEqual(['Harwell Bank']);
  });
});

describe("a move noun in the object of a market's move", () => {
  it('is the move of that move\'s subject ("The Lund 40 recovered part of Monday\'s 504-point fall")', () => {
    const text =
      "The Lund 40 index fell on Monday. On Tuesday, the Lund 40 recovered part of Monday's 504-point fall.";
    expect(event(text, 'fall', '2021-05-19')).toMatchObject({
      participants: ['Lund 40'],
      kind: 'market-move',
    });
    // A loss too, whatever its word: "recovering most of the previous day's losses".
    const losses =
      "The Lund 40 closed up 485 points on Tuesday, recovering most of the previous day's losses.";
    expect(event(losses, 'losses', '2021-05-19')).toMatchObject({
      participants: ['Lund 40'],
      kind: 'market-move',
    });
    // Not a move set off by a comma, nor one after another verb.
    const other =
      "The Lund 40 rose on Tuesday, and traders blamed Monday's fall on Harwell's results.";
    expect(event(other, 'fall', '2021-05-19').participants).not.toContain('Lund 40');
  });
});

describe('an index described by its place ("the London index")', () => {
  it('is the index named last, when it trades there', () => {
    const text = 'The FTSE 100 fell 238 points on Friday. The London index has lost 21% this week.';
    expect(event(text, 'lost', '2008-10-10').participants).toEqual(['FTSE 100']);
    // Not an index of another place: "the Tokyo index" is no FTSE 100.
    const tokyo = 'The FTSE 100 fell 238 points on Friday. The Tokyo index dropped 3%.';
    expect(event(tokyo, 'dropped', '2008-10-10').participants).not.toContain('FTSE 100');
  });
});

describe("a market's move noun naming no one", () => {
  it('is the move of the index its sentence names, else of the one named last ("Tuesday\'s fall came after a 276-point drop on Monday")', () => {
    const text =
      "The Lund 40 index fell 297 points on Tuesday. Tuesday's fall came after a 276-point drop on Monday.";
    expect(event(text, 'drop', '2011-11-01').participants).toEqual(['Lund 40']);
    const named =
      "The Lund 40 index fell 297 points on Tuesday. Monday's decline left the Orlin 50 index 16% below its high.";
    expect(event(named, 'decline', '2011-11-01').participants).toEqual(['Orlin 50']);
  });
});

describe('a ranked close set off after a move', () => {
  it('is that move\'s market\'s closing ("plunged 881 points, its lowest close since May 2003")', () => {
    const text =
      'In Oslo, the Lund 40 index plunged 881 points, or 9.6%, to 8,276, its lowest close since May 2003.';
    expect(event(text, 'close', '2008-10-10')).toMatchObject({
      participants: ['Lund 40'],
      kind: 'market-move',
      start: '2008-10-10',
    });
  });
});

describe('the members a subject lists', () => {
  it('take part ("Three mills, including Harwell and Ostrava Steel, closed")', () => {
    const text = 'Three mills, including Harwell Brothers and Ostrava Steel, closed on Monday.';
    expect(event(text, 'closed', '2021-05-19').participants).toEqual([
      'Harwell Brothers',
      'Ostrava Steel',
    ]);
    // Not a subject that names itself: "Harwell Brothers, which owns Ostrava Steel, …".
    const named = 'Harwell Brothers, including its unit Ostrava Steel, closed on Monday.';
    expect(event(named, 'closed', '2021-05-19').participants).toEqual(['Harwell Brothers']);
  });

  it('take part beside a name the subject begins with, and after the phrase of "of" it heads ("Six of the region\'s leading mills, including Harwell")', () => {
    const joined =
      'Harwell Brothers and five other mills, including Ostrava Steel and Lund Steel, agreed to cut output on Monday.';
    expect(event(joined, 'agreed', '2021-05-19').participants).toEqual([
      'Harwell Brothers',
      'Ostrava Steel',
      'Lund Steel',
    ]);
    const of =
      "Six of the region's leading mills, including Harwell Brothers and Ostrava Steel, cut output on Monday.";
    expect(event(of, 'cut', '2021-05-19').participants).toEqual([
      'Harwell Brothers',
      'Ostrava Steel',
    ]);
  });

  it('take part when listed after a verb with no object ("Bank shares rose on Tuesday, including Harwell Bank")', () => {
    const text = 'Bank shares rose on Tuesday, including those of Harwell Bank and Lund Bank.';
    expect(event(text, 'rose', '2021-05-19').participants).toEqual(['Harwell Bank', 'Lund Bank']);
    // Not the members of an object: "cut 300 jobs, including 100 at Ostrava Steel".
    const object = 'Harwell Brothers cut 300 jobs on Tuesday, including 100 at Ostrava Steel.';
    expect(event(object, 'cut', '2021-05-19').participants).toEqual(['Harwell Brothers']);
  });
});

describe('"its" before a nominal a report takes as object', () => {
  it('is the company named last, not the one who speaks ("the minister praised its success")', () => {
    const text =
      'Norwind Air flew its first L300 on Monday. The minister praised its success on Tuesday.';
    const success = event(text, 'success', '2021-05-19');
    expect(success.participants).toEqual(['Norwind Air']);
    expect(success.title).toBe("Norwind Air's success");
  });

  it('is the company named before it in its own sentence ("applauded Harwell and cited its success")', () => {
    const text =
      'Norwind Air flew its first L300 on Monday. The minister applauded Harwell Brothers and cited its success on Tuesday.';
    expect(event(text, 'success', '2021-05-19').participants).toEqual(['Harwell Brothers']);
  });

  it('is the index named before it in its own sentence ("when the Lund 40 had its biggest point loss")', () => {
    const text =
      'The declines followed a collapse on Wall Street on Monday, when the Lund 40 index had its biggest point loss ever.';
    expect(event(text, 'loss', '2021-05-19').participants).toEqual(['Lund 40']);
  });
});

describe('"its" opening a sentence, before a nominal', () => {
  it('is the body the last sentence was about, not the one it named last ("completed its purchase of Norwind Financial. Its agreement …")', () => {
    const text =
      'Halden Bank completed its purchase of the mortgage lender Norwind Financial in July. Its agreement to buy Storby Lynch still needs the approval of shareholders.';
    expect(event(text, 'agreement', '2008-09-30').participants).toEqual(['Halden Bank']);
  });
});

describe('"its" before a subject', () => {
  it('names whose the subject is, as a possessive would ("Harwell said its profit fell")', () => {
    const text = 'Harwell Brothers said on Monday that its profit fell 8 percent.';
    expect(event(text, 'fell', '2021-05-19').participants).toEqual(['Harwell Brothers']);
  });

  it('names whose the subject is past a date that modifies it ("its first-quarter net profit fell")', () => {
    const text = 'Lund Mobile said on Thursday that its first-quarter net profit fell 69 percent.';
    expect(event(text, 'fell', '2009-04-16').participants).toEqual(['Lund Mobile']);
    expect(event(text, 'profit', '2009-04-16').participants).toEqual(['Lund Mobile']);
  });

  it('names the body a possessive description stands for ("The company\'s shares fell", "welcomed the firm\'s decision")', () => {
    const shares = "Harwell Steel posted a loss on Monday. The company's shares fell 5 percent.";
    expect(event(shares, 'fell', '2021-05-19').participants).toEqual(['Harwell Steel']);
    const decision =
      "Harwell Steel said on Monday it would close the mill. The union welcomed the firm's decision.";
    expect(event(decision, 'decision', '2021-05-19').participants).toEqual(['Harwell Steel']);
  });

  it('names the thing a plural\'s possessive description stands for ("the aircrafts\' delivery")', () => {
    const text =
      "Larkspur said its L700 jet is late. The double-deck aircrafts' delivery will be delayed until October.";
    expect(event(text, 'delivery', '2021-05-19').participants).toEqual(['L700']);
  });

  it('names the body a plural "their" stands for, unless a plural subject came before ("Lund was the exception, as their sales fell")', () => {
    const their = 'Lund Motors was the sole exception, as their sales fell 8 percent.';
    expect(event(their, 'fell', '2021-05-19').participants).toEqual(['Lund Motors']);
    const others = 'Lund Motors sold more cars. Other makers saw their sales slip.';
    expect(event(others, 'slip', '2021-05-19').participants).toEqual([]);
    // People named last come first: "Berg and Dahl met … Their talk lasted".
    const people = 'Ingrid Berg and Nigel Dahl met Lund Motors in Oslo. Their talk lasted an hour.';
    expect(event(people, 'lasted', '2021-05-19').participants).toEqual([
      'Ingrid Berg',
      'Nigel Dahl',
    ]);
  });
});

describe('a description of a body named before', () => {
  it('is no index the last sentence was about ("The Lund 40 index rose … the central bank said")', () => {
    const text =
      'Stocks rose on Wednesday after the Norbank left its main rate unchanged. The Lund 40 index ended the session 4 points higher. In a statement, the central bank said that risks had increased.';
    expect(event(text, 'said', '2021-05-19').participants).toEqual(['Norbank']);
  });

  it('is the body the noun described, whoever was named since ("national airline Norwind")', () => {
    const text =
      'National airline Norwind Air bought jets from Larkspur on Monday. The airline flies to Oslo.';
    expect(event(text, 'flies', '2021-05-19').participants).toEqual(['Norwind Air']);
    // A noun for any body is the body the last sentence was about, not one named in passing
    // ("from Larkspur"); with no such subject, the body named last.
    const company =
      'Shipping company Norwind Air bought jets from Larkspur on Monday. The company flies to Oslo.';
    expect(event(company, 'flies', '2021-05-19').participants).toEqual(['Norwind Air']);
    const passing =
      'On Monday, jets were bought from Larkspur by the owners. The company flies to Oslo.';
    expect(event(passing, 'flies', '2021-05-19').participants).toEqual(['Larkspur']);
  });

  it('is the body whose own name has the noun, when the article has named it more often than the body named last ("Bank of Lindale … the bank")', () => {
    const text =
      'Bank of Lindale lost $2 billion. Bank of Lindale said on Friday that it would cut jobs. The Norwind Deposit Corporation will guarantee its assets. The bank also cut its dividend.';
    expect(event(text, 'cut', '2021-05-19').participants).toEqual(['Bank of Lindale']);
    // The body named last, when the article has named it as often.
    const once =
      'Bank of Lindale lost $2 billion. Harwell Brothers said that it would cut jobs. The bank also cut its dividend.';
    expect(event(once, 'cut', '2021-05-19').participants).toEqual(['Harwell Brothers']);
  });

  it('reads "the event" as the story\'s main happening so far, not the last thing told', () => {
    const text =
      'Lund unveils new jet\n\nLund Aircraft unveiled its new L787 jet in Oslo on Sunday.\n\nSunday was chosen as its date matches the number of the jet.\n\nThe event was attended by 15,000 people.';
    expect(event(text, 'event', '2007-07-09').participants).toEqual(['Lund Aircraft', 'L787']);
  });

  it('reads the head of an apposition past a hyphened word ("the fourth-largest investment bank")', () => {
    const text =
      'Lindale Holdings, the fourth-largest investment bank in Norway, filed for bankruptcy on Monday. Harwell Motors agreed to buy Storby Air. The bank listed debts of $6 billion.';
    expect(event(text, 'listed', '2021-05-19').participants).toEqual(['Lindale Holdings']);
  });
});

it('is, of two bodies the noun described, the one the article names more ("the British bank Carvey" told in passing)', () => {
  const text =
    'Norland Brothers, the largest investment bank in Vestia, filed for bankruptcy on Monday. Halden Trust and the British bank Carvey had held talks to buy Norland. Norland shares lost 94 percent on Monday. In June, the bank reported a loss of $2.8 billion.';
  expect(event(text, 'reported', '2008-09-16').participants).toEqual(['Norland Brothers']);
  // Named as often, the one described last.
  const even =
    'Norland Brothers, the largest investment bank in Vestia, filed for bankruptcy on Monday. Halden Trust and the British bank Carvey had held talks to buy it. In June, the bank reported a loss of $2.8 billion.';
  expect(event(even, 'reported', '2008-09-16').participants).toEqual(['Carvey']);
});

describe('"it" after a report', () => {
  it('is the country that reports, not the company named before ("Norway said it would buy")', () => {
    const text = 'Harwell closed the mill on Monday. Norway said it would buy the mill.';
    expect(event(text, 'buy', '2021-05-19').participants).toEqual(['Norway']);
    // An exchange named as its index: "Nasdaq said it would cancel trades".
    const index = 'Harwell shares fell 20 percent. The Lund Composite said it would cancel trades.';
    expect(event(index, 'cancel', '2021-05-19').participants).toEqual(['Lund Composite']);
  });

  it('is the index the sentence before was about ("The index fell. It then rebounded")', () => {
    const text =
      'Harwell Motors cut 500 jobs on Monday. The Lund Composite Index fell 998 points. It then rebounded.';
    expect(event(text, 'rebounded', '2021-05-19').participants).toEqual(['Lund Composite Index']);
  });

  it('gives a move noun set off after a move the mover ("the index lost 18 percent, the biggest weekly drop")', () => {
    const text =
      'Harwell Motors cut 500 jobs on Monday. For the week, the Lund 40 index lost 18 percent, the biggest weekly drop since 1931.';
    expect(event(text, 'drop', '2021-05-19').participants).toEqual(['Lund 40']);
    // Not an indefinite one, which tells another ("lost 18 percent, a drop seen once before").
    const other =
      'Harwell Motors cut 500 jobs on Monday. For the week, the Lund 40 index lost 18 percent, a drop seen once before.';
    expect(event(other, 'drop', '2021-05-19').participants).toEqual([]);
  });

  it('is who did a dated participle to its possessive\'s thing ("its record close, reached on May 9")', () => {
    const text =
      'Harwell Motors cut 500 jobs on Monday. The Lund 40 index remains 4 percent below its record close of 9,164, reached on May 9.';
    expect(event(text, 'reached', '2021-05-19').participants).toEqual(['Lund 40']);
  });

  it('is the subject of a main clause whose verb tells no event ("Lund Bank became … when it was seized")', () => {
    const text =
      'Harwell Motors cut 500 jobs on Monday. On Friday, Lund Bank became the largest bank failure in history when it was seized by regulators.';
    expect(event(text, 'seized', '2021-05-19').participants).toEqual(['Lund Bank']);
    // So is the "it" of the clause a joined verb goes on from: "seized … and sold".
    const sold =
      'Harwell Motors cut 500 jobs on Monday. On Friday, Lund Bank became the largest bank failure in history when it was seized by regulators and sold to Orlin.';
    expect(event(sold, 'sold', '2021-05-19').participants).toContain('Lund Bank');
  });

  it('is the index its sentence opened with, named before its noun ("the Lund 40 index gained … after it lost")', () => {
    const text =
      'Harwell Motors cut 500 jobs on Monday. The Lund 40 index gained 1.1 percent on Thursday, recovering some of the 9.4 percent it lost on Wednesday.';
    expect(event(text, 'lost', '2021-05-21').participants).toEqual(['Lund 40']);
    // Not a name before some other noun: "the Lund 40 companies" are no index.
    const companies =
      'Harwell Motors cut 500 jobs on Monday. The Lund 40 companies gained 1.1 percent on Thursday, after it lost 9.4 percent on Wednesday.';
    expect(event(companies, 'lost', '2021-05-21').participants).toEqual(['Harwell Motors']);
  });

  it('is the index a description stood for in a sentence that told no event ("the index was down")', () => {
    const text =
      'Harwell Motors cut 500 jobs on Monday. The Lund Composite Index fell 998 points. At its lowest point, the index was down 9 percent. It closed at 10,520.';
    expect(event(text, 'closed', '2021-05-19').participants).toEqual(['Lund Composite Index']);
  });

  it('is the index a description stood for past an aside set off by commas ("the index, known as the LCI, was down")', () => {
    const aside =
      'Harwell Motors cut 500 jobs on Monday. The Lund Composite Index fell 998 points. The index, known for years as the LCI, was down 9 percent. It closed at 10,520.';
    expect(event(aside, 'closed', '2021-05-19').participants).toEqual(['Lund Composite Index']);
  });

  it('is the subject of the clause that governs it, not the sentence\'s first ("while Harwell gained after it said")', () => {
    const text =
      'Lund rose 11 percent, while Harwell gained 6 percent after it said it expected profit to fall.';
    expect(event(text, 'said', '2021-05-19').participants).toEqual(['Harwell']);
  });

  it('is never a group of people named by its plural ("Republicans blamed …")', () => {
    const text =
      'Harwell closed the mill on Monday. Republicans blamed the mayor. It said it would reopen the mill.';
    expect(event(text, 'reopen', '2021-05-19').participants).toEqual(['Harwell']);
  });
});

describe('"their" in the next sentence', () => {
  it('is the people the main clause is about, not one doing something in a clause aside', () => {
    const text =
      'Four months before President Maria Olsen leaves office, Erik Lund is racing after Nils Moe to secure a deal. Their meetings have multiplied.';
    expect(event(text, 'meetings', '2021-05-19').participants).toEqual(['Erik Lund', 'Nils Moe']);
  });
});

describe('the "I" of a quotation', () => {
  it('is the person its report names, before or after it', () => {
    const text =
      'Harwell closed the mill on Monday. “I dread the coming months,” said Anna Berg. Berg said: “I will fight the closure.”';
    expect(event(text, 'dread', '2021-05-19').participants).toEqual(['Anna Berg']);
    expect(event(text, 'fight', '2021-05-19').participants).toEqual(['Anna Berg']);
  });
});

describe('the subject a next sentence\'s "it" stands for', () => {
  it("is the main clause's named subject, a passive's patient too", () => {
    const text =
      'Larkspur jet lands in Oslo\n\nThe Larkspur L300 landed in Oslo on Monday, where Norwind Air waited. It was flown by a crew of six. It carried 500 people.';
    expect(event(text, 'flown', '2021-05-19').participants).toEqual(['Larkspur L300']);
    expect(event(text, 'carried', '2021-05-19').participants).toEqual(['Larkspur L300']);
  });
});

describe('"the shares"', () => {
  it('are the shares of the company the story is about, not of the banks named last ("The shares opened at $42.05")', () => {
    const text =
      "Lindale's shares closed at $38.23 on Friday. Lindale sold them to investors. Harwell Trust, Ostrava Capital and Norwind Bank managed the offering. The shares opened at $42.05 on Monday.";
    const opened = event(text, 'opened', '2012-05-23');
    expect(opened.participants).toEqual(['Lindale']);
    expect(opened.title).toBe('Lindale shares open at $42.05');
  });

  it('are no stake ("the share in Lindale held by the state")', () => {
    const text =
      'Lindale shares closed at $38.23 on Friday. Harwell bought the share in Ostrava held by the state on Monday.';
    expect(event(text, 'bought', '2012-05-23').participants).not.toContain('Lindale');
  });
});

describe('the subject a next sentence\'s "it" stands for, with no event to tell it', () => {
  it('is the product the sentence opens with ("The Orbix has no keyboard and is controlled …")', () => {
    const text =
      'Ann Berg introduced the Orbix on Tuesday. “Today, Lindale reinvents the phone,” Berg said. The Orbix has no keyboard and is controlled with the fingers. It will go on sale in June.';
    const sale = event(text, 'sale', '2007-01-10');
    expect(sale.participants).toEqual(['Orbix']);
    expect(sale.title).toBe('Orbix goes on sale');
  });

  it('is not the body of the title a person subject holds ("Lindale chief executive Ann Berg introduced …")', () => {
    const text =
      'Lindale chief executive Ann Berg introduced the Orbix on Tuesday. It will go on sale in June.';
    const sale = event(text, 'sale', '2007-01-10');
    expect(sale.participants).not.toContain('Lindale');
    expect(sale.title).toBe('Orbix goes on sale');
  });
});

describe('undergoingSubjectReferent', () => {
  const context: Referents = { ...nobody, lastSubject: 'Larkspur K300' };

  it('reads a passive\'s "it" as what the story is about ("It was flown to Bergen")', () => {
    const { words, event } = read('It was flown to Bergen.', 'flown');
    expect(undergoingSubjectReferent(words, event, context)).toBe('Larkspur K300');
  });

  it('reads a passive\'s "he" or "she" as the person named last ("She was invited to meet")', () => {
    const { words, event } = read('She was invited to meet the mayor.', 'invited');
    expect(undergoingSubjectReferent(words, event, { ...context, lastPerson: 'Anna Berg' })).toBe(
      'Anna Berg',
    );
  });

  it('leaves the "it" of "was announced" or "reported" unnamed: a plan or a figure, seldom the company', () => {
    const { words, event } = read('The loss could grow before it is reported.', 'reported');
    expect(undergoingSubjectReferent(words, event, context)).toBeNull();
  });
});

describe('the person a next sentence\'s "he" stands for', () => {
  it('is whom the last sentence was about, not someone it named after', () => {
    const text =
      'Erik Lund died on Monday. Lund founded Harwell with Nils Moe in 1976. He left Harwell in 1985.';
    expect(event(text, 'left', '2021-05-19').participants).toContain('Erik Lund');
  });

  it('is whom the last sentence named, when that one is the more talked about', () => {
    const text =
      'Erik Lund was convicted on Monday. Lund showed no emotion. Judge Nils Moe ordered Lund to stay home. Prosecutors had asked that he be jailed.';
    expect(event(text, 'jailed', '2021-05-19').participants).toContain('Erik Lund');
  });

  it("is the speaker of a quotation, not the quotation's subject", () => {
    const text =
      'Erik Lund resigned on Friday. “Erik Lund has decided to step down,” Nils Moe said. He said the board would meet.';
    expect(event(text, 'said', '2021-05-19', 1).participants).toEqual(['Nils Moe']);
  });
});

describe('a definite description', () => {
  it('is the product named last whose name ends in its noun ("the iWatch … The watch will launch"), not for several or named ones', () => {
    const text =
      'Lindale unveiled the iWatch on Tuesday. The watch will launch in Europe in June. Early Norwind watches will launch too.';
    expect(event(text, 'launch', '2021-05-19').participants).toContain('iWatch');
    expect(event(text, 'launch', '2021-05-19', 1).participants).not.toContain('iWatch');
  });
});

describe('"they" after a company\'s shares', () => {
  it('is the shares of the company the story names most, titled as the shares', () => {
    const text = [
      'Lindale reported strong growth on Wednesday.',
      "Lindale's shares rose 30 percent on Thursday, after Norvik Bank raised its forecast.",
      'The shares are still below the $38 at which they were sold.',
      'On September 4, they closed at $17.73.',
    ].join(' ');
    const closed = event(text, 'closed', '2013-07-26');
    expect(closed.participants).toEqual(['Lindale']);
    expect(closed.title).toBe('Lindale shares close at $17.73');
  });

  it('is not the shares when people were the subject before it', () => {
    const text = 'Shares of Lindale rose after analysts said they had bought more of them.';
    expect(event(text, 'bought', '2013-07-26').participants).not.toContain('Lindale');
  });
});

describe('a description of a product', () => {
  it('stands for the product named last of those whose name ends in its noun ("the xPhone … the Lumo Pad … the phone")', () => {
    const known = { ...nobody, lastProduct: 'Lumo Pad', products: ['xPhone', 'Lumo Pad'] };
    const phone = read('The phone sold well.', 'sold');
    expect(pronounAgent(phone.words, phone.event, known)).toBe('xPhone');
    const device = read('The device sold well.', 'sold');
    expect(pronounAgent(device.words, device.event, known)).toBe('Lumo Pad');
  });

  it('reads "the device" and "the computer" as the product named last', () => {
    const text =
      'Lindale unveiled the Lumo X2 on Tuesday. The device went on sale on Friday. The computer sold out on Saturday.';
    expect(event(text, 'sale', '2021-05-24').participants).toContain('Lumo X2');
    expect(event(text, 'sold', '2021-05-24').participants).toContain('Lumo X2');
  });
});

describe('"they"', () => {
  it('is no company when people were the subject before it ("The jurors deliberated. They found")', () => {
    const text =
      'Harwell sued Lindale in May. The jurors deliberated for three days. They found that Lindale had copied the design.';
    expect(event(text, 'found', '2021-05-19').participants).toEqual([]);
    const crowd =
      'Harwell Bank closed on Friday. Hundreds of people erupted in anger when they heard the news.';
    expect(event(crowd, 'heard', '2021-05-19').participants).toEqual([]);
  });

  it('is a people named by their plural before it ("The Rebels won it in 1990, when they beat Harwell")', () => {
    const text =
      'Harwell Rovers lost the final on Sunday. The Rebels last won the cup in 1990, when they beat Harwell Rovers.';
    expect(event(text, 'beat', '2021-05-19').participants).toContain('Rebels');
    const next = `${text} Last week they beat Lindale United.`;
    expect(event(next, 'beat', '2021-05-19', 1).participants).not.toContain('Harwell Rovers');
  });

  it('is one of the names joined as its clause\'s subject ("Erik Lund and Nils Moe met … when they visited")', () => {
    const text =
      'Harwell Bank said it would help. Erik Lund and Nils Moe began the talks last week, when they visited Oslo.';
    expect(event(text, 'visited', '2021-05-19').participants).toContain('Nils Moe');
    expect(event(text, 'visited', '2021-05-19').participants).not.toContain('Harwell Bank');
  });
});
