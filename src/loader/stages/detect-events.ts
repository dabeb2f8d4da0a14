/**
 * Stage: turns each clause that reports something happening into an event draft, with
 * its kind, date (from the clause's own temporal expression, inherited from the clause
 * it depends on, or carried over from another report of the same event in the article),
 * participants, places, modality and a short title. Boilerplate yields nothing.
 */
import type { EntityKind, EntityMention, Span, Timex } from '../../contract/corpus.ts';
import type { ArticleDraft, ArticleStage, EventDraft } from '../article-draft.ts';
import { carryDates, type FoundEvent } from '../events/carry-dates.ts';
import { splitClauses, type Clause } from '../events/clauses.ts';
import { afterDateline, findDateline } from '../events/dateline.ts';
import { writeTitle, shortName } from '../events/event-title.ts';
import { findTriggers, type Trigger } from '../events/find-trigger.ts';
import { nounEntry } from '../events/trigger-lexicon.ts';
import { modalityOf } from '../events/modality.ts';
import { paragraphTokens, type Token } from '../events/parse-paragraph.ts';

/** Prepositions after which a place or country is where the event happens. */
const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'into',
  'near',
  'outside',
  'inside',
  'across',
  'toward',
  'towards',
  'for',
  'off',
]);
/** Prepositions after which a country is the topic, not an actor ("talks on Syria"). */
const TOPICAL = new Set(['on', 'about', 'over', 'regarding', 'for', 'of']);
const HE = new Set(['he', 'she', 'his', 'her', 'him']);
const THEY = new Set(['they', 'their', 'them', 'both']);
const STOP_OBJECT = new Set([
  'on',
  'after',
  'before',
  'because',
  'while',
  'when',
  'since',
  'as',
  'that',
  'which',
  'who',
  'where',
  'but',
  'although',
  'to',
  'if',
]);

export const detectEvents: ArticleStage = {
  name: 'detect-events',
  run(draft) {
    const found = findEvents(draft);
    const events: EventDraft[] = carryDates(found, draft).map((event) => event.draft);
    return { ...draft, events };
  },
};

interface Memory {
  /** Persons in order of mention; the last is what "he" most likely means. */
  persons: string[];
  /** The last group of two or more actors, what "they" and "their" mean. */
  group: string[];
}

function findEvents(draft: ArticleDraft): FoundEvent[] {
  const text = draft.text;
  const inBoilerplate = (span: Span) =>
    draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
  const kindOf = new Map<string, EntityKind>(draft.entities.map((e) => [e.canonical, e.kind]));
  const datelinePlace = draft.dateline
    ? (findDateline(text, { start: draft.dateline.start, end: draft.dateline.end + 3 })?.place ??
      null)
    : null;
  const datedTimexes = draft.timexes.filter(
    (timex) => (timex.type === 'DATE' || timex.type === 'TIME') && timex.resolved,
  );
  const memory: Memory = { persons: [], group: [] };
  const found: FoundEvent[] = [];
  let sentenceIndex = 0;
  let leadSeen = false;
  for (const paragraph of draft.paragraphs) {
    if (inBoilerplate(paragraph)) continue;
    const tokens = paragraphTokens(text, paragraph);
    for (const sentence of draft.sentences) {
      if (sentence.start < paragraph.start || sentence.end > paragraph.end) continue;
      const from = afterDateline(draft.dateline, sentence);
      const sentenceTokens = tokens.filter(
        (token) => token.start >= from && token.end <= sentence.end,
      );
      const timexes = datedTimexes.filter(
        (timex) => timex.start >= from && timex.end <= sentence.end,
      );
      const entities = draft.entities.filter(
        (entity) => entity.start >= from && entity.end <= sentence.end,
      );
      const isHeading =
        sameSpan(paragraph, draft.headline) || sameSpan(paragraph, draft.standfirst);
      const lead = !isHeading && !leadSeen;
      if (!isHeading) leadSeen = true;
      const clauses = splitClauses(sentenceTokens, timexes);
      const sentenceEvents: FoundEvent[] = [];
      clauses.forEach((clause, clauseIndex) => {
        const made = eventsOfClause({
          draft,
          clause,
          clauses,
          clauseIndex,
          timexes,
          entities,
          memory,
          kindOf,
        });
        for (const event of made)
          sentenceEvents.push({ ...event, sentenceIndex, lead, heading: isHeading, datelinePlace });
      });
      found.push(...sentenceEvents);
      // "They" and "their" point back to the actors of main clauses, not of asides.
      const mainEntities = entities.filter((entity) =>
        clauses.some(
          (clause) =>
            (clause.type === 'main' || clause.type === 'coordinate') &&
            entity.start >= clause.start &&
            entity.end <= clause.end,
        ),
      );
      remember(memory, mainEntities, sentenceEvents);
      sentenceIndex++;
    }
  }
  return found;
}

interface ClauseInput {
  draft: ArticleDraft;
  clause: Clause;
  clauses: Clause[];
  clauseIndex: number;
  timexes: Timex[];
  entities: EntityMention[];
  memory: Memory;
  kindOf: Map<string, EntityKind>;
}

type Made = Omit<FoundEvent, 'sentenceIndex' | 'lead' | 'heading' | 'datelinePlace'>;

function eventsOfClause(input: ClauseInput): Made[] {
  const { draft, clause, timexes, entities } = input;
  const triggers = findTriggers(clause.tokens).filter(
    (trigger) => !insideTimex(trigger, timexes) && !insideEntity(trigger, entities),
  );
  const trigger = pickTrigger(triggers);
  if (!trigger) return [];
  const entry = trigger.entry;
  const modality = modalityOf(clause.tokens, trigger.index, clause.marker);
  // "did not say" reports nothing; "did not meet" is a denied meeting worth showing.
  if (modality === 'denied' && (entry.kind === 'statement' || entry.kind === 'announcement'))
    return [];
  const inClause = timexes.filter(
    (timex) => timex.start >= clause.start && timex.end <= clause.end + 1,
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
    const resolved = timex?.resolved ?? null;
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
      pastTense: clause.tokens[trigger.index]?.tags.has('PastTense') ?? false,
    };
  });
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

/** A clause without a date of its own takes its parent's when it continues it. */
function inheritedTimex(
  input: ClauseInput,
  trigger: Trigger,
): { timex: Timex; approximate: boolean } | null {
  const { clause, clauses, timexes } = input;
  if (clause.parent === null) return null;
  const parent = clauses[clause.parent];
  if (!parent) return null;
  const parentTimexes = timexes.filter(
    (timex) => timex.start >= parent.start && timex.end <= parent.end + 1,
  );
  const timex = parentTimexes[0];
  if (!timex?.resolved) return null;
  const word = clause.tokens[trigger.index];
  // "after meeting Obama", "to meet him"; not "when talks would resume" (a modal is finite).
  const nonFinite =
    word !== undefined &&
    (word.tags.has('Gerund') ||
      (word.tags.has('Infinitive') && clause.tokens[trigger.index - 1]?.normal === 'to'));
  const coarse = !['day', 'part-of-day', 'hour', 'minute', 'second'].includes(
    timex.resolved.granularity,
  );
  // "arrived Monday and met Lavrov": same day. "after meeting Obama": same occasion.
  if (clause.type === 'coordinate' || (clause.type === 'subordinate' && nonFinite))
    return { timex, approximate: false };
  // "erupted in 2011 after the regime unleashed a crackdown": the same year, loosely.
  if (
    clause.type === 'subordinate' &&
    coarse &&
    ['after', 'as', 'when', 'while'].includes(clause.marker ?? '')
  )
    return { timex, approximate: true };
  return null;
}

interface Roles {
  agents: string[];
  others: string[];
  places: string[];
  agentPhrase: string | null;
}

/** Who acted, who else took part, and where, for the clause's event. */
function rolesOf(input: ClauseInput, trigger: Trigger): Roles {
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
    const before = tokenBefore(clause.tokens, entity.start);
    const preposition = before?.normal ?? '';
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
      agents.push(...memory.group);
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
  if (clause.type === 'main' || clause.type === 'coordinate' || clause.type === 'relative')
    return false;
  return clause.tokens
    .slice(1, trigger.index)
    .some((token) => token.tags.has('Noun') && !token.tags.has('Date'));
}

function entry(trigger: Trigger): string {
  return trigger.entry.kind;
}

/** Where the trigger's own arguments end: at a comma, a new verb or a purpose clause. */
function argumentRegionEnd(clause: Clause, trigger: Trigger): number {
  const tokens = clause.tokens;
  for (let index = trigger.index + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const previous = tokens[index - 1] as Token;
    if (/[,;:]/.test(previous.post) && index > trigger.index + 1) return token.start;
    const verb =
      !token.text.includes('-') &&
      token.tags.has('Verb') &&
      !token.tags.has('Auxiliary') &&
      !token.tags.has('Adjective') &&
      !nounEntry(token.normal) &&
      !trigger.entry.needsNext?.includes(token.normal);
    if (verb && index > trigger.index + 1) return token.start;
    if (token.normal === 'to' && tokens[index + 1]?.tags.has('Infinitive')) return token.start;
    if (['about', 'because', 'aimed', 'after', 'before', 'which', 'that'].includes(token.normal))
      return token.start;
  }
  return clause.end;
}

/** "was arrested", "had been announced": a participle after a form of "be". */
function isPassive(clause: Clause, trigger: Trigger): boolean {
  const word = clause.tokens[trigger.index];
  if (!word || !/(ed|en|wn|ld|ht|nt)$/.test(word.normal) || word.tags.has('Gerund')) return false;
  const previous = clause.tokens
    .slice(Math.max(0, trigger.index - 3), trigger.index)
    .map((token) => token.normal);
  return previous.some((normal) =>
    ['was', 'were', 'been', 'be', 'is', 'are', 'being'].includes(normal),
  );
}

/** "a peace plan adopted by …": a participle right after its noun, no auxiliary. */
function isReducedRelative(clause: Clause, trigger: Trigger): boolean {
  return clause.tokens[trigger.index - 1]?.tags.has('Noun') ?? false;
}

/** The words of a passive's agent: "by the international community" → "the international community". */
function byPhrase(text: string, clause: Clause, byStart: number): string | null {
  const words: Token[] = [];
  for (const token of clause.tokens) {
    if (token.start <= byStart) continue;
    if (token.tags.has('Preposition') || token.tags.has('Date') || token.tags.has('Verb')) break;
    words.push(token);
    if (/[,;:]/.test(token.post) || words.length >= 4) break;
  }
  if (words.length === 0) return null;
  return text
    .slice((words[0] as Token).start, (words[words.length - 1] as Token).end)
    .replace(/^the /i, 'the ');
}

/** Where a passive's "by" agent starts ("announced Wednesday by Russian diplomats"). */
function passiveAgentStart(clause: Clause, trigger: Trigger): number | null {
  const word = clause.tokens[trigger.index];
  if (!word || !/ed$|en$|ld$|ht$|wn$/.test(word.normal)) return null;
  const auxiliary = clause.tokens
    .slice(Math.max(0, trigger.index - 3), trigger.index)
    .some((token) => ['was', 'were', 'been', 'be', 'is', 'are', 'being'].includes(token.normal));
  const previousIsNoun = clause.tokens[trigger.index - 1]?.tags.has('Noun') ?? false;
  if (!auxiliary && !previousIsNoun) return null;
  const by = clause.tokens.slice(trigger.index + 1).find((token) => token.normal === 'by');
  return by ? by.start : null;
}

/** One event per date when a clause lists occasions: "in China this week and in Geneva on August 26". */
function distributive(
  input: ClauseInput,
  own: Timex[],
  trigger: Trigger,
): Array<{ timex: Timex; places: string[] }> | null {
  if (own.length < 2) return null;
  const values = new Set(own.map((timex) => timex.resolved?.start));
  if (values.size < 2) return null;
  const places = input.entities.filter(
    (entity) =>
      entity.start >= input.clause.start &&
      entity.end <= input.clause.end &&
      (entity.kind === 'place' || entity.kind === 'country'),
  );
  const groups: Array<{ timex: Timex; places: string[] }> = [];
  let from = trigger.end;
  for (const timex of [...own].sort((a, b) => a.start - b.start)) {
    if (timex.start < trigger.start) return null;
    const here = places
      .filter((place) => place.start >= from && place.end <= timex.start)
      .map((place) => place.canonical);
    if (here.length === 0) return null;
    groups.push({ timex, places: unique(here) });
    from = timex.end;
  }
  return groups;
}

function nearest(timexes: Timex[], trigger: Trigger): Timex | null {
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const timex of timexes) {
    // A date after the trigger governs it more often than one before ("met on Monday").
    const distance =
      timex.start >= trigger.end ? timex.start - trigger.end : (trigger.start - timex.end) * 1.5;
    if (distance < bestDistance) {
      best = timex;
      bestDistance = distance;
    }
  }
  return best;
}

/** The words after the trigger, up to a date, a comma or a new clause: its object. */
function objectPhrase(
  text: string,
  clause: Clause,
  trigger: Trigger,
  timexes: Timex[],
): string | null {
  const words: Token[] = [];
  for (const token of clause.tokens.slice(trigger.index + 1)) {
    if (timexes.some((timex) => token.start >= timex.start && token.start < timex.end)) {
      if (words.length > 0 && !(words.length === 1 && words[0]?.tags.has('Preposition'))) break;
      // "vowed on Thursday to work …": the date and its preposition are not the object.
      words.length = 0;
      continue;
    }
    if (words.length > 0 && STOP_OBJECT.has(token.normal) && token.normal !== 'to') break;
    if (token.normal === 'by' && words.length === 0) break;
    words.push(token);
    if (/[,;:.”"]/.test(token.post) || words.length >= 7) break;
  }
  while (
    words.length > 0 &&
    /^(a|an|the|of|to|in|into|on|onto|for|with|and|or|but|by|at|from|his|her|their|its|as|than|over|after|before)$/.test(
      words[words.length - 1]?.normal ?? '',
    )
  )
    words.pop();
  if (words.length === 0) return null;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  return text.slice(first.start, last.end).replace(/\s+/g, ' ').replace(/[“”"]/g, '');
}

/** The passive subject, the thing acted on: "The meeting in Geneva had been announced". */
function passiveObject(text: string, clause: Clause, trigger: Trigger): string | null {
  const auxiliary = clause.tokens.findIndex((token) =>
    ['was', 'were', 'had', 'has', 'have', 'is', 'are', 'been'].includes(token.normal),
  );
  const end = auxiliary > 0 && auxiliary < trigger.index ? auxiliary : trigger.index;
  const words = clause.tokens.slice(0, end);
  if (words.length === 0 || words.length > 8) return null;
  const phrase = text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  return phrase.replace(/^The /, 'the ').replace(/^A /, 'a ');
}

/** The noun phrase that acts when no name does: "regime troops seized", "the conflict, which erupted". */
function nounPhraseBefore(
  text: string,
  clause: Clause,
  trigger: Trigger,
  clauses: Clause[],
  withDeterminer = false,
): string | null {
  let source = clause.tokens.slice(0, trigger.index);
  if (clause.type === 'relative' && clause.parent !== null)
    source = clauses[clause.parent]?.tokens ?? [];
  const nouns: Token[] = [];
  for (let index = source.length - 1; index >= 0; index--) {
    const token = source[index] as Token;
    if (
      token.tags.has('Verb') ||
      token.tags.has('Preposition') ||
      token.tags.has('Conjunction') ||
      token.tags.has('QuestionWord') ||
      token.tags.has('Pronoun')
    ) {
      if (nouns.length > 0) break;
      continue;
    }
    if (token.tags.has('Determiner')) {
      if (withDeterminer && nouns.length > 0) nouns.unshift(token);
      break;
    }
    if (nouns.length > 0 && /[,;:]/.test(token.post)) break;
    nouns.unshift(token);
    if (nouns.length >= 4) break;
  }
  if (nouns.length === 0) return null;
  return text
    .slice((nouns[0] as Token).start, (nouns[nouns.length - 1] as Token).end)
    .replace(/\s+/g, ' ');
}

function tokenBefore(tokens: readonly Token[], offset: number): Token | undefined {
  let found: Token | undefined;
  for (const token of tokens) {
    if (token.end <= offset) found = token;
    else break;
  }
  return found;
}

function remember(memory: Memory, entities: EntityMention[], events: FoundEvent[]) {
  for (const entity of entities)
    if (entity.kind === 'person') memory.persons.push(entity.canonical);
  const actors = unique(
    entities.filter((entity) => entity.kind !== 'place').map((entity) => entity.canonical),
  );
  // "They" are the last pair seen acting together; failing that, the names of a main clause.
  const groupEvent = events.find((event) => event.draft.participants.length >= 2);
  const persons = unique(
    entities.filter((entity) => entity.kind === 'person').map((entity) => entity.canonical),
  );
  if (groupEvent) memory.group = groupEvent.draft.participants.slice(0, 3);
  else if (memory.group.length === 0 && persons.length >= 2) memory.group = persons.slice(0, 3);
  else if (memory.group.length === 0 && actors.length >= 2) memory.group = actors.slice(0, 3);
}

function insideTimex(trigger: Trigger, timexes: Timex[]): boolean {
  return timexes.some((timex) => trigger.start >= timex.start && trigger.end <= timex.end);
}

function insideEntity(trigger: Trigger, entities: EntityMention[]): boolean {
  return entities.some((entity) => trigger.start >= entity.start && trigger.end <= entity.end);
}

function sameSpan(a: Span, b: Span | null): boolean {
  return b !== null && a.start === b.start && a.end === b.end;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
