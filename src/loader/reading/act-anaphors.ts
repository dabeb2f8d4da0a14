/**
 * Events layer, acts told again by a word of no act of its own: "GM will cut 10,000 jobs …
 * The move comes after …", "the firm's decision", "this step". A news story names its act
 * once in its own words and then calls it "the move" or "the decision"; the reader takes
 * them for one happening, not for a "move" of its own on the timeline.
 */
import type { EventDraft } from '../article-draft.ts';
import type { Word } from '../language/tag-words.ts';
import { DEFINITE, isApostropheS, isPossessivePronoun } from '../language/word.ts';
import {
  ACQUISITION_NOUNS,
  ACQUISITION_WORDS,
  ACT_ANAPHOR_NOUNS,
  DEAL_NOUNS,
} from '../lexicon/event-kinds.ts';
import { eventFamily } from './event-family.ts';
import { mostSalient } from './most-salient.ts';
import type { SentenceEvent } from './read-sentence.ts';

/**
 * Words after the noun that say what act it is, which may be a new one: "the decision of the
 * court", "the decision on Ostrava Steel", "the move into China", "a step toward peace",
 * "the deal between Boeing and Aeroflot".
 */
const OWN_COMPLEMENT = new Set([
  'of',
  'between',
  'with',
  'on',
  'against',
  'by',
  'over',
  'into',
  'toward',
  'towards',
  'from',
  'for',
  'in',
  'to',
]);

/** Most words a determiner stands before its noun ("the company's latest surprise move"). */
const DETERMINER_REACH = 4;

/**
 * Whether the event is such a noun, pointed back by its determiner ("the", "this", "its",
 * "GM's") and naming no act after it: not "a move", "the decision to close the plant" nor
 * "the decision of the court".
 */
export function isActAnaphor(words: readonly Word[], event: SentenceEvent): boolean {
  return ACT_ANAPHOR_NOUNS.has(event.lemma) && pointsBack(words, event);
}

/**
 * Whether the event is a purchase's noun pointed back the same way ("The deal was approved",
 * "the takeover", "JPMorgan's acquisition"): the purchase the story told, told again.
 */
export function isAcquisitionAnaphor(words: readonly Word[], event: SentenceEvent): boolean {
  return ACQUISITION_NOUNS.has(event.lemma) && pointsBack(words, event);
}

/** A singular noun after a determiner that points back, naming no act after it. */
function pointsBack(words: readonly Word[], event: SentenceEvent): boolean {
  if (event.pos !== 'noun') return false;
  // One act: "the remedial steps" Boeing took are several, of their own.
  if ((words[event.trigger] as Word).lower !== event.lemma) return false;
  const next = words[event.trigger + 1];
  if (next && OWN_COMPLEMENT.has(next.lower)) return false;
  for (let at = event.trigger - 1; at >= Math.max(0, event.trigger - DETERMINER_REACH); at--) {
    const word = words[at] as Word;
    if (DEFINITE.has(word.lower) || isPossessivePronoun(word) || isApostropheS(word)) return true;
    // Only modifiers may stand between ("the latest move", "the company's surprise decision").
    if (!/^(?:ADJ|NOUN|PROPN|ADV)$/.test(word.pos)) return false;
  }
  return false;
}

/**
 * The purchase such a noun tells again: the latest report of its own word family, if the
 * story told one ("attempting to take over Aer Lingus … the takeover"); else the story's
 * most salient purchase so far (the latest of equals), of a side its own words name, if
 * they do. None when that one did not happen or is not to come.
 */
export function acquisitionAntecedent(
  noun: string,
  doers: readonly string[],
  earlier: readonly EventDraft[],
): EventDraft | undefined {
  const family = eventFamily(noun);
  const sameWord = earlier.findLast((other) => eventFamily(other.lemma) === family);
  if (sameWord) return isAcquisition(sameWord, doers) ? sameWord : undefined;
  return mostSalient(earlier, (other) => isAcquisition(other, doers));
}

function isAcquisition(report: EventDraft, doers: readonly string[]): boolean {
  return (
    report.kind === 'deal' &&
    ACQUISITION_WORDS.has(report.lemma) &&
    report.roles.some((role) => role.role === 'agent') &&
    // ("The deal gives JPMorgan the headquarters of Bear": either side may be named.)
    (doers.length === 0 || report.participants.some((name) => doers.includes(name))) &&
    (report.modality === 'actual' || report.modality === 'scheduled')
  );
}

/**
 * "JPMorgan agreed to buy Bear Stearns for $2 a share, in a deal brokered by the Fed",
 * "Lund sold its mills to Berg in a $2 billion transaction": a deal its sentence brings in
 * with "in a" is the purchase that sentence told before it. That purchase, or undefined.
 */
export function purchaseOfDealPhrase(
  words: readonly Word[],
  event: SentenceEvent,
  events: readonly SentenceEvent[],
): SentenceEvent | undefined {
  if (event.pos !== 'noun' || !DEAL_NOUNS.has(event.lemma)) return undefined;
  let at = event.trigger - 1;
  // ("in a $2 billion deal", "in an all-share deal".)
  while (at > 0 && /^(?:ADJ|NUM|SYM|NOUN)$/.test((words[at] as Word).pos)) at--;
  if (!/^an?$/.test(words[at]?.lower ?? '') || words[at - 1]?.lower !== 'in') return undefined;
  return events.findLast(
    (other) =>
      other.trigger < event.trigger &&
      other.kind === 'deal' &&
      (ACQUISITION_WORDS.has(other.lemma) || other.lemma === 'sell'),
  );
}

/**
 * The act the noun tells again: the story's most salient act so far (the latest of equals),
 * of the doer its own words name, if they do ("GM's move", "its decision"). Sayings are no
 * acts ("said", "announced": the move is what was announced), nor are market moves,
 * meetings and calls, nor nouns of its own sort, nor what did not happen.
 */
export function actAntecedent(
  doers: readonly string[],
  earlier: readonly EventDraft[],
): EventDraft | undefined {
  return mostSalient(
    earlier,
    (other) =>
      isAct(other) &&
      (doers.length === 0 ||
        other.roles.some((role) => role.role === 'agent' && doers.includes(role.name))),
  );
}

function isAct(report: EventDraft): boolean {
  return (
    // Someone did it: floods and outbreaks decide nothing ("Floods hit Jakarta").
    report.roles.some((role) => role.role === 'agent') &&
    report.eventClass !== 'REPORTING' &&
    report.kind !== 'statement' &&
    report.kind !== 'announcement' &&
    report.kind !== 'market-move' &&
    // Talks are held, not decided ("Jovanovic met Karimi … the decision").
    report.kind !== 'meeting' &&
    report.kind !== 'phone-call' &&
    // A noun of no kind is seldom the act ("lower its expenditures"), one of a kind may be
    // ("announced 10,000 job cuts … This move").
    (report.nominal !== true || report.kind !== 'other') &&
    !ACT_ANAPHOR_NOUNS.has(report.lemma) &&
    (report.modality === 'actual' || report.modality === 'scheduled')
  );
}
