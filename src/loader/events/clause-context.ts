/**
 * What the event rules see of one clause: the clause among its sentence's clauses, the
 * sentence's dated timexes and names, and what earlier sentences said about who "he" and
 * "they" are.
 */

import type { EntityKind, EntityMention, Timex } from '../../contract/corpus.ts';
import type { ArticleDraft } from '../article-draft.ts';
import type { Clause } from './clauses.ts';

export interface Memory {
  /** Persons in order of mention; the last is what "he" most likely means. */
  persons: string[];
  /** The last group of two or more actors, what "they" and "their" mean. */
  group: string[];
  /** Named hazards by their common noun: "Hurricane Delia" is what "the hurricane" means. */
  hazards: Map<string, string>;
}

export interface ClauseInput {
  draft: ArticleDraft;
  clause: Clause;
  clauses: Clause[];
  clauseIndex: number;
  timexes: Timex[];
  entities: EntityMention[];
  memory: Memory;
  kindOf: Map<string, EntityKind>;
}
