import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../../src/loader/article-draft.ts';
import { findTimexes } from '../../../src/loader/stages/find-timexes.ts';
import { TIMEX_PARSERS } from '../../../src/loader/timex/find-timex-candidates.ts';

describe('findTimexes', () => {
  it('finds expressions with exact spans and leaves relative values for resolve-timexes', () => {
    const text = 'Kerry spoke Thursday.\n\nHe met Lavrov on August 26, 2016, and again last week.';
    const draft = findTimexes.run(createDraft({ file: 'a.txt', metadata: null }, 'a', text));
    expect(
      draft.timexes.map((timex) => [timex.id, text.slice(timex.start, timex.end), timex.value]),
    ).toEqual([
      ['t1', 'Thursday', 'XXXX-WXX-4'],
      ['t2', 'August 26, 2016', '2016-08-26'],
      ['t3', 'last week', 'DCT-1W'],
    ]);
    expect(draft.timexes.every((timex) => timex.resolved === null)).toBe(true);
  });

  it('is deterministic and total on odd text', () => {
    const odd = '\uFEFF\u0000 Friday Friday 2016-13-45 99/99/9999 ' + 'x'.repeat(1000);
    const first = findTimexes.run(createDraft({ file: 'a.txt', metadata: null }, 'a', odd));
    const second = findTimexes.run(createDraft({ file: 'a.txt', metadata: null }, 'a', odd));
    expect(second.timexes).toEqual(first.timexes);
  });

  describe('when a parser throws', () => {
    afterEach(() => vi.restoreAllMocks());

    it("keeps the other parsers' expressions and reports the failure as a diagnostic", () => {
      const explicit = TIMEX_PARSERS.find((parser) => parser.name === 'explicit-date')!;
      vi.spyOn(explicit, 'find').mockImplementation(() => {
        throw new RangeError('Invalid time value');
      });
      const text = 'Kerry spoke Thursday.\n\nHe met Lavrov on August 26, 2016.';
      const draft = findTimexes.run(createDraft({ file: 'a.txt', metadata: null }, 'a', text));
      expect(draft.timexes.map((timex) => timex.text)).toContain('Thursday');
      expect(draft.diagnostics).toEqual([
        {
          file: 'a.txt',
          severity: 'warning',
          offset: null,
          stage: 'find-timexes',
          message:
            'the explicit-date parser failed (Invalid time value); time expressions it finds may be missing',
        },
      ]);
    });
  });
});
