/** Passive and reduced-relative readings of a trigger participle: "was arrested", "a plan adopted by". */

import type { Clause } from './clauses.ts';
import type { Trigger } from './find-trigger.ts';

/** "was arrested", "had been announced": a participle after a form of "be". */
export function isPassive(clause: Clause, trigger: Trigger): boolean {
  const word = clause.tokens[trigger.index];
  if (!word || !/(ed|en|wn|ld|ht|nt)$/.test(word.normal) || word.tags.has('Gerund')) return false;
  const previous = clause.tokens
    .slice(Math.max(0, trigger.index - 3), trigger.index)
    .map((token) => token.normal);
  return previous.some((normal) =>
    ['was', 'were', 'been', 'be', 'is', 'are', 'being'].includes(normal),
  );
}

/** "a peace plan adopted by …": a participle right after its noun, no auxiliary. */
export function isReducedRelative(clause: Clause, trigger: Trigger): boolean {
  return clause.tokens[trigger.index - 1]?.tags.has('Noun') ?? false;
}

/** Where a passive's "by" agent starts ("announced Wednesday by Russian diplomats"). */
export function passiveAgentStart(clause: Clause, trigger: Trigger): number | null {
  const word = clause.tokens[trigger.index];
  if (!word || !/ed$|en$|ld$|ht$|wn$/.test(word.normal)) return null;
  const auxiliary = clause.tokens
    .slice(Math.max(0, trigger.index - 3), trigger.index)
    .some((token) => ['was', 'were', 'been', 'be', 'is', 'are', 'being'].includes(token.normal));
  const previousIsNoun = clause.tokens[trigger.index - 1]?.tags.has('Noun') ?? false;
  if (!auxiliary && !previousIsNoun) return null;
  const by = clause.tokens.slice(trigger.index + 1).find((token) => token.normal === 'by');
  return by ? by.start : null;
}
