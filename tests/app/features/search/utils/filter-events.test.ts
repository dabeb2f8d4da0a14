import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../../src/features/corpus/utils/corpus-index.ts';
import {
  facetCounts,
  facetValueLabel,
  filterArticles,
  filterEvents,
  NO_FILTERS,
  UNKNOWN_SOURCE,
  type EventFilters,
} from '../../../../../src/features/search/utils/filter-events.ts';
import { syriaCorpus } from '../../../fixtures.ts';

const index = buildCorpusIndex(syriaCorpus);
const ids = (filters: EventFilters) =>
  filterEvents(index.placed, filters, index.articleById).map(({ event }) => event.id);
const withChosen = (chosen: Partial<EventFilters['chosen']>, query = ''): EventFilters => ({
  query,
  chosen: { ...NO_FILTERS.chosen, ...chosen },
});

describe('filterEvents', () => {
  it('keeps everything without filters', () => {
    expect(ids(NO_FILTERS)).toHaveLength(index.placed.length);
  });

  it('searches titles, names, places and the reporting sentences, ignoring case', () => {
    expect(ids(withChosen({}, 'LAVROV'))).toEqual(['arrival', 'meeting', 'agreement']);
    expect(ids(withChosen({}, 'stalled'))).toEqual(['stalled']);
  });

  it('needs every search word to match', () => {
    expect(ids(withChosen({}, 'kerry thursday'))).toEqual(['arrival']);
  });

  it('filters by kind, participant, place and source', () => {
    expect(ids(withChosen({ kind: ['meeting'] }))).toEqual(['meeting']);
    expect(ids(withChosen({ participant: ['Sergei Lavrov'] }))).toEqual(['meeting', 'agreement']);
    expect(ids(withChosen({ place: ['Syria'] }))).toEqual(['war', 'agreement']);
    expect(ids(withChosen({ source: ['Daily News'] }))).toEqual([
      'stalled',
      'meeting',
      'agreement',
    ]);
  });
});

describe('the "did it happen?" facet', () => {
  it('hides what the text only plans, expects, denies or allows when "happened" is chosen', () => {
    const actual = index.placed.filter(({ event }) => event.modality === 'actual');
    const shown = ids(withChosen({ happened: ['actual'] }));
    expect(shown).toEqual(actual.map(({ event }) => event.id));
    expect(shown.length).toBeLessThan(index.placed.length);
  });

  it('names each modality in plain words', () => {
    expect(facetValueLabel('happened', 'actual')).toBe('happened');
    expect(facetValueLabel('happened', 'denied')).toBe('said not to have happened');
  });
});

describe('facetCounts', () => {
  it('counts with the other facets applied but not its own', () => {
    const filters = withChosen({ kind: ['meeting'], place: ['Geneva'] });
    const kinds = facetCounts(
      index.placed.map(({ event }) => event),
      'kind',
      filters,
      index.articleById,
    );
    expect(kinds.find((entry) => entry.value === 'arrival')!.count).toBe(1);
    expect(kinds.find((entry) => entry.value === 'military')!.count).toBe(0);
  });
});

describe('filterArticles', () => {
  it('keeps articles whose text matches or that report a shown event', () => {
    const filters = withChosen({}, 'nothing happened');
    const shown = filterEvents(index.placed, filters, index.articleById).map(({ event }) => event);
    expect(filterArticles(syriaCorpus.articles, filters, shown).map((a) => a.id)).toEqual([
      'quiet',
    ]);
  });

  it('files articles without a source under the unknown source', () => {
    const filters = withChosen({ source: [UNKNOWN_SOURCE] });
    expect(filterArticles(syriaCorpus.articles, filters, []).map((a) => a.id)).toEqual(['quiet']);
  });
});
