/**
 * Structure layer, clauses: cuts a sentence's words into clause segments at subordinators
 * ("after", "because", "when"), relative pronouns ("which", "who", "that" after a noun),
 * complementizers ("said that"), coordinators before a new verb ("and said"), and strong
 * punctuation. Each segment knows the segment that governs it, so a clause without a date
 * or a subject of its own can take its governor's.
 */
import type { Word } from '../language/tag-words.ts';

export type SegmentType =
  'main' | 'subordinate' | 'relative' | 'complement' | 'coordinate' | 'conditional';

export interface Segment {
  /** Word indexes `[first, last]`, inclusive. */
  first: number;
  last: number;
  type: SegmentType;
  /** The word that opened it ("after", "which", "if"), lower case, or null. */
  marker: string | null;
  /** Index of the governing segment, or null for the first main clause. */
  parent: number | null;
}

const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'as',
  'since',
  'although',
  'though',
  'until',
  'once',
  'whereas',
  'so',
]);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);

/** Whether a verb group starts at `index` (with its auxiliaries). */
function verbAhead(words: readonly Word[], index: number): boolean {
  for (let at = index; at < words.length && at < index + 4; at++) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX') return true;
    if (word.pos !== 'ADV' && word.pos !== 'PART') return false;
  }
  return false;
}

/** Whether a subject and then a verb follow `index` ("and Ford said"). */
function clauseAhead(words: readonly Word[], index: number): boolean {
  for (let at = index; at < words.length && at < index + 8; at++) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' || word.pos === 'AUX') return at > index;
    if (word.pos === 'PUNCT' || word.pos === 'SCONJ' || word.pos === 'ADP') return false;
  }
  return false;
}

export function findSegments(words: readonly Word[]): Segment[] {
  const segments: Segment[] = [
    { first: 0, last: words.length - 1, type: 'main', marker: null, parent: null },
  ];
  const open = (index: number, type: SegmentType, marker: string | null, parent: number | null) => {
    const current = segments[segments.length - 1] as Segment;
    if (index <= current.first) {
      // Nothing before the marker: the segment is the marker's ("After GM filed, …").
      current.type = type;
      current.marker = marker;
      return;
    }
    current.last = index - 1;
    segments.push({ first: index, last: words.length - 1, type, marker, parent });
  };
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as Word;
    const previous = words[index - 1] as Word;
    const current = segments.length - 1;
    if (CONDITIONALS.has(word.lower)) {
      open(index, 'conditional', word.lower, current);
    } else if (
      (word.lower === 'when' || word.lower === 'where') &&
      previous.pos !== 'NOUN' &&
      clauseAhead(words, index + 1)
    ) {
      open(index, 'subordinate', word.lower, current);
    } else if (
      SUBORDINATORS.has(word.lower) &&
      (word.pos === 'SCONJ' || word.pos === 'ADP') &&
      clauseAhead(words, index + 1)
    ) {
      open(index, 'subordinate', word.lower, current);
    } else if (
      RELATIVES.has(word.lower) &&
      (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.text === ',')
    ) {
      open(index, 'relative', word.lower, current);
    } else if (word.lower === 'that' && (word.pos === 'SCONJ' || previous.pos === 'VERB')) {
      open(index, 'complement', 'that', current);
    } else if (
      word.lower === 'that' &&
      (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
      verbAhead(words, index + 1)
    ) {
      open(index, 'relative', 'that', current);
    } else if (
      COORDINATORS.has(word.lower) &&
      hasVerb(words, (segments[current] as Segment).first, index) &&
      !joinsNames(words, index) &&
      (verbAhead(words, index + 1) || clauseAhead(words, index + 1))
    ) {
      open(index, 'coordinate', word.lower, mainOf(segments, current));
    } else if (
      (word.text === ';' || word.text === ':' || word.text === '—') &&
      index < words.length - 1
    ) {
      open(index, 'coordinate', null, mainOf(segments, current));
    }
  }
  return segments;
}

/** The main clause a segment hangs from (itself when it is one). */
function mainOf(segments: readonly Segment[], at: number): number {
  let segment = at;
  while (segments[segment]?.parent !== null && segments[segment]?.parent !== undefined)
    segment = segments[segment]?.parent as number;
  return segment;
}

/** "Kerry and Lavrov will meet": "and" between two names joins a subject, not clauses. */
function joinsNames(words: readonly Word[], index: number): boolean {
  return words[index - 1]?.pos === 'PROPN' && words[index + 1]?.pos === 'PROPN';
}

/** Whether a verb stands in `[from, to)`: "and" before any verb joins names, not clauses. */
function hasVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if ((words[at] as Word).pos === 'VERB') return true;
  return false;
}

/** The segment holding word `index`. */
export function segmentOf(segments: readonly Segment[], index: number): number {
  for (let at = 0; at < segments.length; at++) {
    const segment = segments[at] as Segment;
    if (index >= segment.first && index <= segment.last) return at;
  }
  return 0;
}
