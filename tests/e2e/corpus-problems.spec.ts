/**
 * Issue 7: whatever arrives as the corpus, the page says what is wrong instead of
 * going blank. The corpus request is intercepted and answered with bad data.
 */
import { nothingRead } from '../../src/contract/article-fields.ts';
import { expect, test } from './fixtures.ts';

const cases: { name: string; status: number; body: string; message: RegExp }[] = [
  { name: 'missing', status: 404, body: 'Not found', message: /No corpus was found/ },
  { name: 'a server error', status: 500, body: 'loader crashed', message: /HTTP 500/ },
  { name: 'empty', status: 200, body: '', message: /corpus file is empty/ },
  {
    name: 'truncated',
    status: 200,
    body: '{"version":1,"articles":[{"id":"a","title":"Cut of',
    message: /not valid JSON.*truncated/,
  },
  {
    name: 'schema-invalid',
    status: 200,
    body: JSON.stringify({
      version: 1,
      articles: 'none',
      events: [],
      undated: [],
      diagnostics: [],
    }),
    message: /expected shape/,
  },
  {
    // Checked after the first drawing (the texts are not drawn first), still said.
    name: 'text-broken',
    status: 200,
    body: JSON.stringify({
      version: 1,
      articles: [
        {
          id: 'a',
          file: 'a.txt',
          title: 'A',
          source: null,
          published: null,
          publishedBasis: 'unknown',
          publishedReason: null,
          url: null,
          text: 42,
          ...nothingRead(),
        },
      ],
      events: [],
      undated: [],
      diagnostics: [],
    }),
    message: /articles\.0\.text/,
  },
  {
    name: 'an invalid split manifest',
    status: 200,
    body: JSON.stringify({ version: 1, format: 'split-by-period', articles: [] }),
    message: /manifest does not have the expected shape/,
  },
];

for (const { name, status, body, message } of cases) {
  test(`a ${name} corpus shows a clear message, not a blank page`, async ({
    page,
    consoleErrors,
  }) => {
    await page.route('**/corpus.json', (route) =>
      route.fulfill({ status, body, contentType: 'application/json' }),
    );
    await page.goto('');
    await expect(page.getByRole('alert')).toContainText(message);
    // The browser itself logs the failed request for HTTP errors; nothing else may fail.
    const unexpected = consoleErrors.filter(
      (error) => !/Failed to load resource: the server responded with a status of/.test(error),
    );
    consoleErrors.length = 0;
    expect(unexpected).toEqual([]);
  });
}
