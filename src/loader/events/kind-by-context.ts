/**
 * Refines a trigger's kind from the nouns around it. Verbs of impact and of approval mean
 * different things by subject: "the storm struck" is a disaster, "drones struck a depot"
 * an attack, "shareholders approved the sale" a vote, "the board approved the deal" an
 * agreement. General word lists only; no names.
 */
import type { EventKind } from '../../contract/corpus.ts';
import type { TriggerEntry } from './trigger-lexicon.ts';

/** Natural hazards: what they strike is a disaster, not an attack. */
const HAZARDS = new Set([
  'storm',
  'hurricane',
  'typhoon',
  'cyclone',
  'tornado',
  'earthquake',
  'quake',
  'aftershock',
  'tremor',
  'tsunami',
  'flood',
  'floods',
  'wildfire',
  'fire',
  'blaze',
  'landslide',
  'avalanche',
  'drought',
  'eruption',
  'heatwave',
  'blizzard',
  'rain',
  'rains',
  'winds',
]);
/** Weapons and forces: what they strike is an attack. */
const WEAPONS = new Set([
  'drone',
  'drones',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shell',
  'shells',
  'jet',
  'jets',
  'warplane',
  'warplanes',
  'aircraft',
  'airstrike',
  'airstrikes',
  'artillery',
  'troops',
  'forces',
  'army',
  'militants',
  'rebels',
  'gunmen',
  'bomber',
  'bombers',
  'soldiers',
  'insurgents',
]);
/** Bodies that decide by ballot: what they approve or reject is a vote. */
const VOTERS = new Set([
  'shareholders',
  'stockholders',
  'voters',
  'electorate',
  'members',
  'delegates',
  'citizens',
  'residents',
]);
const IMPACT = new Set([
  'strike',
  'hit',
  'batter',
  'slam',
  'pound',
  'devastate',
  'ravage',
  'lash',
  'rock',
]);
const BALLOT = new Set(['approve', 'reject', 'back', 'endorse', 'ratify']);

/**
 * The entry with its kind fitted to the words before the trigger (its likely subject) and
 * after it (its object).
 */
export function kindInContext(
  entry: TriggerEntry,
  before: readonly string[],
  after: readonly string[],
): TriggerEntry {
  const refit = (kind: EventKind): TriggerEntry =>
    kind === entry.kind ? entry : { ...entry, kind };
  if (entry.pos === 'verb' && IMPACT.has(entry.lemma)) {
    const subject = before.slice(-6);
    if (subject.some((word) => HAZARDS.has(word))) return refit('other');
    if (subject.some((word) => WEAPONS.has(word))) return refit('military');
    return entry;
  }
  if (entry.pos === 'verb' && BALLOT.has(entry.lemma)) {
    if (before.slice(-4).some((word) => VOTERS.has(word))) return refit('election');
    return entry;
  }
  // "voters went to the polls", "headed to the polls": a journey to vote is the vote.
  if (
    (entry.kind === 'departure' || entry.kind === 'arrival') &&
    after.slice(0, 3).includes('polls')
  )
    return { ...entry, kind: 'election', lemma: 'vote' };
  return entry;
}
