import { describe, expect, it } from 'vitest';
import { clauseDirection } from '../../../src/loader/timex/clause-tense.ts';

function directionOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return clauseDirection(sentence, start, start + expression.length).direction;
}

describe('clauseDirection', () => {
  it.each([
    ['Kerry and Lavrov spoke by telephone Thursday.', 'Thursday', 'past'],
    ['The meeting had been announced Wednesday by Russian diplomats.', 'Wednesday', 'past'],
    ['He was scheduled to meet with Lavrov Friday morning.', 'Friday', 'future'],
    ['Kerry and Lavrov will hold their talks on Friday.', 'Friday', 'future'],
    ['Syria: John Kerry to meet Sergei Lavrov for peace talks on Friday', 'Friday', 'future'],
    ['Kerry is leaving Thursday for Geneva.', 'Thursday', 'future'],
    ['Abe, who took office on Dec. 26, wants the bank to act.', 'Dec. 26', 'past'],
    // A relative clause closed before the expression governs none of it: "works" is no
    // present of Tuesday's (told past, the way news tells an unknown).
    [
      'Kline unveiled the Lumo, a phone that also works as a music player and a camera, on Tuesday in his address.',
      'Tuesday',
      'unknown',
    ],
    ['Chelsea extended its lead on Sunday with a 2-1 win.', 'Sunday', 'past'],
    ['Their meetings have multiplied, the latest in Geneva on August 26.', 'August 26', 'past'],
    // A plural subject's base form is present, unless a past looks the same ("set", "cut").
    ['The two teams meet on Friday.', 'Friday', 'present'],
    ['Protesters set fire to buses on Friday night.', 'Friday', 'unknown'],
    // What is said has its own tense; a modal without a perfect tells no past, though its
    // participle looks like one: the nearest month of the name is meant.
    ['Lund said that a further cut in December could not be ruled out.', 'December', 'unknown'],
    ['Lund said that sales in December fell sharply.', 'December', 'past'],
    // A weekday after "for" is the day something is set for.
    ['The unions have called a general strike for Wednesday.', 'Wednesday', 'future'],
    // So is a day of a month; a month alone after "for" is a period told after it.
    ['The judge ordered him held and set sentencing for July 29.', 'July 29', 'future'],
    // A weekday's "'s" is its possessive, not "is": the clause's verb tells the way.
    ["Tuesday's losses were the worst in a month.", 'Tuesday', 'past'],
    ['Tuesday’s hearing will be short.', 'Tuesday', 'future'],
    ['Sales for July rose sharply.', 'July', 'past'],
    ['The mill could have closed in March.', 'March', 'past'],
  ])('reads %j around %j as %s', (sentence, expression, direction) => {
    expect(directionOf(sentence, expression)).toBe(direction);
  });
});
