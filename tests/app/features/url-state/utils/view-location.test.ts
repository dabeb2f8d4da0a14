import { describe, expect, it } from 'vitest';
import {
  EMPTY_LOCATION,
  parseViewLocation,
  viewLocationSearch,
} from '../../../../../src/features/url-state/utils/view-location.ts';

describe('view location in the URL', () => {
  it('round-trips event, article, source, window and lanes', () => {
    const location = {
      eventId: 'e 1&x',
      articleId: 'a1',
      mentionIndex: 1,
      window: { start: new Date(2016, 7, 1, 6, 30), end: new Date(2016, 8, 15) },
      lanes: 'kind' as const,
      filters: EMPTY_LOCATION.filters,
    };
    expect(parseViewLocation(viewLocationSearch(location))).toEqual(location);
  });

  it('writes nothing for the empty view', () => {
    expect(viewLocationSearch(EMPTY_LOCATION)).toBe('');
  });

  it('ignores an unreadable or backwards window and unknown lanes', () => {
    const location = parseViewLocation('?event=e1&from=yesterday&to=2016-01-01&lanes=colour');
    expect(location).toEqual({ ...EMPTY_LOCATION, eventId: 'e1' });
    expect(parseViewLocation('?from=2016-09-01&to=2016-08-01').window).toBeNull();
  });

  it('keeps search text and every chosen facet value, the "Did it happen?" facet included', () => {
    const filters = {
      query: 'Kerry & Lavrov',
      chosen: {
        happened: ['actual'],
        kind: ['meeting', 'phone-call'],
        participant: ['John Kerry'],
        place: [],
        source: ['Reuters, London'],
      },
    };
    const search = viewLocationSearch({ ...EMPTY_LOCATION, filters });
    expect(search).toBe(
      '?q=Kerry+%26+Lavrov&happened=actual&kind=meeting&kind=phone-call&participant=John+Kerry&source=Reuters%2C+London',
    );
    expect(parseViewLocation(search).filters).toEqual(filters);
  });
});
