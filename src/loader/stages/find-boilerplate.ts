/**
 * Stage: marks boilerplate paragraphs (captions, credits, widgets, footers, a repeated
 * headline) and takes the article's source from an attribution line, a copyright footer
 * or a wire name in the dateline when metadata gives none.
 */
import type { Boilerplate } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import { boilerplateReason, sourceNamedBy } from '../events/boilerplate-patterns.ts';

export const findBoilerplate: ArticleStage = {
  name: 'find-boilerplate',
  run(draft) {
    const text = draft.text;
    const heading = draft.headline ?? draft.paragraphs[0] ?? null;
    const headingText = heading ? normalize(text.slice(heading.start, heading.end)) : null;
    const boilerplate: Boilerplate[] = [];
    const namedSources: string[] = [];
    for (const paragraph of draft.paragraphs) {
      const paragraphText = text.slice(paragraph.start, paragraph.end);
      const reason = boilerplateReason(paragraphText);
      if (reason) {
        boilerplate.push({ ...paragraph, reason });
        const named = sourceNamedBy(paragraphText, reason);
        if (named) namedSources.push(named);
      } else if (
        heading &&
        paragraph.start > heading.start &&
        normalize(paragraphText) === headingText
      ) {
        boilerplate.push({ ...paragraph, reason: 'repeated-headline' });
      }
    }
    const wire = draft.dateline
      ? (/\(([^)]{1,40})\)/.exec(text.slice(draft.dateline.start, draft.dateline.end))?.[1] ?? null)
      : null;
    // An attribution line names the publisher; a copyright footer the site; a wire the agency.
    const source = draft.source ?? namedSources[0] ?? wire ?? null;
    return { ...draft, boilerplate, source };
  },
};

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
