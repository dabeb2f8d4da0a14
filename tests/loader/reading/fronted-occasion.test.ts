import { describe, expect, it } from 'vitest';
import { event } from './article.ts';

const ARTICLE = [
  'Lund Bank shares fell on Wednesday.',
  'Tor Dahl gave the keynote speech at the conference on January 6.',
  'At the conference, Orlin Group said it would stop selling phones.',
].join('\n\n');

describe('datedByFrontedOccasion, through the article stages', () => {
  it('dates a sentence opening "At the conference," by the conference the article dated before', () => {
    expect(event(ARTICLE, 'said', '2009-01-15')).toMatchObject({
      start: '2009-01-06',
      granularity: 'day',
      mention: { dateBasis: 'governing-timex' },
    });
    expect(event(ARTICLE, 'conference', '2009-01-15', 1)).toMatchObject({ start: '2009-01-06' });
  });

  it('leaves the sentence its own date, and an occasion the article never dated, alone', () => {
    const own = ARTICLE.replace('At the conference, Orlin', 'At the conference, on Monday, Orlin');
    expect(event(own, 'said', '2009-01-15').start).toBe('2009-01-12');
    const undated = ARTICLE.replace('At the conference,', 'At the summit,');
    expect(event(undated, 'said', '2009-01-15').start).not.toBe('2009-01-06');
  });

  it('sets "At that event," at the last gathering the article dated, and dates a clause joined to the main one too', () => {
    const text = [
      "Tor Dahl introduced the Q7 phone at the company's developers conference on June 9.",
      'At that event, Dahl looked thin, and Orlin Group said he had a cold.',
    ].join('\n\n');
    expect(event(text, 'said', '2008-07-14')).toMatchObject({
      start: '2008-06-09',
      mention: { dateBasis: 'governing-timex' },
    });
  });
});
