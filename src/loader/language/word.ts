/** A word as the NLP analysis gives it: the unit every reading layer works on. */

/** Universal Dependencies part-of-speech tags, as wink-nlp gives them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** A word of an article, with offsets into the article's text. */
/** The modal auxiliaries: "will", "would", "could" … */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'can',
  'must',
  'shall',
  "'ll",
]);

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case. */
  lower: string;
  /** Dictionary form, lower case ("filed" → "file", "talks" → "talk"). */
  lemma: string;
  pos: PartOfSpeech;
  /** Inside the scope of a negation ("did not say" → "say" is negated). */
  negated: boolean;
}

/** Whether a word is a verb form that can carry a clause's tense: an auxiliary, or no -ing form. */
export function isFiniteVerb(word: Word | undefined): boolean {
  return word?.pos === 'AUX' || (word?.pos === 'VERB' && !word.lower.endsWith('ing'));
}

/** Whether a word is the possessive "'s" ("GM's", "Boeing’s"), or a plural's ("the banks' shares"). */
export function isApostropheS(word: Word): boolean {
  return word.lower === "'s" || word.lower === '’s' || (word.pos === 'PART' && word.lemma === "'s");
}

/** The finite forms of "have", the perfect's auxiliary ("has reported", "they’ve"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve", '’ve']);

/** The past forms of "be" ("was closed", "were able to"). */
export const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);

/** Whether a word is a possessive pronoun ("its" in "its unit"). */
export function isPossessivePronoun(word: Word | undefined): boolean {
  return word?.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(word.lower);
}

/** Words before a noun that point back to one the reader knows: "the company", "that event". */
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** The possessive pronouns ("its sales", "their talks"), lower case. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
]);

/**
 * Words that open a subordinate clause with its own subject ("as the company forecast",
 * "after the Bank of Japan cut"), whatever the tagger made of them.
 */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'although',
  'though',
  'until',
  'once',
]);

/** Relative pronouns that only ever open a relative clause ("OPEC, which pumps"). */
export const WH_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);

/** Relative pronouns, "that" too ("the bank that lends"), which may also be a determiner. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([...WH_RELATIVE_PRONOUNS, 'that']);

/**
 * Whether the word follows a dateline's dash, where the story opens: "New York (Wikinews) —
 * Stocks on Wall Street ended", "LONDON — Shares" (not "two carmakers — Ford and GM — said").
 */
export function followsDatelineDash(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1]?.text ?? '';
  if (previous !== '—' && previous !== '–') return false;
  const dateline = words[index - 2]?.text ?? '';
  return dateline === ')' || /^\p{Lu}{2,}$/u.test(dateline);
}

/** "deliveries" → "delivery", "talks" → "talk"; a word not ending in -s is returned as is. */
export function singularOf(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

/**
 * The tags of the words of a noun phrase that is a clause's subject with no verb between:
 * "with the Nikkei 225 index closing", "with Japan's Nikkei closing".
 */
export const SUBJECT_PHRASE_TAGS: ReadonlySet<PartOfSpeech> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'PART',
]);

/** Whether a word is a verb or an auxiliary: a clause's verb group has begun. */
export function isVerbOrAuxiliary(word: Word): boolean {
  return word.pos === 'VERB' || word.pos === 'AUX';
}

/**
 * Whether a determiner and a rank stand right before `index` ("its lowest close", "a
 * record close"): the word there heads a phrase ranked among others of its kind.
 */
export function followsRank(words: readonly Word[], index: number): boolean {
  const rank = words[index - 1];
  const determiner = words[index - 2];
  return (
    rank !== undefined &&
    (rank.lower === 'record' || /^[a-z]+est$/.test(rank.lower)) &&
    determiner !== undefined &&
    (determiner.pos === 'DET' || isPossessivePronoun(determiner))
  );
}

/** -ing forms that news uses as prepositions. */
export const PREPOSITION_LIKE: ReadonlySet<string> = new Set([
  'according',
  'regarding',
  'concerning',
  'including',
  'excluding',
  'following',
  'pending',
  'barring',
]);

/** Pronouns that stand for an unnamed thing or person: "would do everything possible". */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set([
  'everything',
  'something',
  'anything',
  'nothing',
  'everyone',
  'someone',
  'anyone',
  'everybody',
  'somebody',
  'anybody',
  'nobody',
]);
