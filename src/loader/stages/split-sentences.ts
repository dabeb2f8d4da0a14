/**
 * Stage: tags each paragraph with the language model (words with offsets, tags, lemmas)
 * and splits it into sentences, keeping exact offsets. Sentences never cross a paragraph
 * boundary. The model knows most abbreviations ("U.S.", "Sept.") and initials; the
 * repairs below catch what it misses: a split before a lower-case word or a closing
 * quote, or after a title abbreviation.
 */
import type { Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { tagParagraph, type Word } from '../language/tag-words.ts';

export const splitSentences: ArticleStage = {
  name: 'split-sentences',
  run(draft) {
    const words: Word[] = [];
    const sentences: Span[] = [];
    for (const paragraph of draft.paragraphs) {
      const tagged = tagParagraph(draft.text, paragraph);
      words.push(...tagged.words);
      sentences.push(...repairSentences(draft.text, paragraph, tagged.sentences));
    }
    return { ...draft, sentences, words };
  },
};

/** Abbreviations after which a capitalized word continues the sentence. */
const CONTINUING_ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|Prof|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos|vs|Jr|Sr|Inc|Corp|Co|Ltd|[A-Z])\.["”’]?$/;

/** Sentence spans of one paragraph, as offsets into the whole text. */
export function sentencesOf(text: string, paragraph: Span): Span[] {
  return repairSentences(text, paragraph, tagParagraph(text, paragraph).sentences);
}

/** The model's sentences of a paragraph, gaps closed and wrong splits joined. */
function repairSentences(text: string, paragraph: Span, cut: readonly Span[]): Span[] {
  const found = cut.map((sentence) => ({
    start: sentence.start,
    end: Math.min(paragraph.end, sentence.end),
  }));
  const spans = closeGaps(
    text,
    found.filter((span) => span.end > span.start),
    paragraph,
  );
  if (spans.length === 0) return [trimSpan(text, paragraph)];
  return repair(text, spans)
    .flatMap((span) => splitAfterDesignators(text, span))
    .filter((span) => span.end > span.start);
}

/**
 * "on strong sales of the iPhone 3G. The company shipped": the model reads the "G." of a
 * number joined to letters as an initial, which ends no sentence; a model's name is no
 * abbreviation, and its full stop before a capital ends the sentence.
 */
const DESIGNATOR_END = /\d[A-Z]{1,3}\.(?=\s+["“]?[A-Z])/g;

function splitAfterDesignators(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (const match of text.slice(span.start, span.end).matchAll(DESIGNATOR_END)) {
    const end = span.start + (match.index ?? 0) + match[0].length;
    pieces.push(trimSpan(text, { start, end }));
    start = end;
  }
  pieces.push(trimSpan(text, { start, end: span.end }));
  return pieces;
}

/** Extends each sentence to the next one's start so trailing punctuation and quotes are kept. */
function closeGaps(text: string, spans: Span[], paragraph: Span): Span[] {
  return spans.map((span, index) => {
    const next = spans[index + 1];
    const end = next ? next.start : paragraph.end;
    return trimSpan(text, { start: index === 0 ? paragraph.start : span.start, end });
  });
}

/** Joins a sentence to the previous one where the language model split too eagerly. */
function repair(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const current = text.slice(span.start, span.end);
    if (previous && shouldJoin(text.slice(previous.start, previous.end), current)) {
      out[out.length - 1] = { start: previous.start, end: span.end };
    } else {
      out.push(span);
    }
  }
  return out;
}

function shouldJoin(previous: string, current: string): boolean {
  // A closing quote or a lower-case word cannot open a sentence: ”, he said. / … said Gen. smith
  if (/^["”’)\]]/.test(current) || /^[a-z]/.test(current)) return true;
  // "…the U.S. Secretary…" split after a title or month abbreviation.
  if (CONTINUING_ABBREVIATION.test(previous) && /^[A-Z0-9]/.test(current)) {
    // …but "in the U.S. The next day…" is a real end: a function word opening the next one.
    return !/^(The|A|An|He|She|It|They|We|I|But|And|This|That|In|On|At|Its|Their)\b/.test(current);
  }
  // An opening quote left open continues into the next piece: “We went. We won,” he said.
  const opens = (previous.match(/“/g) ?? []).length;
  const closes = (previous.match(/”/g) ?? []).length;
  return opens > closes && /”/.test(current) && !/“/.test(current.slice(0, current.indexOf('”')));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
