/**
 * The product's own event kinds by lemma: what a newsroom timeline groups and filters by.
 * A lemma may need a word nearby to take its kind ("file" is a bankruptcy only with
 * "bankruptcy" near; "call" a phone call only with "phone"); everything not listed is
 * `other`. Data, read by reading/event-kind.ts.
 */
import type { EventKind } from '../../contract/corpus.ts';

export interface KindRule {
  kind: EventKind;
  lemmas: readonly string[];
  /** The kind holds only when one of these lemmas stands within the same clause. */
  near?: readonly string[];
}

/** The common nouns of markets: a rise or fall near one moves a market ("oil prices rose"). */
const MARKET_NOUNS: readonly string[] = [
  'share',
  'stock',
  'index',
  'point',
  'percent',
  'price',
  'market',
  'dollar',
  'yen',
  'euro',
  'bond',
  'yield',
  'oil',
  'trading',
  'average',
];

const MARKET_NOUN_SET: ReadonlySet<string> = new Set(MARKET_NOUNS);

/**
 * Nouns of a rise or fall that tell a happening as nouns ("further falls", "its biggest
 * drop", "the gains it made"), though WordNet files some first as other things ("fall", a
 * season, is a date when it is one: "in the fall").
 */
const MOVE_NOUNS: ReadonlySet<string> = new Set([
  'fall',
  'drop',
  'gain',
  'climb',
  'slide',
  'dip',
  'increase',
  'decline',
  'rise',
  'plunge',
  'slump',
  'surge',
  'jump',
  'rally',
  'rebound',
  'tumble',
  'crash',
  'spike',
]);

/**
 * Verbs of the kinds below whose noun is the same act, though WordNet files the noun first
 * as a thing ("the launch of the ferry": a motorboat first; "filed a suit": clothes). The
 * kinds' other verbs name things as nouns ("head of finance", "sold land", "the state").
 */
const ACT_NOUNS_FILED_AS_THINGS: ReadonlySet<string> = new Set(['launch', 'suit', 'furlough']);

/** Whether a kind's verb lemma is, as a noun, the act it names ("the launch"). */
export function isActNounFiledAsThing(lemma: string): boolean {
  return ACT_NOUNS_FILED_AS_THINGS.has(lemma);
}

/**
 * Nouns that name an act only by what it was to its doer, no act of their own: "the move",
 * "the decision", "this step", "the measure" (see reading/act-anaphors.ts).
 */
export const ACT_ANAPHOR_NOUNS: ReadonlySet<string> = new Set([
  'move',
  'decision',
  'step',
  'measure',
]);

/**
 * Nouns of one company buying another, and the words that tell such a purchase: "JPMorgan
 * agreed to buy Bear Stearns … The deal", "the takeover", "the acquisition" (see
 * reading/act-anaphors.ts).
 */
export const ACQUISITION_NOUNS: ReadonlySet<string> = new Set([
  'deal',
  'takeover',
  'purchase',
  'acquisition',
  'merger',
  'buyout',
]);
/** The words of a purchase an acquisition noun may tell again: those nouns and their verbs. */
export const ACQUISITION_WORDS: ReadonlySet<string> = new Set([
  ...ACQUISITION_NOUNS,
  'buy',
  'acquire',
  'take over',
  'merge',
]);

/** Nouns of a purchase's terms that name no act of their own ("in a deal brokered by"). */
export const DEAL_NOUNS: ReadonlySet<string> = new Set(['deal', 'transaction']);

/** Words of a market's move by the way it went: a fall, a loss and a drop are one move. */
const MOVES_DOWN: ReadonlySet<string> = new Set([
  'fall',
  'drop',
  'lose',
  'loss',
  'decline',
  'slip',
  'plunge',
  'tumble',
  'slump',
  'sink',
  'slide',
  'dip',
  'crash',
  'plummet',
  'retreat',
  'shed',
]);
const MOVES_UP: ReadonlySet<string> = new Set([
  'rise',
  'gain',
  'climb',
  'surge',
  'soar',
  'rally',
  'jump',
  'rebound',
  'advance',
  'increase',
  'spike',
]);

/** Which way a market move's word goes ("plunged": down), or null if it tells no way ("closed"). */
export function moveDirection(lemma: string): 'up' | 'down' | null {
  if (MOVES_DOWN.has(lemma)) return 'down';
  return MOVES_UP.has(lemma) ? 'up' : null;
}

/** Whether a noun's lemma names a rise or a fall ("falls", "a drop"). */
export function isMoveNoun(lemma: string): boolean {
  return MOVE_NOUNS.has(lemma);
}

/** Whether a lemma is one of the common nouns of markets ("shares", "stocks", "index"). */
export function isMarketNoun(lemma: string): boolean {
  return MARKET_NOUN_SET.has(lemma);
}

/**
 * Verbs that move a market or a price, or tell where it ended a session ("fell", "closed").
 */
const MOVE_VERBS: readonly string[] = [
  'rise',
  'fall',
  'drop',
  'gain',
  'climb',
  'slip',
  'surge',
  'plunge',
  'tumble',
  'soar',
  'slump',
  'rally',
  'decline',
  'sink',
  'jump',
  'slide',
  'rebound',
  'advance',
  'retreat',
  'lose',
  'close',
  'end',
  'finish',
  'open',
  'dip',
  'edge',
  'crash',
  'increase',
  'decrease',
  'grow',
  'shrink',
  'plummet',
  'spike',
  'skyrocket',
  'double',
  'halve',
  'recover',
];

/** Whether a verb's lemma moves a market or ends its session ("fell", "closed"). */
export function isMoveVerb(lemma: string): boolean {
  return MOVE_VERBS.includes(lemma);
}

/** Words of armed conflict: an ambiguous act near one is military ("captured the town"). */
const MILITARY_CONTEXT: readonly string[] = [
  'troop',
  'soldier',
  'army',
  'military',
  'force',
  'militant',
  'militia',
  'rebel',
  'fighter',
  'insurgent',
  'jihadist',
  'war',
  'missile',
  'rocket',
  'gun',
  'weapon',
  'artillery',
  'shell',
  'bullet',
  'tank',
  'mortar',
  'navy',
  'warship',
  'protester',
  'civilian',
  'town',
  'city',
  'village',
  'border',
  'territory',
];

export const KIND_RULES: readonly KindRule[] = [
  { kind: 'phone-call', lemmas: ['call', 'speak', 'talk'], near: ['phone', 'telephone'] },
  { kind: 'phone-call', lemmas: ['phone', 'telephone', 'phone call'] },
  {
    kind: 'meeting',
    lemmas: [
      'meet',
      'meeting',
      'talk',
      'talks',
      'summit',
      'negotiate',
      'negotiation',
      'confer',
      'conference',
      'host',
      'visit',
      'hold talks',
    ],
  },
  // "The Dow reached a record", "hit a 12-year low", "Gold topped $1,000": a level reached
  // is a market's move, not an arrival ("the crisis hit car sales" hits no level).
  {
    kind: 'market-move',
    lemmas: ['reach', 'touch', 'top'],
    near: [...MARKET_NOUNS, 'record', 'high', 'low', 'level', '$'],
  },
  { kind: 'market-move', lemmas: ['hit'], near: ['record', 'high', 'low', 'level'] },
  { kind: 'arrival', lemmas: ['arrive', 'arrival', 'land', 'landing', 'reach', 'touch down'] },
  // "The Fed left its main rate unchanged": what is left as it was is kept, no one leaves;
  // "the decline left the Dow 23% below its record": what is left somewhere is put there.
  {
    kind: 'other',
    lemmas: ['leave'],
    near: [
      'unchanged',
      'steady',
      'intact',
      'untouched',
      'below',
      'above',
      'lower',
      'higher',
      '%',
      'percent',
      'point',
    ],
  },
  {
    kind: 'departure',
    lemmas: ['leave', 'depart', 'departure', 'take off', 'takeoff', 'take-off'],
  },
  // "Kerry heads to Geneva": not "the bank, headed by Draghi", "the economy heads into
  // recession".
  { kind: 'departure', lemmas: ['head'], near: ['for', 'to', 'toward', 'towards', 'home', 'back'] },
  { kind: 'bankruptcy', lemmas: ['bankruptcy', 'insolvency', 'receivership', 'liquidation'] },
  {
    kind: 'bankruptcy',
    lemmas: ['file', 'seek', 'enter', 'emerge', 'protection'],
    near: ['bankruptcy', 'chapter', 'insolvency'],
  },
  { kind: 'job-cuts', lemmas: ['layoff', 'lay off', 'redundancy', 'furlough'] },
  {
    kind: 'job-cuts',
    lemmas: ['cut', 'eliminate', 'slash', 'shed', 'axe', 'close', 'closure', 'shut', 'fire'],
    near: ['job', 'worker', 'employee', 'position', 'plant', 'factory', 'staff', 'workforce'],
  },
  {
    kind: 'market-move',
    lemmas: MOVE_VERBS,
    near: [...MARKET_NOUNS, '%', 'nasdaq', 'dow', 's&p', 'ftse', 'nikkei'],
  },
  {
    kind: 'deal',
    lemmas: [
      'buy',
      'sell',
      'sale',
      'purchase',
      'acquire',
      'acquisition',
      'merge',
      'merger',
      'takeover',
      'take over',
      'order',
      'deal',
      'contract',
      'award',
      'sign',
      'deliver',
      'delivery',
      'lease',
      'invest',
      'investment',
      'bid',
      'offer',
      'stake',
    ],
  },
  {
    kind: 'deal',
    lemmas: ['win', 'lose', 'receive', 'get', 'secure', 'place'],
    near: ['contract', 'order', 'deal', 'bid', 'tender'],
  },
  {
    kind: 'legal',
    lemmas: [
      'sue',
      'lawsuit',
      'suit',
      'indict',
      'convict',
      'sentence',
      'rule',
      'ruling',
      'fine',
      'investigate',
      'investigation',
      'probe',
      'prosecute',
      'settle',
      'settlement',
      'appeal',
      'arrest',
      'trial',
      'verdict',
      'plead',
    ],
  },
  // "was charged with fraud", "dropped the charges": not the rate a bank "charges banks for
  // loans", nor an accounting charge ("recording charges of $84 million").
  {
    kind: 'legal',
    lemmas: ['charge'],
    near: [
      'with',
      'against',
      'face',
      'file',
      'drop',
      'felony',
      'corruption',
      'bribery',
      'court',
      'police',
      'prosecutor',
      'crime',
      'criminal',
      'fraud',
      'murder',
      'guilty',
      'plead',
      'accuse',
      'arrest',
      'judge',
      'jury',
      'trial',
      'investigation',
    ],
  },
  {
    kind: 'launch',
    lemmas: [
      'launch',
      'unveil',
      'introduce',
      'debut',
      'roll out',
      'rollout',
      'first flight',
      'maiden flight',
      'flight',
      'fly',
    ],
  },
  // "tested the prototype", "the first engine test": not "the banks' stress tests".
  {
    kind: 'launch',
    lemmas: ['test'],
    near: ['flight', 'fly', 'plane', 'aircraft', 'jet', 'prototype', 'engine', 'rocket', 'missile'],
  },
  {
    kind: 'announcement',
    lemmas: [
      'announce',
      'announcement',
      'reveal',
      'disclose',
      'unveil',
      'publish',
      'release',
      'report',
      'post',
      'declare',
      'declaration',
      'confirm',
    ],
  },
  {
    kind: 'statement',
    lemmas: [
      'say',
      'state',
      'statement',
      'tell',
      'add',
      'claim',
      'describe',
      'comment',
      'warn',
      'note',
      'explain',
      'insist',
      'argue',
      'stress',
      'emphasize',
      'emphasise',
      'mention',
      'observe',
      'admit',
      'acknowledge',
      'deny',
      'criticize',
      'criticise',
      'praise',
      'urge',
      'vow',
      'pledge',
      'promise',
      'speak',
      'remark',
      'testify',
      'call',
    ],
  },
  {
    kind: 'agreement',
    lemmas: [
      'adopt',
      'agree',
      'agreement',
      'accord',
      'treaty',
      'pact',
      'ceasefire',
      'truce',
      'approve',
      'approval',
      'ratify',
      'endorse',
    ],
  },
  // "Workers voted to strike", "the union called a strike": a labour strike, no attack.
  {
    kind: 'other',
    lemmas: ['strike'],
    near: [
      'union',
      'worker',
      'employee',
      'staff',
      'workforce',
      'pilot',
      'crew',
      'nurse',
      'teacher',
      'driver',
      'miner',
      'walkout',
      'picket',
      'general',
      'national',
    ],
  },
  // "A magnitude 7.1 earthquake struck off the coast": a force of nature strikes, no army.
  {
    kind: 'other',
    lemmas: ['strike'],
    near: [
      'earthquake',
      'quake',
      'tremor',
      'aftershock',
      'storm',
      'hurricane',
      'typhoon',
      'cyclone',
      'tornado',
      'tsunami',
      'lightning',
      'flood',
      'wildfire',
    ],
  },
  // "Washington Mutual was seized by regulators": what officials take over is no conquest.
  {
    kind: 'other',
    lemmas: ['seize'],
    near: [
      'regulator',
      'authority',
      'police',
      'customs',
      'court',
      'prosecutor',
      'official',
      'government',
      'lender',
      'creditor',
      'asset',
    ],
  },
  // "The army withdrew its troops", "troops fired on protesters", "rebels captured the
  // town": not "customers withdrew £2 billion", "the board fired its chief executive",
  // "Airbus captured half of the market", "fought a legal battle", "shares shot up".
  {
    kind: 'military',
    lemmas: [
      'withdraw',
      'withdrawal',
      'fire',
      'capture',
      'fight',
      'fighting',
      'battle',
      'shoot',
      'raid',
      'advance',
      'deploy',
      'deployment',
    ],
    near: MILITARY_CONTEXT,
  },
  // "a conflict of interest" is no fighting.
  { kind: 'other', lemmas: ['conflict'], near: ['interest'] },
  {
    kind: 'military',
    lemmas: [
      'conflict',
      'crackdown',
      'revolt',
      'uprising',
      'insurgency',
      'rebellion',
      'clash',
      'attack',
      'bomb',
      'bombing',
      'strike',
      'airstrike',
      'shell',
      'seize',
      'invade',
      'invasion',
      'war',
      'offensive',
      'siege',
      'besiege',
      'retake',
      'ambush',
    ],
  },
  // "All trades were executed", "the Pentagon killed the deal": no one died.
  {
    kind: 'other',
    lemmas: ['execute', 'execution', 'kill'],
    near: [
      'trade',
      'order',
      'transaction',
      'plan',
      'strategy',
      'deal',
      'bill',
      'proposal',
      'project',
      'program',
      'programme',
      'contract',
    ],
  },
  {
    kind: 'death',
    lemmas: [
      'die',
      'death',
      'kill',
      'killing',
      'murder',
      'assassinate',
      'assassination',
      'execute',
      'execution',
    ],
  },
  {
    kind: 'election',
    lemmas: [
      'elect',
      'election',
      'vote',
      'ballot',
      'referendum',
      'poll',
      're-elect',
      'reelect',
      'nominate',
      'inaugurate',
      'inauguration',
    ],
  },
];
