/**
 * Turns one clause into event reports: picks its trigger, decides whether it is dated
 * enough to be an event, and assembles kind, date, participants, places, modality and title.
 */

import type { EntityMention, Timex } from '../../contract/corpus.ts';
import type { EventDraft } from '../article-draft.ts';
import { argumentRegionEnd } from './argument-region.ts';
import type { FoundEvent } from './carry-dates.ts';
import type { ClauseInput } from './clause-context.ts';
import { distributive, inheritedTimex, nearest } from './clause-dates.ts';
import { rolesOf } from './event-participants.ts';
import { shortName, writeTitle } from './event-title.ts';
import { findTriggers, type Trigger } from './find-trigger.ts';
import { kindInContext } from './kind-by-context.ts';
import { modalityOf } from './modality.ts';
import { datesOnlyItsNoun } from './noun-modifiers.ts';
import { beforePublication } from './past-tense-dates.ts';
import { isPassive, isReducedRelative, passiveAgentStart } from './passive-voice.ts';
import { nounPhraseBefore, objectPhrase, passiveObject } from './title-phrases.ts';
import type { TriggerEntry } from './trigger-lexicon.ts';

export type Made = Omit<FoundEvent, 'sentenceIndex' | 'lead' | 'heading' | 'datelinePlace'>;

export function eventsOfClause(input: ClauseInput): Made[] {
  const { draft, clause, timexes, entities } = input;
  const triggers = findTriggers(clause.tokens).filter(
    (trigger) => !insideTimex(trigger, timexes) && !insideEntity(trigger, entities),
  );
  const picked = pickTrigger(triggers);
  if (!picked) return [];
  const trigger = { ...picked, entry: contextualEntry(input, picked) };
  const entry = trigger.entry;
  const modality = modalityOf(clause.tokens, trigger.index, clause.marker);
  // "did not say" reports nothing; "did not meet" is a denied meeting worth showing.
  if (modality === 'denied' && (entry.kind === 'statement' || entry.kind === 'announcement'))
    return [];
  const inClause = timexes.filter(
    (timex) =>
      timex.start >= clause.start &&
      timex.end <= clause.end + 1 &&
      !datesOnlyItsNoun(timex, clause.tokens),
  );
  // A date past the trigger's own words belongs to what follows: "said the deal would close
  // early next year" does not date the saying.
  const regionEnd = argumentRegionEnd(clause, trigger);
  const governed = inClause.filter((timex) => timex.start < regionEnd);
  const own = entry.reporting || governed.length > 0 ? governed : inClause;
  const inherited = own.length === 0 ? inheritedTimex(input, trigger) : null;
  const usable = own.length > 0 ? own : inherited ? [inherited.timex] : [];
  const dated = usable.length > 0;
  if (entry.reporting && own.length === 0) return [];
  if ((entry.kind === 'statement' || entry.kind === 'other') && !dated) return [];
  if (entry.pos === 'noun' && own.length === 0) return [];
  if (clause.type === 'quote' && !dated) return [];
  if (clause.type === 'attribution' && own.length === 0) return [];

  const roles = rolesOf(input, trigger);
  const groups = distributive(input, own, trigger) ?? [
    { timex: nearest(own, trigger) ?? inherited?.timex ?? null, places: roles.places },
  ];
  return groups.map(({ timex, places }) => {
    const pastTense = clause.tokens[trigger.index]?.tags.has('PastTense') ?? false;
    const resolved = timex?.resolved
      ? beforePublication(timex.resolved, draft.published, pastTense && modality === 'actual')
      : null;
    const titleParts = {
      kind: entry.kind,
      lemma: entry.lemma,
      pos: entry.pos,
      agents: roles.agents.map((name) => shortName(name, input.kindOf.get(name))),
      others: roles.others.map((name) => shortName(name, input.kindOf.get(name))),
      places,
      object:
        passiveAgentStart(clause, trigger) !== null
          ? isReducedRelative(clause, trigger)
            ? nounPhraseBefore(draft.text, clause, trigger, input.clauses, true)
            : passiveObject(draft.text, clause, trigger)
          : objectPhrase(draft.text, clause, trigger, timexes),
      agentPhrase: roles.agentPhrase,
      passive:
        passiveAgentStart(clause, trigger) === null && isPassive(clause, trigger)
          ? (clause.tokens[trigger.index]?.text ?? null)
          : null,
    };
    const title = writeTitle(titleParts);
    const event: EventDraft = {
      kind: entry.kind,
      title,
      start: resolved?.start ?? null,
      end:
        resolved &&
        !['day', 'minute', 'hour', 'second', 'part-of-day'].includes(resolved.granularity)
          ? resolved.end
          : null,
      granularity: resolved?.granularity ?? null,
      approximate:
        (resolved?.approximate ?? false) ||
        (inherited !== null && own.length === 0 && inherited.approximate) ||
        draft.publishedBasis !== 'metadata',
      modality,
      participants: unique([...roles.agents, ...roles.others]),
      places,
      mention: {
        article: draft.id,
        start: clause.start,
        end: clause.end,
        timex:
          timex && own.includes(timex)
            ? { start: timex.start, end: timex.end, text: timex.text, value: timex.value }
            : null,
        trigger: { start: trigger.start, end: trigger.end },
        dateBasis: timex
          ? own.includes(timex)
            ? 'governing-timex'
            : 'inherited-from-clause'
          : 'undated',
        modality,
      },
    };
    const persons = event.participants.filter((name) => input.kindOf.get(name) === 'person');
    return {
      draft: event,
      persons,
      titleParts,
      lemma: entry.lemma,
      pos: entry.pos,
      pastTense,
    };
  });
}

/** The trigger's entry with its kind fitted to its subject and object words. */
function contextualEntry(input: ClauseInput, trigger: Trigger): TriggerEntry {
  const { clause, clauses } = input;
  const parent =
    clause.type === 'relative' && clause.parent !== null ? clauses[clause.parent] : null;
  const before = [...(parent?.tokens ?? []), ...clause.tokens.slice(0, trigger.index)].map(
    (token) => token.normal,
  );
  const after = clause.tokens.slice(trigger.index + 1).map((token) => token.normal);
  return kindInContext(trigger.entry, before, after);
}

/** The clause's main trigger: a verb before a noun, a reporting verb last. */
function pickTrigger(triggers: Trigger[]): Trigger | null {
  return (
    triggers.find((trigger) => trigger.entry.pos === 'verb' && !trigger.entry.reporting) ??
    triggers.find((trigger) => trigger.entry.pos === 'verb') ??
    triggers[0] ??
    null
  );
}

function insideTimex(trigger: Trigger, timexes: Timex[]): boolean {
  return timexes.some((timex) => trigger.start >= timex.start && trigger.end <= timex.end);
}

function insideEntity(trigger: Trigger, entities: EntityMention[]): boolean {
  return entities.some((entity) => trigger.start >= entity.start && trigger.end <= entity.end);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
