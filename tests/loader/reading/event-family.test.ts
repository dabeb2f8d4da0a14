import { describe, expect, it } from 'vitest';
import { eventFamily } from '../../../src/loader/reading/event-family.ts';

describe('eventFamily', () => {
  it('maps a noun to the verb it comes from: "delivery" → deliver, "filing" → file', () => {
    expect(eventFamily('delivery')).toBe('deliver');
    expect(eventFamily('filing')).toBe('file');
    expect(eventFamily('announcement')).toBe('announce');
    // A phrasal verb's noun, its particle joined on: "the bailout" and "bailed out".
    expect(eventFamily('bailout')).toBe(eventFamily('bail'));
    expect(eventFamily('sell-off')).toBe(eventFamily('selloff'));
    expect(eventFamily('arrival')).toBe('arrive');
  });

  it('puts the noun and its verb in one family', () => {
    expect(eventFamily('meeting')).toBe(eventFamily('meet'));
  });

  it('files the words of one act under one family: "purchase", "acquisition", "takeover" → buy', () => {
    for (const word of ['purchase', 'acquire', 'acquisition', 'takeover', 'buyout'])
      expect(eventFamily(word)).toBe('buy');
    // Not a merger, nor a sale (the other side of a purchase: who sells is no buyer).
    expect(eventFamily('merger')).not.toBe('buy');
    expect(eventFamily('sale')).not.toBe('buy');
  });

  it('files the words of first showing one thing under one family: "introduction", "introduce" → unveil', () => {
    for (const word of ['introduce', 'introduction', 'unveiling'])
      expect(eventFamily(word)).toBe('unveil');
    // Not a showing or a launch, which may come months later.
    expect(eventFamily('show')).not.toBe('unveil');
    expect(eventFamily('launch')).not.toBe('unveil');
  });

  it('files marrying and a wedding under one family: "wedding", "wed", "marriage" → marry', () => {
    for (const word of ['wedding', 'wed', 'marriage', 'marry'])
      expect(eventFamily(word)).toBe('marry');
    expect(eventFamily('engagement')).not.toBe('marry');
  });

  it('files passing one by another under one family: "pass", "surpass" → overtake', () => {
    for (const word of ['pass', 'surpass', 'overtake']) expect(eventFamily(word)).toBe('overtake');
  });

  it('leaves a verb or an unknown word as it is', () => {
    expect(eventFamily('file')).toBe('file');
    expect(eventFamily('zzzq')).toBe('zzzq');
  });

  it('maps the irregular nouns WordNet does not link: "sale" → sell, "loss" → lose', () => {
    expect(eventFamily('sale')).toBe('sell');
    expect(eventFamily('loss')).toBe(eventFamily('lose'));
    // WordNet links "approval" first to "approbate".
    expect(eventFamily('approval')).toBe('approve');
  });

  it('maps a noun WordNet links to no verb by its suffix: "appointment" → appoint', () => {
    expect(eventFamily('appointment')).toBe('appoint');
    expect(eventFamily('annexation')).toBe('annex');
    expect(eventFamily('issuance')).toBe('issue');
    // Not by suffixes whose stems mislead: a mission is no missing.
    expect(eventFamily('mission')).not.toBe('miss');
  });
});
