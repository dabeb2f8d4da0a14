/**
 * Parser for TimeML's vague references: "now", "currently", "at present" (PRESENT_REF),
 * "recently", "lately", "the past" (PAST_REF), "the future" (FUTURE_REF), and
 * "recent years" (a duration of unknown length, `PXY`).
 */
import { wordAfter, wordBefore, words } from './patterns.ts';
import { scan, type TimexParser } from './timex-candidate.ts';

const REFERENCES: ReadonlyArray<[string, string]> = [
  ['now', 'PRESENT_REF'],
  ['right now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['at present', 'PRESENT_REF'],
  ['the present', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'],
  ['at the moment', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['the past', 'PAST_REF'],
  ['the future', 'FUTURE_REF'],
  ['the near future', 'FUTURE_REF'],
  ['the foreseeable future', 'FUTURE_REF'],
];

const VALUE = new Map(REFERENCES);

const VAGUE_REFERENCES_PATTERN = words(
  `\\b(?<word>right now|now|currently|nowadays|at present|the present|these days|at the moment|recently|lately|the past|the near future|the foreseeable future|the future)\\b`,
);

const VAGUE_REFERENCES_RECENT = words(`\\brecent (?<unit>years|months|weeks|days|decades)\\b`);

export const findVagueReferences: TimexParser = {
  name: 'vague-reference',
  find(text) {
    const pattern = VAGUE_REFERENCES_PATTERN;
    const references = scan(text, pattern, (match) => {
      const word = (match.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ');
      const value = VALUE.get(word);
      if (!value) return null;
      const before = wordBefore(text, match.index);
      const after = wordAfter(text, match.index + match[0].length).toLowerCase();
      // "now-defunct", "the past president", "the present case", "the future king" are not times.
      if (text[match.index + match[0].length] === '-') return null;
      if (
        word === 'now' &&
        /^(by|until|till|from|up)$/.test(before) === false &&
        /^(that|then)$/.test(after)
      )
        return null;
      if (
        /^the (past|present|future)$/.test(word) &&
        after &&
        !/^(,|and|or|but|as|is|was|will|would|of|in|to|for|when|with|the|a|remains?)$/.test(
          after,
        ) &&
        /^[a-z]/.test(after)
      )
        return null;
      return {
        start: match.index,
        end: match.index + match[0].length,
        type: 'DATE' as const,
        value,
        rule: 'vague-reference',
      };
    });
    const recent = VAGUE_REFERENCES_RECENT;
    references.push(
      ...scan(text, recent, (match) => {
        const unit = (match.groups?.unit ?? '').toLowerCase();
        const letter = { years: 'Y', months: 'M', weeks: 'W', days: 'D', decades: 'DE' }[unit];
        return letter
          ? {
              start: match.index,
              end: match.index + match[0].length,
              type: 'DURATION' as const,
              value: `PX${letter}`,
              rule: 'vague-reference',
            }
          : null;
      }),
    );
    return references;
  },
};
