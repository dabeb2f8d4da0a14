import type { CorpusView } from '../../features/corpus/index.ts';

export interface LinkProblemsProps {
  /** The event the link names, when it is not in the corpus. */
  missingEventId: string | null;
  /** The article the link names, when it is not in the corpus. */
  missingArticleId: string | null;
  problem: CorpusView['problem'];
}

/** What the link names that the corpus does not hold, and parts that could not be loaded. */
export function LinkProblems({ missingEventId, missingArticleId, problem }: LinkProblemsProps) {
  return (
    <>
      {missingEventId !== null || missingArticleId !== null ? (
        <div className="problem notice" role="alert">
          {missingEventId !== null ? (
            <p>
              The link names an event that is not in this corpus: <code>{missingEventId}</code>.
            </p>
          ) : null}
          {missingArticleId !== null ? (
            <p>
              The link names an article that is not in this corpus: <code>{missingArticleId}</code>.
            </p>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <div className="problem notice" role="alert">
          <p>{problem.title}</p>
          {problem.details.map((detail, at) => (
            <p key={at}>
              <code>{detail}</code>
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
