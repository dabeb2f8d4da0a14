import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../../src/features/corpus/utils/corpus-index.ts';
import {
  buildLanes,
  buildTimelineItems,
} from '../../../../../src/features/timeline/utils/timeline-items.ts';
import { syriaCorpus } from '../../../fixtures.ts';

const index = buildCorpusIndex(syriaCorpus);

describe('buildTimelineItems', () => {
  const items = buildTimelineItems(index.placed, 'none', new Set(['meeting']));
  const byId = new Map(items.map((item) => [item.recordId, item]));

  it('draws one item per dated event', () => {
    expect(items.map((item) => item.recordId)).toEqual(index.placed.map(({ event }) => event.id));
  });

  it('draws day-level events as instants and month or year dates as ranges', () => {
    expect(byId.get('arrival')!.kind).toBe('instant');
    expect(byId.get('war')!.kind).toBe('range');
    expect(byId.get('war')!.end).toBeInstanceOf(Date);
  });

  it('prefixes a kind symbol so kinds do not rely on colour', () => {
    expect(byId.get('meeting')!.marker).toBe('◆');
    expect(byId.get('meeting')!.classNames).toContain('kind-meeting');
  });

  it('marks approximate dates with ≈ and a class', () => {
    expect(byId.get('stalled')!.marker).toMatch(/^≈/);
    expect(byId.get('stalled')!.classNames).toContain('approximate');
  });

  it('gives a plain-text tooltip with kind, title and date', () => {
    expect(byId.get('meeting')!.tooltip).toBe('Meeting: Kerry meets Lavrov. Friday 26 August 2016');
  });

  it('flags highlighted events', () => {
    expect(byId.get('meeting')!.classNames).toContain('highlighted');
    expect(byId.get('arrival')!.classNames).not.toContain('highlighted');
  });
});

describe('lanes', () => {
  it('puts an event reported by two articles in both article lanes', () => {
    const items = buildTimelineItems(index.placed, 'article', new Set());
    const meetingLanes = items
      .filter((item) => item.recordId === 'meeting')
      .map((item) => item.laneId);
    expect(meetingLanes.sort()).toEqual(['article:deal', 'article:geneva']);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });

  it('labels article lanes with title and source', () => {
    const lanes = buildLanes(index.placed, 'article', index.articleById)!;
    expect(lanes.map((lane) => lane.label)).toContain('Kerry arrives in Geneva (Buzzing Live)');
  });

  it('has one lane per kind present', () => {
    const lanes = buildLanes(index.placed, 'kind', index.articleById)!;
    expect(lanes).toHaveLength(new Set(index.placed.map(({ event }) => event.kind)).size);
  });

  it('collects events without participants in their own lane', () => {
    const lanes = buildLanes(index.placed, 'participant', index.articleById)!;
    expect(lanes.map((lane) => lane.label)).toContain('(no participant)');
  });

  it('uses no lanes in one-lane mode', () => {
    expect(buildLanes(index.placed, 'none', index.articleById)).toBeNull();
  });
});
