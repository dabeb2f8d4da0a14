import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/loader/events/clauses.ts';
import { parseParagraph } from '../../../src/loader/events/parse-paragraph.ts';

const clauses = (text: string) =>
  splitClauses(parseParagraph(text).tokens).map((clause) => [
    clause.type,
    text.slice(clause.start, clause.end),
  ]);

describe('splitClauses', () => {
  it('separates a complement of a reporting verb', () => {
    expect(clauses('The ministry said that rebels attacked the town.')).toEqual([
      ['main', 'The ministry said'],
      ['complement', 'that rebels attacked the town'],
    ]);
  });

  it('separates a relative clause and resumes the main clause after it', () => {
    const found = clauses('Quist, who flew from Rome, arrived in Oslo.');
    expect(found.map(([type]) => type)).toEqual(['main', 'relative', 'main']);
  });

  it('does not split a coordinated subject', () => {
    expect(clauses('Rome and Oslo signed the accord.')).toEqual([
      ['main', 'Rome and Oslo signed the accord'],
    ]);
  });

  it('splits coordinated predicates', () => {
    expect(clauses('Quist arrived in Oslo and met Novak.').map(([type]) => type)).toEqual([
      'main',
      'coordinate',
    ]);
  });
});
