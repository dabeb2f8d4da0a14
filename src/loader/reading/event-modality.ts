/**
 * Whether the text says an event happened: negation ("did not file"), modals ("could
 * collapse"), the future ("will fly"), plans ("plans to cut", "is scheduled to"),
 * expectations and fears ("expected to rise", "fears of a collapse"), and conditions
 * ("if GM files"), and what is kept from happening ("to avoid bankruptcy", "failed to
 * agree"). Read from the verb group and the words that govern the event.
 */
import type { Modality } from '../../contract/corpus.ts';
import type { Word } from '../language/tag-words.ts';
import { PAST_BE } from '../language/word.ts';
import { INCEPTIVE, NOUN_CLASSES_BY_LEMMA, VERB_CLASSES } from '../lexicon/event-classes.ts';
import { isEventNoun } from '../lexicon/event-nouns.ts';
import type { SegmentType } from './segments.ts';
import { isModalOrFuture, type VerbGroup } from './verb-groups.ts';

/** Governing lemmas that make what they govern a plan. */
const PLANNING = new Set([
  'plan',
  'schedule',
  'set',
  'due',
  'intend',
  'prepare',
  'aim',
  'agree',
  'decide',
  'promise',
  'pledge',
  'vow',
]);
/**
 * Governing lemmas that make an infinitive they govern a plan: "voted to leave the European
 * Union" (not "voted against the bill, with 95 Democrats opposing it").
 */
const DECIDING = new Set(['vote']);
/** Governing lemmas that make what they govern an expectation, hope or fear. */
const EXPECTING = new Set([
  'expect',
  'hope',
  'fear',
  'want',
  'seek',
  'try',
  'attempt',
  'likely',
  'predict',
  'forecast',
  'anticipate',
  'worry',
  'concern',
  'risk',
  'threaten',
  'wish',
  'need',
  'bid',
]);
/**
 * Governing lemmas that weigh what they govern: "would consider compensating customers",
 * "had been considering a rival bid"; "was not considering bankruptcy" rules it out.
 */
const WEIGHING = new Set(['consider', 'contemplate']);
/**
 * Governing lemmas whose complement did not happen, as TimeML's factuality has them
 * (counterfactual): "an effort to avoid bankruptcy", "failed to reach a deal", "refused to
 * sign". Not "decline" or "reject" with a noun: "rejected the offer" tells an offer made.
 */
const PREVENTING = new Set(['avoid', 'prevent', 'evade', 'avert', 'forestall', 'escape']);
const REFUSING = new Set(['fail', 'refuse', 'decline']);
/**
 * Verbs whose "that" clause the subject says is untrue: "denied that he would resign",
 * "denied that it was losing its lead", "rejected all claims that Apple had infringed".
 */
const DENYING = new Set(['deny', 'refute', 'reject', 'dismiss']);
/**
 * Verbs that tell someone to do something, or offer to (TimeML's I_ACTION): "urged the
 * company to halve its dividend", "asked Boeing to wait", "offered to resign". What they
 * ask or offer is wanted, not yet done.
 */
const DIRECTING = new Set([
  'offer',
  'volunteer',
  'urge',
  'ask',
  'tell',
  'order',
  'demand',
  'request',
  'encourage',
  'press',
  'pressure',
  'advise',
  'invite',
  'instruct',
  'implore',
  'beg',
]);
/**
 * Verbs whose "that" clause demands something (the mandative subjunctive): "insisted that
 * the union agree to cuts", "demanded that the firm repay". Not when its verb is a past
 * ("insisted that the plan was working" claims a fact).
 */
const MANDATING = new Set([
  'insist',
  'demand',
  'require',
  'request',
  'propose',
  'recommend',
  'suggest',
  'urge',
  'ask',
  'order',
]);
/**
 * Nouns whose infinitive is planned or agreed, not done: "a plan to rescue the banks", "a
 * deal to buy Chrysler". The other nouns of intention and attitude (TimeML's I_ACTION and I_STATE: "an effort to cut costs", "a bid to win",
 * "the need to raise capital") make it sought or feared; "failure" and "refusal" make it
 * undone. Not every noun: "the first airline to fly it" tells of a flight made, and "the
 * EU's decision to ban the airlines" most often of a ban that was.
 */
const PLANNING_NOUNS = new Set([
  'plan',
  'proposal',
  'promise',
  'pledge',
  'vow',
  'deal',
  'agreement',
  'commitment',
  'intention',
  'schedule',
  'timetable',
]);
const SEEKING_NOUNS = new Set(['push', 'drive', 'campaign', 'quest']);
const REFUSING_NOUNS = new Set(['failure', 'refusal']);

/**
 * What an adjective after "be" makes of its infinitive: "is due to report" is planned, "is
 * likely to fall" expected, "was unable to sell" undone; "was able to sell" tells a sale
 * made, "is able to sell" only one that may be. (Not "willing": "will be willing to
 * contribute $20 million" is a pledge, told as made.)
 */
const ADJECTIVE_MODALITIES: ReadonlyMap<string, Modality> = new Map([
  ['due', 'scheduled'],
  ['set', 'scheduled'],
  ['poised', 'scheduled'],
  ['about', 'scheduled'],
  ['ready', 'scheduled'],
  ['bound', 'scheduled'],
  ['likely', 'expected'],
  ['certain', 'expected'],
  ['sure', 'expected'],
  ['unlikely', 'possible'],
  ['reluctant', 'possible'],
  ['unable', 'denied'],
  ['unwilling', 'denied'],
]);

/** The modality an adjective after "be" gives the infinitive after it, or null. */
function modalityFromAdjective(words: readonly Word[], group: VerbGroup): Modality | null {
  const adjective = words[group.first - 1];
  const be = words[group.first - 2];
  if (words[group.first]?.lower !== 'to' || !adjective || be?.lemma !== 'be') return null;
  if (adjective.lower === 'able') return PAST_BE.has(be.lower) ? 'actual' : 'possible';
  return ADJECTIVE_MODALITIES.get(adjective.lower) ?? null;
}

/** Words after a verb that tell the level it ended at: "to close at 9,387", "to end higher". */
const RESULT_LEVELS: ReadonlySet<string> = new Set(['at', 'up', 'down', 'higher', 'lower']);

/** The modality a noun gives the infinitive right after it, or null if it gives none. */
function modalityFromNoun(words: readonly Word[], group: VerbGroup): Modality | null {
  const noun = words[group.first - 1];
  if (noun?.pos !== 'NOUN' || words[group.first]?.lower !== 'to') return null;
  if (PLANNING_NOUNS.has(noun.lemma)) return 'scheduled';
  if (REFUSING_NOUNS.has(noun.lemma)) return 'denied';
  if (noun.lemma === 'decision') return null;
  const nounClass = NOUN_CLASSES_BY_LEMMA.get(noun.lemma);
  if (nounClass === 'I_ACTION' || nounClass === 'I_STATE' || SEEKING_NOUNS.has(noun.lemma))
    return 'expected';
  if (isRanked(words, group.first - 1)) return rankedModality(words, group.first - 1);
  // "discussed a military cooperation to ensure the ceasefire holds", "talks to end the
  // strike": what an act is for is still to come (not a level reached: "extended its
  // rally to close at 9,387").
  const after = words[group.head + 1];
  const level = after !== undefined && RESULT_LEVELS.has(after.lower);
  if (isEventNoun(noun.lemma) && !level) return 'scheduled';
  return null;
}

/** Words that rank one among others: "the first airline to", "the last earthquake to strike". */
export const RANKING_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'last',
  'only',
  'next',
  'latest',
]);

/**
 * "The last major earthquake to strike the area destroyed the city", "the first airline to
 * fly it": a ranked noun's infinitive tells what made it first or last, done as much as
 * its clause is (not "the next quake to strike", still to come).
 */
function isRanked(words: readonly Word[], noun: number): boolean {
  // (An adjective: "engineers first need to check" ranks no noun.)
  for (let at = noun - 1; at >= 0 && /^(?:ADJ|NOUN)$/.test((words[at] as Word).pos); at--) {
    const word = words[at] as Word;
    // ("the next quake to strike" ranks one still to come.)
    const ranks = RANKING_WORDS.has(word.lower) && word.lower !== 'next';
    if (word.pos === 'ADJ' && (ranks || /est$/.test(word.lower))) return true;
  }
  return false;
}

/**
 * A ranked noun's infinitive is done when its sentence tells of no time to come before the
 * noun ("will be the first airline to fly it": not yet).
 */
function rankedModality(words: readonly Word[], noun: number): Modality | null {
  const ahead = words
    .slice(0, noun)
    .some((word) => word.pos === 'AUX' && isModalOrFuture(word.lower));
  return ahead ? null : 'actual';
}

/** Words of a noun phrase, between "for" and the "to" of the infinitive it is subject of. */
const FOR_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'PROPN',
  'NOUN',
  'DET',
  'ADJ',
  'PRON',
  'NUM',
]);

/**
 * "the expected date for Airbus to deliver its new jet", "called for Iran to halt
 * enrichment", "it is time for the board to act": an infinitive with a subject of its
 * own after "for" tells what is awaited or wanted, not what was done. Not after a
 * duration ("it took two years for the plant to open": it opened).
 */
function isForSubjectInfinitive(words: readonly Word[], group: VerbGroup): boolean {
  if (words[group.first]?.lower !== 'to') return false;
  let index = group.first - 1;
  const stop = Math.max(0, group.first - 6);
  while (index > stop && FOR_SUBJECT_WORDS.has((words[index] as Word).pos)) index -= 1;
  if (index === group.first - 1 || words[index]?.lower !== 'for') return false;
  const before = words.slice(Math.max(0, index - 3), index);
  return !before.some((word) => word.lemma === 'take' || word.pos === 'NUM');
}

/**
 * Whether the verb is what a denial's clause claims: "denied that he would resign", not
 * an -ing form ("denied that creating jobs was a factor": jobs are created) nor what comes
 * after a comma ("…, saying it still sold a third of the world's phones": it says so).
 */
function isDeniedClaim(words: readonly Word[], group: VerbGroup, trigger: number): boolean {
  if (group.tense === 'gerund') return false;
  const denial = words.findLastIndex((word, index) => index < trigger && DENYING.has(word.lemma));
  return denial >= 0 && !words.slice(denial + 1, trigger).some((word) => word.text === ',');
}

/** Governing lemmas whose complement is put off, still to come: "delay the tour". */
const DEFERRING = new Set(['delay', 'postpone', 'defer', 'reschedule']);

/** Whether a verb puts off what it governs ("delayed the tour"): its day is not the tour's. */
export function defers(lemma: string): boolean {
  return DEFERRING.has(lemma);
}
/** Nouns before a nominal event that make it a possibility: "a chance of a bankruptcy". */
const POSSIBILITY_NOUNS = new Set(['chance', 'possibility', 'prospect', 'likelihood', 'danger']);
const POSSIBLE_MODALS = new Set([
  'could',
  'may',
  'might',
  'would',
  'should',
  'can',
  'must',
  'ought',
]);

export interface ModalityInput {
  words: readonly Word[];
  /** The event's verb group, or null for a noun. */
  group: VerbGroup | null;
  /** Index of the trigger word. */
  trigger: number;
  segmentType: SegmentType;
  /** The lemma of the word that governs the event ("plans to cut" → "plan"), if any. */
  governor: string | null;
  /** The governing event's own modality, which an infinitive or complement inherits. */
  governorModality: Modality | null;
}

export function modalityOf(input: ModalityInput): Modality {
  const { words, group, trigger, governor } = input;
  if (group?.negated) return 'denied';
  // "The bank had nearly collapsed": came close, and did not (but "profit nearly doubled").
  if (group && isNearMiss(words, group)) return 'denied';
  if (input.segmentType === 'conditional') return 'possible';
  const denial = governor !== null && DENYING.has(governor);
  if (denial && input.segmentType === 'complement' && group && isDeniedClaim(words, group, trigger))
    return 'denied';
  // "Citigroup announced that it would cut 52,000 jobs": a reported "would" is the
  // future seen from the report, a plan told, not a mere possibility ("Jobs said he hoped
  // Apple would sell 10 million": a hope, whoever reports it).
  if (
    group?.modal === 'would' &&
    input.segmentType === 'complement' &&
    governor !== null &&
    VERB_CLASSES.get(governor) === 'REPORTING'
  )
    return hopedFor(words, group) ? 'expected' : 'scheduled';
  if (group?.modal && POSSIBLE_MODALS.has(group.modal)) return 'possible';
  // "are predicted to have dipped in March", "is thought to have attracted 840 orders": a
  // perfect infinitive tells what is held to have happened already (not what a plan
  // wants done by then: "plans to have finished by June").
  if (group && isPerfectInfinitive(words, group) && !(governor && PLANNING.has(governor)))
    return 'actual';
  const fromWord =
    group?.tense === 'infinitive'
      ? (modalityFromAdjective(words, group) ?? modalityFromNoun(words, group))
      : null;
  if (fromWord) return fromWord;
  if (group?.tense === 'infinitive' && isForSubjectInfinitive(words, group)) return 'expected';
  if (governor && PREVENTING.has(governor)) return 'denied';
  if (governor && REFUSING.has(governor) && group?.tense === 'infinitive') return 'denied';
  if (governor && EXPECTING.has(governor)) return 'expected';
  const weighed = weighingVerb(words, group ? group.first : trigger);
  if (weighed) return weighed.negated ? 'denied' : 'possible';
  if (governor && DIRECTING.has(governor) && group?.tense === 'infinitive') return 'expected';
  // ("asked that he be jailed": a passive's bare "be" is as much a subjunctive.)
  if (
    governor &&
    MANDATING.has(governor) &&
    input.segmentType === 'complement' &&
    group !== null &&
    !group.modal &&
    (words[group.first] as Word).lower === (words[group.first] as Word).lemma
  )
    return 'expected';
  if (governor && (PLANNING.has(governor) || DEFERRING.has(governor))) return 'scheduled';
  if (governor && DECIDING.has(governor) && group?.tense === 'infinitive') return 'scheduled';
  // "fears of a collapse", "hopes for a deal": a nominal event after an attitude noun
  // (not "better-than-expected results": a comparison).
  const before = words.slice(Math.max(0, trigger - 4), trigger).map((word) => word.lemma);
  const attitude = before.some(
    (lemma, index) => EXPECTING.has(lemma) && !before.slice(0, index).includes('than'),
  );
  if (!group && attitude) return 'expected';
  if (!group && before.some((lemma) => POSSIBILITY_NOUNS.has(lemma))) return 'possible';
  if (!group && isCalledFor(words, trigger)) return 'expected';
  const phrased = group ? null : modalityFromNounPhrase(words, trigger);
  if (phrased) return phrased;
  // "accused him of sexual harassment", "the alleged fraud": what is alleged may not have
  // happened (not "convicted of fraud", which a court found).
  if (!group && isAlleged(words, trigger)) return 'possible';
  if (!group && before.some((lemma) => lemma === 'no' || lemma === 'without')) return 'denied';
  // "the additional delay in delivery": put off, not done that day (not "delayed after
  // an accident", where the verb puts off something else).
  const deferredBy = words
    .slice(Math.max(0, trigger - 4), trigger)
    .some((word) => word.pos === 'NOUN' && DEFERRING.has(word.lemma));
  if (!group && deferredBy) return 'scheduled';
  // ("asked for a six-month delay on repaying its debts": so is an -ing form that the
  // deferring noun's preposition takes.)
  if (
    group?.tense === 'gerund' &&
    words[trigger - 1]?.pos === 'ADP' &&
    words[trigger - 2]?.pos === 'NOUN' &&
    DEFERRING.has((words[trigger - 2] as Word).lemma)
  )
    return 'scheduled';
  if (group?.tense === 'future') return 'scheduled';
  // "Kerry to meet Lavrov": a headline's bare infinitive announces a plan.
  if (group?.tense === 'infinitive' && input.governorModality === null) return 'scheduled';
  // "will focus on reducing violence, expanding aid and moving on": an -ing form after the
  // preposition, comma or "and" of a verb that is not done yet is not done either.
  // So is one right after its verb: "are expected to start delivering in 2011".
  const complement =
    group !== null &&
    (group.tense === 'infinitive' ||
      (group.tense === 'gerund' &&
        (/^(?:ADP|PUNCT|CCONJ|VERB)$/.test(words[group.first - 1]?.pos ?? '') ||
          (governor !== null && OBJECT_THEN_GERUND.has(governor)))) ||
      completesVerbBefore(words, group));
  if (complement && input.governorModality && input.governorModality !== 'actual')
    return input.governorModality;
  return 'actual';
}

/**
 * Verbs that take an object and then an -ing form telling what the object does or what the
 * time is spent on: "will keep the machine running", "will spend two years studying".
 */
const OBJECT_THEN_GERUND: ReadonlySet<string> = new Set([
  'keep',
  'leave',
  'set',
  'send',
  'see',
  'watch',
  'find',
  'get',
  'have',
  'spend',
  'start',
]);

/** Verbs completed by a bare verb: "would help build", "let prices rise", "would send help". */
const BARE_VERB_TAKERS: ReadonlySet<string> = new Set([
  'help',
  'let',
  'make',
  'see',
  'watch',
  'hear',
  'send',
]);

/**
 * Whether a bare verb completes the verb right before it, which takes it as a bare
 * infinitive (not "the dealerships that are to be eliminated sell": a clause's own verb).
 */
function completesVerbBefore(words: readonly Word[], group: VerbGroup): boolean {
  const head = words[group.head] as Word;
  const before = words[group.head - 1];
  return (
    group.first === group.head &&
    head.lemma === head.lower &&
    before?.pos === 'VERB' &&
    BARE_VERB_TAKERS.has(before.lemma)
  );
}

/** Verbs whose "for" asks for what follows: "called for an investigation". */
const ASKING_FOR: ReadonlySet<string> = new Set([
  'call',
  'ask',
  'appeal',
  'press',
  'push',
  'lobby',
  'clamor',
  'clamour',
  'plead',
]);

/** "called for an immediate investigation", "appealed for a ceasefire": asked for, not made. */
function isCalledFor(words: readonly Word[], trigger: number): boolean {
  let at = beforeModifiers(words, trigger);
  if (words[at]?.pos === 'DET') at--;
  const verb = words[at - 1];
  return words[at]?.lower === 'for' && verb?.pos === 'VERB' && ASKING_FOR.has(verb.lemma);
}

/**
 * What an adjective after "be" makes of the noun before it: "a second referendum was highly
 * likely", "a deal is unlikely".
 */
const PREDICATE_MODALITIES: ReadonlyMap<string, Modality> = new Map([
  ['likely', 'expected'],
  ['probable', 'expected'],
  ['imminent', 'expected'],
  ['inevitable', 'expected'],
  ['unlikely', 'possible'],
  ['possible', 'possible'],
  ['doubtful', 'possible'],
  ['uncertain', 'possible'],
]);
/**
 * Nouns of deciding and talking whose "on" or "over" phrase names what is in question, not
 * what was done: "talks on a ceasefire", "a vote on the merger", "any decision on new
 * sanctions".
 */
const TOPIC_NOUNS: ReadonlySet<string> = new Set([
  'talk',
  'talks',
  'negotiation',
  'discussion',
  'debate',
  'decision',
  'vote',
  'referendum',
  'consultation',
]);
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'over', 'about']);
/** Words of a noun phrase before its head noun: "any", "new", "a second independence". */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);

/** The index of the word before a noun's modifiers ("any" of "any new sanctions"). */
function beforeModifiers(words: readonly Word[], noun: number): number {
  let at = noun - 1;
  while (at >= 0 && MODIFIER_TAGS.has((words[at] as Word).pos)) at--;
  return at;
}

/**
 * The modality a noun's own phrase gives it: "any autonomy" and "any decision" (none
 * given), what a decision or talks are about ("talks on a ceasefire": sought, not made),
 * a noun that "is likely" or "unlikely".
 */
function modalityFromNounPhrase(words: readonly Word[], trigger: number): Modality | null {
  const first = beforeModifiers(words, trigger);
  const determiner = words[first];
  if (determiner?.lower === 'any') return 'possible';
  const prepositionAt = determiner?.pos === 'DET' ? first - 1 : first;
  const preposition = words[prepositionAt];
  if (preposition?.pos === 'ADP' && TOPIC_PREPOSITIONS.has(preposition.lower)) {
    const noun = words[prepositionAt - 1];
    if (noun?.pos === 'NOUN' && (TOPIC_NOUNS.has(noun.lower) || TOPIC_NOUNS.has(noun.lemma)))
      return 'possible';
  }
  let after = trigger + 1;
  if (!PRESENT_OR_PAST_BE.has(words[after]?.lower ?? '')) return null;
  after++;
  while (words[after]?.pos === 'ADV') after++;
  // ("The takeover is unlikely to receive approval": the adjective tells of the infinitive.)
  if (words[after + 1]?.lower === 'to') return null;
  return PREDICATE_MODALITIES.get(words[after]?.lower ?? '') ?? null;
}

const PRESENT_OR_PAST_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/**
 * The verb that weighs the event right after it ("would consider compensating customers",
 * "had been considering a rival bid"), if any. (WEIGHING verbs are states, so no governor.)
 */
function weighingVerb(words: readonly Word[], start: number): Word | null {
  let at = start - 1;
  while (at >= 0 && /^(?:DET|ADJ|NUM)$/.test((words[at] as Word).pos)) at--;
  const verb = words[at];
  return verb?.pos === 'VERB' && WEIGHING.has(verb.lemma) ? verb : null;
}

/** Whether the nearest verb before a clause's verb group hopes or fears it ("hoped Apple would"). */
function hopedFor(words: readonly Word[], group: VerbGroup): boolean {
  let at = group.first - 1;
  while (at >= 0 && words[at]?.pos !== 'VERB' && words[at]?.text !== ',') at--;
  const verb = words[at];
  return verb?.pos === 'VERB' && EXPECTING.has(verb.lemma);
}

/** "to have misrepresented": an infinitive of the perfect. */
function isPerfectInfinitive(words: readonly Word[], group: VerbGroup): boolean {
  const have = words[group.first + 1];
  return have?.pos === 'AUX' && have.lemma === 'have' && group.first + 1 < group.head;
}

/** Verbs and participles that tell an act is only alleged ("accused of", "alleged"). */
const ALLEGING: ReadonlySet<string> = new Set(['accuse', 'allege', 'suspect']);

/** Whether the noun at `trigger` is what someone is accused of, or called alleged. */
function isAlleged(words: readonly Word[], trigger: number): boolean {
  const before = words.slice(Math.max(0, trigger - 4), trigger);
  // ("the alleged fraud", "an alleged insider-trading scheme": right before it, or before
  // its adjective.)
  const alleged = (word: Word | undefined) =>
    word?.lower === 'alleged' || word?.lower === 'suspected';
  const describedAlleged =
    alleged(words[trigger - 1]) ||
    (words[trigger - 1]?.pos === 'ADJ' && alleged(words[trigger - 2]));
  const accusedOf =
    before.some((word) => word.lower === 'of') &&
    before.some((word) => ALLEGING.has(word.lemma) && word.pos === 'VERB');
  return describedAlleged || accusedOf;
}

/** Verbs of a multiple, which "nearly" measures rather than denies ("nearly doubled"). */
const MULTIPLYING = new Set(['double', 'triple', 'treble', 'quadruple', 'halve']);

/** "had nearly collapsed", "almost failed": a verb that came close to happening. */
function isNearMiss(words: readonly Word[], group: VerbGroup): boolean {
  const before = words[group.head - 1]?.lower;
  return (
    (before === 'nearly' || before === 'almost') &&
    !MULTIPLYING.has((words[group.head] as Word).lemma)
  );
}

// An aspectual verb other than one that begins (INCEPTIVE) ends, continues or interrupts an
// event under way, so what it acts on was there whether or not it happened.
function presupposes(lemma: string): boolean {
  return (VERB_CLASSES.get(lemma) === 'ASPECTUAL' && !INCEPTIVE.has(lemma)) || FACTIVE.has(lemma);
}

/**
 * Verbs whose object is there whether or not they happen (factives): "would not reveal
 * the agreement reached" tells of an agreement made, "did not discuss the merger" of a
 * merger that is.
 */
const FACTIVE = new Set([
  'reveal',
  'disclose',
  'know',
  'regret',
  'realize',
  'realise',
  'discover',
  'learn',
  'forget',
  'remember',
  'discuss',
  'detail',
  'describe',
]);

/**
 * A nominal's modality given its own reading and the verb that takes it as object: it
 * inherits the verb's denial or uncertainty ("did not announce cuts"), except from a verb
 * that presupposes it ("failed to end the conflict").
 */
export function nominalModality(
  own: Modality,
  governor: { lemma: string; modality: Modality } | null,
): Modality {
  if (!governor || governor.modality === 'actual' || own !== 'actual') return own;
  return presupposes(governor.lemma) ? own : governor.modality;
}

/** Tenses of an act done before the telling. */
const PAST_TENSES: ReadonlySet<string> = new Set(['past', 'perfect', 'pluperfect']);

/**
 * Whether the act that takes a definite nominal ("the fall", "its launch") as object is told
 * in the past: asked of, doubted or denied, that act presupposes the event the nominal names
 * ("investigating whether computer trading caused the fall", "did not cause the crash"), so
 * neither the act's clause nor its modality make the event less than it is.
 */
export function isPastAct(governor: { tense: string } | null): boolean {
  return governor !== null && PAST_TENSES.has(governor.tense);
}
