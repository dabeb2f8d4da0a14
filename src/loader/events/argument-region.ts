/**
 * Where a trigger's own arguments end in its clause: names and dates past that point
 * belong to what follows ("said the deal would close early next year").
 */

import type { Clause } from './clauses.ts';
import type { Trigger } from './find-trigger.ts';
import type { Token } from './parse-paragraph.ts';
import { nounEntry } from './trigger-lexicon.ts';

/** Where the trigger's own arguments end: at a comma, a new verb or a purpose clause. */
export function argumentRegionEnd(clause: Clause, trigger: Trigger): number {
  const tokens = clause.tokens;
  for (let index = trigger.index + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const previous = tokens[index - 1] as Token;
    // "charged his business partner, Mara Quinn, on Wednesday": the name is the object again.
    const appositive =
      previous.post.trim() === ',' &&
      previous.tags.has('Noun') &&
      !previous.tags.has('ProperNoun') &&
      token.tags.has('ProperNoun');
    if (/[,;:]/.test(previous.post) && index > trigger.index + 1 && !appositive) return token.start;
    const verb =
      !token.text.includes('-') &&
      token.tags.has('Verb') &&
      !token.tags.has('Auxiliary') &&
      !token.tags.has('Adjective') &&
      !nounEntry(token.normal) &&
      !trigger.entry.needsNext?.includes(token.normal);
    if (verb && index > trigger.index + 1) return token.start;
    if (token.normal === 'to' && tokens[index + 1]?.tags.has('Infinitive')) return token.start;
    // "said the deal would close early next year": a modal opens the reported clause.
    if (token.tags.has('Modal') && index > trigger.index + 1) return token.start;
    if (['about', 'because', 'aimed', 'after', 'before', 'which', 'that'].includes(token.normal))
      return token.start;
  }
  return clause.end;
}
