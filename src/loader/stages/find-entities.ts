/**
 * Stage: finds people, organizations, countries and places in each sentence, and gives
 * each mention a canonical name shared within the article ("Kerry" → "John Kerry",
 * "the top US diplomat" → the person introduced with that role, "Moscow" acting → Russia).
 */
import type { EntityMention, Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { findNames, type NameMention } from '../events/find-names.ts';
import { paragraphTokens, type Token } from '../events/parse-paragraph.ts';
import { unifyNames } from '../events/unify-names.ts';
import { afterDateline } from '../events/dateline.ts';

export const findEntities: ArticleStage = {
  name: 'find-entities',
  run(draft) {
    const inBoilerplate = (span: Span) =>
      draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
    const mentions: NameMention[] = [];
    for (const paragraph of draft.paragraphs) {
      if (inBoilerplate(paragraph)) continue;
      const tokens = paragraphTokens(draft.text, paragraph);
      for (const sentence of draft.sentences) {
        if (sentence.start < paragraph.start || sentence.end > paragraph.end) continue;
        // The dateline names where the article was filed, not a participant.
        const from = afterDateline(draft.dateline, sentence);
        const inSentence = tokens.filter(
          (token: Token) => token.start >= from && token.end <= sentence.end,
        );
        const found = findNames(inSentence, draft.text.slice(from, sentence.end), from);
        for (const mention of found) {
          if (mention.end <= mention.start) continue;
          const text = draft.text.slice(mention.start, mention.end);
          // Names keep their written form ("Bashar al-Assad"); countries their canonical one.
          const name =
            mention.kind === 'country' || mention.description
              ? mention.name
              : text.replace(/\s+/g, ' ').replace(/^the /i, '');
          mentions.push({ ...mention, text, name });
        }
      }
    }
    const entities = asOrganizations(
      unifyNames(dropOverlaps(mentions)).sort((a, b) => a.start - b.start || a.end - b.end),
      draft.text,
    );
    return { ...draft, entities };
  },
};

/**
 * "Larkspur Foods … Larkspur shareholders": a one-word name taken for a place is the
 * organization of the article whose name it begins, unless a locative preposition says it
 * is where something happens ("in Denver").
 */
function asOrganizations(entities: EntityMention[], text: string): EntityMention[] {
  const organizations = unique(
    entities.filter((entity) => entity.kind === 'organization').map((entity) => entity.canonical),
  );
  return entities.map((entity) => {
    if (entity.kind !== 'place' || /\s/.test(entity.canonical)) return entity;
    const owner = organizations.filter((name) => name.startsWith(`${entity.canonical} `));
    if (owner.length !== 1) return entity;
    const before = /(\w+)\s+$/.exec(text.slice(Math.max(0, entity.start - 12), entity.start));
    if (before && LOCATIVE.has((before[1] ?? '').toLowerCase())) return entity;
    return { ...entity, kind: 'organization', canonical: owner[0] as string };
  });
}

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside']);

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** A description inside a name ("the president" in "the president's office") loses to the name. */
function dropOverlaps(mentions: NameMention[]): NameMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameMention[] = [];
  for (const mention of sorted) {
    const previous = out[out.length - 1];
    if (previous && mention.start < previous.end) {
      if (mention.end - mention.start > previous.end - previous.start && !mention.description)
        out[out.length - 1] = mention;
      continue;
    }
    out.push(mention);
  }
  return out;
}
