/**
 * Cuts a sentence's tokens into clauses, so that each event gets the date, place and
 * people of its own clause: "X said on Monday | that Y happened on Friday", "Kerry left
 * Thursday for Geneva, | where he will hold talks", "the conflict, | which erupted in 2011 |
 * after the regime unleashed a crackdown".
 */
import type { Span } from '../../contract/corpus.ts';
import type { Token } from './parse-paragraph.ts';

export type ClauseType =
  'main' | 'relative' | 'subordinate' | 'complement' | 'coordinate' | 'attribution' | 'quote';

export interface Clause {
  type: ClauseType;
  /** The word that opened it ("which", "after", "that", "and"), lower-case. */
  marker: string | null;
  tokens: Token[];
  start: number;
  end: number;
  /** Index of the clause it hangs from (the one before it that is not subordinate to it). */
  parent: number | null;
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
const SUBORDINATORS = new Set([
  'after',
  'before',
  'since',
  'while',
  'because',
  'although',
  'though',
  'as',
  'when',
  'until',
  'unless',
  'if',
  'whether',
  'once',
]);
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'added',
  'reported',
  'announced',
  'stated',
  'noted',
  'explained',
  'according',
  'wrote',
  'confirmed',
]);

const isVerb = (token: Token | undefined) =>
  token !== undefined &&
  token.tags.has('Verb') &&
  !token.tags.has('Gerund') &&
  !(token.tags.has('Adjective') && !token.tags.has('PastTense'));

/** Clauses of one sentence; `protectedSpans` (timexes) are never cut. */
export function splitClauses(
  tokens: readonly Token[],
  protectedSpans: readonly Span[] = [],
): Clause[] {
  const cuts: Array<{ index: number; type: ClauseType; marker: string | null }> = [];
  const inProtected = (token: Token) =>
    protectedSpans.some((span) => token.start > span.start && token.start < span.end);
  let quoteOpen = false;
  let current: ClauseType = 'main';
  let currentHasVerb = false;
  const cut = (index: number, type: ClauseType, marker: string | null) => {
    cuts.push({ index, type, marker });
    current = type;
    currentHasVerb = false;
  };
  tokens.forEach((token, index) => {
    if (index > 0 && isVerb(tokens[index - 1])) currentHasVerb = true;
    if (index === 0) {
      if (/[“"]/.test(token.pre)) quoteOpen = true;
      return;
    }
    const previous = tokens[index - 1] as Token;
    const commaBefore = /[,;:–—]/.test(previous.post);
    if (/[“"]/.test(token.pre) && !quoteOpen) {
      quoteOpen = true;
      cut(index, 'quote', null);
      return;
    }
    if (/[”"]/.test(previous.post) && quoteOpen) {
      quoteOpen = false;
      cut(index, attributionFollows(tokens, index) ? 'attribution' : 'main', null);
      // The word after the quote may open a clause of its own ("… after meeting Obama").
      cuts.pop();
    }
    if (inProtected(token)) return;
    const normal = token.normal;
    const before = cuts.length;
    // "Kerry, who was flying in from Jeddah, arrived …": the main clause resumes.
    if (
      current === 'relative' &&
      commaBefore &&
      currentHasVerb &&
      isVerb(token) &&
      !token.tags.has('Infinitive')
    ) {
      cut(index, 'main', null);
      return;
    }
    if (/;/.test(previous.post)) {
      cut(index, 'coordinate', ';');
    } else if (RELATIVE.has(normal) && (commaBefore || previous.tags.has('Noun'))) {
      cut(index, 'relative', normal);
    } else if (
      SUBORDINATORS.has(normal) &&
      !(normal === 'as' && tokens[index + 1]?.tags.has('Determiner')) &&
      verbWithin(tokens, index + 1, 7)
    ) {
      cut(index, 'subordinate', normal);
    } else if (
      normal === 'that' &&
      (isVerb(previous) || commaBefore) &&
      !tokens[index + 1]?.tags.has('Verb')
    ) {
      cut(index, 'complement', 'that');
    } else if (normal === 'that' && previous.tags.has('Noun') && isVerb(tokens[index + 1])) {
      cut(index, 'relative', 'that');
    } else if (
      (normal === 'and' || normal === 'but') &&
      currentHasVerb &&
      startsPredicate(tokens, index + 1)
    ) {
      cut(index, 'coordinate', normal);
    } else if (commaBefore && attributionFollows(tokens, index)) {
      cut(index, 'attribution', null);
    } else if (
      (current === 'subordinate' || current === 'relative') &&
      commaBefore &&
      currentHasVerb &&
      startsPredicate(tokens, index, true)
    ) {
      // "After the vote, which was close, the party said …": the main clause resumes.
      cut(index, 'main', null);
    } else if (/[”"]/.test(previous.post) && cuts.length === before) {
      cut(index, attributionFollows(tokens, index) ? 'attribution' : 'main', null);
    }
  });
  const clauses: Clause[] = [];
  const bounds = [{ index: 0, type: 'main' as ClauseType, marker: null as string | null }, ...cuts];
  bounds.forEach((bound, position) => {
    const next = bounds[position + 1];
    const slice = tokens.slice(bound.index, next ? next.index : tokens.length);
    if (slice.length === 0) return;
    const first = slice[0] as Token;
    const last = slice[slice.length - 1] as Token;
    const type = position === 0 && /[“"]/.test(first.pre) ? 'quote' : bound.type;
    clauses.push({
      type,
      marker: bound.marker,
      tokens: slice,
      start: first.start,
      end: last.end,
      parent: null,
    });
  });
  return linkParents(clauses);
}

/** A clause's parent: the nearest earlier main or coordinate clause (a quote is an aside). */
function linkParents(clauses: Clause[]): Clause[] {
  let anchor: number | null = null;
  return clauses.map((clause, index) => {
    const parent = index === 0 ? null : (anchor ?? index - 1);
    if (clause.type === 'main' || clause.type === 'coordinate') anchor = index;
    return { ...clause, parent: index === 0 ? null : parent };
  });
}

function verbWithin(tokens: readonly Token[], from: number, distance: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + distance); index++) {
    const token = tokens[index] as Token;
    if (token.tags.has('Verb') && !token.tags.has('Adjective') && !token.tags.has('Gerund'))
      return true;
    // "after meeting with Obama": a gerund right after the subordinator is a clause too.
    if (token.tags.has('Gerund') && index === from) return true;
    if (/[,;:.]/.test(token.post)) return false;
  }
  return false;
}

/** "and met", "and he met", "and Russia said": a new predicate, not a noun list. */
function startsPredicate(tokens: readonly Token[], from: number, needsSubject = false): boolean {
  let index = from;
  while (tokens[index]?.tags.has('Adverb')) index++;
  const token = tokens[index];
  if (!token) return false;
  if (!needsSubject && (isVerb(token) || token.tags.has('Modal'))) return true;
  // A subject then a verb: "and he met", "and the ministry said".
  for (let ahead = index; ahead < Math.min(tokens.length, index + 4); ahead++) {
    const candidate = tokens[ahead] as Token;
    if (isVerb(candidate) && !candidate.tags.has('Infinitive')) return ahead > index;
    if (/[,;:]/.test(candidate.post)) return false;
  }
  return false;
}

/** ", the State Department said." / ", according to officials." closing a sentence. */
function attributionFollows(tokens: readonly Token[], from: number): boolean {
  const rest = tokens.slice(from);
  if (rest.length === 0 || rest.length > 9) return false;
  if (rest[0]?.normal === 'according') return true;
  return (
    rest.some((token) => REPORTING.has(token.normal)) &&
    !rest.some((token) => token.normal === 'that')
  );
}
