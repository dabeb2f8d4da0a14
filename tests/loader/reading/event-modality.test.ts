import { describe, expect, it } from 'vitest';
import { modalityOf, type ModalityInput } from '../../../src/loader/reading/event-modality.ts';
import type { VerbGroup } from '../../../src/loader/reading/verb-groups.ts';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import { at, tag } from './tagged.ts';

const group = (change: Partial<VerbGroup> = {}): VerbGroup => ({
  head: 0,
  first: 0,
  tense: 'past',
  passive: false,
  modal: null,
  negated: false,
  ...change,
});

const input = (change: Partial<ModalityInput> = {}): ModalityInput => ({
  words: tag('Ships sailed.'),
  group: group(),
  trigger: 1,
  segmentType: 'main',
  governor: null,
  governorModality: null,
  ...change,
});

/** The modality the sentence reader gives the event written `trigger`. */
function modality(text: string, trigger: string): string | undefined {
  const words = tag(text);
  return readSentence(words).events.find((event) => event.trigger === at(words, trigger))?.modality;
}

describe('modalityOf', () => {
  it('reads what a vote decides as planned ("voted to leave"), not what goes with the vote', () => {
    expect(modality('The region voted on Sunday to leave the federation.', 'leave')).toBe(
      'scheduled',
    );
    expect(
      modality('The House voted against the bill, with 95 members opposing it.', 'opposing'),
    ).toBe('actual');
  });

  it('reads a plain past as actual', () => {
    expect(modalityOf(input())).toBe('actual');
  });

  it('reads an -ing form a deferring noun\'s preposition takes as put off ("a delay on repaying its debts"), not one after a comma', () => {
    expect(modality('Lindale asked for a six-month delay on repaying its debts.', 'repaying')).toBe(
      'scheduled',
    );
    expect(
      modality('Orders were cancelled due to the delays, making the jet dearer.', 'making'),
    ).toBe('actual');
  });

  it('reads what someone is accused of, or an alleged act, as possible ("accused him of sexual harassment"), not what a court convicted of', () => {
    expect(modality('A contractor accused him of sexual harassment.', 'harassment')).toBe(
      'possible',
    );
    expect(modality('Police are investigating the alleged theft.', 'theft')).toBe('possible');
    expect(modality('He was convicted of fraud.', 'fraud')).toBe('actual');
  });

  it('denies what nearly happened ("had nearly collapsed"), not a multiple "nearly" measures ("nearly doubled")', () => {
    expect(modality('The bank had nearly collapsed last week.', 'collapsed')).toBe('denied');
    expect(modality('The franc almost reached parity.', 'reached')).toBe('denied');
    expect(modality('Profit nearly doubled in the quarter.', 'doubled')).toBe('actual');
  });

  it('reads a perfect infinitive as done ("are predicted to have dipped", "is thought to have drawn"), unless planned', () => {
    expect(modality('Sales are predicted to have dipped in March.', 'dipped')).toBe('actual');
    expect(modality('The jet is thought to have drawn 840 orders.', 'drawn')).toBe('actual');
    expect(modality('Lindale plans to have finished the mill by June.', 'finished')).toBe(
      'scheduled',
    );
  });

  it('reads a negated group as denied, before anything else', () => {
    expect(modalityOf(input({ group: group({ negated: true, modal: 'could' }) }))).toBe('denied');
  });

  it('reads a conditional clause and "could" as possible', () => {
    expect(modalityOf(input({ segmentType: 'conditional' }))).toBe('possible');
    expect(modalityOf(input({ group: group({ modal: 'could', tense: 'present' }) }))).toBe(
      'possible',
    );
  });

  it('reads what a "that" clause demands as expected, not what it claims ("insisted that the union agree")', () => {
    expect(modality('The senators insisted that the union agree to cuts.', 'agree')).toBe(
      'expected',
    );
    expect(modality('The mayor demanded that Harwell repay the loan.', 'repay')).toBe('expected');
    expect(modality('The mayor insisted that the plan worked.', 'worked')).toBe('actual');
    // A passive's bare "be" is as much a subjunctive.
    expect(modality('The mayor had asked that he be jailed at once.', 'jailed')).toBe('expected');
  });

  it("reads what a denial's clause claims as denied, not what is said beside it", () => {
    const denied = 'Tom Hale denied that he would resign, saying he had the support of the board.';
    expect(modality(denied, 'resign')).toBe('denied');
    expect(modality(denied, 'saying')).toBe('actual');
    const lead =
      'The mill denied that it was losing its lead, saying it still sold half the flour.';
    expect(modality(lead, 'losing')).toBe('denied');
    expect(modality(lead, 'sold')).toBe('actual');
    expect(modality('The mill denied that creating jobs was a factor.', 'creating')).toBe('actual');
  });

  it('reads what an act right before "to" is for as still to come ("won a contract to supply", "talks to end")', () => {
    expect(modality('Larkspur won a contract to supply jets to the navy.', 'supply')).toBe(
      'scheduled',
    );
    expect(modality('The two sides held talks to end the strike.', 'end')).toBe('scheduled');
    // A level reached is a result, done: "extended its rally to close at 9,387".
    expect(modality('The Lund index extended its rally to close at 9,387.', 'close')).toBe(
      'actual',
    );
  });

  it('reads a reported "would" as a plan told, scheduled ("announced that it would cut")', () => {
    expect(modality('Lindale announced that it would cut 500 jobs.', 'cut')).toBe('scheduled');
    // Not a "would" of a clause no report governs.
    expect(modality('Lindale would cut 500 jobs if sales fell.', 'cut')).toBe('possible');
  });

  it('reads the future as scheduled', () => {
    expect(modalityOf(input({ group: group({ tense: 'future' }) }))).toBe('scheduled');
  });

  it('reads what "expect" governs as expected and what "plan" governs as scheduled', () => {
    const infinitive = group({ tense: 'infinitive' });
    expect(modalityOf(input({ group: infinitive, governor: 'expect' }))).toBe('expected');
    expect(modalityOf(input({ group: infinitive, governor: 'plan' }))).toBe('scheduled');
  });

  it("lets an infinitive inherit its governing event's modality", () => {
    const infinitive = group({ tense: 'infinitive' });
    expect(
      modalityOf(input({ group: infinitive, governor: 'win', governorModality: 'denied' })),
    ).toBe('denied');
    expect(
      modalityOf(input({ group: infinitive, governor: 'win', governorModality: 'possible' })),
    ).toBe('possible');
    expect(
      modalityOf(input({ group: infinitive, governor: 'win', governorModality: 'actual' })),
    ).toBe('actual');
  });

  it("reads a headline's bare infinitive with no governor as scheduled", () => {
    expect(modalityOf(input({ group: group({ tense: 'infinitive' }) }))).toBe('scheduled');
  });

  it('reads a nominal after a fear word as expected and after "no" as denied', () => {
    const fears = tag('Investors voiced fears of a collapse.');
    expect(modalityOf(input({ words: fears, group: null, trigger: at(fears, 'collapse') }))).toBe(
      'expected',
    );
    // "than expected" compares: worse than expected sales are sales.
    const worse = tag('Worse than expected sales hit the mill.');
    expect(modalityOf(input({ words: worse, group: null, trigger: at(worse, 'sales') }))).toBe(
      'actual',
    );
    const none = tag('The talks ended with no agreement.');
    expect(modalityOf(input({ words: none, group: null, trigger: at(none, 'agreement') }))).toBe(
      'denied',
    );
  });
});

describe('modality read from sentences: what is put off', () => {
  it('reads a nominal after "delay" and the subject of a passive "delayed" as scheduled', () => {
    expect(modality('The yard paid for the long delay in delivery of the ship.', 'delivery')).toBe(
      'scheduled',
    );
    expect(modality('The launch of the new ferry has been postponed.', 'launch')).toBe('scheduled');
    // "delayed after an accident": the accident happened.
    expect(modality('The test flight was delayed after an accident.', 'accident')).toBe('actual');
  });
});

describe('modality read from sentences', () => {
  it('"did not cut" is denied, "could lose" possible, "will deliver" scheduled', () => {
    expect(modality('The company did not cut prices.', 'cut')).toBe('denied');
    expect(modality('The bakery could lose the contract.', 'lose')).toBe('possible');
    expect(modality('The yard will deliver the ship.', 'deliver')).toBe('scheduled');
  });

  it('a definite event a past act is doubted or denied of is actual ("whether a glitch caused the drop", "did not cause the explosion")', () => {
    const asked = 'Engineers are studying whether a glitch caused the drop.';
    expect(modality(asked, 'drop')).toBe('actual');
    expect(modality(asked, 'caused')).toBe('possible');
    expect(modality('The leak did not cause the explosion.', 'explosion')).toBe('actual');
    // Not an indefinite one ("whether a glitch caused a drop"), nor one of an act to come.
    expect(modality('Engineers are studying whether a glitch caused a drop.', 'drop')).toBe(
      'possible',
    );
    expect(modality('The strike could delay the launch.', 'launch')).not.toBe('actual');
  });

  it('"fears of a collapse" is expected and "plans to cut" scheduled', () => {
    expect(modality('Investors voiced fears of a collapse.', 'collapse')).toBe('expected');
    expect(modality('The bank is planning to cut costs.', 'cut')).toBe('scheduled');
  });

  it('"will focus on cutting costs, raising fares and selling ships": the -ing forms are scheduled', () => {
    const text = 'The board will focus on cutting costs, raising fares and selling two ships.';
    expect(modality(text, 'cutting')).toBe('scheduled');
    expect(modality(text, 'raising')).toBe('scheduled');
    expect(modality(text, 'selling')).toBe('scheduled');
    // Under a verb that is done, as done: "focused on cutting costs".
    expect(modality('The board focused on cutting costs.', 'cutting')).toBe('actual');
  });

  it('"expected to start delivering": an -ing form right after its verb shares its modality', () => {
    const text = 'The jets are expected to start flying in May.';
    expect(modality(text, 'flying')).toBe('expected');
    expect(modality('The jets started flying in May.', 'flying')).toBe('actual');
  });

  it('an -ing form after the object of "keep" or "spend" shares its verb\'s modality ("will spend two years studying"), not one describing a noun', () => {
    expect(modality('The rover will spend two years studying the crater.', 'studying')).toBe(
      'scheduled',
    );
    expect(modality('The lab plans to keep the collider running until March.', 'running')).toBe(
      'scheduled',
    );
    expect(modality('Vostra will buy a company making chips.', 'making')).toBe('actual');
  });

  it('a bare verb completing "help" or "send" shares its modality ("would also send help"), not a clause\'s own verb after a participle', () => {
    expect(modality('Dravia said it would also send help.', 'help')).toBe('scheduled');
    expect(
      modality('Half of the shops that are to be closed sell fewer than ten cars.', 'sell'),
    ).toBe('actual');
  });

  it('a negation in an infinitive\'s own clause denies it ("were not strong enough to claim a discovery"), not a "not only"', () => {
    expect(modality('The data were not strong enough to claim a discovery.', 'claim')).toBe(
      'denied',
    );
    expect(
      modality('She said the clinics did not have the staff to treat so many patients.', 'treat'),
    ).toBe('denied');
    expect(modality('The deal gives Lindale a chance not only to survive.', 'survive')).not.toBe(
      'denied',
    );
  });

  it('"if rates rose" is possible', () => {
    expect(modality('Analysts said that the lender would fail if rates rose.', 'rose')).toBe(
      'possible',
    );
  });

  it('what someone is told to do is wanted, not done: "urged the board to sell"', () => {
    expect(modality('The union urged the board to sell the mill.', 'sell')).toBe('expected');
    expect(modality('The minister told airlines to cancel the order.', 'cancel')).toBe('expected');
    // "forced" makes it happen.
    expect(modality('Regulators forced the board to sell the mill.', 'sell')).toBe('actual');
    // What someone offers to do is not done either: "offered to resign".
    expect(modality("The mill's chairman offered to resign.", 'resign')).toBe('expected');
  });

  it('an adjective after "be" makes its infinitive planned, expected or undone ("is due to report")', () => {
    expect(
      modality('Harwell said sales fell, while Norwind is due to report on Tuesday.', 'report'),
    ).toBe('scheduled');
    expect(modality('The mill is likely to close.', 'close')).toBe('expected');
    expect(modality('The mill was unable to sell its stake.', 'sell')).toBe('denied');
    // "was able to" tells it done; "is able to" that it may be.
    expect(modality('The mill was able to sell its stake.', 'sell')).toBe('actual');
    expect(modality('The mill is able to sell its stake.', 'sell')).toBe('possible');
  });

  it('a noun of intent makes its infinitive planned or sought ("a plan to rescue", "an effort to cut")', () => {
    expect(modality('The council rejected a plan to rescue the mill.', 'rescue')).toBe('scheduled');
    expect(modality('The bakery signed a deal to buy the mill.', 'buy')).toBe('scheduled');
    expect(modality('The bakery unveiled an effort to cut costs.', 'cut')).toBe('expected');
    expect(modality('The failure to sell the mill hurt the town.', 'sell')).toBe('denied');
    // Not "the first ferry to cross the lake", nor a decision, which is most often carried out.
    expect(modality('The regulator made the decision to ban the ferry.', 'ban')).toBe('actual');
  });

  it('an infinitive with its own subject after "for" is awaited, not done ("the date for Lund to deliver")', () => {
    const awaited = 'This matches the expected date for Lund to deliver its new ferry.';
    expect(modality(awaited, 'deliver')).toBe('expected');
    expect(modality('The union called for the board to sell the mill.', 'sell')).toBe('expected');
    // Not after a duration: the plant opened.
    expect(modality('It took two years for the plant to open.', 'open')).toBe('actual');
  });

  it('what is kept from happening did not happen: "to avoid a strike", "failed to agree"', () => {
    expect(modality('The mill cut wages in an effort to avoid a strike.', 'strike')).toBe('denied');
    expect(modality('The two unions failed to agree on a contract.', 'agree')).toBe('denied');
    expect(modality('The board refused to sell the mill.', 'sell')).toBe('denied');
    // "rejected the merger": a merger was proposed; whether it happens is not said.
    expect(modality('The board escaped a strike.', 'strike')).toBe('denied');
    expect(modality('The board rejected the merger.', 'merger')).toBe('actual');
  });

  it('a nominal keeps being actual under a verb that presupposes it ("failed to end the strike")', () => {
    expect(modality('The talks failed to end the strike.', 'strike')).toBe('actual');
    expect(modality('The board did not announce a merger.', 'merger')).toBe('denied');
  });

  it('a nominal keeps being actual under a factive verb ("would not reveal the agreement")', () => {
    expect(modality('Neither firm would reveal the agreement it reached.', 'agreement')).toBe(
      'actual',
    );
    expect(modality('Neither firm would announce a merger.', 'merger')).toBe('denied');
  });

  it('a present in a time clause of a future is scheduled ("will step down when the sale closes")', () => {
    expect(modality('The chief will step down when the sale closes.', 'closes')).toBe('scheduled');
    expect(modality('The jet will land after it leaves Oslo.', 'leaves')).toBe('scheduled');
    // Under a past, the present is what it says.
    expect(modality('The chief stepped down when the sale closes.', 'closes')).toBe('actual');
  });

  it('what is put off is still to come ("delayed the launch", "to postpone the vote")', () => {
    expect(modality('Engine troubles delayed the launch of the ferry.', 'launch')).toBe(
      'scheduled',
    );
    expect(modality('The board decided to postpone the vote.', 'vote')).toBe('scheduled');
  });

  it('reads a noun its own phrase puts in question as not done ("any decision", "talks on a ceasefire", "a strike is likely")', () => {
    expect(modality('Lindale had not agreed to any merger with Corran.', 'merger')).toBe(
      'possible',
    );
    expect(modality('The ministers held talks on a ceasefire.', 'ceasefire')).toBe('possible');
    expect(modality('The council delayed a vote on the merger.', 'merger')).toBe('possible');
    expect(modality('A second strike was highly likely.', 'strike')).toBe('expected');
    expect(modality('A merger is unlikely, analysts said.', 'merger')).toBe('possible');
    // Not what the adjective's infinitive tells of, nor another preposition's noun.
    expect(modality('The merger is unlikely to receive approval.', 'merger')).toBe('actual');
    expect(modality('The ministers held talks after the ceasefire.', 'ceasefire')).toBe('actual');
  });

  it('reads what is called for as wanted ("called for an investigation")', () => {
    expect(modality('The council called for an immediate investigation.', 'investigation')).toBe(
      'expected',
    );
    expect(modality('The council ordered an investigation.', 'investigation')).toBe('actual');
  });

  it("reads a ranked noun's infinitive as done as its clause ('the last earthquake to strike the area destroyed')", () => {
    expect(
      modality('The last major earthquake to strike the area destroyed the town.', 'strike'),
    ).toBe('actual');
    expect(modality('Corran will be the first airline to fly the jet.', 'fly')).toBe('scheduled');
    // An adverb ranks no noun: "engineers first need to check" is a need.
    expect(
      modality(
        'The rover will not move, because engineers first need to check its wheels.',
        'check',
      ),
    ).toBe('expected');
  });

  it('reads what is considered as possible, and what is not considered as not done', () => {
    expect(
      modality('Lindale said it would consider compensating its customers.', 'compensating'),
    ).toBe('possible');
    expect(modality('Corran had been considering a rival bid.', 'bid')).toBe('possible');
    expect(modality('Corran was not considering a merger.', 'merger')).toBe('denied');
  });

  it('reads a reported hope as a hope ("said he hoped Lindale would sell")', () => {
    expect(modality('Brill said he hoped Lindale would sell ten ships.', 'sell')).toBe('expected');
    expect(modality('Brill said Lindale would sell ten ships.', 'sell')).toBe('scheduled');
  });

  it('reads the claims a verb rejects as denied ("rejected all claims that Corran had copied")', () => {
    expect(
      modality(
        "The jury rejected all of Lindale's claims that Corran had copied its designs.",
        'copied',
      ),
    ).toBe('denied');
  });

  it('"a chance of a strike" is possible', () => {
    expect(modality('Analysts see a 40 percent chance of a strike.', 'strike')).toBe('possible');
  });

  it.todo(
    'reads "Unless the talks resume, the strike continues" with "resume" possible (got actual: a sentence-initial conditional opens no segment)',
  );
});
