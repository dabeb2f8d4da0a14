import { describe, expect, it } from 'vitest';
import {
  acquisitionAntecedent,
  actAntecedent,
  isAcquisitionAnaphor,
  isActAnaphor,
  purchaseOfDealPhrase,
} from '../../../src/loader/reading/act-anaphors.ts';
import { readSentence } from '../../../src/loader/reading/read-sentence.ts';
import type { EventDraft } from '../../../src/loader/article-draft.ts';
import { eventDraft } from '../event-draft-fixture.ts';
import { at, tag } from './tagged.ts';

/** Whether the noun written `trigger` in `text` tells an act again (by `test`'s reading). */
function tellsAgain(text: string, trigger: string, test = isActAnaphor): boolean {
  const words = tag(text);
  const event = readSentence(words).events.find((e) => e.trigger === at(words, trigger));
  if (!event) throw new Error(`no event "${trigger}"`);
  return test(words, event);
}

describe('isActAnaphor', () => {
  // A "move" pointed back to is an act told before; one that names its own act, or is
  // one more ("a move"), or several ("steps"), is not.
  it.each([
    ['The move comes after a loss.', 'move', true],
    ['This decision is a blow to the union.', 'decision', true],
    ["Critics welcomed the firm's decision.", 'decision', true],
    ["Halvorsen Shipping's surprise move was criticised.", 'move', true],
    ['Analysts called its latest step unprecedented.', 'step', true],
    ['The measure comes on top of earlier cuts.', 'measure', true],
    ['It was a bold move by the board.', 'move', false],
    ['The decision of the court surprised the lawyers.', 'decision', false],
    ['The move to Oslo cost millions.', 'move', false],
    ['The decision on Ostrava Steel was delayed.', 'decision', false],
    ['The board took the remedial steps the auditors asked for.', 'steps', false],
  ])('%s ("%s": %s)', (text, trigger, expected) => {
    expect(tellsAgain(text, trigger)).toBe(expected);
  });
});

describe('actAntecedent', () => {
  const mention = { article: 'a1', start: 0, end: 10, timex: null, trigger: null };
  /** An act of `doer`'s told on one day, of `fields`' kind and salience. */
  const act = (lemma: string, doer: string, fields: Partial<EventDraft>) =>
    eventDraft({
      lemma,
      start: '2009-11-04',
      mention,
      participants: [doer],
      roles: [{ name: doer, role: 'agent' }],
      ...fields,
    });
  const cut = act('cut', 'Harwell', { kind: 'job-cuts', salience: 0.6 });
  const said = act('say', 'Harwell', { kind: 'statement', eventClass: 'REPORTING', salience: 0.9 });
  const protest = act('protest', 'Unite', { salience: 0.3 });
  const fell = act('fall', 'Harwell', { kind: 'market-move', salience: 0.9 });

  it("takes the story's most salient act, not the latest, nor a saying or a market's move", () => {
    expect(actAntecedent([], [cut, said, fell, protest])).toBe(cut);
  });

  it('takes the act of the doer its words name ("the union\'s move")', () => {
    expect(actAntecedent(['Unite'], [cut, protest])).toBe(protest);
    expect(actAntecedent(['Ostrava'], [cut, protest])).toBeUndefined();
  });

  it('takes no happening that no one did, nor a meeting ("Floods hit Arden", "met Karimi")', () => {
    const floods = { ...cut, roles: [{ name: 'Arden', role: 'patient' as const }] };
    const met = { ...protest, kind: 'meeting' as const, salience: 0.9 };
    expect(actAntecedent([], [floods, met])).toBeUndefined();
  });

  it('takes no act that did not happen, nor a noun of no kind ("lower its expenditures")', () => {
    const denied = { ...cut, modality: 'denied' as const };
    const expenditures = {
      ...protest,
      lemma: 'expenditure',
      nominal: true as const,
      salience: 0.9,
    };
    expect(actAntecedent([], [denied, expenditures])).toBeUndefined();
  });
});

describe('isAcquisitionAnaphor', () => {
  it.each([
    ['The deal was backed by the central bank.', 'deal', true],
    ['Analysts said the takeover would help Lund.', 'takeover', true],
    ["Critics attacked Norwind's acquisition.", 'acquisition', true],
    ['Lund signed a deal with the union.', 'deal', false],
    ['The deal between Lund and Berg was revived.', 'deal', false],
    ['The purchase of the mill took a year.', 'purchase', false],
    ['The move comes after a loss.', 'move', false],
  ])('%s ("%s": %s)', (text, trigger, expected) => {
    expect(tellsAgain(text, trigger, isAcquisitionAnaphor)).toBe(expected);
  });
});

describe('acquisitionAntecedent', () => {
  const mention = { article: 'a1', start: 0, end: 10, timex: null, trigger: null };
  /** A purchase-like report of `doer`'s, of `fields`' modality and salience. */
  const report = (lemma: string, doer: string, fields: Partial<EventDraft> = {}) =>
    eventDraft({
      lemma,
      kind: 'deal',
      start: '2008-03-16',
      mention,
      participants: [doer],
      roles: [{ name: doer, role: 'agent' }],
      ...fields,
    });
  const buy = report('buy', 'Lund', { salience: 0.8 });
  const jets = report('buy', 'Berg', { salience: 0.3 });
  const delivery = report('delivery', 'Lund', { salience: 0.9 });

  it("takes the story's most salient purchase, not a later one nor a delivery", () => {
    expect(acquisitionAntecedent('deal', [], [buy, jets, delivery])).toBe(buy);
    expect(acquisitionAntecedent('deal', ['Berg'], [buy, jets])).toBe(jets);
    // Either side named will do: "The deal gives Norwind the headquarters of Lund".
    const bought = { ...buy, participants: ['Lund', 'Orlin Bank'] };
    expect(acquisitionAntecedent('deal', ['Orlin Bank'], [bought, jets])).toBe(bought);
  });

  it('takes the last report of its own word family, if it happened ("sought to acquire Lund … the acquisition")', () => {
    const sought = report('acquire', 'Norwind', { modality: 'possible' });
    expect(acquisitionAntecedent('acquisition', [], [buy, sought])).toBeUndefined();
    const acquired = report('acquire', 'Norwind', { salience: 0.2 });
    expect(acquisitionAntecedent('acquisition', [], [buy, acquired])).toBe(acquired);
    // A deal is no purchase's word: the most salient purchase.
    expect(acquisitionAntecedent('deal', [], [buy, acquired])).toBe(buy);
  });
});

describe('purchaseOfDealPhrase', () => {
  /** The trigger of the purchase the deal written `trigger` brings in, if any. */
  function purchaseOf(text: string, trigger: string): string | undefined {
    const words = tag(text);
    const { events } = readSentence(words);
    const deal = events.find((e) => e.trigger === at(words, trigger));
    if (!deal) throw new Error(`no event "${trigger}"`);
    const purchase = purchaseOfDealPhrase(words, deal, events);
    return purchase && words[purchase.trigger]?.text;
  }

  it('takes "in a deal" for the purchase its sentence told before it', () => {
    expect(
      purchaseOf('Norwind agreed to buy Lund Bank, in a deal brokered by the Fed.', 'deal'),
    ).toBe('buy');
    expect(
      purchaseOf('Lund sold its mills to Berg in a $2 billion transaction.', 'transaction'),
    ).toBe('sold');
  });

  it('takes no deal of another phrase, nor one no purchase comes before', () => {
    expect(
      purchaseOf('Norwind bought Lund Bank, and the deal was praised.', 'deal'),
    ).toBeUndefined();
    expect(purchaseOf('In a deal with the union, Lund raised wages.', 'deal')).toBeUndefined();
  });
});
