/**
 * Stage: turns each clause that reports something happening into an event draft, with
 * its kind, date (from the clause's own temporal expression, inherited from the clause
 * it depends on, or carried over from another report of the same event in the article),
 * participants, places, modality and a short title. Boilerplate yields nothing. The
 * per-clause rules live in src/loader/events/ (clause-events and the modules it uses).
 */
import type { EntityKind, Span } from '../../contract/corpus.ts';
import type { ArticleDraft, ArticleStage, EventDraft } from '../article-draft.ts';
import { carryDates, type FoundEvent } from '../events/carry-dates.ts';
import type { Memory } from '../events/clause-context.ts';
import { eventsOfClause } from '../events/clause-events.ts';
import { splitClauses } from '../events/clauses.ts';
import { afterDateline, findDateline } from '../events/dateline.ts';
import { remember, rememberHazards } from '../events/event-participants.ts';
import { paragraphTokens } from '../events/parse-paragraph.ts';

export const detectEvents: ArticleStage = {
  name: 'detect-events',
  run(draft) {
    const found = findEvents(draft);
    const events: EventDraft[] = carryDates(found, draft).map((event) => event.draft);
    return { ...draft, events };
  },
};

function findEvents(draft: ArticleDraft): FoundEvent[] {
  const text = draft.text;
  const inBoilerplate = (span: Span) =>
    draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
  const kindOf = new Map<string, EntityKind>(draft.entities.map((e) => [e.canonical, e.kind]));
  const datelinePlace = draft.dateline
    ? (findDateline(text, { start: draft.dateline.start, end: draft.dateline.end + 3 })?.place ??
      null)
    : null;
  // A relative date that cannot be placed (no publication date) still governs its clause:
  // the event it dates goes to the undated list rather than being lost. Vague references
  // ("recently") date nothing.
  const datedTimexes = draft.timexes.filter(
    (timex) =>
      (timex.type === 'DATE' || timex.type === 'TIME') &&
      (timex.resolved !== null || !timex.value.endsWith('_REF')),
  );
  const memory: Memory = { persons: [], group: [], hazards: new Map() };
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
      remember(memory, mainEntities, sentenceEvents, kindOf);
      rememberHazards(memory, text, entities);
      sentenceIndex++;
    }
  }
  return found;
}

function sameSpan(a: Span, b: Span | null): boolean {
  return b !== null && a.start === b.start && a.end === b.end;
}
