import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/contract/corpus.ts';
import { createDraft, type ArticleDraft } from '../../../src/loader/article-draft.ts';
import { unifyAcrossArticles } from '../../../src/loader/events/unify-across-articles.ts';

function draft(id: string, entities: Array<[string, EntityMention['kind'], string]>): ArticleDraft {
  return {
    ...createDraft({ file: `${id}.txt`, metadata: null }, id, 'x'),
    entities: entities.map(([text, kind, canonical]) => ({
      start: 0,
      end: 1,
      text,
      kind,
      canonical,
    })),
  };
}

describe('unifyAcrossArticles', () => {
  it('names a surname by the one full name the corpus knows', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['Kerry', 'person', 'Kerry']]),
      draft('b', [['John Kerry', 'person', 'John Kerry']]),
    ]);
    expect(rename('Kerry')).toBe('John Kerry');
  });

  it('keeps a company apart from the person it shares a name with, when an article names both as such ("Lindqvist" and "Erik Lindqvist")', () => {
    const rename = unifyAcrossArticles([
      draft('a', [
        ['Lindqvist', 'organization', 'Lindqvist'],
        ['Lindqvist', 'organization', 'Lindqvist'],
        ['Erik Lindqvist', 'person', 'Erik Lindqvist'],
      ]),
    ]);
    expect(rename('Lindqvist')).toBe('Lindqvist');
    // Named as a body once beside the person, it may be the person ("said Lindqvist").
    const once = unifyAcrossArticles([
      draft('a', [
        ['Lindqvist', 'organization', 'Lindqvist'],
        ['Erik Lindqvist', 'person', 'Erik Lindqvist'],
      ]),
    ]);
    expect(once('Lindqvist')).toBe('Erik Lindqvist');
  });

  it('names a company without its legal form when another article does ("Harwell Group PLC")', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['Harwell', 'organization', 'Harwell']]),
      draft('b', [['Harwell Group PLC', 'organization', 'Harwell Group PLC']]),
      draft('c', [['HG', 'organization', 'Harwell Group PLC']]),
      draft('d', [['Ostrava Steel Corporation', 'organization', 'Ostrava Steel Corporation']]),
    ]);
    expect(rename('Harwell Group PLC')).toBe('Harwell');
    // A carmaker's trade before its legal form goes too, only then.
    const cars = unifyAcrossArticles([
      draft('a', [['Volta', 'organization', 'Volta']]),
      draft('b', [['Volta Motor Company', 'organization', 'Volta Motor Company']]),
      draft('c', [['General Volta', 'organization', 'General']]),
      draft('d', [['General Motors', 'organization', 'General Motors']]),
    ]);
    expect(cars('Volta Motor Company')).toBe('Volta');
    // So does a maker's trade: "Lindale Computer Inc.", "Lindale Electronics".
    const makers = unifyAcrossArticles([
      draft('a', [['Lindale', 'organization', 'Lindale']]),
      draft('b', [['Lindale Computer Inc.', 'organization', 'Lindale Computer Inc.']]),
    ]);
    expect(makers('Lindale Computer Inc.')).toBe('Lindale');
    expect(cars('General Motors')).toBe('General Motors');
    // With no legal form, the trade goes when the lists know what is left as a company and
    // not the whole ("Honda Motors", written so, is Honda; "General Motors" stays whole).
    const known = unifyAcrossArticles([
      draft('a', [['Honda', 'organization', 'Honda']]),
      draft('b', [['Honda Motors', 'organization', 'Honda Motors']]),
      draft('c', [['General', 'organization', 'General']]),
    ]);
    expect(known('Honda Motors')).toBe('Honda');
    expect(known('Honda Motors Co.')).toBe('Honda');
    expect(known('General Motors')).toBe('General Motors');
    expect(rename('HG')).toBe('Harwell');
    // No article says "Ostrava Steel": the name stays as written.
    expect(rename('Ostrava Steel Corporation')).toBe('Ostrava Steel Corporation');
  });

  it('takes a company named by its trade in some articles and by its legal form in others for one ("Orlin Computer", "Orlin Inc.")', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['Orlin', 'organization', 'Orlin Computer']]),
      draft('b', [['Orlin Inc.', 'organization', 'Orlin Inc.']]),
      draft('c', [['General Volta', 'organization', 'General Volta Corporation']]),
      draft('d', [['General Electronics', 'organization', 'General Electronics']]),
    ]);
    expect(rename('Orlin Computer')).toBe('Orlin Inc.');
    // Named with both in one article: "Orlin Computer Inc." is the same company.
    const both = unifyAcrossArticles([
      draft('a', [['Orlin Computer, Inc.', 'organization', 'Orlin Computer Inc.']]),
      draft('b', [['Orlin Inc.', 'organization', 'Orlin Inc.']]),
    ]);
    expect(both('Orlin Computer Inc.')).toBe('Orlin Inc.');
    expect(rename('Orlin Inc.')).toBe('Orlin Inc.');
    // One name with both is no other company's: "General Volta Corporation" is no "General".
    expect(rename('General Electronics')).toBe('General Electronics');
    expect(rename('General Volta Corporation')).toBe('General Volta Corporation');
  });

  it('names a company by its name and the abbreviated legal form an article gave it ("Lindale Inc."), the most frequent of them', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['Lindale', 'organization', 'Lindale']]),
      draft('b', [['Lindale Inc.', 'organization', 'Lindale Inc.']]),
      draft('c', [
        ['Lindale Inc.', 'organization', 'Lindale Inc.'],
        ['Lindale Corp.', 'organization', 'Lindale Corp.'],
      ]),
    ]);
    expect(rename('Lindale')).toBe('Lindale Inc.');
    expect(rename('Lindale Corp.')).toBe('Lindale Inc.');
    // A legal form in words is seldom how the company is called: the name alone stays.
    const words = unifyAcrossArticles([
      draft('a', [['Harwell', 'organization', 'Harwell']]),
      draft('b', [['Harwell Corporation', 'organization', 'Harwell Corporation']]),
    ]);
    expect(words('Harwell Corporation')).toBe('Harwell');
  });

  it('names a body by the full name its article gives beside a clipping ("Fed") or with its country ("US Lindale Reserve")', () => {
    const body = (name: string): [string, 'organization', string] => [name, 'organization', name];
    const rename = unifyAcrossArticles([
      draft('a', [body('Lindale Reserve'), body('Lind'), body('US Lindale Reserve')]),
      draft('b', [body('Northwind Grumman'), body('North'), body('UAE Air Corps')]),
      draft('c', [body('Air Corps')]),
    ]);
    expect(rename('Lind')).toBe('Lindale Reserve');
    expect(rename('US Lindale Reserve')).toBe('Lindale Reserve');
    // A word in its own right is no clipping; a country stays where its article never drops it.
    expect(rename('North')).toBe('North');
    expect(rename('UAE Air Corps')).toBe('UAE Air Corps');
  });

  it('names an acronym by the long form another article gave it', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['NGC', 'organization', 'NGC']]),
      draft('b', [['NGC', 'organization', 'Northwind Gas Corporation']]),
    ]);
    expect(rename('NGC')).toBe('Northwind Gas Corporation');
  });

  it('takes long forms one acronym defines, spelled alike, for one body; unlike ones stay apart', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['NGC', 'organization', 'Northwind Gas Corporation']]),
      draft('b', [['NGC', 'organization', 'Northwind Gas Corp.']]),
      draft('c', [['ARC', 'organization', 'Atlantic Rail Company']]),
      draft('d', [['ARC', 'organization', 'American Red Cross']]),
    ]);
    expect(rename('Northwind Gas Corp.')).toBe('Northwind Gas Corporation');
    expect(rename('NGC')).toBe('Northwind Gas Corporation');
    expect(rename('American Red Cross')).toBe('American Red Cross');
    expect(rename('ARC')).toBe('ARC');
  });

  it('names a model by the one product name it ends, never a company by a longer name', () => {
    const rename = unifyAcrossArticles([
      draft('a', [['K7', 'product', 'K7']]),
      draft('b', [
        ['Skyrunner K7', 'product', 'Skyrunner K7'],
        ['Halvorsen Air Division', 'organization', 'Halvorsen Air Division'],
      ]),
    ]);
    expect(rename('K7')).toBe('Skyrunner K7');
    expect(rename('Halvorsen')).toBe('Halvorsen');
    // Two products end with it: it stays as written.
    const ambiguous = unifyAcrossArticles([
      draft('a', [['Skyrunner K7', 'product', 'Skyrunner K7']]),
      draft('b', [['Seafarer K7', 'product', 'Seafarer K7']]),
    ]);
    expect(ambiguous('K7')).toBe('K7');
  });
});
