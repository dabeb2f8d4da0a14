/**
 * The evidence a reader is shown for a mention: whole sentences, never a clause that stops
 * before its attribution ("…, the ministry said") or inside a bracket ("Bank of America (BoA").
 */
import type { Article, Mention, Span } from '../../../contract/corpus.ts';
import { mentionSentence } from '../../corpus/index.ts';

/** Opening and closing marks that must come in pairs inside shown evidence. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
];

/** How far past a sentence an unclosed bracket may look for its end (a paragraph, roughly). */
const MAX_REACH = 600;

/** The span grown to the sentences it touches. */
function toSentences(article: Article, span: Span): Span {
  let { start, end } = span;
  for (const sentence of article.sentences) {
    if (sentence.start < span.end && sentence.end > span.start) {
      start = Math.min(start, sentence.start);
      end = Math.max(end, sentence.end);
    }
  }
  return { start, end };
}

/** The span grown until every pair it opens closes inside it, and every pair it closes opens. */
function balanced(text: string, span: Span): Span {
  let { start, end } = span;
  for (const [open, close] of PAIRS) {
    let unclosed = 0;
    let unopened = 0;
    for (let at = start; at < end; at += 1) {
      if (text[at] === open) unclosed += 1;
      else if (text[at] === close) {
        if (unclosed > 0) unclosed -= 1;
        else unopened += 1;
      }
    }
    for (let at = start - 1; unopened > 0 && at >= Math.max(0, start - MAX_REACH); at -= 1) {
      if (text[at] === close) unopened += 1;
      else if (text[at] === open && (unopened -= 1) === 0) start = at;
    }
    const limit = Math.min(text.length, end + MAX_REACH);
    for (let at = end; unclosed > 0 && at < limit; at += 1) {
      if (text[at] === open) unclosed += 1;
      else if (text[at] === close && (unclosed -= 1) === 0) end = at + 1;
    }
  }
  return { start, end };
}

/** A "sentence" that starts in lower case continues the one before: `“…!” the minister said.` */
function withContinuation(article: Article, span: Span): Span {
  let { end } = span;
  for (;;) {
    const next = article.sentences
      .filter((sentence) => sentence.start >= end)
      .reduce<Span | null>(
        (first, sentence) => (first && first.start < sentence.start ? first : sentence),
        null,
      );
    // Only within the paragraph: a blank line ends the attribution's reach.
    if (!next || !/^[ \t]*\n?[ \t]*[a-z]/.test(article.text.slice(end, next.end))) {
      return { ...span, end };
    }
    end = next.end;
  }
}

/** The whole sentences around a mention, with brackets and quotes balanced. */
export function evidenceSpan(article: Article, mention: Span): Span {
  if (article.text.length < mention.end) return mention;
  let span = toSentences(article, mention);
  // Balancing may reach into the next sentence, which then must be shown whole too.
  for (let round = 0; round < 3; round += 1) {
    const grown = withContinuation(article, toSentences(article, balanced(article.text, span)));
    if (grown.start === span.start && grown.end === span.end) break;
    span = grown;
  }
  return span;
}

/**
 * The evidence text of a mention. A split corpus carries the mention's sentence before the
 * article's text is fetched: that is shown until then.
 */
export function evidenceText(article: Article, mention: Mention): string {
  if (article.text.length < mention.end) return mentionSentence(article, mention);
  const { start, end } = evidenceSpan(article, mention);
  return article.text.slice(start, end).trim();
}
