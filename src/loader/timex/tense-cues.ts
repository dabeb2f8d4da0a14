/**
 * Reads a clause's tense from plain words, without a tagger: modals and auxiliaries,
 * scheduling words ("scheduled", "due", "payable"), past forms ("said", "-ed",
 * "struck") and a few present forms. News clauses nearly always carry one of these
 * near the date, which is what makes tense affordable at scale; `clause-tense` falls
 * back to the tagged words only when none is found.
 */
/** Which way a clause points in time from the publication date. */
export type Direction = 'past' | 'future' | 'present' | 'unknown';

export interface Cue {
  direction: Direction;
  /** The word that decided. */
  cue: string;
}

/** Words before an expression that schedule it ahead: "scheduled for Friday", "will meet Friday". */
const FUTURE_WORDS =
  /^(will|'ll|shall|forecast|forecasts|scheduled|slated|due|planned|plans|plan|planning|expected|expects|expect|upcoming|intends|intend|aims|hopes|hope|going|would|tomorrow|payable|starting|beginning|effective)$/;
/** Participles of plans that may describe a noun: "a strike planned for Christmas". */
const PLAN_PARTICIPLES = /^(planned|scheduled|slated|expected)$/;
/** "prepared to", "is preparing to": a plan ahead (not "a report prepared by analysts"). */
const PREPARING = /^(prepare|prepares|prepared|preparing)$/;
/** Words before an expression that place it before the telling: "earlier on Friday", "since March". */
const PAST_WORDS = /^(earlier|previously|since|ago|last|already)$/;

/** Whether a word before a date places it before the telling, whatever the verb's tense. */
export function isPastWord(word: string): boolean {
  return PAST_WORDS.test(word);
}

const MODALS_AHEAD = /^(will|'ll|shall|would|wo|may|might|must|should|can|could|won't|wouldn't)$/;
/** How many words back a verb may govern the expression: a long clause, not the one before it. */
const FAR_REACH = 20;

/** Words that can open a sentence before a fronted date: "On Tuesday,", "For the fourth quarter,". */
const FRONTED = /^(on|in|for|by|at|during|early|late|until|since|the|a|an|and|but|then|so|also)$/;

const PAST_AUXILIARIES = /^(was|were|had|did|wasn't|weren't|hadn't|didn't)$/;
const PRESENT_AUXILIARIES = /^(is|are|am|'s|'re|isn't|aren't|does|do|doesn't|don't)$/;
const PERFECT_AUXILIARIES = /^(has|have|hasn't|haven't|'ve)$/;

/** Present forms that news uses for scheduled events: "the team plays Friday", "Congress convenes Jan. 4". */
const PRESENT_FORMS =
  /^(says|plays|meets|opens|closes|runs|begins|starts|ends|takes|comes|goes|faces|hosts|visits|holds|convenes|resumes|returns|arrives|leaves|travels|follows|remains|expires|reopens|reports|releases|kicks|heads|flies|lands|speaks|votes|decides|rules|launches|continues|wraps|plans)$/;

const IRREGULAR_PAST = new Set(
  (
    'said told spoke met took gave went came left made held began fell rose won lost led saw ' +
    'found got paid sent sold bought brought thought fought caught taught struck hit killed ' +
    'broke chose drove flew grew knew threw wrote ran sat stood understood became fled ' +
    'was were had did sank shrank spent lent built kept felt meant heard swore wore drew ' +
    'shot slid sought stole swept withdrew overtook undertook forgot froze hid rode rang ' +
    'sang woke bore tore dealt dug fed hung laid slept sped spun stuck stung swam swung ' +
    'wept won wound beat bit bled blew dove forbade forgave gotten given taken shown ' +
    'seen done gone known grown thrown written spoken broken chosen driven fallen risen ' +
    'stolen sworn torn worn drawn flown sunk shrunk begun sung rung'
  ).split(' '),
);
/** Words ending in "-ed" that are not past forms. */
const NOT_PAST_ED =
  /^(need|speed|feed|seed|bed|red|shed|hundred|kindred|united|sacred|naked|wicked|ragged|rugged|beloved|aged|learned|alleged|so-called|based|related|armed|tired|interested|concerned|supposed|used|wed|bred|embed|proceed|exceed|succeed|indeed|breed|greed|weed|creed|deed|steed|limited|detailed|advanced|experienced|qualified|skilled|talented|sophisticated|unprecedented|unexpected|unidentified|undisclosed|unspecified|unnamed|expected|scheduled|planned)$/;

/** A word that is a past-tense verb (or participle) whatever its context. */
export function isPlainPast(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length >= 4 && word.endsWith('ed') && !NOT_PAST_ED.test(word);
}

/**
 * Whether the word at `index` is a past form that tells the clause's tense: not a
 * participle after a bare "be" ("might not be freed", "to be sold"), a passive infinitive's.
 */
function isTensedPast(words: readonly string[], index: number): boolean {
  return isPlainPast(words[index] ?? '') && words[index - 1] !== 'be';
}

/**
 * The clause's direction from words alone, or null when they say nothing. `before` holds
 * the clause's lower-cased words before the expression; `after` the words after it up to
 * the next punctuation mark; `following` all the clause's words after it.
 */
/** "better-than-expected results", "worse than forecast": a comparison, no expectation. */
function isCompared(words: readonly string[], index: number): boolean {
  return words[index - 1] === 'than';
}

/**
 * The cue of a "would" that a past saying reports ("said that he would meet the chairman on
 * Wednesday"): the future of a day gone by, which may be before the date line as well as
 * after it (see resolve-value: a weekday then is the nearest).
 */
export const REPORTED_WOULD = 'would (reported)';

/** Past forms of saying that a "would" after them reports from: "said", "told", "announced". */
const PAST_SAYINGS = /^(said|told|announced|added|stated|explained|noted|indicated|confirmed)$/;

/** Whether a past saying comes before the word at `index`, in its clause. */
function reportedFromPast(words: readonly string[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) if (PAST_SAYINGS.test(words[at] ?? '')) return true;
  return false;
}

/** Cue words that are also nouns of plans and hopes ("the plan", "its forecast"). */
const NOUN_CUES = /^(plan|plans|forecast|forecasts|hope|hopes|aims)$/;

export function cueDirection(
  before: readonly string[],
  after: readonly string[],
  following: readonly string[] = [],
): Cue | null {
  // The words just before the expression often settle it: "scheduled for Friday", "since March".
  const near = before.slice(-6);
  for (let index = near.length - 1; index >= 0; index--) {
    const word = near[index] ?? '';
    const next = near[index + 1] ?? '';
    if (word === 'set' && !/^(for|to)$/.test(next)) continue;
    // "of record Nov. 10" in a dividend notice is a date ahead.
    if (word === 'record' && near[index - 1] === 'of') return { direction: 'future', cue: word };
    // "The plan was approved in May": a word of plans after an article is a noun, no tense.
    const noun = /^(the|a|an|its|their|his|her)$/.test(near[index - 1] ?? '');
    // "A strike planned for Christmas was blocked": a plan that the past clause it
    // describes the subject of tells of may have been for a day gone by.
    if (PLAN_PARTICIPLES.test(word) && PAST_AUXILIARIES.test(after[0] ?? ''))
      return { direction: 'unknown', cue: word };
    if (word === 'would' && reportedFromPast(before, before.length - near.length + index))
      return { direction: 'future', cue: REPORTED_WOULD };
    if (FUTURE_WORDS.test(word) && !(noun && NOUN_CUES.test(word)) && !isCompared(near, index))
      return { direction: 'future', cue: word };
    if (PREPARING.test(word) && next === 'to') return { direction: 'future', cue: word };
    // "could last through Wednesday": "last" as a verb after a modal is no past cue.
    if (word === 'last' && MODALS_AHEAD.test(near[index - 1] ?? '')) continue;
    if (PAST_WORDS.test(word)) return { direction: 'past', cue: word };
  }
  // A plain past form right before ("spoke by telephone Thursday", "said on Monday"); not
  // a participle after a bare "be" ("might not be freed before Christmas"), whose modal or
  // "to" further back tells the way.
  for (let index = near.length - 1; index >= 0 && index >= near.length - 4; index--)
    if (isTensedPast(near, index)) return { direction: 'past', cue: near[index] ?? '' };
  // A past verb right after, as in "The court on Thursday struck down": no comma in between.
  for (const word of after.slice(0, 2)) {
    if (IRREGULAR_PAST.has(word) || (isPlainPast(word) && !/^(ended|based)$/.test(word)))
      return { direction: 'past', cue: word };
  }
  // A fronted adverbial ("On Tuesday, the company said", "For the fourth quarter, the loss
  // narrowed") takes the tense of the main clause that follows it.
  if (before.every((word) => FRONTED.test(word)) && following.length > 0) {
    const main = following.slice(0, 8);
    for (let index = 0; index < main.length; index++) {
      const word = main[index] ?? '';
      const next = main[index + 1] ?? '';
      if (MODALS_AHEAD.test(word))
        return { direction: next === 'have' ? 'past' : 'future', cue: word };
      if (PAST_AUXILIARIES.test(word) || isPlainPast(word)) return { direction: 'past', cue: word };
      if (PERFECT_AUXILIARIES.test(word))
        return { direction: isPlainPast(next) || next === 'been' ? 'past' : 'present', cue: word };
      if (PRESENT_AUXILIARIES.test(word) || PRESENT_FORMS.test(word))
        return { direction: 'present', cue: word };
    }
  }
  // Further back, the nearest word that carries tense: modal, auxiliary, past or present form.
  for (let index = before.length - 1; index >= 0 && index >= before.length - FAR_REACH; index--) {
    const word = before[index] ?? '';
    const next = before[index + 1] ?? '';
    // "said that a further cut in December could not be ruled out": what is said has its
    // own tense; the saying's is not the expression's.
    if (word === 'that' && index < before.length - 1) break;
    if (MODALS_AHEAD.test(word)) {
      // "could have been", "may have met": a modal with a perfect looks back.
      if (next === 'have') return { direction: 'past', cue: word };
      return { direction: 'future', cue: word };
    }
    if (PAST_AUXILIARIES.test(word)) return { direction: 'past', cue: word };
    if (PERFECT_AUXILIARIES.test(word)) {
      if (isPlainPast(next) || next === 'been') return { direction: 'past', cue: word };
      return { direction: 'present', cue: word };
    }
    if (PRESENT_AUXILIARIES.test(word)) {
      // "is expected to", "are scheduled to", "is leaving": ahead; "is" alone: present.
      if (
        /^(expected|scheduled|slated|due|set|going|poised|likely)$/.test(next) ||
        /ing$/.test(next)
      )
        return { direction: 'future', cue: word };
      return { direction: 'present', cue: word };
    }
    if (
      FUTURE_WORDS.test(word) &&
      word !== 'plan' &&
      word !== 'plans' &&
      !isCompared(before, index)
    )
      return { direction: 'future', cue: word };
    // "prepared to begin selling the phone on Friday": what one prepares to do is ahead.
    if (PREPARING.test(word) && next === 'to') return { direction: 'future', cue: word };
    if (isTensedPast(before, index)) return { direction: 'past', cue: word };
    if (PRESENT_FORMS.test(word)) return { direction: 'present', cue: word };
  }
  return null;
}
