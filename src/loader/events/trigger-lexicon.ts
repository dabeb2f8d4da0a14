/**
 * Words that signal something happening, by event kind. General English verbs and event
 * nouns; no names or places. Each entry gives the lemma (for titles) and, for ambiguous
 * words, the words that must follow ("reach" is an agreement only before "deal").
 */
import type { EventKind } from '../../contract/corpus.ts';

export interface TriggerEntry {
  kind: EventKind;
  lemma: string;
  /** Verbs are matched in all their forms; nouns in singular and plural. */
  pos: 'verb' | 'noun';
  /** Words, one of which must come within the next three words ("reach … deal"). */
  needsNext?: readonly string[];
  /** A reporting verb ("said"): an event only when the clause dates it. */
  reporting?: boolean;
}

/** What one wins or loses in an election ("won the runoff", "lost his seat"). */
const CONTEST_NOUNS: readonly string[] = [
  'election',
  'vote',
  'primary',
  'race',
  'seat',
  'seats',
  'presidency',
  'majority',
  'runoff',
  'ballot',
  'referendum',
];

const VERBS: ReadonlyArray<readonly [EventKind, string, (readonly string[])?]> = [
  ['phone-call', 'phone'],
  ['phone-call', 'telephone'],
  ['meeting', 'meet'],
  ['meeting', 'negotiate'],
  ['meeting', 'confer'],
  [
    'meeting',
    'hold',
    ['talks', 'meeting', 'meetings', 'summit', 'negotiations', 'discussions', 'consultations'],
  ],
  ['meeting', 'host', ['talks', 'meeting', 'summit', 'leaders', 'counterpart']],
  ['meeting', 'discuss'],
  ['arrival', 'arrive'],
  ['arrival', 'land'],
  ['arrival', 'return'],
  [
    'departure',
    'leave',
    [
      'for',
      'to',
      'on',
      'thursday',
      'monday',
      'tuesday',
      'wednesday',
      'friday',
      'saturday',
      'sunday',
      'today',
      'tomorrow',
      'early',
      'late',
    ],
  ],
  ['departure', 'depart'],
  ['departure', 'travel'],
  ['departure', 'fly', ['to', 'into', 'home', 'back', 'out']],
  ['departure', 'head', ['to', 'for', 'home', 'back']],
  ['departure', 'visit'],
  ['departure', 'flee'],
  ['announcement', 'announce'],
  ['announcement', 'unveil'],
  ['announcement', 'declare'],
  ['announcement', 'reveal'],
  ['announcement', 'confirm'],
  ['announcement', 'disclose'],
  ['announcement', 'publish'],
  [
    'announcement',
    'issue',
    [
      'warning',
      'statement',
      'order',
      'report',
      'alert',
      'advisory',
      'ruling',
      'decision',
      'verdict',
    ],
  ],
  ['announcement', 'release', ['statement', 'report', 'results', 'figures', 'data']],
  ['statement', 'say', undefined],
  ['statement', 'tell'],
  ['statement', 'add'],
  ['statement', 'vow'],
  ['statement', 'pledge'],
  ['statement', 'promise'],
  ['statement', 'warn'],
  ['statement', 'describe'],
  ['statement', 'urge'],
  ['statement', 'insist'],
  ['statement', 'claim'],
  ['statement', 'deny'],
  ['statement', 'accuse'],
  ['statement', 'condemn'],
  ['statement', 'criticize'],
  ['statement', 'criticise'],
  ['statement', 'praise'],
  ['statement', 'threaten'],
  ['statement', 'testify'],
  ['statement', 'state'],
  ['statement', 'argue'],
  ['statement', 'acknowledge'],
  ['statement', 'admit'],
  ['statement', 'welcome'],
  ['statement', 'call', ['for', 'on']],
  ['agreement', 'agree'],
  ['agreement', 'sign'],
  ['agreement', 'adopt'],
  ['agreement', 'ratify'],
  ['agreement', 'approve'],
  ['agreement', 'accept'],
  ['agreement', 'settle'],
  [
    'agreement',
    'reach',
    ['deal', 'agreement', 'accord', 'settlement', 'ceasefire', 'truce', 'compromise', 'consensus'],
  ],
  ['agreement', 'strike', ['deal', 'agreement', 'accord', 'bargain']],
  ['agreement', 'conclude', ['deal', 'agreement', 'treaty', 'accord']],
  ['military', 'attack'],
  ['military', 'bomb'],
  ['military', 'shell'],
  ['military', 'seize'],
  ['military', 'capture'],
  ['military', 'invade'],
  ['military', 'raid'],
  ['military', 'shoot'],
  ['military', 'fire', ['missile', 'missiles', 'rocket', 'rockets', 'shots', 'shells', 'on', 'at']],
  ['military', 'erupt'],
  ['military', 'clash'],
  ['military', 'ambush'],
  ['military', 'besiege'],
  ['military', 'occupy'],
  ['military', 'bombard'],
  ['military', 'retake'],
  ['military', 'recapture'],
  ['military', 'deploy'],
  ['military', 'explode'],
  ['military', 'detonate'],
  ['military', 'unleash'],
  [
    'military',
    'launch',
    [
      'offensive',
      'attack',
      'attacks',
      'strike',
      'strikes',
      'airstrikes',
      'missile',
      'missiles',
      'raid',
      'raids',
      'assault',
      'invasion',
      'operation',
    ],
  ],
  [
    'military',
    'carry',
    [
      'raids',
      'attacks',
      'strikes',
      'airstrikes',
      'bombings',
      'attack',
      'strike',
      'raid',
      'assault',
    ],
  ],
  ['death', 'die'],
  ['death', 'kill'],
  ['death', 'perish'],
  ['death', 'assassinate'],
  ['death', 'murder'],
  ['death', 'execute'],
  ['death', 'succumb'],
  ['election', 'elect'],
  ['election', 're-elect'],
  ['election', 'reelect'],
  ['election', 'vote'],
  ['election', 'inaugurate'],
  ['election', 'swear', ['in']],
  ['election', 'win', [...CONTEST_NOUNS, 'nomination']],
  ['other', 'resign'],
  ['other', 'arrest'],
  ['other', 'charge'],
  ['other', 'indict'],
  ['other', 'sue'],
  ['other', 'rule'],
  ['other', 'sentence'],
  ['other', 'convict'],
  ['other', 'acquit'],
  ['other', 'file', ['lawsuit', 'suit', 'charges', 'complaint', 'appeal', 'motion', 'for', 'case']],
  ['other', 'plead'],
  ['other', 'appeal'],
  ['other', 'merge'],
  ['other', 'acquire'],
  ['other', 'buy'],
  ['other', 'sell'],
  ['other', 'hit'],
  // Impact verbs without a deal: a disaster or an attack by subject (kind-by-context.ts).
  ['other', 'strike'],
  ['other', 'batter'],
  ['other', 'slam'],
  ['other', 'devastate'],
  ['other', 'ravage'],
  ['other', 'make', ['landfall']],
  ['other', 'set', ['date', 'deadline', 'bail', 'hearing', 'sentencing']],
  ['election', 'go', ['polls']],
  ['other', 'evacuate'],
  ['other', 'flood'],
  ['other', 'collapse'],
  ['other', 'appoint'],
  ['other', 'hire'],
  [
    'other',
    'fire',
    ['chief', 'ceo', 'executive', 'director', 'manager', 'coach', 'minister', 'him', 'her'],
  ],
  ['other', 'dismiss'],
  ['other', 'win'],
  ['election', 'lose', CONTEST_NOUNS],
  ['other', 'lose'],
  ['other', 'rescue'],
  ['other', 'crash'],
  ['other', 'injure'],
  ['other', 'destroy'],
  ['other', 'damage'],
  ['other', 'pass', ['law', 'bill', 'resolution', 'legislation', 'measure', 'budget']],
  ['other', 'reject'],
  ['other', 'veto'],
  ['other', 'ban'],
  ['other', 'impose'],
  ['other', 'lift'],
  ['other', 'detain'],
  ['other', 'extradite'],
  ['other', 'escape'],
  ['other', 'postpone'],
  ['other', 'cancel'],
  ['other', 'suspend'],
  ['other', 'resume'],
  [
    'other',
    'close',
    [
      'deal',
      'acquisition',
      'merger',
      'plant',
      'factory',
      'schools',
      'border',
      'airport',
      'office',
      'offices',
      'store',
      'stores',
    ],
  ],
  [
    'other',
    'open',
    [
      'investigation',
      'probe',
      'inquiry',
      'plant',
      'factory',
      'office',
      'store',
      'border',
      'trial',
      'session',
    ],
  ],
  ['other', 'form'],
  ['other', 'strengthen'],
  ['other', 'weaken'],
  ['other', 'intensify'],
  ['other', 'upgrade'],
  ['other', 'downgrade'],
  ['other', 'order'],
  ['other', 'block'],
  ['other', 'shut'],
  ['other', 'reopen'],
  ['other', 'complete'],
  ['other', 'found'],
  ['other', 'investigate'],
  ['other', 'fail'],
  ['other', 'find'],
  ['other', 'topple'],
  ['other', 'overthrow'],
  ['other', 'lay', ['off']],
  ['other', 'cut', ['jobs', 'rates', 'rate', 'prices', 'staff', 'workforce', 'ties']],
  ['other', 'raise', ['rates', 'rate', 'prices', 'taxes']],
];

/** Event nouns: they make an event when the clause dates them or in a coordinated list. */
const NOUNS: ReadonlyArray<readonly [EventKind, string]> = [
  ['phone-call', 'phone call'],
  ['phone-call', 'telephone call'],
  ['phone-call', 'call'],
  ['meeting', 'meeting'],
  ['meeting', 'talks'],
  ['meeting', 'summit'],
  ['meeting', 'negotiations'],
  ['meeting', 'conference'],
  ['meeting', 'visit'],
  ['arrival', 'arrival'],
  ['departure', 'departure'],
  ['departure', 'trip'],
  ['announcement', 'announcement'],
  ['statement', 'statement'],
  ['statement', 'speech'],
  ['statement', 'address'],
  ['agreement', 'agreement'],
  ['agreement', 'deal'],
  ['agreement', 'accord'],
  ['agreement', 'treaty'],
  ['agreement', 'ceasefire'],
  ['agreement', 'truce'],
  ['agreement', 'merger'],
  ['military', 'attack'],
  ['military', 'strike'],
  ['military', 'airstrike'],
  ['military', 'offensive'],
  ['military', 'invasion'],
  ['military', 'bombing'],
  ['military', 'raid'],
  ['military', 'crackdown'],
  ['military', 'war'],
  ['death', 'death'],
  ['death', 'killing'],
  ['death', 'funeral'],
  ['election', 'election'],
  ['election', 'vote'],
  ['election', 'referendum'],
  ['election', 'primary'],
  ['election', 'runoff'],
  ['election', 'inauguration'],
  ['other', 'landfall'],
  ['other', 'trial'],
  ['other', 'hearing'],
  ['other', 'verdict'],
  ['other', 'ruling'],
  ['other', 'acquisition'],
  ['other', 'takeover'],
  ['other', 'earthquake'],
  ['other', 'explosion'],
  ['other', 'crash'],
  ['other', 'protest'],
  ['other', 'resignation'],
  ['other', 'arrest'],
];

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'],
  hold: ['held'],
  leave: ['left'],
  fly: ['flew', 'flown'],
  say: ['said'],
  tell: ['told'],
  flee: ['fled'],
  strike: ['struck', 'stricken'],
  shoot: ['shot'],
  die: ['dying'],
  win: ['won', 'winning'],
  lose: ['lost'],
  buy: ['bought'],
  sell: ['sold'],
  hit: ['hitting'],
  swear: ['swore', 'sworn'],
  find: ['found'],
  lay: ['laid'],
  cut: ['cutting'],
  shut: ['shutting'],
  deny: ['denied', 'denies'],
  testify: ['testified', 'testifies'],
  occupy: ['occupied', 'occupies'],
  bomb: ['bombed'],
  plan: ['planned'],
  ban: ['banned', 'banning'],
  sue: ['sued', 'suing'],
  begin: ['began', 'begun'],
  make: ['made'],
  set: ['setting'],
  go: ['went', 'gone'],
};

/** All written forms of a regular or listed irregular verb. */
export function verbForms(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  forms.add(thirdPerson(lemma));
  if (lemma.endsWith('e')) {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) {
    // One-syllable consonant-vowel-consonant doubles: "plan" → "planned".
    const doubled = lemma + lemma.slice(-1);
    forms.add(`${doubled}ed`);
    forms.add(`${doubled}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

/** "meet" → "meets", "push" → "pushes", "fly" → "flies". */
export function thirdPerson(lemma: string): string {
  if (lemma === 'have') return 'has';
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

const VERB_INDEX = new Map<string, TriggerEntry[]>();
for (const [kind, lemma, needsNext] of VERBS) {
  const entry: TriggerEntry = {
    kind,
    lemma,
    pos: 'verb',
    ...(needsNext ? { needsNext } : {}),
    ...(['say', 'tell', 'add', 'state'].includes(lemma) ? { reporting: true } : {}),
  };
  for (const form of verbForms(lemma))
    VERB_INDEX.set(form, [...(VERB_INDEX.get(form) ?? []), entry]);
}
const NOUN_INDEX = new Map<string, TriggerEntry>();
for (const [kind, lemma] of NOUNS) {
  const entry: TriggerEntry = { kind, lemma, pos: 'noun' };
  const last = lemma.split(' ').pop() as string;
  for (const form of [last, /s$/.test(last) ? last : `${last}s`, last.replace(/y$/, 'ies')])
    if (!NOUN_INDEX.has(form) || lemma.includes(' ')) NOUN_INDEX.set(form, entry);
}

/** Verb readings of a written word. */
export function verbEntries(word: string): readonly TriggerEntry[] {
  return VERB_INDEX.get(word.toLowerCase()) ?? [];
}

/** Noun reading of a written word. */
export function nounEntry(word: string): TriggerEntry | null {
  return NOUN_INDEX.get(word.toLowerCase()) ?? null;
}

/** Trigger words that report the same kind of occurrence: "made landfall" = "struck". */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  ['strike', 'hit', 'make', 'landfall', 'batter', 'slam', 'devastate', 'ravage', 'earthquake'],
  ['approve', 'vote', 'ratify', 'back', 'endorse', 'reject', 'go'],
  ['convict', 'verdict', 'acquit'],
  ['arrest', 'detain'],
  ['acquire', 'buy', 'acquisition', 'takeover', 'merge', 'merger'],
];
const FAMILY_OF = new Map<string, string>();
for (const family of FAMILIES)
  for (const lemma of family) FAMILY_OF.set(lemma, family[0] as string);

/** The family of a written trigger word, for telling apart grab-bag ("other") events. */
export function occurrenceFamily(word: string): string {
  const normal = word.toLowerCase().replace(/['’]s$/, '');
  const lemma = verbEntries(normal)[0]?.lemma ?? nounEntry(normal)?.lemma ?? normal;
  return FAMILY_OF.get(lemma) ?? lemma;
}
