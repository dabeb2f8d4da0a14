/**
 * What the text says of an event, in plain words: whether it happened, or was only
 * planned, expected, denied or possible (the loader keeps them all, marked).
 */
import type { Modality } from '../../../contract/corpus.ts';

export const MODALITY_LABEL: Readonly<Record<Modality, string>> = {
  actual: 'happened',
  scheduled: 'planned',
  expected: 'expected or feared',
  denied: 'said not to have happened',
  possible: 'possible, conditional',
};
