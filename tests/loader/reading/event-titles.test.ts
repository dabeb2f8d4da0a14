import { describe, expect, it } from 'vitest';
import {
  intendedTitle,
  namePossessor,
  phraseText,
  presentTense,
  writeTitle,
} from '../../../src/loader/reading/event-titles.ts';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import { at, tag } from './tagged.ts';

/** The title of the event written `trigger`, read from the sentence for real. */
function title(text: string, trigger: string, agentName: string | null = null): string {
  const words = tag(text);
  const event = readSentence(words).events.find((e) => e.trigger === at(words, trigger));
  if (!event) throw new Error(`no event "${trigger}"`);
  return writeTitle({ words, text, event, agentName });
}

describe('writeTitle', () => {
  it('writes subject, present-tense verb and object, names whole', () => {
    expect(
      title('Northrop Grumman and EADS defeated Boeing to win a massive order.', 'defeated'),
    ).toBe('Northrop Grumman and EADS defeat Boeing');
  });

  it('writes a subject counted out of a group whole and plural ("Six of the region\'s leading mills cut output")', () => {
    expect(
      title("Six of the region's leading mills, including Harwell, cut output on Monday.", 'cut'),
    ).toBe("Six of the region's leading mills cut output");
  });

  it('writes a gerund after an article as the noun it is ("Reopening of markets")', () => {
    expect(
      title(
        'The index fell 7 percent, its worst drop since the reopening of markets.',
        'reopening',
      ),
    ).toBe('Reopening of markets');
  });

  it('writes a past form with a "by" phrase and no object as the passive it is ("Harwell backed by shareholders")', () => {
    expect(title('The bid will fail unless backed by shareholders.', 'backed', 'Harwell')).toBe(
      'Harwell backed by shareholders',
    );
    // A "by" that measures stays active.
    expect(title('Shares in Lund dropped by no less than 10 percent.', 'dropped')).toBe(
      'Shares in Lund drop by no less than 10 percent',
    );
  });

  it('makes the verb agree with one person\'s two titles joined by "and" ("president and chief executive says")', () => {
    expect(title('The president and chief executive of Harwell said it fell.', 'said')).toBe(
      'President and chief executive of Harwell says',
    );
    expect(title('Workers and managers said it fell.', 'said')).toBe('Workers and managers say');
  });

  it('makes the verb agree with a group of people named by its plural ("Republicans vote")', () => {
    expect(title('Most Republicans voted against the plan.', 'voted')).toBe(
      'Most Republicans vote against plan',
    );
    expect(title('Democrats opposed the plan.', 'opposed', 'Democrats')).toBe(
      'Democrats oppose plan',
    );
    // Not a firm whose name has no singular.
    expect(title('Barclays opposed the plan.', 'opposed', 'Barclays')).toBe(
      'Barclays opposes plan',
    );
  });

  it('keeps "over" with no object of its own ("takes over from")', () => {
    expect(title('Anna Berg will take over from Nils Moe in June.', 'take')).toBe(
      'Anna Berg takes over from Nils Moe',
    );
  });

  it('never cuts a list of names: whole when short, else its first item', () => {
    expect(
      title(
        'In Europe, the governments of Norway, the Faroe Islands and Iceland agreed to it.',
        'agreed',
      ),
    ).toBe('Governments of Norway, the Faroe Islands and Iceland agree to it');
    expect(
      title(
        'The mayors of Bergen, Moss, Lund, Oslo, Tromsø, Kiel, Hamar, Molde and Bodø agreed to it.',
        'agreed',
      ),
    ).toBe('Mayors of Bergen agree to it');
  });

  it('writes "out of" whole, once, and takes no phrase from past a comma', () => {
    expect(title('Norwind will fly the jet out of Oslo.', 'fly')).toBe('Norwind flies jet');
    expect(title('Norwind will fly daily out of Oslo.', 'fly')).toBe('Norwind flies out of Oslo');
    expect(title('The mill will run out of money.', 'run')).toBe('Mill runs out of money');
    expect(title('The airport opened in May, the worst of which was a fire.', 'opened')).toBe(
      'Airport opens in May',
    );
  });

  it('keeps the possessive a firm is named with ("Larsen\'s said"), not one that owns a noun', () => {
    expect(title("Larsen's reported higher sales.", 'reported')).toBe(
      "Larsen's reports higher sales",
    );
    expect(title("Larsen's shares fell.", 'fell')).toBe("Larsen's shares fall");
  });

  it('keeps the case of a name with an inner capital, and the amount after a particle', () => {
    expect(title('eLoom sales slowed in May.', 'slowed')).toBe('eLoom sales slow in May');
    expect(title('Ashby has laid off more than 1,200 workers.', 'laid')).toBe(
      'Ashby lays off more than 1,200 workers',
    );
  });

  it('writes a counted people as plural ("115 Norwegians return")', () => {
    expect(title('115 Norwegians returned home.', 'returned')).toBe('115 Norwegians return');
    expect(title("Ukraine's military did not confirm the claim.", 'confirm')).toBe(
      "Ukraine's military confirms claim",
    );
  });

  it('writes a singular subject with "-s" and keeps a prepositional object', () => {
    expect(title('The union filed for bankruptcy.', 'filed')).toBe('Union files for bankruptcy');
  });

  it('keeps a plural subject plural: the writer\'s present agrees, and "people", "police"', () => {
    expect(title('Investigators look for the recorder.', 'look')).toBe(
      'Investigators look for recorder',
    );
    expect(title('The police arrested two men.', 'arrested')).toBe('Police arrest two men');
    expect(title('It cuts jobs.', 'cuts', 'Harwell')).toBe('Harwell cuts jobs');
    // The head before a preposition decides: "politicians in Norway", "a group of unions".
    expect(title('Several politicians in Norway expressed anger.', 'expressed')).toBe(
      'Several politicians express anger',
    );
    expect(title('A group of unions signed the letter.', 'signed')).toBe(
      'Group of unions signs letter',
    );
    // A base form far from its subject follows a modal, not a plural.
    expect(title('Harwell should buy the mill, repair it and run it.', 'run')).toBe(
      'Harwell runs it',
    );
  });

  it('keeps a past written as its base singular ("Harwell beat forecasts" → "Harwell beats")', () => {
    expect(title('Harwell beat forecasts earlier in the week.', 'beat')).toBe(
      'Harwell beats forecasts',
    );
  });

  it('writes a passive with its participle and its "by" agent', () => {
    expect(title('The maiden flight was delayed by Airbus.', 'delayed')).toBe(
      'Maiden flight delayed by Airbus',
    );
  });

  it('never cuts an amount ("a capital infusion of US$ 30 billion")', () => {
    expect(title('The state gave Harwell a capital infusion of US$ 30 billion.', 'gave')).toBe(
      'State gives Harwell a capital infusion of US$ 30 billion',
    );
  });

  it('counts a hyphenated compound as one word of a title ("for a debt-for-equity swap")', () => {
    expect(title('Harwell called for a large debt-for-equity swap.', 'called')).toBe(
      'Harwell calls for large debt-for-equity swap',
    );
  });

  it('writes the subject of a passive reporting verb, and no bare "it"', () => {
    expect(title('The merger was announced in May.', 'announced')).toBe('Merger announced');
    expect(title('The loss could grow before it is reported to the regulator.', 'reported')).toBe(
      'Reported to regulator',
    );
  });

  it('says the name a passive\'s "it" stands for', () => {
    const text = 'It was flown to Bergen.';
    const words = tag(text);
    const event = readSentence(words).events.find((e) => e.trigger === at(words, 'flown'))!;
    expect(writeTitle({ words, text, event, agentName: null, patientName: 'Larkspur K300' })).toBe(
      'Larkspur K300 flown',
    );
  });

  it('says whose a title that opens with a possessive pronoun is ("Its sales" → "Harwell\'s sales")', () => {
    expect(namePossessor('Its sales in Norway', [{ name: 'Harwell' }])).toBe(
      "Harwell's sales in Norway",
    );
    expect(namePossessor('Its pensions', [{ name: 'Harwell Brothers' }])).toBe(
      "Harwell Brothers' pensions",
    );
    // A name that is a possessive already: "McDonald's sales", not "McDonald's' sales".
    expect(namePossessor('Its sales', [{ name: "Lindqvist's" }])).toBe("Lindqvist's sales");
    expect(namePossessor('Their talks', [{ name: 'Berg' }, { name: 'Lund' }])).toBe(
      "Berg and Lund's talks",
    );
    expect(
      namePossessor('Their talks', [{ name: 'Berg' }, { name: 'Lund' }, { name: 'Moe' }]),
    ).toBe("Berg, Lund and Moe's talks");
    expect(namePossessor('Its sales', [])).toBe('Its sales');
    expect(namePossessor('Prime Minister: its success', [{ name: 'Norwind Air' }])).toBe(
      "Norwind Air's success",
    );
    expect(namePossessor('Prime Minister: its success', [])).toBe('Prime Minister: its success');
    // With no one named, a relative "whose" is dropped: no headline's word.
    expect(namePossessor('Whose troubles', [])).toBe('Troubles');
    expect(namePossessor('Lund: whose yields', [])).toBe('Lund: yields');
    expect(namePossessor('Talks: their own plans', [{ name: 'Berg' }])).toBe("Berg's own plans");
  });

  it('says the name a too long description ends on', () => {
    expect(
      title(
        "The country's largest old steel mill owner Harwell Brothers closed the mill.",
        'closed',
      ),
    ).toBe('Harwell Brothers closes mill');
  });

  it('writes an object pronoun that does a verb as a subject ("allow them to cease")', () => {
    expect(title('The deal will allow them to cease trading.', 'cease')).toBe('They cease trading');
  });

  it('says the name for a pronoun agent when given one', () => {
    expect(title('It delayed the flight.', 'delayed', 'Airbus')).toBe('Airbus delays flight');
    // The verb agrees with the name, not with the words it stands for ("The planes").
    expect(title('The planes will start flying in May.', 'start', 'Larkspur K300')).toBe(
      'Larkspur K300 starts',
    );
  });

  it('writes no pronoun before a nominal ("This caused a controversy" → "Controversy")', () => {
    expect(title('This caused a controversy over the fares.', 'controversy')).toBe(
      'Controversy over fares',
    );
  });

  it('writes a nominal with its complement and its agent', () => {
    expect(title('The bakery could lose the deal with the chain.', 'deal')).toBe(
      'Bakery: deal with chain',
    );
  });

  it('agrees a capitalised plural subject with the verb ("Investors voiced fears")', () => {
    expect(title('Investors voiced fears.', 'voiced')).toBe('Investors voice fears');
  });
});

describe('presentTense', () => {
  it('adds -s, -es and -ies as English does', () => {
    expect(presentTense('file', false)).toBe('files');
    expect(presentTense('push', false)).toBe('pushes');
    expect(presentTense('fly', false)).toBe('flies');
    expect(presentTense('say', false)).toBe('says');
  });

  it('knows the irregular "is", "has", "goes"', () => {
    expect(presentTense('be', false)).toBe('is');
    expect(presentTense('have', false)).toBe('has');
    expect(presentTense('go', false)).toBe('goes');
  });

  it('keeps the lemma for a plural subject, and "are" for "be"', () => {
    expect(presentTense('file', true)).toBe('file');
    expect(presentTense('be', true)).toBe('are');
  });
});

describe('intendedTitle', () => {
  it('writes the infinitive a verb of intent goes on to, as the object of its title ("vows to work with Norway")', () => {
    const text = 'Moscow vowed to work with Norway on a response.';
    const words = tag(text);
    const events = readSentence(words).events;
    const work = events.find((e) => e.trigger === at(words, 'work'))!;
    const vowed = events.find((e) => e.trigger === at(words, 'vowed'))!;
    const intended = intendedTitle({ words, text, event: work });
    expect(intended).toBe('to work with Norway');
    expect(writeTitle({ words, text, event: vowed, agentName: null, intended })).toBe(
      'Moscow vows to work with Norway',
    );
  });
});

describe('phraseText', () => {
  it('drops leading articles and never ends on "of"', () => {
    const text = 'The collapse of the biggest regional savings and loan bank shocked us.';
    const words = tag(text);
    expect(phraseText(words, text, { first: 0, last: 1 })).toBe('collapse');
    expect(phraseText(words, text, { first: 0, last: 2 })).toBe('collapse');
    expect(phraseText(words, text, null)).toBeNull();
  });

  it('never ends on "and a" or a possessive, and a possessive alone says nothing', () => {
    const text = 'The mill reported a loss of $2 million and a fall in sales to its owners.';
    const words = tag(text);
    expect(phraseText(words, text, { first: 3, last: at(words, 'a', 1) })).toBe(
      'loss of $2 million',
    );
    expect(phraseText(words, text, { first: at(words, 'its'), last: at(words, 'its') })).toBeNull();
  });

  it('never ends on a possessive apostrophe ("of Harwell Brothers\' massive new jets")', () => {
    const text = "Qatar has a previous order for two of Harwell Brothers' massive new jets.";
    const words = tag(text);
    const phrase = { first: at(words, 'previous') - 1, last: at(words, 'jets') };
    expect(phraseText(words, text, phrase, 8)).toBe('previous order for two of Harwell Brothers');
  });

  it('never cuts a name: runs on to its end when near, else ends before it', () => {
    const text = 'The premier of the Olvan state of North Rhine-Westphalia spoke.';
    const words = tag(text);
    const phrase = { first: 0, last: at(words, 'Westphalia') };
    expect(phraseText(words, text, phrase)).toBe(
      'premier of the Olvan state of North Rhine-Westphalia',
    );
    const long =
      'A letter to the Deputy Undersecretary of State Anna Maria Berg Halvorsen Lind came.';
    const longWords = tag(long);
    expect(phraseText(longWords, long, { first: 0, last: at(longWords, 'Lind') }, 3)).toBe(
      'letter',
    );
  });

  it('never cuts a compound before its noun: runs on to it when near, else ends before the compound', () => {
    const text = 'The members of the rate-setting committee voted.';
    const words = tag(text);
    const phrase = { first: 0, last: at(words, 'committee') };
    expect(phraseText(words, text, phrase, 4)).toBe('members of the rate-setting committee');
    const policy = 'The members of the policy review committee voted.';
    const policyWords = tag(policy);
    const policyPhrase = { first: 0, last: at(policyWords, 'committee') };
    expect(phraseText(policyWords, policy, policyPhrase, 4)).toBe(
      'members of the policy review committee',
    );
    expect(phraseText(policyWords, policy, policyPhrase, 2)).toBe('members');
  });

  it('cuts a long phrase to its limit, never after an adjective whose noun it cuts off', () => {
    const text = 'The collapse of the biggest regional savings and loan bank shocked us.';
    const words = tag(text);
    expect(phraseText(words, text, { first: 0, last: at(words, 'bank') }, 6)).toBe(
      'collapse of the biggest regional savings',
    );
    // "collapse of the biggest" would leave "biggest" without its noun.
    expect(phraseText(words, text, { first: 0, last: at(words, 'bank') }, 4)).toBe('collapse');
    const fears = 'Fears of a cold winter and low inventories pushed prices up.';
    const fearWords = tag(fears);
    expect(phraseText(fearWords, fears, { first: 0, last: at(fearWords, 'inventories') })).toBe(
      'Fears of a cold winter',
    );
  });
});
