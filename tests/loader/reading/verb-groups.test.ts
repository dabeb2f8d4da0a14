import { describe, expect, it } from 'vitest';
import { findVerbGroups, isPastForm } from '../../../src/loader/reading/verb-groups.ts';
import { at, tag } from './tagged.ts';

/** The verb group whose head is the word written `head`. */
function group(text: string, head: string) {
  const words = tag(text);
  const found = findVerbGroups(words).find((g) => g.head === at(words, head));
  if (!found) throw new Error(`no verb group at "${head}" in: ${text}`);
  return { ...found, firstWord: words[found.first]?.text };
}

describe('findVerbGroups', () => {
  it('reads no verb in a participle between an article with its modifiers and a noun ("the next scheduled meeting")', () => {
    const words = tag('The next scheduled meeting of the board is on May 9.');
    expect(findVerbGroups(words).map((g) => words[g.head]?.text)).toEqual([]);
    // A finite verb after a subject's determiner stays one: "This also raised questions".
    const raised = tag('This also raised questions about the board.');
    expect(findVerbGroups(raised).map((g) => raised[g.head]?.text)).toEqual(['raised']);
  });

  it('reads the participle of an absolute "with" as a passive ("…, with the firm Harwell appointed to run it")', () => {
    const text =
      'The unit was placed in administration, with the firm Harwell appointed to run it.';
    expect(group(text, 'appointed').passive).toBe(true);
    // Not a clause's own verb after a "with" phrase: "equipped with new tubes suffered".
    const own = 'A jet equipped with the new tubes suffered problems.';
    expect(group(own, 'suffered').passive).toBe(false);
  });

  it('reads a participle set off by commas after a noun, with its phrases, as a passive ("The suits, filed in Oslo, were"), not a verb after its subject', () => {
    expect(group('The suits, filed in Oslo, were dismissed.', 'filed').passive).toBe(true);
    expect(group('Harwell, based in Oslo, said on Monday it would close.', 'based').passive).toBe(
      true,
    );
    expect(group('The rally came after markets rose.', 'came').passive).toBe(false);
    expect(group('The bank, its owner, said in May it would close.', 'said').passive).toBe(false);
  });

  it('reads a one-word date between an auxiliary and its verb as an adverb of the group ("could now begin")', () => {
    const words = tag('The country could now begin its transition.').map((word) =>
      word.text === 'now' ? { ...word, pos: 'X' as const } : word,
    );
    const begin = findVerbGroups(words).find((g) => words[g.head]?.text === 'begin');
    expect(begin).toMatchObject({ modal: 'could', first: 2 });
    // A date of several words is no adverb of it: "has in recent years been struggling".
    const years = tag('It has in recent years been struggling.').map((word) =>
      ['in', 'recent', 'years'].includes(word.text) ? { ...word, pos: 'X' as const } : word,
    );
    const struggling = findVerbGroups(years).find((g) => years[g.head]?.text === 'struggling');
    expect(years[struggling?.first ?? -1]?.text).toBe('been');
  });

  it('keeps a "not" to its own group, not one after "and" with an auxiliary of its own', () => {
    const words = tag('The mill was not sold and would close in May.').map((word) =>
      // The tagger's scope of the "not" runs on to the end of the sentence.
      word.start > 12 ? { ...word, negated: true } : word,
    );
    const groups = findVerbGroups(words);
    const head = (text: string) => groups.find((g) => words[g.head]?.text === text);
    expect(head('sold')?.negated).toBe(true);
    expect(head('close')?.negated).toBe(false);
  });

  it('reads a simple past', () => {
    expect(group('The ferry sailed at dawn.', 'sailed')).toMatchObject({
      tense: 'past',
      passive: false,
      modal: null,
      negated: false,
      firstWord: 'sailed',
    });
  });

  it('reads a verb whose past is its base as past after a singular subject ("the index shed", not "the banks cut")', () => {
    expect(group('The Kospi in Seoul shed 5 percent.', 'shed').tense).toBe('past');
    expect(group('The central bank cut its rate.', 'cut').tense).toBe('past');
    expect(group('The central banks cut their rates.', 'cut').tense).toBe('present');
    // Past the adverbs between them: "The bank also cut its dividend".
    expect(group('The bank also cut its quarterly dividend.', 'cut').tense).toBe('past');
    expect(group('The banks also cut their dividends.', 'cut').tense).toBe('present');
    // A clause's own subject after "after": "rose after the Bank of Lund cut its rate".
    expect(group('Stocks rose after the Bank of Lund cut its rate.', 'cut').tense).toBe('past');
    // "has a deadline set at June 1": the participle of another verb's object.
    expect(group('The firm has a deadline set at June 1.', 'set').tense).not.toBe('past');
  });

  it('reads "has announced" as perfect and "had been published" as a pluperfect passive', () => {
    expect(group('The carmaker has announced a recall.', 'announced')).toMatchObject({
      tense: 'perfect',
      passive: false,
      firstWord: 'has',
    });
    expect(group('The report had been published before the vote.', 'published')).toMatchObject({
      tense: 'pluperfect',
      passive: true,
      firstWord: 'had',
    });
  });

  it('reads "was delayed" as a past passive', () => {
    expect(group('The launch was delayed by the builder.', 'delayed')).toMatchObject({
      tense: 'past',
      passive: true,
    });
  });

  it('reads "was cut" and "is shut" as passives: a participle written as its base', () => {
    expect(group("The mill's credit rating was cut.", 'cut')).toMatchObject({
      tense: 'past',
      passive: true,
    });
    expect(group('The mill is shut on Sundays.', 'shut')).toMatchObject({
      tense: 'present',
      passive: true,
    });
    expect(group('The mill cut its prices.', 'cut')).toMatchObject({ passive: false });
  });

  it('reads a participle after a comma with its "by" agent as a passive ("made by Larkspur")', () => {
    expect(group('The first K300, made by Larkspur, was delivered.', 'made')).toMatchObject({
      tense: 'participle',
      passive: true,
    });
    // A past written as its base: "the record, set by Lund Air".
    expect(group('The old record, set by Lund Air, was beaten.', 'set')).toMatchObject({
      tense: 'participle',
      passive: true,
    });
    expect(group('Profits, hit by costs, fell by a third.', 'fell')).toMatchObject({
      tense: 'past',
      passive: false,
    });
  });

  it('reads a participle right after its noun with a "by" agent, or set off with an infinitive, as a passive', () => {
    const operated = group('The mayor flew on a jet operated by Northwind Air.', 'operated');
    expect(operated).toMatchObject({ tense: 'participle', passive: true });
    const designed = group('The fins, designed to cut drag, are spare parts.', 'designed');
    expect(designed).toMatchObject({ tense: 'participle', passive: true });
    // Not a verb of its own after its subject: "Sales dropped by a third".
    expect(group('Sales dropped by a third.', 'dropped')).toMatchObject({ tense: 'past' });
  });

  it('reads a past form after an apposition, with no other verb in the clause, as the clause\'s verb ("The mill\'s owner, Ola Berg, offered to sell")', () => {
    expect(group("The mill's owner, Ola Berg, offered to sell it.", 'offered')).toMatchObject({
      tense: 'past',
      passive: false,
    });
    expect(group('Nine lenders, including Lund Bank, agreed to pay.', 'agreed')).toMatchObject({
      tense: 'past',
    });
    // A clause of its own after the comma is no verb of an aside: ", but the board refused".
    expect(
      group("The mill's owner, Ola Berg, offered to sell it, but the board refused.", 'offered'),
    ).toMatchObject({ tense: 'past' });
    // With the clause's verb before it, it is a participle: "are two kinds of fin, designed to".
    const before = group('They are two kinds of fin, designed to cut drag.', 'designed');
    expect(before).toMatchObject({ tense: 'participle', passive: true });
  });

  it('reads a form that is only ever a participle, right after its noun, as a passive ("a deal begun")', () => {
    expect(group('It was the result of a merger begun in May.', 'begun')).toMatchObject({
      tense: 'participle',
      passive: true,
    });
    // "given our record": a preposition before its object, not a passive.
    expect(group('We deserve new investment given our record.', 'given')?.passive ?? false).toBe(
      false,
    );
    // So is one set off by a comma after its noun: "The decision, taken at the end of …, came".
    const decision = 'The decision, taken at the end of a two-day meeting, came on Monday.';
    expect(group(decision, 'taken')).toMatchObject({ tense: 'participle', passive: true });
  });

  it.each([
    ['Lund Air said in a statement released on Monday that it would cut routes.', 'released'],
    ['Harwell invested in the plant built in 2004.', 'built'],
  ])(
    'reads a past form after the noun a preposition right after a verb governs as a passive: %s',
    (text, head) => {
      expect(group(text, head)).toMatchObject({ tense: 'participle', passive: true });
    },
  );

  // A clause's own subject: after "after", "than", before an object, or with a phrase of
  // the subject's ("investors in the region"), not of a verb right before it.
  it.each([
    ['Shares rose after the company reported on Monday.', 'reported'],
    ['The loss was far greater than analysts predicted.', 'predicted'],
    ['Shares rose in the morning, and the mill owners sold their stake.', 'sold'],
    ['Shares fell, as investors in the region reacted to the news.', 'reacted'],
  ])("keeps a past form after a noun its clause's own verb: %s", (text, head) => {
    expect(group(text, head)).toMatchObject({ tense: 'past', passive: false });
  });

  it('reads a headline\'s bare past form with no object as a passive ("Test flight delayed")', () => {
    const headline = (text: string, head: string) => {
      const words = tag(text);
      return findVerbGroups(words, true).find((g) => g.head === at(words, head))?.passive;
    };
    expect(headline('K300 test flight delayed after accident', 'delayed')).toBe(true);
    expect(headline('Larkspur allowed to bid for contracts again', 'allowed')).toBe(true);
    expect(headline('Larkspur delivered final K300 to Norwind', 'delivered')).toBe(false);
    expect(group('The flight delayed after the storm.', 'delayed').passive).toBe(false);
    // A sum after it is what the subject was fined or given; a move's amount is no sum.
    expect(headline('Norwind fined 290 million pounds over rate rigging', 'fined')).toBe(true);
    expect(headline('Family awarded $5 million after crash', 'awarded')).toBe(true);
    expect(headline('Orvex index jumped 14 percent', 'jumped')).toBe(false);
  });

  it('does not read a progressive "were meeting" as passive', () => {
    expect(group('Ministers were meeting in secret.', 'meeting')).toMatchObject({
      tense: 'past',
      passive: false,
    });
  });

  it('reads "will" as the future and "could" as a modal', () => {
    expect(group('The convoy will leave the port.', 'leave')).toMatchObject({
      tense: 'future',
      modal: null,
    });
    expect(group('The bakery could lose the contract.', 'lose')).toMatchObject({
      tense: 'present',
      modal: 'could',
    });
  });

  it('takes "has not yet" into the group and marks it negated', () => {
    expect(group('The company has not yet filed its report.', 'filed')).toMatchObject({
      tense: 'perfect',
      negated: true,
      firstWord: 'has',
    });
  });

  it('takes "since" between an auxiliary and its verb into the group ("has since increased")', () => {
    expect(group('The mill has since increased its output.', 'increased')).toMatchObject({
      tense: 'perfect',
      firstWord: 'has',
    });
  });

  it('marks "did not" and "never" as negation', () => {
    expect(group('The council did not approve the budget.', 'approve')).toMatchObject({
      tense: 'past',
      negated: true,
    });
    expect(group('The bank never repaid the loan.', 'repaid').negated).toBe(true);
  });

  it('reads "to win" as an infinitive that starts at "to"', () => {
    expect(group('The firms joined forces to win the order.', 'win')).toMatchObject({
      tense: 'infinitive',
      firstWord: 'to',
    });
  });

  it('gives a bare verb after "and" the modal of the verb it is coordinated with', () => {
    expect(group('Prices might fall and recover later.', 'recover')).toMatchObject({
      modal: 'might',
      tense: 'present',
    });
  });

  it('reads a verb after a name ending in "\'s" as the verb when a name owning its object follows ("Lund & Berg\'s cut Norland\'s rating")', () => {
    expect(group("On April 27, Lund & Berg's cut Norland's credit rating.", 'cut')).toBeDefined();
    // An -ing form there still describes the noun: "the firm's shrinking Harwell's share".
    const words = tag("The firm's shrinking Harwell's share worried analysts.");
    expect(findVerbGroups(words).map((g) => words[g.head]?.text)).toEqual(['worried']);
  });

  it('gives a past form after "and" the passive it is coordinated with ("was closed and demolished")', () => {
    expect(group('The old mill was closed and demolished in May.', 'demolished')).toMatchObject({
      passive: true,
      tense: 'past',
    });
    expect(group('The firm could be fined or suspended.', 'suspended')).toMatchObject({
      passive: true,
      modal: 'could',
    });
    // An object after it makes it active: "was hit by the strike and cut 900 jobs".
    expect(group('The mill was hit by the strike and cut 900 jobs.', 'cut').passive).toBe(false);
    // Nor after a comma, which closes the passive's clause.
    expect(
      group(
        'The bank cut its rate, the lowest since it was founded in 1694, and announced that it would sell bonds.',
        'announced',
      ).passive,
    ).toBe(false);
  });

  it('skips a participle between a determiner and a noun ("the proposed merger")', () => {
    const words = tag('The proposed merger collapsed.');
    expect(findVerbGroups(words).map((g) => words[g.head]?.text)).toEqual(['collapsed']);
    // And between a possessor and a noun: "Harwell's shrinking market share".
    const shrinking = tag(
      "Analysts blamed Harwell's shrinking market share and its falling sales.",
    );
    expect(findVerbGroups(shrinking).map((g) => shrinking[g.head]?.text)).toEqual(['blamed']);
  });
});

describe('isPastForm', () => {
  it('is true of regular and irregular pasts, false of the bare form', () => {
    const words = tag('Stocks rose after the bank filed and then plan.');
    expect(isPastForm(words[at(words, 'rose')]!)).toBe(true);
    expect(isPastForm(words[at(words, 'filed')]!)).toBe(true);
    expect(isPastForm(words[at(words, 'plan')]!)).toBe(false);
  });
});
