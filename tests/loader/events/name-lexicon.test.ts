import { describe, expect, it } from 'vitest';
import { countryOf, governmentOf } from '../../../src/loader/events/name-lexicon.ts';

describe('countryOf', () => {
  it('knows the countries of every continent, by name and by demonym', () => {
    expect(countryOf('Chile')).toEqual({ canonical: 'Chile', demonym: false });
    expect(countryOf('Chilean')).toEqual({ canonical: 'Chile', demonym: true });
    for (const [word, country] of [
      ['Czech', 'Czech Republic'],
      ['Uzbek', 'Uzbekistan'],
      ['Cypriot', 'Cyprus'],
      ['Ghanaian', 'Ghana'],
      ['Emirati', 'United Arab Emirates'],
    ])
      expect(countryOf(word as string)).toEqual({ canonical: country, demonym: true });
  });

  it('keeps a name that ends like a demonym a name ("Britain"), and reads accents either way', () => {
    expect(countryOf('Britain')).toEqual({ canonical: 'United Kingdom', demonym: false });
    expect(countryOf('Türkiye')).toEqual({ canonical: 'Turkey', demonym: false });
    expect(countryOf('Turkiye')).toEqual({ canonical: 'Turkey', demonym: false });
  });
});

describe('governmentOf', () => {
  it('reads a capital as its government, accented or not', () => {
    expect(governmentOf('Prague')).toBe('Czech Republic');
    expect(governmentOf('Bogotá')).toBe('Colombia');
    expect(governmentOf('Bogota')).toBe('Colombia');
  });
});
