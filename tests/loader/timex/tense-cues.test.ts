import { describe, expect, it } from 'vitest';
import { cueDirection, REPORTED_WOULD } from '../../../src/loader/timex/tense-cues.ts';

/** Splits a sentence around `expression` into the word lists `cueDirection` reads. */
function cueOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  const before =
    sentence
      .slice(0, start)
      .toLowerCase()
      .match(/[a-z']+/g) ?? [];
  const rest = sentence.slice(start + expression.length).toLowerCase();
  const after = /^[^,;:.!?()]*/.exec(rest)?.[0].match(/[a-z']+/g) ?? [];
  return cueDirection(before, after, rest.match(/[a-z']+/g) ?? []);
}

describe('cueDirection', () => {
  it('marks a "would" a past saying reports ("said that he would meet them on Wednesday")', () => {
    expect(cueOf('He said that he would meet them on Wednesday.', 'Wednesday')).toEqual({
      direction: 'future',
      cue: REPORTED_WOULD,
    });
    // Not one no saying reports.
    expect(cueOf('He would meet them on Wednesday.', 'Wednesday')).toEqual({
      direction: 'future',
      cue: 'would',
    });
  });

  it.each([
    ['The Supreme Court on Thursday struck down the law.', 'Thursday', 'past', 'struck'],
    ['Republicans won control of the Senate in Tuesday elections.', 'Tuesday', 'past', 'won'],
    ['On Tuesday, the company said profit fell.', 'Tuesday', 'past', 'said'],
    [
      'For the fourth quarter, the loss narrowed to $1 million.',
      'the fourth quarter',
      'past',
      'narrowed',
    ],
    ['Forecasters said heavy rain could last through Wednesday.', 'Wednesday', 'future', 'could'],
    ['A dividend is payable Dec. 1 to holders of record Nov. 10.', 'Dec. 1', 'future', 'payable'],
    ['A dividend is payable Dec. 1 to holders of record Nov. 10.', 'Nov. 10', 'future', 'record'],
    ['The vote may come Thursday.', 'Thursday', 'future', 'may'],
    ['He died Wednesday at his home.', 'Wednesday', 'past', 'died'],
    ['The team plays Paris on Wednesday night.', 'Wednesday', 'present', 'plays'],
    ['Officials are expected to meet on Monday.', 'Monday', 'future', 'expected'],
    // A word of plans after an article is a noun: "the plan was approved in May".
    ['The plan was approved in May.', 'May', 'past', 'approved'],
    ['Its forecast was cut in March.', 'March', 'past', 'was'],
    // What one prepares to do is ahead, near or far: not a thing prepared.
    ['The shop prepared to begin selling the new phone on Friday.', 'Friday', 'future', 'prepared'],
    ['The fleet is preparing to sail on Friday.', 'Friday', 'future', 'preparing'],
    ['The report prepared by analysts on Monday was long.', 'Monday', 'past', 'prepared'],
    // A participle after a bare "be" is a passive's, its tense told further back.
    ['The men might not be freed before Christmas.', 'Christmas', 'future', 'might'],
    ['The deal should be completed in October.', 'October', 'future', 'should'],
    ['The mill was closed in March.', 'March', 'past', 'closed'],
    // A plan told of in a past clause may have been for a day gone by: the nearest.
    ['A strike planned for Christmas was blocked.', 'Christmas', 'unknown', 'planned'],
    ['A strike planned for Christmas will go ahead.', 'Christmas', 'future', 'planned'],
  ])('reads %j around %j as %s', (sentence, expression, direction, cue) => {
    expect(cueOf(sentence, expression)).toEqual({ direction, cue });
  });

  it('says nothing when no word carries tense, leaving the tagger to decide', () => {
    expect(cueOf('The report for July, a long one.', 'July')).toBeNull();
    // "than expected" compares; it expects nothing.
    expect(cueOf('Better-than-expected second-quarter results.', 'second-quarter')).toBeNull();
    expect(
      cueOf('Sales, better than expected in the second quarter.', 'the second quarter'),
    ).toBeNull();
  });
});
