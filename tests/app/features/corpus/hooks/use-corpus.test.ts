import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestCorpus, useCorpus } from '../../../../../src/features/corpus/index.ts';
import { syriaCorpus } from '../../../fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const serveCorpus = () => {
  const fetch = vi.fn(async () => new Response(JSON.stringify(syriaCorpus), { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

describe('useCorpus after an early request', () => {
  it('is ready on its first render once the early request has its answer, and asks no more', async () => {
    const fetch = serveCorpus();
    await requestCorpus('/early/corpus.json');
    const { result } = renderHook(() => useCorpus('/early/corpus.json'));
    expect(result.current.status).toBe('ready');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('takes the answer of an early request still on its way', async () => {
    const fetch = serveCorpus();
    const early = requestCorpus('/on-its-way/corpus.json');
    const { result } = renderHook(() => useCorpus('/on-its-way/corpus.json'));
    expect(result.current.status).toBe('loading');
    await early;
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fetches for itself without one', async () => {
    const fetch = serveCorpus();
    const { result } = renderHook(() => useCorpus('/late/corpus.json'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
