import { describe, expect, it } from 'vitest';
import { assembleCorpus, processSource } from '../../src/loader/build-corpus.ts';
import type { ArticleDraft } from '../../src/loader/article-draft.ts';
import { assertValidCorpus, draftMeetsContract } from '../../src/loader/check-contract.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** One article read through every article stage, as a worker would. */
function processed(text: string): ArticleDraft {
  const source = {
    file: 'a1.txt',
    bytes: bytes(text),
    metadata: { published: '2008-09-17' },
    diagnostics: [],
  };
  const { draft } = processSource(source, 'a1');
  if (!draft) throw new Error('not text');
  return draft;
}

const TEXT = 'Harwell Brothers filed for bankruptcy on Monday. Creditors were stunned.';

describe('draftMeetsContract', () => {
  it('passes an article and its event reports as the stages make them', () => {
    expect(draftMeetsContract(processed(TEXT))).toBe(true);
  });

  it('fails an event report the contract would reject', () => {
    const draft = processed(TEXT);
    const [first, ...rest] = draft.events;
    const broken = { ...draft, events: [{ ...first!, kind: 'nonsense' as 'other' }, ...rest] };
    expect(draftMeetsContract(broken)).toBe(false);
  });
});

describe('assertValidCorpus', () => {
  it('names the wrong field by its path, even in a draft a worker had passed', () => {
    const draft = processed(TEXT);
    const corpus = assembleCorpus([draft], [], new Set([draft]));
    const [event, ...others] = corpus.events;
    const broken = { ...corpus, events: [{ ...event!, salience: 7 }, ...others] };
    expect(() => assertValidCorpus(broken, [draft], new Set([draft]))).toThrow(/salience/);
    // And a report no worker checked is checked as the corpus is assembled.
    const [report, ...rest] = draft.events;
    const unchecked = {
      ...draft,
      events: [{ ...report!, title: 5 as unknown as string }, ...rest],
    };
    expect(() => assembleCorpus([unchecked], [], new Set())).toThrow(/title/);
  });
});
