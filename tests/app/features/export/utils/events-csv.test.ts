import { describe, expect, it } from 'vitest';
import { csvField, eventsCsv } from '../../../../../src/features/export/utils/events-csv.ts';
import { meetingEvent, stalledEvent, syriaCorpus, undatedEvent } from '../../../fixtures.ts';

const articleById = new Map(
  syriaCorpus.articles.map((article) => [
    article.id,
    article.id === 'geneva' ? { ...article, url: 'https://example.com/a?x=1,2' } : article,
  ]),
);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['-12', '-12'],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('eventsCsv', () => {
  it('writes a header and one CRLF-ended row per event, dates at their granularity', () => {
    const csv = eventsCsv(
      [stalledEvent, { ...meetingEvent, title: 'Kerry "meets" Lavrov' }, undatedEvent],
      articleById,
    );
    expect(csv).toBe(
      [
        'date,title,kind,participants,places,sources,source_urls',
        '2016-07,Talks stall,Other,,,Daily News: Russia and US agree on Syria ceasefire,',
        '2016-08-26,"Kerry ""meets"" Lavrov",Meeting,John Kerry; Sergei Lavrov,Geneva,Buzzing Live: Kerry arrives in Geneva; Daily News: Russia and US agree on Syria ceasefire,"https://example.com/a?x=1,2"',
        ',Ministry comments,Statement,,,Daily News: Russia and US agree on Syria ceasefire,',
        '',
      ].join('\r\n'),
    );
  });
});
