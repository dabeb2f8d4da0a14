/**
 * Who acted, who else took part and where, for a clause's event: names before the
 * trigger (or after a passive "by") act, names in its argument region take part, places
 * follow locative prepositions; a clause without a subject borrows one from a pronoun's
 * antecedent or the clause it hangs on.
 */

import type { EntityKind, EntityMention } from '../../contract/corpus.ts';
import { argumentRegionEnd } from './argument-region.ts';
import type { FoundEvent } from './carry-dates.ts';
import type { Clause } from './clauses.ts';
import type { ClauseInput, Memory } from './clause-context.ts';
import type { Trigger } from './find-trigger.ts';
import type { Token } from './parse-paragraph.ts';
import { PLACE_PREPOSITIONS } from './name-lexicon.ts';
import { isReducedRelative, passiveAgentStart } from './passive-voice.ts';
import { byPhrase, nounPhraseBefore } from './title-phrases.ts';

/** Prepositions after which a place or country is where the event happens. */
const LOCATIVE = new Set<string>([...PLACE_PREPOSITIONS, 'off']);

/** Prepositions after which a country is the topic, not an actor ("talks on Syria"). */
const TOPICAL = new Set(['on', 'about', 'over', 'regarding', 'for', 'of']);

const HE = new Set(['he', 'she', 'his', 'her', 'him']);

const THEY = new Set(['they', 'their', 'them', 'both']);
/** Words that title a named storm: "Hurricane Delia", "Typhoon Haiyan". */
const HAZARD_TITLES = new Set(['hurricane', 'storm', 'typhoon', 'cyclone']);

export interface Roles {
  agents: string[];
  others: string[];
  places: string[];
  agentPhrase: string | null;
}

/** Who acted, who else took part, and where, for the clause's event. */
export function rolesOf(input: ClauseInput, trigger: Trigger): Roles {
  const { draft, clause, clauses, entities, memory } = input;
  const inClause = entities.filter(
    (entity) => entity.start >= clause.start && entity.end <= clause.end,
  );
  const agents: string[] = [];
  const others: string[] = [];
  const places: string[] = [];
  const passiveBy = passiveAgentStart(clause, trigger);
  const regionEnd = argumentRegionEnd(clause, trigger);
  const reduced = passiveBy !== null && isReducedRelative(clause, trigger);
  for (const entity of inClause) {
    const preposition = prepositionBefore(clause.tokens, entity.start);
    // "Syria: Kerry to meet …": a headline's label names the story, not an actor.
    if (/^\s*:/.test(draft.text.slice(entity.end, entity.end + 2)) && entity.start === clause.start)
      continue;
    const after = draft.text.slice(entity.end, entity.end + 14).toLowerCase();
    if (/^\s+(summit|conference|forum)\b/.test(after) && entity.start > trigger.start) {
      // "on the sidelines of the G20 summit": the gathering is the venue.
      places.push(`${entity.canonical} ${/^\s+(\w+)/.exec(after)?.[1] ?? ''}`.trim());
      continue;
    }
    if (entity.start > trigger.start && entity.start >= regionEnd) continue;
    if (
      entity.kind === 'place' ||
      (entity.kind === 'country' && LOCATIVE.has(preposition) && preposition !== 'for')
    ) {
      places.push(entity.canonical);
      continue;
    }
    if (entity.kind === 'country' && TOPICAL.has(preposition)) continue;
    // "a peace plan adopted by …": names before a reduced relative are not its actors.
    if (reduced && entity.start < trigger.start) continue;
    const isAgent = passiveBy !== null ? entity.start >= passiveBy : entity.start < trigger.start;
    // A traveller's trip has one actor; whom they go to see is another event.
    if (!isAgent && (entry(trigger) === 'arrival' || entry(trigger) === 'departure')) continue;
    (isAgent ? agents : others).push(entity.canonical);
  }
  // A clause without its own subject takes it from the clause it hangs on or a pronoun.
  const words = clause.tokens.slice(0, trigger.index).map((token) => token.normal);
  if (agents.length === 0) {
    const earlier = entities.filter(
      (entity) => entity.kind === 'person' && entity.end <= clause.start,
    );
    if (words.some((word) => HE.has(word)) && (earlier.length > 0 || memory.persons.length > 0)) {
      // "Kerry left for Geneva, where he will …": the sentence's own person first.
      agents.push(earlier[0]?.canonical ?? (memory.persons[memory.persons.length - 1] as string));
    } else if (
      words.some((word) => THEY.has(word)) ||
      /\b(the two|both sides|the sides)\b/.test(words.join(' '))
    ) {
      // Only a group of one kind (two people, two countries) is a safe antecedent; a mixed
      // "United States and Kerry" is not what "both sides" means, so name no one.
      agents.push(...memory.group);
    } else if (hazardNoun(words) !== null && memory.hazards.has(hazardNoun(words) as string)) {
      // "The hurricane struck": the hurricane named earlier in the article.
      agents.push(memory.hazards.get(hazardNoun(words) as string) as string);
    } else if (
      clause.parent !== null &&
      clause.type !== 'quote' &&
      clause.type !== 'attribution' &&
      !hasOwnSubject(clause, trigger)
    ) {
      const parent = clauses[clause.parent];
      if (parent && clause.marker !== 'where') {
        const antecedent = entities.filter(
          (entity) =>
            entity.start >= parent.start && entity.end <= parent.end && entity.kind !== 'place',
        );
        // A relative clause hangs on the name just before it; a continuation shares the subject.
        const verb = parent.tokens.find((token) => token.tags.has('Verb'));
        const pick =
          clause.type === 'relative'
            ? antecedent.filter((entity) => clause.start - entity.end <= 3).slice(-1)
            : antecedent.filter((entity) => entity.end <= (verb?.start ?? parent.end)).slice(0, 2);
        agents.push(...pick.map((entity) => entity.canonical));
      }
    }
  }
  // "Geneva, where he will hold talks": the antecedent is the place just before "where".
  if (clause.marker === 'where') {
    const place = entities
      .filter(
        (entity) =>
          (entity.kind === 'place' || entity.kind === 'country') &&
          entity.end <= clause.start &&
          clause.start - entity.end <= 3,
      )
      .pop();
    if (place) places.unshift(place.canonical);
  }
  const agentPhrase =
    agents.length > 0
      ? null
      : passiveBy !== null
        ? byPhrase(draft.text, clause, passiveBy)
        : nounPhraseBefore(draft.text, clause, trigger, clauses);
  return {
    agents: unique(agents),
    others: unique(others.filter((name) => !agents.includes(name))),
    places: unique(places),
    agentPhrase,
  };
}

/** "since regime troops seized": a noun before the verb is the clause's own subject. */
function hasOwnSubject(clause: Clause, trigger: Trigger): boolean {
  if (clause.type === 'main' || clause.type === 'relative') return false;
  // "ordered the evacuation, and more than 40,000 residents fled": a new subject.
  return clause.tokens
    .slice(1, trigger.index)
    .some((token) => token.tags.has('Noun') && !token.tags.has('Date'));
}

function entry(trigger: Trigger): string {
  return trigger.entry.kind;
}

/** The preposition governing a name, past its modifiers: "for conflict-torn Yemen" → "for". */
function prepositionBefore(tokens: readonly Token[], offset: number): string {
  let index = tokens.findIndex((token) => token.end > offset) - 1;
  if (index < -1) index = tokens.length - 1;
  for (let skipped = 0; index >= 0 && skipped < 3; index--, skipped++) {
    const token = tokens[index] as Token;
    const modifier =
      (token.tags.has('Adjective') || token.text.includes('-') || token.tags.has('Determiner')) &&
      !token.tags.has('Preposition');
    if (!modifier) return token.normal;
  }
  return index >= 0 ? (tokens[index] as Token).normal : '';
}

/** Updates who "he" and "they" mean after a sentence. */
export function remember(
  memory: Memory,
  entities: EntityMention[],
  events: FoundEvent[],
  kindOf: ReadonlyMap<string, EntityKind>,
) {
  for (const entity of entities)
    if (entity.kind === 'person') memory.persons.push(entity.canonical);
  const actors = unique(
    entities.filter((entity) => entity.kind !== 'place').map((entity) => entity.canonical),
  );
  // "They" are the last group seen acting together; failing that, the names of a main clause.
  const groupEvent = events.find((event) => event.draft.participants.length >= 2);
  const persons = unique(
    entities.filter((entity) => entity.kind === 'person').map((entity) => entity.canonical),
  );
  const candidate = groupEvent
    ? groupEvent.draft.participants.slice(0, 3)
    : memory.group.length === 0 && persons.length >= 2
      ? persons.slice(0, 3)
      : memory.group.length === 0 && actors.length >= 2
        ? actors.slice(0, 3)
        : null;
  if (candidate) memory.group = oneSide(candidate, kindOf) ? candidate : [];
}

/** Whether names are of one sort (all people, or all countries and organizations). */
function oneSide(names: string[], kindOf: ReadonlyMap<string, EntityKind>): boolean {
  const sorts = new Set(names.map((name) => (kindOf.get(name) === 'person' ? 'person' : 'party')));
  return sorts.size === 1;
}

/** Remembers "Hurricane Delia" as what "the hurricane" and "the storm" mean later. */
export function rememberHazards(memory: Memory, text: string, entities: EntityMention[]) {
  for (const entity of entities) {
    // The title is inside the name ("Hurricane Delia") or just before it.
    const before = /(\w+)\s+$/.exec(text.slice(Math.max(0, entity.start - 20), entity.start));
    const first = /^(\w+)\s/.exec(text.slice(entity.start, entity.end))?.[1];
    const noun = [first, before?.[1]]
      .map((word) => word?.toLowerCase())
      .find((word) => word !== undefined && HAZARD_TITLES.has(word));
    if (noun && HAZARD_TITLES.has(noun)) {
      memory.hazards.set(noun, entity.canonical);
      memory.hazards.set('storm', entity.canonical);
    }
  }
}

/** "the hurricane", "the storm": the hazard noun a definite subject names, if any. */
function hazardNoun(words: readonly string[]): string | null {
  for (let index = words.length - 1; index > 0; index--)
    if (words[index - 1] === 'the' && HAZARD_TITLES.has(words[index] as string))
      return words[index] as string;
  return null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
