/**
 * Property-based tests over random and mutated news text: the article stages never
 * throw, every span slices the text to what it claims, every value is well-formed,
 * and the corpus does not depend on file order.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema, checkCorpus } from '../../src/contract/corpus.ts';
import { createDraft } from '../../src/loader/article-draft.ts';
import { buildCorpus, runArticleStages } from '../../src/loader/build-corpus.ts';

const SEED_TEXT = readFileSync(
  new URL('../../seeds/001_9f3526e4e149149f.txt', import.meta.url),
  'utf8',
);

const NEWS_PIECES = [
  'on Thursday',
  'Friday morning',
  'August 26',
  'mid-July',
  'late 2015',
  'this week',
  'in 2011',
  'five and a half years',
  'every week',
  'now',
  'recently',
  'the 1990s',
  'Sept. 8',
  '8/9/2016',
  'at 10:00 pm (local time)',
  'the following day',
  'two days ago',
  'next year',
  'Q3 2019',
  'February 30',
  'the year 99999',
  '$4.5 million',
  '3-1',
  'COVID-19',
  'Boeing 747',
  'G20',
  'Copyright © 2016',
  'John Kerry',
  'Sergey Lavrov',
  'the U.S.',
  'Gen. Smith',
  'Geneva',
  'met',
  'said',
  'will meet',
  'arrived',
  'announced',
  'was killed',
  '“',
  '”',
  '.',
  ',',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '–',
  'WASHINGTON –',
  'Leave a Reply',
  '<script>alert(1)</script>',
  '🙂',
  '\t',
];

const newsText = fc
  .array(
    fc.oneof(fc.constantFrom(...NEWS_PIECES), fc.string({ maxLength: 12 }), fc.constant(' ')),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(' '));

const mutatedSeed = fc
  .array(fc.tuple(fc.nat(SEED_TEXT.length), fc.nat(40), fc.string({ maxLength: 8 })), {
    maxLength: 6,
  })
  .map((edits) =>
    edits.reduce(
      (text, [at, length, insert]) => text.slice(0, at) + insert + text.slice(at + length),
      SEED_TEXT,
    ),
  );

const published = fc.option(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  { nil: undefined },
);

const TIMEX_VALUE =
  /^(\d{4}(-(\d{2}(-\d{2}(T\d{2}(:\d{2})?|T(MO|AF|EV|NI|DT))?)?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{1,3}|P(\d+(\.\d+)?[YMWD]|T\d+(\.\d+)?[HMS]|X[YMWD]|TX[HMS])+|PT.*|P.*|PRESENT_REF|PAST_REF|FUTURE_REF|X{4}.*|T\d{2}(:\d{2})?|T(MO|AF|EV|NI))$/;

function runOne(text: string, date: string | undefined) {
  const draft = createDraft(
    { file: 'random.txt', metadata: date ? { published: date } : null },
    'random',
    text,
  );
  return runArticleStages(draft);
}

describe('article stages on random and mutated news text', () => {
  it('never fail a stage, and every span slices the text to its stated text', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, mutatedSeed), published, (text, date) => {
        const draft = runOne(text, date);
        expect(draft.diagnostics.filter((d) => d.message.startsWith('stage failed'))).toEqual([]);
        for (const span of [...draft.paragraphs, ...draft.sentences, ...draft.boilerplate]) {
          expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
        }
        for (const timex of draft.timexes)
          expect(text.slice(timex.start, timex.end)).toBe(timex.text);
        for (const entity of draft.entities)
          expect(text.slice(entity.start, entity.end)).toBe(entity.text);
        for (const event of draft.events) {
          const { mention } = event;
          expect(mention.end).toBeLessThanOrEqual(text.length);
          if (mention.timex)
            expect(text.slice(mention.timex.start, mention.timex.end)).toBe(mention.timex.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('give only well-formed TIMEX3 values and ISO 8601 intervals', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, mutatedSeed), published, (text, date) => {
        const draft = runOne(text, date);
        for (const timex of draft.timexes) {
          expect(timex.value, `${timex.text} → ${timex.value}`).toMatch(TIMEX_VALUE);
        }
        const article = { ...draft, published: draft.published ?? null };
        const result = articleSchema.safeParse(article);
        expect(
          result.success,
          result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3)),
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('buildCorpus on random folders', () => {
  it('gives byte-identical JSON for any file order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), newsText), {
          minLength: 1,
          maxLength: 4,
          selector: ([name]) => name,
        }),
        published,
        (files, date) => {
          const sources = files.map(([name, text]) => ({
            file: `${name}.txt`,
            bytes: new TextEncoder().encode(text),
            metadata: date ? { published: date } : null,
            diagnostics: [],
          }));
          const forward = buildCorpus(sources);
          expect(checkCorpus(JSON.parse(JSON.stringify(forward))).ok).toBe(true);
          expect(JSON.stringify(buildCorpus([...sources].reverse()))).toBe(JSON.stringify(forward));
        },
      ),
      { numRuns: 40 },
    );
  });
});
