/**
 * Every temporal expression of both seed articles, with its value, read against the
 * publication dates in their metadata.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { timexesOfText } from '../../src/loader/timex/timexes-of-text.ts';

const SEEDS = path.resolve(__dirname, '../../seeds');

function seed(name: string): { text: string; published: string } {
  const text = readFileSync(path.join(SEEDS, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const metadata = JSON.parse(readFileSync(path.join(SEEDS, `${name}.meta.json`), 'utf8')) as {
    published: string;
  };
  return { text, published: metadata.published };
}

function listed(name: string) {
  const { text, published } = seed(name);
  return timexesOfText(text, published).map((timex) => {
    expect(text.slice(timex.start, timex.end)).toBe(timex.text);
    return [timex.text, timex.type, timex.value, timex.mod ?? null, timex.resolved?.start ?? null];
  });
}

describe('seed 000 (Buzzing Live, Thursday 2016-08-25)', () => {
  it('lists every temporal expression with its value', () => {
    expect(listed('000_85d6f0a579901cd4')).toEqual([
      // Headline: "to meet … on Friday" is ahead of publication.
      ['Friday', 'DATE', '2016-08-26', null, '2016-08-26'],
      ['Friday', 'DATE', '2016-08-26', null, '2016-08-26'],
      ['Thursday', 'DATE', '2016-08-25', null, '2016-08-25'],
      ['10:00 pm', 'TIME', '2016-08-25T22:00', null, '2016-08-25T22:00'],
      ['Friday morning', 'TIME', '2016-08-26TMO', null, '2016-08-26T06:00'],
      // "Earlier on Friday … described": taken at its word, the latest Friday before a Thursday.
      ['Friday', 'DATE', '2016-08-19', null, '2016-08-19'],
      ['2011', 'DATE', '2011', null, '2011-01-01'],
      ['Thursday', 'DATE', '2016-08-25', null, '2016-08-25'],
      ['mid-July', 'DATE', '2016-07', 'MID', '2016-07-11'],
    ]);
  });

  it('does not read the copyright year as a date', () => {
    const { text, published } = seed('000_85d6f0a579901cd4');
    const copyright = text.indexOf('Copyright');
    expect(timexesOfText(text, published).filter((timex) => timex.start >= copyright)).toEqual([]);
  });
});

describe('seed 001 (The Times of Israel / AFP, Thursday 2016-09-08)', () => {
  it('lists every temporal expression with its value', () => {
    expect(listed('001_9f3526e4e149149f')).toEqual([
      // "is leaving Thursday": the progressive schedules it; on a Thursday that is today.
      ['Thursday', 'DATE', '2016-09-08', null, '2016-09-08'],
      ['Friday', 'DATE', '2016-09-09', null, '2016-09-09'],
      ['early in the morning', 'TIME', '2016-09-09TMO', 'START', '2016-09-09T06:00'],
      ['Wednesday', 'DATE', '2016-09-07', null, '2016-09-07'],
      ['Thursday', 'DATE', '2016-09-08', null, '2016-09-08'],
      ['Friday', 'DATE', '2016-09-09', null, '2016-09-09'],
      ['Thursday', 'DATE', '2016-09-08', null, '2016-09-08'],
      ['five and a half years', 'DURATION', 'P5.5Y', null, null],
      // A duration before Obama leaves office, not a date four months before publication.
      ['four months', 'DURATION', 'P4M', null, null],
      ['this week', 'DATE', '2016-W36', null, '2016-09-05'],
      ['August 26', 'DATE', '2016-08-26', null, '2016-08-26'],
      ['late 2015', 'DATE', '2015', 'END', '2015-09-01'],
      ['months', 'DURATION', 'PXM', null, null],
      ['Monday', 'DATE', '2016-09-05', null, '2016-09-05'],
    ]);
  });

  it('anchors "early in the morning" to the Friday just mentioned', () => {
    const { text, published } = seed('001_9f3526e4e149149f');
    const timexes = timexesOfText(text, published);
    const morning = timexes.find((timex) => timex.text === 'early in the morning');
    const friday = timexes.find((timex) => timex.id === morning?.anchor);
    expect(friday?.text).toBe('Friday');
  });
});
