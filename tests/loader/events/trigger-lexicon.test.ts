import { describe, expect, it } from 'vitest';
import { nounEntry, verbEntries, verbForms } from '../../../src/loader/events/trigger-lexicon.ts';

describe('trigger lexicon', () => {
  it('inflects regular and irregular verbs', () => {
    expect(verbForms('arrive')).toEqual(
      expect.arrayContaining(['arrive', 'arrives', 'arrived', 'arriving']),
    );
    expect(verbForms('meet')).toContain('met');
    expect(verbForms('plan')).toContain('planned');
  });

  it('knows kinds of verbs and nouns', () => {
    expect(verbEntries('met')[0]?.kind).toBe('meeting');
    expect(verbEntries('seized')[0]?.kind).toBe('military');
    expect(nounEntry('talks')?.kind).toBe('meeting');
    expect(verbEntries('table')).toEqual([]);
  });
});
