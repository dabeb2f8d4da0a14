/**
 * One compromise parse per paragraph, shared by the sentence, entity and event stages.
 *
 * compromise is the slowest part of the loader, so each paragraph is tagged once and the
 * result kept as plain data (tokens with offsets and tags). The cache is a memo of a pure
 * function keyed by the paragraph's text: stages stay pure, and a stage run alone (in a
 * test) parses on demand.
 */
import nlp from 'compromise';

/** A word as compromise tagged it, with offsets relative to the parsed text. */
export interface Token {
  text: string;
  /** Lower-cased, punctuation-free form. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces compromise saw before and after the word. */
  pre: string;
  post: string;
  /** compromise's chunk: `Noun`, `Verb`, `Adjective`, `Pivot`, or '' */
  chunk: string;
}

/** A paragraph's tokens, and where compromise thinks its sentences start and end. */
export interface ParsedParagraph {
  tokens: Token[];
  sentences: Array<{ start: number; end: number }>;
}

interface RawTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: string[];
  chunk?: string;
  offset: { start: number; length: number };
}

interface RawSentence {
  offset: { start: number; length: number };
  terms: RawTerm[];
}

const CACHE_LIMIT = 4000;
const cache = new Map<string, ParsedParagraph>();

/** Tags one paragraph (memoized by its text); offsets are relative to `text`. */
export function parseParagraph(text: string): ParsedParagraph {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) {
    // Oldest first: the stages of one article ask for the same paragraphs in a row.
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): ParsedParagraph {
  let raw: RawSentence[];
  try {
    raw = nlp(text).json({ offset: true }) as RawSentence[];
  } catch {
    // compromise has thrown on odd input before; a paragraph without tags still has words.
    raw = [];
  }
  const tokens: Token[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  for (const sentence of raw) {
    sentences.push({
      start: sentence.offset.start,
      end: sentence.offset.start + sentence.offset.length,
    });
    for (const term of sentence.terms) {
      const start = term.offset.start;
      const end = start + term.offset.length;
      if (end <= start || end > text.length) continue;
      tokens.push({
        text: text.slice(start, end),
        normal: term.normal ?? term.text.toLowerCase(),
        start,
        end,
        tags: new Set(term.tags ?? []),
        pre: term.pre ?? '',
        post: term.post ?? '',
        chunk: term.chunk ?? '',
      });
    }
  }
  if (tokens.length === 0) return fallbackParse(text);
  return { tokens, sentences };
}

/** Whitespace words without tags: enough for the stages to stay total. */
function fallbackParse(text: string): ParsedParagraph {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[^\s]+/g)) {
    const word = match[0].replace(/^[("“‘']+|[)"”’',.;:!?]+$/g, '');
    if (word === '') continue;
    const start = match.index + match[0].indexOf(word);
    tokens.push({
      text: word,
      normal: word.toLowerCase(),
      start,
      end: start + word.length,
      tags: new Set(),
      pre: '',
      post: match[0].slice(match[0].indexOf(word) + word.length),
      chunk: '',
    });
  }
  return { tokens, sentences: text.trim() === '' ? [] : [{ start: 0, end: text.length }] };
}

/** Tokens of a paragraph as offsets into the whole article text. */
export function paragraphTokens(text: string, paragraph: { start: number; end: number }): Token[] {
  const parsed = parseParagraph(text.slice(paragraph.start, paragraph.end));
  return parsed.tokens.map((token) => ({
    ...token,
    start: token.start + paragraph.start,
    end: token.end + paragraph.start,
  }));
}
