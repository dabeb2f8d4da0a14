/**
 * A temporal expression as a parser found it, before the publication date and
 * the clause's tense are known. Offsets index the text the parser was given.
 */
import type { TimexType } from '../../contract/corpus.ts';

export interface TimexCandidate {
  start: number;
  end: number;
  type: TimexType;
  /**
   * TIMEX3 value, possibly underspecified (see `underspecified-values.ts`):
   * `2016-08-26`, `XXXX-08-26`, `XXXX-WXX-5TMO`, `DCT-1W`, `PREV+1D`, `P4M`, …
   */
  value: string;
  /** TIMEX3 mod (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`, …). */
  mod?: string;
  /** Name of the parser that found it, kept in `resolved.via`. */
  rule: string;
}

/**
 * The candidate spanning a regex match, less its first `skip` characters (a leading
 * "in " or "for " that the match needs but the expression does not include).
 */
export function candidateFromMatch(
  match: RegExpExecArray,
  fields: { type: TimexType; value: string; rule: string; mod?: string | undefined },
  skip = 0,
): TimexCandidate {
  const found: TimexCandidate = {
    start: match.index + skip,
    end: match.index + match[0].length,
    type: fields.type,
    value: fields.value,
    rule: fields.rule,
  };
  if (fields.mod) found.mod = fields.mod;
  return found;
}

/** A parser: text → candidates, each with its exact span. Never throws. */
export interface TimexParser {
  name: string;
  find(text: string): TimexCandidate[];
}

/** A refiner: candidates → candidates (drops, merges, widens), given the same text. */
export interface TimexRefiner {
  name: string;
  refine(text: string, candidates: TimexCandidate[]): TimexCandidate[];
}

/** Runs a global regex over the text, turning each match into zero or one candidate. */
export function scan(
  text: string,
  pattern: RegExp,
  build: (match: RegExpExecArray) => TimexCandidate | null,
): TimexCandidate[] {
  const found: TimexCandidate[] = [];
  // A global pattern is used as is (compiled once by its parser); others get a global copy.
  const regex = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const resumeAt = regex.lastIndex;
    const candidate = build(match);
    regex.lastIndex = resumeAt;
    if (candidate) found.push(candidate);
  }
  regex.lastIndex = 0;
  return found;
}
