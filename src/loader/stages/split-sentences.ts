/**
 * Stage: splits each paragraph into sentences with compromise, keeping exact offsets.
 * Sentences never cross a paragraph boundary; compromise knows abbreviations
 * ("U.S.", "Sept.", "Gen.") and initials.
 */
import nlp from 'compromise';
import type { Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { matchSpans } from '../compromise-spans.ts';

export const splitSentences: ArticleStage = {
  name: 'split-sentences',
  run(draft) {
    const sentences = draft.paragraphs.flatMap((paragraph) => sentencesOf(draft.text, paragraph));
    return { ...draft, sentences };
  },
};

/** Sentence spans of one paragraph, as offsets into the whole text. */
export function sentencesOf(text: string, paragraph: Span): Span[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const found = matchSpans(nlp(slice));
  const spans: Span[] = [];
  for (const sentence of found) {
    const start = paragraph.start + sentence.start;
    const end = Math.min(paragraph.end, paragraph.start + sentence.end);
    if (end > start) spans.push(trimSpan(text, { start, end }));
  }
  return spans.length > 0 ? closeGaps(text, spans, paragraph) : [paragraph];
}

/** Extends each sentence to the next one's start so trailing punctuation and quotes are kept. */
function closeGaps(text: string, spans: Span[], paragraph: Span): Span[] {
  return spans.map((span, index) => {
    const next = spans[index + 1];
    const end = next ? next.start : paragraph.end;
    return trimSpan(text, { start: index === 0 ? paragraph.start : span.start, end });
  });
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
