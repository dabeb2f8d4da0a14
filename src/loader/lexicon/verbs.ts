/**
 * Verb knowledge from WordNet and wink's model (see scripts/build-lexicons.ts): whether a
 * word can be a verb, and the lemma of an irregular form ("rose" → "rise").
 */
import data from './verbs.json' with { type: 'json' };

const LEMMAS: ReadonlySet<string> = new Set(data.lemmas);
const IRREGULAR: Readonly<Record<string, string>> = data.irregular;

/** The verb lemma of a word form, or null when it cannot be a verb. */
export function verbLemmaOf(form: string): string | null {
  const lower = form.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return irregular;
  if (LEMMAS.has(lower)) return lower;
  for (const [suffix, replacements] of REGULAR_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    for (const replacement of replacements) {
      if (LEMMAS.has(stem + replacement)) return stem + replacement;
    }
    // "planned" → plan, "stopping" → stop: a doubled final consonant.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && LEMMAS.has(stem.slice(0, -1)))
      return stem.slice(0, -1);
  }
  return null;
}

/** Whether a form is itself a verb's base form ("lay", "found"; not "laid"). */
export function isVerbLemma(form: string): boolean {
  return LEMMAS.has(form.toLowerCase());
}

/** Whether a form is an irregular past tense or participle ("rose", "won", "flown"). */
export function isIrregularPast(form: string): boolean {
  const lower = form.toLowerCase();
  const lemma = IRREGULAR[lower];
  return lemma !== undefined && !lower.endsWith('ing') && lower !== lemma;
}

/** Verbs whose past tense is written as their base: "the company cut", "the bank bid for". */
const SAME_FORM_PASTS: ReadonlySet<string> = new Set([
  'beat',
  'bet',
  'bid',
  'broadcast',
  'burst',
  'cast',
  'cost',
  'cut',
  'forecast',
  'hit',
  'hurt',
  'let',
  'put',
  'quit',
  'read',
  'rid',
  'set',
  'shed',
  'shut',
  'split',
  'spread',
  'thrust',
  'upset',
]);

/**
 * Past participles that are never a past tense ("begun", not "began"): without an
 * auxiliary they are a reduced passive ("a deal begun last year", "steps taken by Larkspur").
 */
const PARTICIPLE_ONLY_FORMS: ReadonlySet<string> = new Set([
  'arisen',
  'beaten',
  'begun',
  'bitten',
  'blown',
  'broken',
  'chosen',
  'done',
  'drawn',
  'driven',
  'eaten',
  'fallen',
  'flown',
  'forbidden',
  'forgiven',
  'forgotten',
  'frozen',
  'given',
  'gone',
  'grown',
  'hidden',
  'known',
  'overtaken',
  'ridden',
  'risen',
  'seen',
  'shaken',
  'shown',
  'spoken',
  'stolen',
  'sworn',
  'taken',
  'thrown',
  'torn',
  'undertaken',
  'withdrawn',
  'worn',
  'woken',
  'written',
]);

/** Whether a form is only ever a past participle ("begun", "taken", "written"). */
export function isParticipleOnly(form: string): boolean {
  return PARTICIPLE_ONLY_FORMS.has(form.toLowerCase());
}

/** Whether a verb's past tense is written as its base ("cut", "set", "beat"). */
export function isSameFormPast(form: string): boolean {
  return SAME_FORM_PASTS.has(form.toLowerCase());
}

// Regular inflection, longest suffix first: "filed" → file, "planned" → plan, "cuts" → cut.
const REGULAR_SUFFIXES: ReadonlyArray<[string, string[]]> = [
  ['ied', ['y']],
  ['ies', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
];

/**
 * Verbs whose addressee, after a preposition, does what their infinitive says: "called on
 * the company to halve its dividend", "appealed to Boeing to wait", with the prepositions.
 */
export const ADDRESSEE_CONTROL_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['on', 'upon'])],
  ['appeal', new Set(['to'])],
  ['plead', new Set(['with'])],
]);

/**
 * Verbs that take an addressee before what they say: "told the company that it was
 * obliged", "warned investors that profits would fall".
 */
export const TELLING_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'warn',
  'assure',
  'inform',
  'remind',
  'notify',
  'convince',
  'persuade',
  'promise',
  'advise',
  'reassure',
  'caution',
]);

/**
 * Verbs of blame and praise whose object does what the -ing form after their "of" or "for"
 * says: "accused Quillan of copying the phone", "fined the bank for rigging rates".
 */
export const OBJECT_GERUND_VERBS: ReadonlySet<string> = new Set([
  'accuse',
  'suspect',
  'convict',
  'acquit',
  'clear',
  'charge',
  'blame',
  'fine',
  'punish',
  'sue',
  'criticize',
  'criticise',
  'praise',
  'thank',
  'credit',
  'penalize',
  'penalise',
]);

/**
 * Verbs whose object, not their subject, does what their infinitive says: "forced millions
 * to flee", "asked Boeing to bid", "allowed the firm to export", "selected Northrop
 * Grumman to build the tankers" (object control).
 */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'force',
  'ask',
  'allow',
  'permit',
  'urge',
  'persuade',
  'order',
  'tell',
  'require',
  'compel',
  'encourage',
  'invite',
  'enable',
  'authorize',
  'authorise',
  'instruct',
  'oblige',
  'cause',
  'lead',
  'help',
  // Choosing someone for a task: "selected Northrop Grumman to build the tankers".
  'select',
  'choose',
  'pick',
  'hire',
  'appoint',
  'nominate',
  'elect',
  'designate',
  'recruit',
  'assign',
  'commission',
  'contract',
  'tap',
  // Moving someone to act: "pressed the company to sell Saab".
  'convince',
  'prompt',
  'warn',
  'advise',
  'remind',
  'pressure',
  'press',
  'push',
]);

/**
 * Verbs that judge a plan made by others: "the Senate rejected a plan to rescue the
 * carmakers" (the Senate rescues no one), "approved a deal to buy Chrysler". Not verbs of
 * one's own plans ("announced plans to cut jobs", "scrapped a bid to buy").
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'reject',
  'approve',
  'oppose',
  'back',
  'support',
  'endorse',
  'block',
  'veto',
  'ratify',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'welcome',
  'praise',
  'applaud',
  'question',
  'challenge',
  'review',
  'consider',
  'debate',
  'examine',
]);

/**
 * Support verbs among those of giving and taking: their object noun is the happening
 * itself ("gave a warning", "took action", "offered an apology", "made an offer").
 */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set(['give', 'take', 'make', 'offer']);

/**
 * Light verbs: their object noun is the event they tell, and they tell nothing of their
 * own ("made its maiden flight", "held talks", "staged a protest", "underwent surgery",
 * "waged war", "mounted an attack", "unleashed a crackdown", "performed surgery").
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'make',
  'give',
  'hold',
  'conduct',
  'stage',
  'undergo',
  'perform',
  'undertake',
  'wage',
  'mount',
  'unleash',
]);

/**
 * Verbs whose object is a happening of their subject's, told as had or recorded: "the 13.2%
 * rise it recorded on October 2, 1990", "the loss it suffered in 2008", "the deal it signed
 * in May" (with the light verbs: "the talks it held on Monday").
 */
export const RECORDING_VERBS: ReadonlySet<string> = new Set([
  ...LIGHT_VERBS,
  'record',
  'post',
  'suffer',
  'see',
  'sign',
  'strike',
  'complete',
]);

/** Light verbs with their particle: "carried out raids", "carry out tests". */
export const PHRASAL_LIGHT_VERBS: ReadonlySet<string> = new Set(['carry out']);

/**
 * Verbs light with a deal or an agreement for object: "struck a deal", "sealed an accord",
 * "reached an agreement".
 */
export const DEAL_LIGHT_VERBS: ReadonlySet<string> = new Set(['strike', 'seal', 'clinch', 'reach']);

/**
 * Verbs light with an attack, an inquiry or a bid for object: "launched an offensive",
 * "launched an investigation", "launched a takeover bid" (a product launched is a launch).
 */
const START_LIGHT_VERBS: ReadonlySet<string> = new Set(['launch']);
const STARTED_KINDS: ReadonlySet<string> = new Set(['military', 'legal', 'deal']);

/**
 * Verbs light with a preposition and the noun of what their subject enters: "went on
 * sale", "went on strike", "came into force", "went into administration", "came under fire".
 */
export const CARRIER_VERBS: ReadonlySet<string> = new Set(['go', 'come']);
/** The prepositions that bring in a carrier verb's noun. */
export const CARRIER_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'into', 'under']);

/** Whether a verb is light with an object noun of this kind ("struck a deal", "held talks"). */
export function isLightVerbFor(verb: string, nounKind: string | null): boolean {
  return (
    LIGHT_VERBS.has(verb) ||
    CARRIER_VERBS.has(verb) ||
    (DEAL_LIGHT_VERBS.has(verb) && (nounKind === 'deal' || nounKind === 'agreement')) ||
    (START_LIGHT_VERBS.has(verb) && nounKind !== null && STARTED_KINDS.has(nounKind))
  );
}

/**
 * Verbs that relate one happening to another in time or as its cause, as TimeML's event
 * links do: their object is an event, whatever its noun ("follows recent conversations",
 * "sparked protests", "preceded the vote").
 */
export const EVENT_RELATING_VERBS: ReadonlySet<string> = new Set([
  'follow',
  'precede',
  'accompany',
  'cause',
  'trigger',
  'spark',
  'prompt',
  'provoke',
]);

/**
 * Verbs of answering a happening, which they take after "to": a known one, done before
 * them ("investors reacted for the first time to the bankruptcy").
 */
export const REACTING_VERBS: ReadonlySet<string> = new Set(['react', 'respond']);
