import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Article, TimelineEvent } from '../../../contract/corpus.ts';
import {
  articleAnnotations,
  type ArticleFocus,
  type ArticleMark,
} from '../utils/article-annotations.ts';
import { scrollWithin } from '../../../lib/scroll-within.ts';
import { articleBlocks } from '../utils/article-blocks.ts';
import { nestAnnotations, type TextTree } from '../utils/nest-annotations.ts';

export interface ArticleTextProps {
  article: Article;
  articleEvents: TimelineEvent[];
  focus: ArticleFocus | null;
  onSelectEvent: (eventId: string) => void;
}

/**
 * The article's full text as React text nodes (never parsed as HTML), paragraph by
 * paragraph, with the evidence sentence in a `<mark>` scrolled into view.
 */
export function ArticleText({ article, articleEvents, focus, onSelectEvent }: ArticleTextProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => {
    const annotations = articleAnnotations(article, articleEvents, focus);
    return articleBlocks(article).map((block) => ({
      ...block,
      tree: nestAnnotations(article.text, block.start, block.end, annotations),
    }));
  }, [article, articleEvents, focus]);

  useEffect(() => {
    const container = containerRef.current;
    // The first piece of the sentence (it may be cut by a paragraph or boilerplate edge).
    const mark = container?.querySelector<HTMLElement>('mark.evidence');
    if (!mark || !container) return;
    // The sentence a third of the way down its text box (the phone's sheet, where the
    // text does not scroll on its own); the page itself never moves.
    scrollWithin(mark, 'third');
  }, [blocks]);

  const render = (nodes: TextTree<ArticleMark>[]): ReactNode[] =>
    nodes.map((node) => {
      const key = `${node.type}:${node.start}:${node.end}`;
      if (node.type === 'text') return node.text;
      const children = render(node.children);
      const mark = node.payload;
      switch (mark.type) {
        case 'boilerplate':
          return (
            <span key={key} className="boilerplate" title={`Boilerplate (${mark.reason})`}>
              {children}
            </span>
          );
        case 'evidence':
          return (
            <mark key={key} className="evidence">
              {children}
            </mark>
          );
        case 'same-event':
          return (
            <mark key={key} className="same-event">
              {children}
            </mark>
          );
        case 'timex':
          return (
            <mark key={key} className="timex">
              {children}
            </mark>
          );
        case 'other-event':
          // A span, not a button: a button is laid out as a block, which broke the
          // sentence around it and left "," and ")." on lines of their own.
          return (
            <span
              key={key}
              role="button"
              tabIndex={0}
              className="event-link"
              data-event-id={mark.eventId}
              title={`Show event: ${mark.title}`}
              onClick={() => onSelectEvent(mark.eventId)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                onSelectEvent(mark.eventId);
              }}
            >
              {children}
            </span>
          );
      }
    });

  return (
    <div className="article-text" ref={containerRef}>
      {blocks.map((block) => (
        <p key={block.start}>{render(block.tree)}</p>
      ))}
    </div>
  );
}
