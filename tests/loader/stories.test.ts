/**
 * The hand-written multi-article stories in tests/fixtures/stories: shared events merge
 * across articles, look-alikes stay apart, and precision and recall stay above a floor
 * (`npm run score-events -- -v` prints the details).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreStories, type StoryScore } from '../../scripts/score-events.ts';

let scores: StoryScore[];
beforeAll(async () => {
  scores = await scoreStories();
});

describe('stories', () => {
  it('has at least three stories of two or more articles', () => {
    expect(scores.length).toBeGreaterThanOrEqual(3);
  });

  it('never merges a look-alike pair', () => {
    for (const score of scores) expect(score.wronglyMerged, score.story).toEqual([]);
  });

  it('finds most expected events in every story', () => {
    for (const score of scores) expect(score.recall, score.story).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps overall precision and recall above their floors', () => {
    const sum = (pick: (score: StoryScore) => number) =>
      scores.reduce((total, score) => total + pick(score), 0);
    const truePositives = sum((score) => score.truePositives);
    expect(truePositives / sum((score) => score.predicted)).toBeGreaterThanOrEqual(0.6);
    expect(truePositives / sum((score) => score.expected)).toBeGreaterThanOrEqual(0.85);
  });
});
