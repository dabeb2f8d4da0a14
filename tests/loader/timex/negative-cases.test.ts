import { describe, expect, it } from 'vitest';
import { timexesIn } from './timex-test-helpers.ts';

describe('negative cases', () => {
  it.each([
    'Brent crude dropped $2 to $68 a barrel.',
    // A larger number's digits are no clock time (chrono reads "002.38" as 2:38).
    'The Dow fell 430.97 points, or 1.29%, to 33,002.38.',
    'The index closed at 4,229.45.',
    // An amount is no clock time (chrono reads "16.24" as 16:24).
    'The company sold 16.24 million phones.',
    'Harwell shipped 10.30 million tonnes.',
    // Nor a price or a measure written out: "1.20 francs per euro", "2.35 metres".
    'The bank set a floor of 1.20 francs per euro.',
    'The euro fell to 1.35 dollars.',
    'The jumper cleared 2.35 metres.',
    'The shares cost $2016 each.',
    'Chelsea won 2-1 at home.',
    'Call 0871 984 1955 for details.',
    'Call 312-747-8380 for details.',
    'Copyright © 2016 Buzzing Live · All rights reserved',
    'The Boeing 747 landed safely.',
    'COVID-19 spread quickly.',
    'The G20 summit opened.',
    'The Group of 20 major powers met.',
    'Turnout reached 66 percent.',
    'The quake had a magnitude of 7.5.',
    'More than 290,000 people have been killed.',
    'Prices fall when supply rises.',
    // A fall is a decline unless a preposition of time or a year makes it the season.
    'The falls came after the bank failed.',
    'The fall in copper prices worried miners.',
    'Traders blamed the fall on weak demand.',
    'Officials may March on the capital.',
    'As May said, the vote will pass.',
    // A month's name before a surname is a first name: "chief executive August Lindqvist".
    'Mill chief executive August Lindqvist said so.',
    'The board thanked June Halvorsen.',
    'He was the former Cold War rival.',
    'The 2,016 delegates voted.',
  ])('finds no temporal expression in %j', (text) => {
    expect(timexesIn(text, '2016-09-08')).toEqual([]);
  });

  it('keeps a month named after a preposition of time, "for" too, even before a capital ("scheduled for May", "in August Lund")', () => {
    expect(timexesIn('The vote is scheduled for May.', '2016-09-08')).toHaveLength(1);
    expect(timexesIn('In August Lund Mills cut jobs.', '2016-09-08')).toHaveLength(1);
  });

  it('never throws or writes an impossible date for odd text', () => {
    for (const text of [
      'February 30, 2016',
      'the year 99999',
      'on 31/02/2016',
      '',
      '\u0000\uFFFF',
      'Friday'.repeat(500),
    ]) {
      for (const found of timexesIn(text, '2016-09-08')) {
        expect(found.value).not.toMatch(/^\d{4}-02-3\d/);
      }
    }
  });
});
