/**
 * Cuts an article into the blocks it is shown as: its paragraphs, plus any text
 * the paragraphs leave out (so no evidence can fall between the cracks).
 */
import type { Article } from '../../../contract/corpus.ts';

export interface TextBlock {
  start: number;
  end: number;
}

/** Paragraph spans in order, with uncovered non-blank stretches added as their own blocks. */
export function articleBlocks(article: Article): TextBlock[] {
  const { text } = article;
  const paragraphs = [...article.paragraphs]
    .filter((span) => span.end > span.start && span.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const blocks: TextBlock[] = [];
  let cursor = 0;
  const addGap = (start: number, end: number) => {
    // A gap may hold several blank-line separated pieces; keep each as a block.
    const gap = text.slice(start, end);
    const pattern = /\S[\s\S]*?(?=\n\s*\n|$)/g;
    for (const match of gap.matchAll(pattern)) {
      const blockStart = start + match.index;
      blocks.push({ start: blockStart, end: blockStart + match[0].trimEnd().length });
    }
  };
  for (const paragraph of paragraphs) {
    const from = Math.max(paragraph.start, cursor);
    if (from >= paragraph.end) continue;
    if (from > cursor) addGap(cursor, from);
    blocks.push({ start: from, end: paragraph.end });
    cursor = paragraph.end;
  }
  if (cursor < text.length) addGap(cursor, text.length);
  return blocks;
}
