import { describe, expect, it } from 'vitest';
import type { NameMention } from '../../../src/loader/reading/name-mention.ts';
import { surnameOpeners } from '../../../src/loader/reading/surname-openers.ts';
import { tag } from './tagged.ts';

/** The openers of `sentences` read as the surname of `person`, named in full in the first. */
function openers(person: string, ...sentences: string[]) {
  const text = sentences.join(' ');
  const words = tag(text);
  const bySentence = sentences.map((sentence) => {
    const start = text.indexOf(sentence);
    return words.filter((word) => word.start >= start && word.end <= start + sentence.length);
  });
  const start = text.indexOf(person);
  const named: NameMention = {
    start,
    end: start + person.length,
    text: person,
    kind: 'person',
    name: person,
    role: null,
  };
  return surnameOpeners(bySentence, [named]).map((found) => [
    text.slice(found.start, found.end),
    found.kind,
  ]);
}

describe('surnameOpeners', () => {
  it('reads an opener that is the surname of a person named in full as that person ("Banks said")', () => {
    expect(
      openers(
        'Tomas Banks',
        'Tomas Banks opened the plant on Tuesday.',
        'Banks said the plant would hire 300 people.',
        'Banks also announced a second plant.',
        'Banks, who founded the firm, smiled.',
      ),
    ).toEqual([
      ['Banks', 'person'],
      ['Banks', 'person'],
      ['Banks', 'person'],
    ]);
  });

  it('leaves the word common before a noun, or with no person named in full', () => {
    expect(
      openers('Ruth Young', 'Ruth Young spoke on Friday.', 'Young people cheered the speech.'),
    ).toEqual([]);
    const named: NameMention = {
      start: 0,
      end: 6,
      text: 'Banks',
      kind: 'person',
      name: 'Banks',
      role: null,
    };
    expect(surnameOpeners([tag('Banks said the plant would open.')], [named])).toEqual([]);
  });
});
