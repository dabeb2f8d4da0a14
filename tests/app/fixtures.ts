/**
 * Small hand-made corpora for component tests. Every fixture goes through
 * `checkCorpus`, so a contract change that breaks them fails here first.
 */
import {
  checkCorpus,
  type Article,
  type Corpus,
  type Mention,
  type TimelineEvent,
} from '../../src/contract/corpus.ts';

/** The `{ start, end }` of the first occurrence of `part` in `text` (throws if absent, to catch fixture typos). */
export function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture text does not contain "${part}"`);
  return { start, end: start + part.length };
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (const block of text.split('\n\n')) {
    spans.push({ start: offset, end: offset + block.length });
    offset += block.length + 2;
  }
  return spans;
}

function article(
  fields: Pick<Article, 'id' | 'title' | 'source' | 'published' | 'publishedBasis' | 'text'> &
    Partial<Article>,
): Article {
  return {
    file: `${fields.id}.txt`,
    publishedReason: null,
    url: null,
    headline: null,
    standfirst: null,
    dateline: null,
    paragraphs: paragraphsOf(fields.text),
    sentences: [],
    boilerplate: [],
    timexes: [],
    entities: [],
    ...fields,
  };
}

function mention(articleRecord: Article, sentence: string, timexText: string | null): Mention {
  const span = spanOf(articleRecord.text, sentence);
  const timex = timexText === null ? null : spanOf(articleRecord.text, timexText, span.start);
  return {
    article: articleRecord.id,
    ...span,
    timex: timex && { ...timex, text: timexText ?? '', value: 'XXXX' },
    // The loader gives an undated mention no basis.
    ...(timex ? { dateBasis: 'own-timex' } : {}),
  };
}

function event(
  fields: Pick<TimelineEvent, 'id' | 'title' | 'kind' | 'start' | 'mentions'> &
    Partial<TimelineEvent>,
): TimelineEvent {
  return {
    end: null,
    granularity: fields.start === null ? null : 'day',
    approximate: false,
    modality: 'actual',
    participants: [],
    places: [],
    mergedBecause: [],
    ...fields,
  };
}

const genevaText = [
  'Kerry arrives in Geneva',
  'US Secretary of State John Kerry arrived in Geneva on Thursday for talks with Sergei Lavrov.',
  'File photo of John Kerry.',
  'He was scheduled to meet with Lavrov on Friday morning.',
  'The conflict erupted in 2011 after a crackdown.',
].join('\n\n');

export const genevaArticle = article({
  id: 'geneva',
  title: 'Kerry arrives in Geneva',
  source: 'Buzzing Live',
  published: '2016-08-25',
  publishedBasis: 'metadata',
  text: genevaText,
  boilerplate: [{ ...spanOf(genevaText, 'File photo of John Kerry.'), reason: 'photo-caption' }],
  timexes: [
    {
      id: 't1',
      ...spanOf(genevaText, 'Thursday'),
      text: 'Thursday',
      type: 'DATE',
      value: '2016-08-25',
      resolved: {
        start: '2016-08-25',
        end: '2016-08-26',
        granularity: 'day',
        stated: ['weekday'],
        inferred: ['year', 'month', 'day'],
        via: ['resolve-weekdays'],
        approximate: false,
      },
    },
  ],
});

const dealText = [
  'Russia and US agree on Syria ceasefire',
  'Lavrov and Kerry met on Friday in Geneva, the ministry said.',
  'The two agreed on Sept. 9 to a ceasefire in Syria.',
  'Talks had stalled in mid-July.',
].join('\n\n');

export const dealArticle = article({
  id: 'deal',
  title: 'Russia and US agree on Syria ceasefire',
  source: 'Daily News',
  published: '2016-09-10',
  publishedBasis: 'inferred',
  publishedReason: 'latest date in the text',
  text: dealText,
});

export const quietArticle = article({
  id: 'quiet',
  title: 'A quiet column',
  source: null,
  published: null,
  publishedBasis: 'unknown',
  text: 'Nothing happened here at any particular time.',
});

export const arrivalEvent = event({
  id: 'arrival',
  title: 'Kerry arrives in Geneva',
  kind: 'arrival',
  start: '2016-08-25',
  end: '2016-08-26',
  participants: ['John Kerry'],
  places: ['Geneva'],
  mentions: [
    mention(
      genevaArticle,
      'US Secretary of State John Kerry arrived in Geneva on Thursday for talks with Sergei Lavrov.',
      'Thursday',
    ),
  ],
});

export const meetingEvent = event({
  id: 'meeting',
  title: 'Kerry meets Lavrov',
  kind: 'meeting',
  start: '2016-08-26',
  end: '2016-08-27',
  modality: 'scheduled',
  participants: ['John Kerry', 'Sergei Lavrov'],
  places: ['Geneva'],
  mentions: [
    mention(genevaArticle, 'He was scheduled to meet with Lavrov on Friday morning.', 'Friday'),
    mention(dealArticle, 'Lavrov and Kerry met on Friday in Geneva, the ministry said.', 'Friday'),
  ],
  mergedBecause: ['same participants and day'],
});

export const warEvent = event({
  id: 'war',
  title: 'Syrian conflict erupts',
  kind: 'military',
  start: '2011-01-01',
  end: '2012-01-01',
  granularity: 'year',
  places: ['Syria'],
  mentions: [mention(genevaArticle, 'The conflict erupted in 2011 after a crackdown.', '2011')],
});

export const agreementEvent = event({
  id: 'agreement',
  title: 'Russia and US agree on ceasefire',
  kind: 'agreement',
  start: '2016-09-09',
  end: '2016-09-10',
  participants: ['Sergei Lavrov', 'John Kerry'],
  places: ['Syria'],
  mentions: [mention(dealArticle, 'The two agreed on Sept. 9 to a ceasefire in Syria.', 'Sept. 9')],
});

export const stalledEvent = event({
  id: 'stalled',
  title: 'Talks stall',
  kind: 'other',
  start: '2016-07-11',
  end: '2016-07-21',
  granularity: 'month',
  approximate: true,
  mentions: [mention(dealArticle, 'Talks had stalled in mid-July.', 'mid-July')],
});

export const undatedEvent = event({
  id: 'undated-statement',
  title: 'Ministry comments',
  kind: 'statement',
  start: null,
  mentions: [
    mention(dealArticle, 'Lavrov and Kerry met on Friday in Geneva, the ministry said.', null),
  ],
});

/** Validates a fixture against the contract, failing loudly if it drifted. */
export function validCorpus(corpus: Corpus): Corpus {
  const check = checkCorpus(corpus);
  if (!check.ok) throw new Error(`fixture breaks the contract:\n${check.problems.join('\n')}`);
  return check.corpus;
}

/** Three articles (one without events), five dated events, one undated. */
export const syriaCorpus: Corpus = validCorpus({
  version: 1,
  articles: [genevaArticle, dealArticle, quietArticle],
  events: [warEvent, stalledEvent, arrivalEvent, meetingEvent, agreementEvent],
  undated: [undatedEvent],
  diagnostics: [],
});

export const emptyCorpus: Corpus = validCorpus({
  version: 1,
  articles: [],
  events: [],
  undated: [],
  diagnostics: [],
});

/** Articles but nothing datable in them. */
export const eventlessCorpus: Corpus = validCorpus({
  version: 1,
  articles: [quietArticle],
  events: [],
  undated: [],
  diagnostics: [],
});

const hostileText = 'Breaking: <img src=x onerror="alert(1)"> happened on Monday.';
const hostileArticle = article({
  id: 'hostile',
  title: '<script>alert("title")</script>',
  source: '<b>Evil Source</b>',
  published: '2016-09-12',
  publishedBasis: 'metadata',
  text: hostileText,
});

/** Markup in every text field, to prove nothing is rendered as HTML. */
export const hostileCorpus: Corpus = validCorpus({
  version: 1,
  articles: [hostileArticle],
  events: [
    event({
      id: 'hostile-event',
      title: '<img src=x onerror="alert(2)">',
      kind: 'other',
      start: '2016-09-12',
      participants: ['<i>Mallory</i>'],
      mentions: [mention(hostileArticle, hostileText, 'Monday')],
    }),
  ],
  undated: [],
  diagnostics: [],
});
