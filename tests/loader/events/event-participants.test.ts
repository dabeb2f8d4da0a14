/** Participant rules, run through the detect-events stage on hand-dated drafts. */
import { describe, expect, it } from 'vitest';
import { detectEvents } from '../../../src/loader/stages/detect-events.ts';
import { draftWith, type FixedTimex } from '../stages/draft-helpers.ts';

const day = (text: string, date: string, occurrence?: number): FixedTimex => {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { text, start: date, end: next.toISOString().slice(0, 10), occurrence };
};
const detect = (text: string, timexes: FixedTimex[]) =>
  detectEvents.run(draftWith(text, timexes, { published: '2024-05-10' })).events;

describe('event participants', () => {
  it('does not name a mixed pair for "both sides"', () => {
    const text =
      'Headline\n\nJohn Kerry met the United States delegation on Monday. Both sides agreed on Tuesday to keep talking.';
    const events = detect(text, [day('Monday', '2024-05-06'), day('Tuesday', '2024-05-07')]);
    const agreement = events.find((event) => event.kind === 'agreement');
    expect(agreement?.participants ?? []).not.toContain('John Kerry');
  });

  it('gives "the hurricane" the storm named earlier in the article', () => {
    const text =
      'Headline\n\nHurricane Delia made landfall near Mobile on Tuesday. The hurricane struck again on Wednesday.';
    const events = detect(text, [day('Tuesday', '2024-05-07'), day('Wednesday', '2024-05-08')]);
    const again = events.find((event) => event.start === '2024-05-08');
    expect(again?.kind).toBe('other');
    expect(again?.participants.join(' ')).toContain('Delia');
  });

  it('keeps an appositive name after the object as a participant', () => {
    const text = 'Headline\n\nProsecutors charged his business partner, Mara Quinn, on Wednesday.';
    const [event] = detect(text, [day('Wednesday', '2024-05-08')]);
    expect(event?.participants).toContain('Mara Quinn');
    expect(event?.title).toBe('Prosecutors charge his business partner');
  });

  it('does not lend a coordinate clause with its own subject the first subject', () => {
    const text =
      'Headline\n\nGovernor Kay Ivey ordered the evacuation on Monday, and thousands of residents fled inland.';
    const events = detect(text, [day('Monday', '2024-05-06')]);
    const fled = events.find((event) => event.kind === 'departure');
    expect(fled?.participants ?? []).not.toContain('Kay Ivey');
  });

  it('reads "caused flooding" as a consequence, not a flood event of its own', () => {
    const text = 'Headline\n\nThe storm struck on Tuesday and caused flooding across the region.';
    const events = detect(text, [day('Tuesday', '2024-05-07')]);
    expect(events.map((event) => event.title)).toEqual(['Storm strikes']);
  });
});
