/**
 * Stage: finds people, organizations, countries and places in each sentence, and gives
 * each mention a canonical name shared within the article ("Kerry" → "John Kerry",
 * "the top US diplomat" → the person introduced with that role, "Moscow" acting → Russia).
 */
import type { Span } from '../../contract/corpus.ts';
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
    const entities = unifyNames(dropOverlaps(mentions)).sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    return { ...draft, entities };
  },
};

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
