/**
 * Stage: finds people, organizations and places with compromise and gives each
 * a canonical name ("Kerry" → "John Kerry" when the article names him in full).
 */
import nlp from 'compromise';
import type { EntityKind, EntityMention, Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { matchSpans } from '../compromise-spans.ts';

const TITLES =
  /^(president|secretary|minister|prime minister|gen\.?|general|dr\.?|mr\.?|mrs\.?|ms\.?|sen\.?|senator|rep\.?|gov\.?|governor|king|queen|pope|ambassador|spokesman|spokeswoman)\s+/i;

export const findEntities: ArticleStage = {
  name: 'find-entities',
  run(draft) {
    const boilerplate = draft.boilerplate;
    const entities: EntityMention[] = [];
    for (const paragraph of draft.paragraphs) {
      if (boilerplate.some((b) => b.start <= paragraph.start && paragraph.end <= b.end)) continue;
      const doc = nlp(draft.text.slice(paragraph.start, paragraph.end));
      const groups: Array<[EntityKind, ReturnType<typeof matchSpans>]> = [
        ['person', matchSpans(doc.people())],
        ['organization', matchSpans(doc.organizations())],
        ['place', matchSpans(doc.places())],
      ];
      for (const [kind, matches] of groups) {
        for (const match of matches) {
          const span = cleanSpan(draft.text, {
            start: paragraph.start + match.start,
            end: paragraph.start + match.end,
          });
          if (span.end <= span.start) continue;
          const text = draft.text.slice(span.start, span.end);
          entities.push({ ...span, text, kind, canonical: text.replace(TITLES, '') });
        }
      }
    }
    entities.sort((a, b) => a.start - b.start);
    return { ...draft, entities: unifyNames(entities) };
  },
};

/** Drops possessives and punctuation compromise leaves on a name. */
function cleanSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const slice = () => text.slice(start, end);
  while (end > start && /[\s,.;:!?"“”'‘’()-]$/.test(slice())) end--;
  if (/['’]s$/.test(slice())) end -= 2;
  while (start < end && /^[\s"“”'‘’(]/.test(slice())) start++;
  return { start, end };
}

/** Maps a surname to the fullest name of the same kind that ends with it. */
function unifyNames(entities: EntityMention[]): EntityMention[] {
  const fullNames = entities.filter((entity) => entity.canonical.includes(' '));
  return entities.map((entity) => {
    if (entity.canonical.includes(' ')) return entity;
    const full = fullNames.find(
      (candidate) =>
        candidate.kind === entity.kind && candidate.canonical.endsWith(` ${entity.canonical}`),
    );
    return full ? { ...entity, canonical: full.canonical } : entity;
  });
}
