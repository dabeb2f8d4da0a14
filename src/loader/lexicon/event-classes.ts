/**
 * TimeML's event classes by lemma, after the TimeML 1.2.1 annotation guidelines
 * (Saurí et al. 2006, §2.1.1) and the TimeBank lexicon: the closed classes are listed;
 * every other event is an OCCURRENCE. Data, read by reading/event-class.ts.
 */
import type { EventClass } from '../../contract/corpus.ts';

const REPORTING = [
  'say',
  'tell',
  'state',
  'report',
  'announce',
  'add',
  'claim',
  'explain',
  'describe',
  'declare',
  'note',
  'comment',
  'confirm',
  'deny',
  'reveal',
  'disclose',
  'insist',
  'warn',
  'argue',
  'acknowledge',
  'admit',
  'assert',
  'stress',
  'emphasize',
  'emphasise',
  'mention',
  'observe',
  'remark',
  'reply',
  'respond',
  'suggest',
  'write',
  'quote',
  'cite',
  'indicate',
  'predict',
  'forecast',
  'estimate',
  'caution',
  'complain',
  'criticize',
  'criticise',
  'praise',
  'urge',
  'testify',
  'speak',
];

const ASPECTUAL = [
  'begin',
  'start',
  'commence',
  'initiate',
  'launch',
  'continue',
  'resume',
  'proceed',
  'keep',
  'end',
  'finish',
  'complete',
  'stop',
  'cease',
  'halt',
  'quit',
  'terminate',
  'conclude',
  'suspend',
  'interrupt',
];

/**
 * Aspectual verbs that begin an event: the others end, continue or interrupt one under way
 * ("a trial that began on July 30" began then; "failed to end the conflict": it was real).
 */
export const INCEPTIVE: ReadonlySet<string> = new Set([
  'begin',
  'start',
  'commence',
  'initiate',
  'launch',
]);

const I_ACTION = [
  'try',
  'attempt',
  'seek',
  'decide',
  'agree',
  'promise',
  'pledge',
  'vow',
  'offer',
  'propose',
  'request',
  'ask',
  'order',
  'demand',
  'call',
  'allow',
  'permit',
  'prevent',
  'avoid',
  'refuse',
  'decline',
  'approve',
  'authorize',
  'authorise',
  'delay',
  'postpone',
  'cancel',
  'threaten',
  'investigate',
  'consider',
  'prepare',
  'aim',
  'schedule',
  'name',
  'appoint',
  'nominate',
  'persuade',
  'force',
  'help',
];

const I_STATE = [
  'intend',
  'plan',
  'want',
  'wish',
  'hope',
  'expect',
  'fear',
  'believe',
  'think',
  'feel',
  'doubt',
  'worry',
  'need',
  'require',
  'anticipate',
  'assume',
  'suspect',
  'like',
  'love',
  'hate',
  'prefer',
  'consider',
  'know',
  'understand',
  'imagine',
  'desire',
  'trust',
  'be_able',
];

const PERCEPTION = [
  'see',
  'watch',
  'hear',
  'listen',
  'notice',
  'witness',
  'view',
  'observe',
  'sense',
  'spot',
];

const STATE = [
  'be',
  'have',
  'own',
  'remain',
  'stay',
  'exist',
  'live',
  'contain',
  'include',
  'consist',
  'belong',
  'depend',
  'lack',
  'hold',
  'employ',
  'seem',
  'appear',
  'mean',
  'represent',
  'cost',
  'weigh',
  'equal',
  // "the jet seats 150 people", "the hall accommodates 500": what a thing can hold.
  'seat',
  'accommodate',
  'comprise',
  'resemble',
  // "Chicago-based Boeing", "based on the A330": where something stands, not an act.
  'base',
];

/** Nouns of the closed classes ("talks" are occurrences; "fears" and "hopes" are states). */
const NOUN_CLASSES: ReadonlyArray<readonly [EventClass, readonly string[]]> = [
  [
    'REPORTING',
    [
      'statement',
      'announcement',
      'report',
      'claim',
      'declaration',
      'warning',
      'comment',
      'remark',
      'testimony',
      'criticism',
    ],
  ],
  [
    'I_STATE',
    [
      'fear',
      'hope',
      'expectation',
      'belief',
      'concern',
      'worry',
      'doubt',
      'desire',
      'need',
      'wish',
    ],
  ],
  [
    'I_ACTION',
    [
      'plan',
      'attempt',
      'bid',
      'offer',
      'proposal',
      'request',
      'promise',
      'pledge',
      'decision',
      'investigation',
      'approval',
      'threat',
      'effort',
      'call',
    ],
  ],
  ['ASPECTUAL', ['start', 'beginning', 'end', 'completion', 'suspension', 'resumption', 'halt']],
];

function table(
  entries: ReadonlyArray<readonly [EventClass, readonly string[]]>,
): Map<string, EventClass> {
  const map = new Map<string, EventClass>();
  for (const [eventClass, lemmas] of entries)
    for (const lemma of lemmas) if (!map.has(lemma)) map.set(lemma, eventClass);
  return map;
}

/** Verb lemma → class; the first list a lemma appears in wins. */
export const VERB_CLASSES: ReadonlyMap<string, EventClass> = table([
  ['REPORTING', REPORTING],
  ['ASPECTUAL', ASPECTUAL],
  ['PERCEPTION', PERCEPTION],
  ['I_STATE', I_STATE],
  ['I_ACTION', I_ACTION],
  ['STATE', STATE],
]);

export const NOUN_CLASSES_BY_LEMMA: ReadonlyMap<string, EventClass> = table(NOUN_CLASSES);
