import { describe, expect, it } from 'vitest';
import { mostSalient } from '../../../src/loader/reading/most-salient.ts';
import { eventDraft } from '../event-draft-fixture.ts';

const mention = { article: 'a1', start: 0, end: 10, timex: null, trigger: null };
const report = (lemma: string, salience: number) =>
  eventDraft({ lemma, start: '2009-11-04', mention, salience });

describe('mostSalient', () => {
  it('takes the most salient report the rule accepts, the latest of equals', () => {
    const cut = report('cut', 0.6);
    const said = report('say', 0.9);
    const closed = report('close', 0.6);
    expect(mostSalient([cut, said, closed], (r) => r.lemma !== 'say')).toBe(closed);
    expect(mostSalient([cut, said], () => true)).toBe(said);
    expect(mostSalient([said], (r) => r.lemma !== 'say')).toBeUndefined();
  });
});
