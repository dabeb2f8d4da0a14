import type { CorpusProblem } from '../utils/read-corpus.ts';

/** A full-page explanation of why the corpus cannot be shown (never a blank page). */
export function CorpusProblemMessage({ problem }: { problem: CorpusProblem }) {
  return (
    <main className="corpus-problem">
      <div className="problem" role="alert">
        <h1 className="problem-title">{problem.title}</h1>
        {problem.details.length > 0 ? (
          <ul className="problem-details">
            {problem.details.map((detail, index) => (
              <li key={index}>
                <code>{detail}</code>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </main>
  );
}
