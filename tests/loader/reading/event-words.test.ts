import { describe, expect, it } from 'vitest';
import {
  eventClassOf,
  eventKindOf,
  inComplexPreposition,
  measuresTimeTaken,
  isAddedAmount,
  isComparisonVerb,
  isEventNounWord,
  isEventVerb,
  isOccasionInContext,
  isSessionFrame,
  isThemeOfVerb,
  keepsAtLevel,
} from '../../../src/loader/reading/event-words.ts';
import { askedAt, at, tag } from './tagged.ts';

const wordOf = (text: string, form: string) => {
  const words = tag(text);
  return words[at(words, form)]!;
};

describe('isComparisonVerb', () => {
  const comparison = askedAt(isComparisonVerb);

  it('reads a participle that only sets up a comparison as no event', () => {
    expect(comparison('Sales fell 17% compared to March.', 'compared')).toBe(true);
    expect(comparison('It arrived later than originally planned.', 'planned')).toBe(true);
    expect(comparison('Profits rose, as expected.', 'expected')).toBe(true);
  });

  it('keeps a verb of multiplying after "more than" as the change it is ("shares more than doubled")', () => {
    expect(comparison('Shares in Lund more than doubled.', 'doubled')).toBe(false);
    expect(comparison('Its profit more than tripled in May.', 'tripled')).toBe(false);
    expect(comparison('Profits rose more than expected.', 'expected')).toBe(true);
  });

  it('keeps the same verbs when they report something', () => {
    expect(comparison('The firm planned a new plant.', 'planned')).toBe(false);
    expect(comparison('Analysts compared the two offers.', 'compared')).toBe(false);
  });
});

describe('keepsAtLevel', () => {
  const keeps = askedAt(keepsAtLevel);

  it('reads "hold" with an object kept at a level as a decision ("held its rate at 5.25 percent")', () => {
    expect(keeps('The bank held its key rate at 5.25 percent.', 'held')).toBe(true);
    expect(keeps('The bank held rates steady.', 'held')).toBe(true);
    expect(keeps('Lund holds a 20 percent stake in Harwell.', 'holds')).toBe(false);
    expect(keeps('The bank held talks at its office.', 'held')).toBe(false);
  });
});

describe('isEventVerb', () => {
  it('takes an open-vocabulary main verb as an event', () => {
    expect(isEventVerb(wordOf('The regulator fined the airline.', 'fined'))).toBe(true);
    expect(isEventVerb(wordOf('The ferry sailed at dawn.', 'sailed'))).toBe(true);
  });

  it('rejects states and attitudes ("owns", "expects")', () => {
    expect(isEventVerb(wordOf('The family owns the newspaper.', 'owns'))).toBe(false);
    expect(isEventVerb(wordOf('The firm expects a profit.', 'expects'))).toBe(false);
    expect(isEventVerb(wordOf('The firm intends to sell.', 'intends'))).toBe(false);
    expect(isEventVerb(wordOf('He planned to sell the firm.', 'planned'))).toBe(false);
  });

  it('rejects verbs of what a thing can hold ("the jet seats 150 people")', () => {
    expect(isEventVerb(wordOf('The new ferry seats 300 passengers.', 'seats'))).toBe(false);
    expect(isEventVerb(wordOf('The hall accommodates 500 guests.', 'accommodates'))).toBe(false);
  });

  it('rejects light verbs and words that are no verbs', () => {
    expect(isEventVerb(wordOf('The mood seemed calm.', 'seemed'))).toBe(false);
    expect(isEventVerb(wordOf('The ferry sailed at dawn.', 'ferry'))).toBe(false);
  });
});

describe('isEventNounWord', () => {
  it('takes nouns of things that happen ("bankruptcy", "merger")', () => {
    expect(isEventNounWord(wordOf('The bankruptcy shocked investors.', 'bankruptcy'))).toBe(true);
    expect(isEventNounWord(wordOf('The merger collapsed.', 'merger'))).toBe(true);
  });

  it('takes nouns of a rise or fall, whatever WordNet files first ("further falls", "its biggest drop")', () => {
    expect(isEventNounWord(wordOf('Traders expect further falls.', 'falls'))).toBe(true);
    expect(isEventNounWord(wordOf('It was its biggest drop in years.', 'drop'))).toBe(true);
    expect(isEventNounWord(wordOf('The gains were wiped out.', 'gains'))).toBe(true);
  });

  it('rejects nouns news uses for things ("the market", "the government")', () => {
    expect(isEventNounWord(wordOf('The market fell.', 'market'))).toBe(false);
    expect(isEventNounWord(wordOf('The government fell.', 'government'))).toBe(false);
    // "a sign of closer ties" is an indication; "the signing" stays an event.
    expect(isEventNounWord(wordOf('It was a sign of closer ties.', 'sign'))).toBe(false);
    expect(isEventNounWord(wordOf('The signing took place in Oslo.', 'signing'))).toBe(true);
  });

  it('rejects a verb of a kind used as a noun for a thing ("head of finance", "sold land")', () => {
    expect(isEventNounWord(wordOf('Ina Berg, head of finance, resigned.', 'head'))).toBe(false);
    expect(isEventNounWord(wordOf('The mill sold land to the city.', 'land'))).toBe(false);
    expect(isEventNounWord(wordOf('The state of Ohio gave a loan.', 'state'))).toBe(false);
    expect(isEventNounWord(wordOf('She took the post of chairman.', 'post'))).toBe(false);
    // The act itself, though WordNet files the noun first as a boat.
    expect(isEventNounWord(wordOf('The launch of the ferry was put off.', 'launch'))).toBe(true);
    expect(isEventNounWord(wordOf('The talks ended.', 'talks'))).toBe(true);
  });

  it('rejects a capitalised noun, which names something', () => {
    const word = { ...wordOf('The merger collapsed.', 'merger'), text: 'Merger' };
    expect(isEventNounWord(word)).toBe(false);
  });

  it('rejects a noun that names a thing first, whatever its rarer senses ("jet")', () => {
    expect(isEventNounWord(wordOf('The jet will fly to Sydney.', 'jet'))).toBe(false);
    expect(isEventNounWord(wordOf('The flight was delayed.', 'flight'))).toBe(true);
  });

  it('takes a noun that is an act first even when its second sense is a time ("tour", not "time")', () => {
    expect(isEventNounWord(wordOf('The tour began in Oslo.', 'tour'))).toBe(true);
    expect(isEventNounWord(wordOf('The time was right.', 'time'))).toBe(false);
  });

  it('takes the nouns at the top of happenings, filed with the tops of things ("the event")', () => {
    const text = 'The event was attended by 15,000 people.';
    expect(isEventNounWord(wordOf(text, 'event'))).toBe(true);
    expect(isEventNounWord(wordOf(text, 'people'))).toBe(false);
  });

  it('finds a British spelling the tagger lemmatized the American way ("cancellation")', () => {
    const text = 'The cancellation followed two cancellations and large numbers of delays.';
    expect(isEventNounWord(wordOf(text, 'cancellation'))).toBe(true);
    expect(isEventNounWord(wordOf(text, 'cancellations'))).toBe(true);
    expect(isEventNounWord(wordOf(text, 'numbers'))).toBe(false);
  });
});

describe('inComplexPreposition', () => {
  const inside = askedAt(inComplexPreposition);

  it('reads the noun of "as a result of", "in response to" as no event', () => {
    expect(inside('As a result of the strike, the mill closed.', 'result')).toBe(true);
    expect(inside('The mill closed in response to the strike.', 'response')).toBe(true);
    // Elsewhere the same noun may tell something: "the result surprised analysts".
    expect(inside('The result of the vote surprised analysts.', 'result')).toBe(false);
    expect(inside('In the event of a strike, the mill will close.', 'event')).toBe(true);
    expect(inside('In order to cut costs, the mill closed.', 'order')).toBe(true);
    expect(inside('The order for 20 jets was cancelled.', 'order')).toBe(false);
    // "in charge of" is a role held; a charge laid is an event.
    expect(inside('Dahl has been in charge of its sales since 2001.', 'charge')).toBe(true);
    expect(inside('The charge of fraud was dropped.', 'charge')).toBe(false);
  });
});

describe('isSessionFrame', () => {
  const frame = askedAt(isSessionFrame);

  it('reads the session that times a move as no event ("in early trading")', () => {
    expect(frame('Copper fell 3 percent in early trading.', 'trading')).toBe(true);
    expect(frame('Orvik shares rose in after-hours trading on Monday.', 'trading')).toBe(true);
    expect(frame('The krone slid during thin holiday dealings.', 'dealings')).toBe(true);
    expect(frame('Stocks gave up their gains in the final hour of trading.', 'trading')).toBe(true);
  });

  it('keeps trading that is itself what happened', () => {
    expect(frame('Trading in Orvik shares was halted.', 'Trading')).toBe(false);
    expect(frame('Regulators stopped the trading of Orvik shares.', 'trading')).toBe(false);
  });
});

describe('isThemeOfVerb', () => {
  const theme = (text: string, noun: string, verb: string) => {
    const words = tag(text);
    return isThemeOfVerb(words, at(words, noun), words[at(words, verb)]!);
  };

  it('reads a thing held or said as what any verb acts on ("signed a contract", "exercised its options")', () => {
    expect(theme('The mill signed a contract.', 'contract', 'signed')).toBe(true);
    expect(theme('The airline exercised its options.', 'options', 'exercised')).toBe(true);
    expect(theme('The shipyard won a contract.', 'contract', 'won')).toBe(true);
  });

  it('reads a thing thought as what the verb acts on ("cut its rating", "changed its view")', () => {
    expect(theme("Fitch cut Zembla's credit rating.", 'rating', 'cut')).toBe(true);
    expect(theme('The council changed its view of the dam.', 'view', 'changed')).toBe(true);
    // Not an intention, an inquiry or a state of mind: TimeML's I_ACTION and I_STATE events.
    expect(theme('The mill presented a restructuring plan.', 'plan', 'presented')).toBe(false);
    expect(theme('Regulators opened an investigation.', 'investigation', 'opened')).toBe(false);
  });

  it("keeps what a report tells, a support verb's object and a period's result", () => {
    expect(theme('The mill reported losses of $6 million.', 'losses', 'reported')).toBe(false);
    expect(theme('The mill made an offer.', 'offer', 'made')).toBe(false);
    expect(theme('The mill posted its first annual loss.', 'loss', 'posted')).toBe(false);
    expect(theme('The mill posted a third-quarter profit.', 'profit', 'posted')).toBe(false);
  });
});

describe('isOccasionInContext', () => {
  const occasion = askedAt(isOccasionInContext);

  it('reads a noun that names a happening among other senses as one after a placing preposition or an undergoing verb', () => {
    expect(occasion('Berg returned after a medical leave of six months.', 'leave')).toBe(true);
    expect(occasion('Berg began his leave in March.', 'leave')).toBe(true);
    expect(occasion('Berg had surgery in 2004.', 'surgery')).toBe(true);
    expect(occasion('Lund shares fell after the delay.', 'delay')).toBe(true);
  });

  it('leaves it a thing elsewhere, or the subject of a clause the preposition opens', () => {
    expect(occasion('The leave was short.', 'leave')).toBe(false);
    expect(occasion('The surgery is a branch of medicine.', 'surgery')).toBe(false);
    expect(occasion('Lund shares fell after the delay was announced.', 'delay')).toBe(false);
    // Nor an event noun anyway ("after the flight"), nor one naming none ("after the mill").
    expect(occasion('Berg slept after the flight.', 'flight')).toBe(false);
    expect(occasion('Berg slept after the mill.', 'mill')).toBe(false);
  });
});

describe('eventClassOf', () => {
  it('gives TimeML classes: "said" REPORTING, "began" ASPECTUAL, else OCCURRENCE', () => {
    expect(eventClassOf(wordOf('The minister said little.', 'said'), 'verb')).toBe('REPORTING');
    expect(eventClassOf(wordOf('The strike ended quickly.', 'ended'), 'verb')).toBe('ASPECTUAL');
    expect(eventClassOf(wordOf('The ferry sailed at dawn.', 'sailed'), 'verb')).toBe('OCCURRENCE');
  });
});

describe('isAddedAmount', () => {
  it('reads "added 1 percent" or "added 50 points" as a gain, not "added that …"', () => {
    const gain = tag('The Orvex 50 added 1 percent.');
    expect(isAddedAmount(gain, at(gain, 'added'))).toBe(true);
    const points = tag('The Orvex 50 added 50 points.');
    expect(isAddedAmount(points, at(points, 'added'))).toBe(true);
    const said = tag('He added that sales rose 5 percent.');
    expect(isAddedAmount(said, at(said, 'added'))).toBe(false);
    const jobs = tag('The economy added 29,000 jobs.');
    expect(isAddedAmount(jobs, at(jobs, 'added'))).toBe(false);
  });
});

describe('eventKindOf', () => {
  it('reads a charge as legal only where the clause says so ("charged with fraud"), not a price or an accounting charge', () => {
    expect(eventKindOf('charge', new Set(['Lund', 'be', 'charge', 'with', 'fraud']))).toBe('legal');
    expect(eventKindOf('charge', new Set(['prosecutor', 'drop', 'the']))).toBe('legal');
    expect(eventKindOf('charge', new Set(['rate', 'which', 'it', 'bank', 'for', 'loan']))).toBe(
      'other',
    );
    expect(eventKindOf('charge', new Set(['record', 'of', '$', 'million']))).toBe('other');
  });

  it("reads a force of nature's strike and a seizure by officials as no military ones", () => {
    expect(eventKindOf('strike', new Set(['earthquake', 'coast']))).toBe('other');
    expect(eventKindOf('seize', new Set(['bank', 'regulator']))).toBe('other');
    expect(eventKindOf('seize', new Set(['rebel', 'town']))).toBe('military');
  });

  it('reads "left its rate unchanged" as no departure, "left Geneva" as one', () => {
    expect(eventKindOf('leave', new Set(['rate', 'unchanged']))).toBe('other');
    expect(eventKindOf('leave', new Set(['dow', '%', 'below', 'record']))).toBe('other');
    expect(eventKindOf('leave', new Set(['Geneva', 'on', 'Friday']))).toBe('departure');
  });

  it('reads "file" as a bankruptcy only with "bankruptcy" in the clause', () => {
    expect(eventKindOf('file', new Set(['bankruptcy']))).toBe('bankruptcy');
    expect(eventKindOf('file', new Set(['lawsuit']))).not.toBe('bankruptcy');
  });

  it('reads a strike by workers or a union as no military one ("the union called a strike")', () => {
    expect(eventKindOf('strike', new Set(['union', 'call']))).toBe('other');
    expect(eventKindOf('strike', new Set(['crew', 'vote']))).toBe('other');
    expect(eventKindOf('strike', new Set(['missile', 'city']))).toBe('military');
  });

  it('reads a withdrawal or a firing as military only near arms or troops ("withdrew its troops"; not "withdrew £2 billion", "fired its chief executive")', () => {
    expect(eventKindOf('withdraw', new Set(['customer', 'billion']))).toBe('other');
    expect(eventKindOf('withdraw', new Set(['offer']))).toBe('other');
    expect(eventKindOf('withdraw', new Set(['army', 'troop']))).toBe('military');
    expect(eventKindOf('fire', new Set(['board', 'executive']))).toBe('other');
    expect(eventKindOf('fire', new Set(['employee']))).toBe('job-cuts');
    expect(eventKindOf('fire', new Set(['soldier', 'protester']))).toBe('military');
    // So are a capture, a fight, a battle, a shot and a raid.
    expect(eventKindOf('capture', new Set(['half', 'market']))).toBe('other');
    expect(eventKindOf('capture', new Set(['rebel', 'town']))).toBe('military');
    expect(eventKindOf('battle', new Set(['legal', 'contract']))).toBe('other');
    expect(eventKindOf('shoot', new Set(['share', 'up']))).not.toBe('military');
    expect(eventKindOf('raid', new Set(['police', 'office']))).toBe('other');
  });

  it('reads words of business that war, death, travel or launches also use by what is near them', () => {
    // A conflict of interest, a killed deal, executed trades, a bank headed by someone, a
    // stress test, a general strike, assets seized by lenders.
    expect(eventKindOf('conflict', new Set(['interest']))).toBe('other');
    expect(eventKindOf('conflict', new Set(['syria']))).toBe('military');
    expect(eventKindOf('kill', new Set(['pentagon', 'deal']))).toBe('other');
    expect(eventKindOf('kill', new Set(['gunman', 'people']))).toBe('death');
    expect(eventKindOf('execute', new Set(['trade', 'price']))).toBe('other');
    expect(eventKindOf('head', new Set(['by', 'draghi']))).toBe('other');
    expect(eventKindOf('head', new Set(['to', 'geneva']))).toBe('departure');
    expect(eventKindOf('test', new Set(['bank', 'stress']))).toBe('other');
    expect(eventKindOf('test', new Set(['prototype']))).toBe('launch');
    expect(eventKindOf('strike', new Set(['general', 'call']))).toBe('other');
    expect(eventKindOf('seize', new Set(['lender', 'asset']))).toBe('other');
  });

  it('reads "cut" near "job" as job cuts and "meet" as a meeting', () => {
    expect(eventKindOf('cut', new Set(['job']))).toBe('job-cuts');
    expect(eventKindOf('meet', new Set())).toBe('meeting');
  });

  it('reads a quantity that grows or shrinks near a percentage as a market move', () => {
    for (const lemma of ['increase', 'decrease', 'plummet', 'spike', 'double', 'recover'])
      expect(eventKindOf(lemma, new Set(['%']))).toBe('market-move');
    // Not without a market word: "the city grew".
    expect(eventKindOf('grow', new Set(['city']))).not.toBe('market-move');
  });

  it('reads a level reached as a market move, a place reached as an arrival ("reached a record", "hit a low"; "reached Oslo")', () => {
    expect(eventKindOf('reach', new Set(['index', 'record']))).toBe('market-move');
    expect(eventKindOf('hit', new Set(['low']))).toBe('market-move');
    expect(eventKindOf('top', new Set(['gold', '$']))).toBe('market-move');
    expect(eventKindOf('reach', new Set(['ferry', 'oslo']))).toBe('arrival');
    // "The crisis hit car sales" hits no level.
    expect(eventKindOf('hit', new Set(['crisis', 'sale']))).not.toBe('market-move');
  });

  it('gives "other" to a lemma no rule lists', () => {
    expect(eventKindOf('zzzq', new Set())).toBe('other');
  });
});

describe('measuresTimeTaken', () => {
  /** Whether the verb of `lemma` in `text` measures time. */
  const measures = (text: string, lemma = 'take') => {
    const words = tag(text);
    return measuresTimeTaken(
      words,
      words.findIndex((word) => word.lemma === lemma),
    );
  };

  it('reads "It took Orlin 74 days to sell" and "it will take two years to build" as a measure of time', () => {
    expect(measures('It took Orlin Group 74 days to sell the first million.')).toBe(true);
    expect(measures('It will take two years to build the plant.')).toBe(true);
    // A taking: "Orlin took a stake", "it took control of the firm".
    expect(measures('Orlin took a stake in Lund.')).toBe(false);
    expect(measures('It took control of the firm to cut costs.')).toBe(false);
  });

  it('reads "Friday marks ten years since the attacks" as a measure of time, not "marked its biggest gain since 2008"', () => {
    expect(measures('Friday marks ten years since the attacks.', 'mark')).toBe(true);
    expect(measures('The index marked its biggest gain since 2008.', 'mark')).toBe(false);
  });
});
