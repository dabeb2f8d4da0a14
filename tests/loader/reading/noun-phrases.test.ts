import { describe, expect, it } from 'vitest';
import {
  phraseAround,
  phraseEndingBefore,
  phraseStartingAt,
} from '../../../src/loader/reading/noun-phrases.ts';
import { at, phraseOf, tag } from './tagged.ts';

describe('phraseEndingBefore', () => {
  it('joins two names with "and" into one subject ("Northrop Grumman and EADS")', () => {
    const text = 'Northrop Grumman and EADS defeated Boeing.';
    const words = tag(text);
    const phrase = phraseEndingBefore(words, at(words, 'defeated') - 1, 0);
    expect(phraseOf(words, text, phrase)).toBe('Northrop Grumman and EADS');
  });

  it('takes a name with its bracketed acronym before the noun it modifies ("Lund Group (LG) shares")', () => {
    const text = 'Lund Group (LG) shares plunged.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'plunged') - 1, 0))).toBe(
      'Lund Group (LG) shares',
    );
  });

  it('ends a list at "of": a comma before the head closes an opening phrase ("In Oslo, the mayors of Bergen and Moss")', () => {
    const text = 'In Oslo, the mayors of Bergen and Moss agreed to it.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'agreed') - 1, 0))).toBe(
      'the mayors of Bergen and Moss',
    );
    // A list after "of" goes whole: "the mayors of Bergen, Moss and Lund".
    const listed = 'The mayors of Bergen, Moss and Lund agreed to it.';
    const listWords = tag(listed);
    expect(
      phraseOf(listWords, listed, phraseEndingBefore(listWords, at(listWords, 'agreed') - 1, 0)),
    ).toBe('The mayors of Bergen, Moss and Lund');
  });

  it('takes a list of names whole, and a bracketed acronym inside it ("Lund (LN), Berg and Moe")', () => {
    const text = 'Lund Group (LG), Berg Motors and Moe Air have signed the deal.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'have') - 1, 0))).toBe(
      'Lund Group (LG), Berg Motors and Moe Air',
    );
    // A comma before one name alone ends the phrase: "In Oslo, Berg signed".
    const single = 'In Oslo, Berg signed the deal.';
    const singleWords = tag(single);
    expect(
      phraseOf(
        singleWords,
        single,
        phraseEndingBefore(singleWords, at(singleWords, 'signed') - 1, 0),
      ),
    ).toBe('Berg');
  });

  it('starts a new phrase at an article after a noun ("the day the deal was announced")', () => {
    const text = 'Shares fell on the day the merger was announced.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'was') - 1, 0))).toBe(
      'the merger',
    );
  });

  it('takes a compound whole whatever its first part\'s tag ("the now-cancelled deal")', () => {
    const text = 'They spoke against the now-cancelled deal.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseAround(words, at(words, 'deal'), 0, words.length - 1))).toBe(
      'the now-cancelled deal',
    );
  });

  it('opens no phrase with a possessive marker whose possessor lies before the floor', () => {
    const text = "He said today's plan will work.";
    const words = tag(text);
    const plan = at(words, 'plan');
    expect(phraseOf(words, text, phraseEndingBefore(words, plan, plan - 1))).toBe('plan');
  });

  it('takes the determiner and adjectives with the noun', () => {
    const text = 'The bankrupt regional airline collapsed.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'collapsed') - 1, 0))).toBe(
      'The bankrupt regional airline',
    );
  });

  it('keeps a hyphenated compound whole ("high-level talks", "Jean-Paul Okafor")', () => {
    const text = 'The high-level talks ended. Jean-Paul Okafor resigned.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'ended') - 1, 0))).toBe(
      'The high-level talks',
    );
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'resigned') - 1, 0))).toBe(
      'Jean-Paul Okafor',
    );
    // A dash between spaced words joins nothing: "the mill - closed".
    const spaced = 'They saw the mill - closed for years.';
    const spacedWords = tag(spaced);
    expect(
      phraseOf(spacedWords, spaced, phraseEndingBefore(spacedWords, at(spacedWords, 'mill'), 0)),
    ).toBe('the mill');
  });

  it('steps back over an adverb between a subject and its verb', () => {
    const text = 'The mill quietly closed.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, at(words, 'closed') - 1, 0))).toBe(
      'The mill',
    );
  });

  it('does not reach below the floor', () => {
    const text = 'The mill quietly closed.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseEndingBefore(words, 1, 1))).toBe('mill');
  });

  it('returns null when no nominal ends there', () => {
    const words = tag('Later it rained.');
    expect(phraseEndingBefore(words, 0, 0)).toBeNull();
  });
});

describe('phraseStartingAt', () => {
  it('takes "shares of General Motors" whole as an object', () => {
    const text = 'Investors sold shares of General Motors on Tuesday.';
    const words = tag(text);
    expect(
      phraseOf(words, text, phraseStartingAt(words, at(words, 'shares'), words.length - 1)),
    ).toBe('shares of General Motors');
  });

  it('takes an adverb that qualifies an adjective inside the phrase ("a very large plant")', () => {
    const text = 'Lund built a very large plant in May.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseStartingAt(words, at(words, 'a'), words.length - 1))).toBe(
      'a very large plant',
    );
  });

  it('ends before a span of time that measures a clause ("the order hours after …")', () => {
    const object = (text: string, first: string) => {
      const words = tag(text);
      return phraseOf(words, text, phraseStartingAt(words, at(words, first), words.length - 1));
    };
    expect(object('The judge issued the order hours after the appeal.', 'the')).toBe('the order');
    expect(object('Ashby closed the mill two weeks before the strike.', 'the')).toBe('the mill');
    // A count of days that is no span before a clause stays in the phrase.
    expect(object('Ashby gave the staff two days off.', 'the')).toBe('the staff two days');
  });

  it('goes on through a list of names that an "and" closes ("by Norway, the Faroe Islands and Iceland")', () => {
    const object = (text: string, first: string) => {
      const words = tag(text);
      return phraseOf(words, text, phraseStartingAt(words, at(words, first), words.length - 1));
    };
    expect(
      object('The bank was rescued by Norway, the Faroe Islands and Iceland on Sunday.', 'Norway'),
    ).toBe('Norway, the Faroe Islands and Iceland');
    expect(object('The court fined Lund, Berg, and Ostrava.', 'Lund')).toBe(
      'Lund, Berg, and Ostrava',
    );
    // No "and" closes "Norway, Sweden said": the comma ends the phrase.
    expect(object('The loan went to Norway, Sweden said.', 'Norway')).toBe('Norway');
  });

  it('keeps "more than" inside an amount ("lost more than half of its value")', () => {
    const text = 'The krona lost more than half of its value.';
    const words = tag(text);
    expect(
      phraseOf(words, text, phraseStartingAt(words, at(words, 'more'), words.length - 1)),
    ).toBe('more than half of its value');
  });

  it('takes a number and a compound noun ("10,000 job cuts")', () => {
    const text = 'The carmaker has announced 10,000 job cuts.';
    const words = tag(text);
    expect(
      phraseOf(words, text, phraseStartingAt(words, at(words, '10,000'), words.length - 1)),
    ).toBe('10,000 job cuts');
  });

  it('goes on through a date inside the phrase ("a second quarter loss")', () => {
    // The words of a date come in tagged X (read-events), as here.
    const text = 'Harwell reported a second quarter loss of $25 million.';
    const words = tag(text).map((word) =>
      word.text === 'second' || word.text === 'quarter' ? { ...word, pos: 'X' as const } : word,
    );
    expect(phraseOf(words, text, phraseStartingAt(words, at(words, 'a'), words.length - 1))).toBe(
      'a second quarter loss of $25 million',
    );
  });

  it('takes a compound whose first part is tagged otherwise ("a near-normal number")', () => {
    const text = 'It carried a near-normal number of passengers.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseStartingAt(words, at(words, 'a'), words.length - 1))).toBe(
      'a near-normal number of passengers',
    );
  });

  it('goes on through a hyphenated compound ("a debt-for-equity swap")', () => {
    const text = 'The plan calls for a debt-for-equity swap.';
    const words = tag(text);
    expect(
      phraseOf(words, text, phraseStartingAt(words, at(words, 'debt'), words.length - 1)),
    ).toBe('debt-for-equity swap');
  });

  it('goes on past "of" and a possessive, and ends on a percentage ("30% of its output")', () => {
    const text = 'The mill will idle 30% of its output. It sold some of their depots.';
    const words = tag(text);
    const from = (word: string) =>
      phraseOf(words, text, phraseStartingAt(words, at(words, word), words.length - 1));
    expect(from('30')).toBe('30% of its output');
    expect(from('some')).toBe('some of their depots');
    const short = 'Exports fell 12%.';
    const shortWords = tag(short);
    expect(phraseOf(shortWords, short, phraseStartingAt(shortWords, at(shortWords, '12'), 3))).toBe(
      '12%',
    );
  });

  it('reads a personal pronoun as a phrase of its own and a possessive as its opener', () => {
    const text = 'Officials told him about their plans.';
    const words = tag(text);
    expect(phraseOf(words, text, phraseStartingAt(words, at(words, 'him'), words.length - 1))).toBe(
      'him',
    );
    expect(
      phraseOf(words, text, phraseStartingAt(words, at(words, 'their'), words.length - 1)),
    ).toBe('their plans');
  });

  it('stops at the ceiling and past it gives nothing', () => {
    const text = 'Investors sold shares of General Motors on Tuesday.';
    const words = tag(text);
    const shares = at(words, 'shares');
    expect(phraseOf(words, text, phraseStartingAt(words, shares, shares))).toBe('shares');
    expect(phraseStartingAt(words, shares + 1, shares)).toBeNull();
  });

  it('does not start a phrase at a verb or end one on an adjective', () => {
    const text = 'The fleet grew very old.';
    const words = tag(text);
    expect(phraseStartingAt(words, at(words, 'grew'), words.length - 1)).toBeNull();
  });
});

describe('phraseAround', () => {
  it('takes a noun with its modifiers and a possessive pronoun before it', () => {
    const text = 'Delegates praised their long talks on Friday.';
    const words = tag(text);
    const talks = at(words, 'talks');
    expect(phraseOf(words, text, phraseAround(words, talks, 0, words.length - 1))).toBe(
      'their long talks',
    );
  });
});
