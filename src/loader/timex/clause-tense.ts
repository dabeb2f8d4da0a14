/**
 * Reads whether the clause around a temporal expression speaks of the past or the
 * future, as a reader does to place "Friday": "spoke Thursday" (past), "will meet
 * Friday", "is scheduled to meet Friday", "is leaving Thursday" (future).
 * Where the plain words say nothing, the article's tagged words (wink's Universal
 * Dependencies tags, split-sentences) are read with the tags below.
 */
import type { Span } from '../../contract/corpus.ts';
import { tagParagraph, type Word } from '../language/tag-words.ts';
import { POSSESSIVE_PRONOUNS } from '../language/word.ts';
import { isIrregularPast, isSameFormPast } from '../lexicon/verbs.ts';
import { within } from '../reading/words-in.ts';
import { MONTH_WORD } from './lexicon.ts';
import { cueDirection, type Direction } from './tense-cues.ts';

export interface TaggedTerm {
  text: string;
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/**
 * The terms of `span` of `text`: the article's tagged words lying in it when it has them,
 * else the span tagged now. Offsets are the terms' own, into `text`.
 */
export function termsOf(text: string, span: Span, words: readonly Word[] = []): TaggedTerm[] {
  const inSpan = within(words, span);
  const tagged = inSpan.length > 0 ? inSpan : tagParagraph(text, span).words;
  const terms: TaggedTerm[] = [];
  let subject: Word | undefined;
  tagged.forEach((word, index) => {
    terms.push(asTerm(word, tagged[index - 1], subject));
    if (word.pos !== 'ADV') subject = word;
  });
  return terms;
}

const BE = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]);
const MODALS = new Set([
  'will',
  "'ll",
  'shall',
  'wo',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
]);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** Irregular forms of the present, which the verb lexicon lists beside the past ones. */
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', 'does', 'do']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const PLURAL_SUBJECTS = new Set(['i', 'you', 'we', 'they']);

function isPluralNoun(word: Word): boolean {
  return word.pos === 'NOUN' && word.lower !== word.lemma && word.lower.endsWith('s');
}

/**
 * One word with the tags clause reading asks about (the names compromise gives them):
 * verb, auxiliary, copula, modal, tense and form from the word itself, the rest from its
 * part of speech.
 */
function asTerm(word: Word, previous: Word | undefined, subject: Word | undefined): TaggedTerm {
  const tags = new Set<string>();
  const lower = word.lower;
  // A capitalised "verb" inside a sentence is a name the tagger misread ("show Ford is").
  const misreadName = word.pos === 'VERB' && previous !== undefined && /^[A-Z]/.test(word.text);
  const pos = misreadName ? 'PROPN' : word.pos;
  const verbal = pos === 'VERB' || pos === 'AUX';
  if (verbal) {
    tags.add('Verb');
    if (BE.has(lower) || word.lemma === 'be') tags.add('Copula');
    else if (pos === 'AUX') tags.add('Auxiliary');
    if (MODALS.has(lower)) tags.add('Modal');
    if (lower.endsWith('ing')) tags.add('Gerund');
    else if (PRESENT_FORMS.has(lower)) tags.add('PresentTense');
    else if (
      PAST_AUXILIARIES.has(lower) ||
      // "agreed", "planned"; not "need", whose -ed is its own.
      (lower.endsWith('ed') && lower !== word.lemma) ||
      isIrregularPast(lower)
    ) {
      const afterAuxiliary =
        previous !== undefined && (BE.has(previous.lower) || previous.lemma === 'have');
      tags.add(afterAuxiliary ? 'Participle' : 'PastTense');
      if (afterAuxiliary && previous.lemma === 'have') tags.add('PerfectTense');
    } else if (lower === word.lemma) {
      tags.add('Infinitive');
      // "they meet" is present; "Valmont cut its rate" is not ("cuts" would be): a base
      // form after a singular subject (adverbs between) is a past form that looks like it,
      // or no tense.
      // Not a past that looks like it: "Protesters set fire to buses on Friday night" is as
      // likely Friday gone as Friday to come; the rest of the clause decides.
      if (
        subject &&
        (PLURAL_SUBJECTS.has(subject.lower) || isPluralNoun(subject)) &&
        !isSameFormPast(lower)
      )
        tags.add('PresentTense');
    } else tags.add('PresentTense');
  }
  switch (pos) {
    case 'ADJ':
      tags.add('Adjective');
      break;
    case 'ADV':
      tags.add(NEGATIONS.has(lower) ? 'Negative' : 'Adverb');
      break;
    case 'PART':
      if (NEGATIONS.has(lower)) tags.add('Negative');
      break;
    case 'DET':
      tags.add('Determiner');
      break;
    case 'ADP':
      tags.add('Preposition');
      break;
    case 'NUM':
      tags.add('Value');
      break;
    case 'PRON':
      tags.add('Noun');
      tags.add('Pronoun');
      if (POSSESSIVE_PRONOUNS.has(lower)) tags.add('Possessive');
      break;
    case 'PROPN':
      tags.add('Noun');
      tags.add('ProperNoun');
      break;
    case 'NOUN':
      tags.add('Noun');
      if (isPluralNoun(word)) tags.add('Plural');
      break;
    default:
      break;
  }
  return { text: lower, start: word.start, end: word.end, tags };
}

const SCHEDULING_VERBS =
  /^(plan|plans|planned|planning|expect|expects|expected|hope|hopes|hoped|want|wants|wanted|agree|agrees|agreed|aim|aims|intend|intends|intended|decide|decides|decided|set|due|scheduled|slated|is|are|am|going|promised|vowed|pledged|threatened|prepare|prepares|prepared)$/;

const CLAUSE_BREAK = /[;:—–]|\s-\s/g;

/** How far around an expression its governing verb is looked for. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 40;

/** A weekday's name opening an expression ("Wednesday", "Friday morning"). */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A day of a month with no year ("July 29", "29 July"): a day, not a period. */
const DAY_OF_MONTH = new RegExp(
  `^(?:${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD})$`,
);

/**
 * Direction of the clause around `[start, end)` (offsets into `sentence`), with the
 * word that decided it. The clause's plain words are read first (`tense-cues`); only
 * when they say nothing are its tagged words read (`tag`: the article's, in production).
 */
export function clauseDirection(
  sentence: string,
  start: number,
  end: number,
  tag: (window: Span) => TaggedTerm[] = (window) => termsOf(sentence, window),
): { direction: Direction; cue: string } {
  const [clauseStart, clauseEnd] = clauseAround(sentence, start, end);
  const before =
    sentence
      .slice(clauseStart, start)
      .toLowerCase()
      .match(/[a-z']+/g) ?? [];
  // "Monday's losses were the worst": the "'s" of the expression is its possessive, not
  // "is" (read as a present, it put the losses on the Monday ahead).
  const rest = sentence
    .slice(end, clauseEnd)
    .toLowerCase()
    .replace(/^['’]s\b/, '');
  const after = /^[^,;:.!?()"“”]*/.exec(rest)?.[0].match(/[a-z']+/g) ?? [];
  const following = rest.match(/[a-z']+/g) ?? [];
  // "have called a general strike for Wednesday", "set sentencing for July 29": a weekday
  // or a day of a month after "for" is the day something is set for, ahead ("sales for
  // July" is a period, told after it).
  const text = sentence.slice(start, end);
  if (before.at(-1) === 'for' && (WEEKDAY.test(text) || DAY_OF_MONTH.test(text)))
    return { direction: 'future', cue: 'for' };
  const cued = cueDirection(before, after, following);
  if (cued) return cued;
  const terms = tag({
    start: windowEdge(sentence, clauseStart, -1),
    end: windowEdge(sentence, clauseEnd, 1),
  });
  const inClause = terms.filter(
    (term) =>
      term.start >= clauseStart &&
      term.end <= clauseEnd &&
      (term.end <= start || term.start >= end),
  );
  // The governing verb is looked for near the expression (a verb further off governs
  // another phrase: "has announced cuts …, resulting in closures during the fourth
  // quarter"); its verb group may reach further back ("Kerry to meet … on Friday").
  const from = windowEdge(sentence, Math.max(clauseStart, start - WINDOW_BEFORE), -1);
  const to = windowEdge(sentence, Math.min(clauseEnd, end + WINDOW_AFTER), 1);
  const near = inClause.filter((term) => term.start >= from && term.end <= to);
  const governing = governingVerb(near, sentence, start, end);
  if (governing === null) return { direction: 'unknown', cue: '' };
  const head = near[governing]!;
  return {
    direction: verbGroupDirection(inClause, inClause.indexOf(head)),
    cue: head.text,
  };
}

/** Moves an edge off the middle of a word. */
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
    // A base form inside a noun phrase is a noun the tagger misread: "the last supply
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
    if (!after && inClosedRelative(sentence, term, start)) return;
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

/**
 * Whether a verb before the expression lies in a relative clause that a comma closes before
 * it ("unveiled the iPhone, a phone that also works as an iPod, on Tuesday": "works" tells
 * nothing of Tuesday's way; "unveiled" does).
 */
function inClosedRelative(sentence: string, verb: Span, start: number): boolean {
  if (!sentence.slice(verb.end, start).includes(',')) return false;
  const opened = sentence.lastIndexOf(',', verb.start);
  return (
    opened >= 0 && /\b(?:that|which|who|whom|whose)\b/i.test(sentence.slice(opened, verb.start))
  );
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
  // "a cut in December could not be ruled out", "the deal may close in March": a modal
  // with no perfect tells no past, though its participle looks like one; the nearest
  // month of that name is meant ("could not attend in May" may be a past one).
  if (
    texts.some((text) => /^(could|can|may|might|must|should)$/.test(text)) &&
    !texts.some((text) => /^(have|has|had|'ve)$/.test(text))
  )
    return 'unknown';
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
