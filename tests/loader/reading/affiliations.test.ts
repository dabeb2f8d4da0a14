import { describe, expect, it } from 'vitest';
import { findAffiliations, findOfficeHolders } from '../../../src/loader/reading/affiliations.ts';
import { article, event } from './article.ts';

/** The affiliations of a one-sentence article. */
function affiliations(text: string): Array<[string, string]> {
  const draft = article(text);
  return findAffiliations(draft.words, draft.entities);
}

describe('findAffiliations', () => {
  it('ties a person to the body a title before the name gives ("Harwell Steel chief executive Anna Berg")', () => {
    expect(affiliations('Harwell Steel chief executive Anna Berg opened the mill.')).toEqual([
      ['Anna Berg', 'Harwell Steel'],
    ]);
  });

  it('ties a person to the body an apposition after the name gives', () => {
    expect(affiliations('Anna Berg, chief executive of General Motors, said so.')).toEqual([
      ['Anna Berg', 'General Motors'],
    ]);
    expect(affiliations("Shares fell, said Tomas Lund, Harwell Steel's spokesman.")).toEqual([
      ['Tomas Lund', 'Harwell Steel'],
    ]);
  });

  it('ties no one without a title between the names', () => {
    expect(affiliations('Anna Berg met Harwell Steel workers on Monday.')).toEqual([]);
    expect(affiliations('Anna Berg, Harwell Steel and Norwind Air signed the deal.')).toEqual([]);
  });
});

describe('findOfficeHolders', () => {
  it("finds the people a public office names, not a body's officers", () => {
    const holders = (text: string) => {
      const draft = article(text);
      return findOfficeHolders(draft.words, draft.entities);
    };
    expect(holders('President Anna Berg met the workers.')).toEqual(['Anna Berg']);
    expect(holders('Kansas senator Anna Berg met the workers.')).toEqual(['Anna Berg']);
    expect(holders('Harwell Steel president Anna Berg met the workers.')).toEqual([]);
    expect(holders('Norwind senior vice president Anna Berg met the workers.')).toEqual([]);
  });
});

describe('affiliations in reading', () => {
  it('gives "the company" in what a person reports to the body the title named', () => {
    const text = [
      'Harwell Steel chief executive Anna Berg opened a mill on Monday.',
      'Shares of Norwind Air fell.',
      'Berg also announced that the company would close its old plant.',
    ].join('\n\n');
    expect(event(text, 'close', '2009-03-10').participants).toEqual(['Harwell Steel']);
  });

  it('gives a quoted "we" of a public office\'s holder to no company', () => {
    const text = [
      'Harwell Steel posted a loss on Monday.',
      'President Anna Berg met workers on Tuesday.',
      '"We can solve this crisis," Berg said.',
    ].join('\n\n');
    expect(event(text, 'solve', '2009-03-10').participants).toEqual([]);
  });

  it('gives a quoted "we" to the speaker\'s body', () => {
    const text = [
      'Harwell Steel chief executive Anna Berg opened a mill on Monday.',
      'Shares of Norwind Air fell.',
      '"We will hire 300 workers," Berg said.',
    ].join('\n\n');
    expect(event(text, 'hire', '2009-03-10').participants).toEqual(['Harwell Steel']);
  });
});
