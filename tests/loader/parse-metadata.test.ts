import { describe, expect, it } from 'vitest';
import { parseMetadata } from '../../src/loader/parse-metadata.ts';

describe('parseMetadata', () => {
  it('reads source, title, url and an ISO publication date', () => {
    const raw =
      '{"source":"Reuters","title":"T","url":"https://x.test/a","published":"2016-09-08"}';
    expect(parseMetadata(raw, 'a.meta.json')).toEqual({
      metadata: { source: 'Reuters', title: 'T', url: 'https://x.test/a', published: '2016-09-08' },
      diagnostics: [],
    });
  });

  it('accepts a date-time with a zone offset', () => {
    const { metadata } = parseMetadata('{"published":"2016-08-25T20:30:00+02:00"}', 'a.meta.json');
    expect(metadata?.published).toBe('2016-08-25T20:30:00+02:00');
  });

  it('reports invalid JSON with its position and loads the article without metadata', () => {
    const result = parseMetadata('{"source": "Reuters",}', 'a.meta.json');
    expect(result.metadata).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({
      file: 'a.meta.json',
      severity: 'warning',
      stage: 'read-metadata',
    });
    expect(result.diagnostics[0]?.message).toMatch(/not valid JSON/);
    expect(result.diagnostics[0]?.offset).toBeTypeOf('number');
  });

  it('rejects an impossible publication date and keeps the other fields', () => {
    const result = parseMetadata('{"source":"AP","published":"2016-02-30"}', 'a.meta.json');
    expect(result.metadata).toEqual({ source: 'AP' });
    expect(result.diagnostics[0]?.message).toMatch(/"published" must be an ISO 8601 date/);
  });

  it('rejects fields of the wrong type, naming them', () => {
    const result = parseMetadata('{"source":42,"published":20160908}', 'a.meta.json');
    expect(result.metadata).toEqual({});
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /"source".*\n.*"published"/,
    );
  });

  it('rejects JSON that is not an object', () => {
    expect(parseMetadata('[1,2]', 'a.meta.json').diagnostics[0]?.message).toMatch(
      /must be a JSON object/,
    );
  });
});
