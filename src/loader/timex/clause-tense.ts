/**
 * Reads whether the clause around a temporal expression speaks of the past or the
 * future, as a reader does to place "Friday": "spoke Thursday" (past), "will meet
 * Friday", "is scheduled to meet Friday", "is leaving Thursday" (future).
 * Uses compromise's part-of-speech tags, once per sentence, only where needed.
 */
import nlp from 'compromise';
import { cueDirection, type Direction } from './tense-cues.ts';

export interface TaggedTerm {
  text: string;
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and space after the word ("," in "26, wants"). */
  post: string;
}

/** compromise's tags for each word of a sentence, with offsets. */
export function tagTerms(sentence: string): TaggedTerm[] {
  try {
    const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{
        text: string;
        post?: string;
        tags: string[];
        offset: { start: number; length: number };
      }>;
    }>;
    return json.flatMap((part) =>
      part.terms.map((term) => ({
        text: term.text.toLowerCase(),
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: new Set(term.tags),
        post: term.post ?? '',
      })),
    );
  } catch {
    return [];
  }
}

const SCHEDULING_VERBS =
  /^(plan|plans|planned|planning|expect|expects|expected|hope|hopes|hoped|want|wants|wanted|agree|agrees|agreed|aim|aims|intend|intends|intended|decide|decides|decided|set|due|scheduled|slated|is|are|am|going|promised|vowed|pledged|threatened|prepare|prepares|prepared)$/;

const CLAUSE_BREAK = /[;:—–]|\s-\s/g;

/** How far around an expression the tagger looks: compromise's cost grows with the text. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 40;

/**
 * Direction of the clause around `[start, end)` (offsets into `sentence`), with the
 * word that decided it. The clause's plain words are read first (`tense-cues`); only
 * when they say nothing is a window around the expression tagged with compromise.
 */
export function clauseDirection(
  sentence: string,
  start: number,
  end: number,
  tag: (text: string) => TaggedTerm[] = tagTerms,
): { direction: Direction; cue: string } {
  const [clauseStart, clauseEnd] = clauseAround(sentence, start, end);
  const before =
    sentence
      .slice(clauseStart, start)
      .toLowerCase()
      .match(/[a-z']+/g) ?? [];
  const rest = sentence.slice(end, clauseEnd).toLowerCase();
  const after = /^[^,;:.!?()"“”]*/.exec(rest)?.[0].match(/[a-z']+/g) ?? [];
  const following = rest.match(/[a-z']+/g) ?? [];
  const cued = cueDirection(before, after, following);
  if (cued) return cued;
  const from = windowEdge(sentence, Math.max(clauseStart, start - WINDOW_BEFORE), -1);
  const to = windowEdge(sentence, Math.min(clauseEnd, end + WINDOW_AFTER), 1);
  const terms = tag(sentence.slice(from, to)).map((term) => ({
    ...term,
    start: term.start + from,
    end: term.end + from,
  }));
  const inClause = terms.filter(
    (term) =>
      term.start >= clauseStart &&
      term.end <= clauseEnd &&
      (term.end <= start || term.start >= end),
  );
  const governing = governingVerb(inClause, sentence, start, end);
  if (governing === null) return { direction: 'unknown', cue: '' };
  return {
    direction: verbGroupDirection(inClause, governing),
    cue: inClause[governing]?.text ?? '',
  };
}

/** Moves a window edge off the middle of a word. */
function windowEdge(text: string, offset: number, direction: -1 | 1): number {
  let at = offset;
  if (direction < 0) while (at > 0 && /\S/.test(text[at - 1] ?? '')) at--;
  else while (at < text.length && /\S/.test(text[at] ?? '')) at++;
  return at;
}

function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  const regex = new RegExp(CLAUSE_BREAK.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = regex.exec(sentence)) !== null) {
    if (match.index + match[0].length <= start) clauseStart = match.index + match[0].length;
    else if (match.index >= end) {
      clauseEnd = match.index;
      break;
    }
  }
  return [clauseStart, clauseEnd];
}

function isVerb(term: TaggedTerm): boolean {
  return (
    term.tags.has('Verb') ||
    term.tags.has('Modal') ||
    term.tags.has('Auxiliary') ||
    term.tags.has('Copula')
  );
}

/** The nearest verb that can carry tense, skipping bare gerunds and infinitives after the expression. */
function governingVerb(
  terms: readonly TaggedTerm[],
  sentence: string,
  start: number,
  end: number,
): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  terms.forEach((term, index) => {
    if (!isVerb(term)) return;
    const previous = terms[index - 1];
    const after = term.start >= start;
    const auxiliary = previous && (previous.tags.has('Auxiliary') || previous.tags.has('Copula'));
    if (term.tags.has('Gerund') && !auxiliary) return;
    if (after && previous?.text === 'to') return;
    // Participles used as adjectives ("the rebel-held areas") rarely govern.
    if (term.tags.has('Adjective')) return;
    // A base form inside a noun phrase is a noun compromise misread: "the last supply
    // route", "a 2-1 win".
    const beforePrevious = terms[index - 2];
    const nounLike =
      !term.tags.has('PastTense') &&
      (previous?.tags.has('Determiner') ||
        // "after talks on Tuesday": a verb form straight after a preposition is a noun.
        (previous?.tags.has('Preposition') && previous.text !== 'to') ||
        previous?.tags.has('Value') ||
        previous?.tags.has('Possessive') ||
        (previous?.tags.has('Adjective') && !term.tags.has('Copula')) ||
        (previous?.tags.has('Noun') &&
          !previous.tags.has('ProperNoun') &&
          !previous.tags.has('Plural') &&
          !previous.tags.has('Pronoun') &&
          beforePrevious !== undefined &&
          // "the last supply route" (a base form) or "for peace talks" (inside a prepositional phrase);
          // "the bank meets" stays a verb.
          ((term.tags.has('Infinitive') &&
            (beforePrevious.tags.has('Determiner') ||
              beforePrevious.tags.has('Adjective') ||
              beforePrevious.tags.has('Noun'))) ||
            beforePrevious.tags.has('Preposition'))));
    if (nounLike && !term.tags.has('Modal') && !term.tags.has('Auxiliary')) return;
    // A verb after the expression governs it less often, and hardly ever across a comma
    // ("who took office on Dec. 26, wants …").
    const crossesComma = after && /[,(]/.test(sentence.slice(end, term.start));
    const distance =
      Math.abs(after ? term.start - start : start - term.end) * (after ? 1.5 : 1) +
      (crossesComma ? 200 : 0);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

function verbGroupDirection(terms: readonly TaggedTerm[], index: number): Direction {
  let first = index;
  while (first > 0) {
    const previous = terms[first - 1];
    if (
      !previous ||
      !(
        isVerb(previous) ||
        previous.tags.has('Negative') ||
        previous.tags.has('Adverb') ||
        previous.text === 'to'
      )
    )
      break;
    first--;
  }
  let last = index;
  while (last < terms.length - 1) {
    const next = terms[last + 1];
    if (
      !next ||
      !(isVerb(next) || next.tags.has('Negative') || next.tags.has('Adverb') || next.text === 'to')
    )
      break;
    last++;
  }
  const group = terms.slice(first, last + 1);
  const texts = group.map((term) => term.text);
  if (texts.some((text) => /^(will|'ll|shall|wo|would)$/.test(text))) return 'future';
  if (
    texts.some((text) => /^(scheduled|slated|due|planned|plans|expected|intends|going)$/.test(text))
  )
    return 'future';
  const head = terms[index];
  if (!head) return 'unknown';
  // "Kerry to meet Lavrov on Friday" (headline), "agreed to meet on Friday".
  if (
    terms[index - 1]?.text === 'to' &&
    (head.tags.has('Infinitive') || head.tags.has('PresentTense'))
  ) {
    const governor = terms[index - 2];
    if (!governor || !isVerb(governor) || SCHEDULING_VERBS.test(governor.text)) return 'future';
  }
  if (
    group.some(
      (term) =>
        term.tags.has('PastTense') ||
        term.tags.has('Participle') ||
        term.tags.has('PerfectTense') ||
        /^(was|were|had|did)$/.test(term.text),
    )
  )
    return 'past';
  if (
    group.some((term) => term.tags.has('Gerund')) &&
    texts.some((text) => /^(is|are|am|'s|'re)$/.test(text))
  )
    return 'future';
  if (
    group.some(
      (term) =>
        term.tags.has('PresentTense') ||
        term.tags.has('Copula') ||
        /^(is|are|am|does|do|has|have)$/.test(term.text),
    )
  ) {
    // "has agreed", "have multiplied" are present perfect: past events.
    if (texts.some((text) => /^(has|have)$/.test(text)) && group.length > 1) return 'past';
    return 'present';
  }
  return 'unknown';
}
