/**
 * One compromise parse per paragraph, shared by the sentence, entity and event stages.
 *
 * compromise is the slowest part of the loader, so each paragraph is tagged once and the
 * result kept as plain data (tokens with offsets and tags). The cache is a memo of a pure
 * function keyed by the paragraph's text: stages stay pure, and a stage run alone (in a
 * test) parses on demand.
 */
import nlp from 'compromise';
import { bulkMatch } from './compromise-sweep.ts';

// Same tags, a fraction of the time: see compromise-sweep.ts.
nlp.plugin({ methods: { one: { bulkMatch } } } as Parameters<typeof nlp.plugin>[0]);

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
  tags?: Iterable<string>;
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

interface World {
  methods: { one: { tokenize: { splitSentences(text: string, world: World): string[] } } };
}

const world = (nlp as unknown as { world(): World }).world();

/**
 * compromise tags each sentence on its own (its rules never look past a sentence end), so a
 * paragraph is cut where compromise would cut it and each sentence is tagged once, memoized:
 * wire copy and follow-up articles repeat whole sentences far more often than paragraphs.
 */
function parseUncached(text: string): ParsedParagraph {
  const pieces = splitSentenceTexts(text);
  const tokens: Token[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const piece of pieces ?? []) {
    const parsed = parseSentence(piece);
    // compromise threw on this sentence: fall back to what a whole-paragraph parse gives.
    if (parsed === null) return fromRawOrFallback(text, parseText(text));
    for (const sentence of parsed.sentences)
      sentences.push({ start: sentence.start + offset, end: sentence.end + offset });
    for (const token of parsed.tokens)
      tokens.push({ ...token, start: token.start + offset, end: token.end + offset });
    offset += piece.length;
  }
  if (pieces === null) return fromRawOrFallback(text, parseText(text));
  if (tokens.length === 0) return fallbackParse(text);
  return { tokens, sentences };
}

/** compromise's own sentence cut of a paragraph, or null when the pieces do not spell it. */
function splitSentenceTexts(text: string): string[] | null {
  try {
    const pieces = world.methods.one.tokenize.splitSentences(text, world);
    // The pieces must spell the paragraph exactly for their offsets to add up.
    return pieces.join('') === text ? pieces : null;
  } catch {
    return null;
  }
}

/**
 * Where compromise's sentences start and end in a paragraph, without tagging it: its
 * sentence cut is made by the tokenizer, before and regardless of tags, so the spans are
 * those of `parseParagraph(text).sentences` at a tenth of the cost.
 */
export function paragraphSentences(text: string): Array<{ start: number; end: number }> {
  const cached = cache.get(text);
  if (cached) return cached.sentences;
  let raw: RawSentence[];
  try {
    raw = nlp.tokenize(text).json({ offset: true }) as RawSentence[];
  } catch {
    raw = [];
  }
  return fromRawOrFallback(text, raw).sentences;
}

function fromRawOrFallback(text: string, raw: RawSentence[]): ParsedParagraph {
  const parsed = fromRaw(text, raw);
  return parsed.tokens.length === 0 ? fallbackParse(text) : parsed;
}

const sentenceCache = new Map<string, ParsedParagraph>();
const SENTENCE_CACHE_LIMIT = 4 * CACHE_LIMIT;

/**
 * One sentence's parse, offsets relative to it (memoized by its text, oldest dropped
 * first); null when compromise throws on it.
 */
function parseSentence(text: string): ParsedParagraph | null {
  const hit = sentenceCache.get(text);
  if (hit) return hit;
  let raw: RawSentence[];
  try {
    raw = tagged(text);
  } catch {
    return null;
  }
  const parsed = fromRaw(text, raw);
  if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) {
    const oldest = sentenceCache.keys().next();
    if (!oldest.done) sentenceCache.delete(oldest.value);
  }
  sentenceCache.set(text, parsed);
  return parsed;
}

/**
 * What `nlp(text).json({ offset: true })` returns, without json()'s copy of every term:
 * the terms are read straight from the finished document (tags as compromise's own sets).
 */
function tagged(text: string): RawSentence[] {
  // compromise's typings omit `terms: false` and the document itself.
  const doc = nlp(text) as unknown as { json(options: object): unknown; document: RawTerm[][] };
  // Sentence offsets from json() without terms; json() also computes the terms' offsets.
  const sentences = doc.json({ offset: true, terms: false }) as RawSentence[];
  const document = doc.document;
  return sentences.map((sentence, index) => ({
    offset: sentence.offset,
    terms: document[index] ?? [],
  }));
}

function parseText(text: string): RawSentence[] {
  try {
    return tagged(text);
  } catch {
    // compromise has thrown on odd input before; a paragraph without tags still has words.
    return [];
  }
}

function fromRaw(text: string, raw: RawSentence[]): ParsedParagraph {
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
