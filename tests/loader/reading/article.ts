/** Helpers for tests that read whole articles: the real article stages, events by trigger. */
import type { EventDraft } from '../../../src/loader/article-draft.ts';
import { createDraft } from '../../../src/loader/article-draft.ts';
import { ARTICLE_STAGES } from '../../../src/loader/pipeline.ts';

/** Runs the real article stages on `text`, published on `published` (metadata). */
export function article(text: string, published = '2008-09-17') {
  let draft = createDraft({ file: 'a1.txt', metadata: { published } }, 'a1', text);
  for (const stage of ARTICLE_STAGES) draft = stage.run(draft);
  return draft;
}

/** The text of an event's trigger. */
export function triggerText(text: string, e: EventDraft): string {
  const trigger = e.mention.trigger;
  if (!trigger) throw new Error(`event "${e.lemma}" has no trigger`);
  return text.slice(trigger.start, trigger.end);
}

/** The event whose trigger is written `trigger` (the n-th such event). */
export function event(
  text: string,
  trigger: string,
  published?: string,
  occurrence = 0,
): EventDraft {
  const { events } = article(text, published);
  const found = events.filter((e) => triggerText(text, e) === trigger)[occurrence];
  if (!found) throw new Error(`no event "${trigger}"`);
  return found;
}
