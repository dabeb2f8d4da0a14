import type { Article, Mention } from '../../../contract/corpus.ts';
import { evidenceText } from '../utils/evidence-sentence.ts';

export interface SourceMentionProps {
  article: Article | undefined;
  mention: Mention;
  /** What the loader filled in of the date, in words, or null. */
  inferredPart: string | null;
  open: boolean;
  onOpen: () => void;
}

/** One report of the event in one article: the date as written, the whole sentence, and a way to it. */
export function SourceMention({
  article,
  mention,
  inferredPart,
  open,
  onOpen,
}: SourceMentionProps) {
  return (
    <div className="source-mention">
      {mention.timex || inferredPart ? (
        <p className="as-written">
          {mention.timex ? (
            <>
              As written: <q className="timex-text">{mention.timex.text}</q>
            </>
          ) : null}
          {inferredPart ? <span className="flag flag-inferred">{inferredPart}</span> : null}
        </p>
      ) : null}
      {article ? (
        <>
          <blockquote className="source-sentence">{evidenceText(article, mention)}</blockquote>
          <button type="button" className="open-source" aria-pressed={open} onClick={onOpen}>
            Show in article
            <span className="visually-hidden">: {article.title}</span>
          </button>
        </>
      ) : null}
    </div>
  );
}
