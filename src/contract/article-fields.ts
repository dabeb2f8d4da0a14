/**
 * Every field of an article, said once, in three groups: its head (what it is and when it
 * was published: all a split corpus's manifest carries), its text, and what the loader read
 * from the text. The loader's draft, the corpus, the manifest and the viewer's stand-in for
 * an article not fetched yet are all made from these lists.
 */
import type { Article } from './corpus.ts';

/** Which group each article field belongs to; the type check fails on a field left out. */
const ARTICLE_FIELDS = {
  id: 'head',
  file: 'head',
  title: 'head',
  source: 'head',
  published: 'head',
  publishedBasis: 'head',
  publishedReason: 'head',
  url: 'head',
  text: 'text',
  headline: 'reading',
  standfirst: 'reading',
  dateline: 'reading',
  paragraphs: 'reading',
  sentences: 'reading',
  boilerplate: 'reading',
  timexes: 'reading',
  entities: 'reading',
} as const satisfies Record<keyof Article, 'head' | 'text' | 'reading'>;

type FieldsIn<Group> = {
  [Field in keyof typeof ARTICLE_FIELDS]: (typeof ARTICLE_FIELDS)[Field] extends Group
    ? Field
    : never;
}[keyof typeof ARTICLE_FIELDS];

/** What an article is and when it was published, without what it says. */
export type ArticleHead = Pick<Article, FieldsIn<'head'>>;
/** What the loader reads from an article's text. */
type ArticleReading = Pick<Article, FieldsIn<'reading'>>;

const fieldsIn = <Group extends string>(group: Group) =>
  Object.keys(ARTICLE_FIELDS).filter(
    (field) => ARTICLE_FIELDS[field as keyof Article] === group,
  ) as Array<FieldsIn<Group>>;

/** The head's field names, in the contract's order. */
export const ARTICLE_HEAD_FIELDS = fieldsIn('head');
const ARTICLE_READING_FIELDS = fieldsIn('reading');

/** The head of an article, or of anything that carries one (a loader draft, a manifest entry). */
export function articleHead(source: ArticleHead): ArticleHead {
  const head: Partial<ArticleHead> = {};
  for (const field of ARTICLE_HEAD_FIELDS) Object.assign(head, { [field]: source[field] });
  return head as ArticleHead;
}

/** Exactly an article's fields, taken from something that carries more (a loader draft). */
export function pickArticle(source: Article): Article {
  const reading: Partial<ArticleReading> = {};
  for (const field of ARTICLE_READING_FIELDS) Object.assign(reading, { [field]: source[field] });
  return { ...articleHead(source), text: source.text, ...(reading as ArticleReading) };
}

/** What the loader has read from a text before it has read anything. */
export function nothingRead(): ArticleReading {
  return {
    headline: null,
    standfirst: null,
    dateline: null,
    paragraphs: [],
    sentences: [],
    boilerplate: [],
    timexes: [],
    entities: [],
  };
}
