/**
 * The order of granularities, coarsest first, is the contract's (`granularitySchema`); these
 * read it so that no other module writes the order again.
 */
import { granularitySchema, type Granularity } from './corpus.ts';

const ORDER: readonly Granularity[] = granularitySchema.options;

/** 0 for the coarsest (century), rising to the finest (second). */
export function granularityRank(granularity: Granularity): number {
  return ORDER.indexOf(granularity);
}

/** Every granularity coarser than `granularity` ("year", "month", … for "week"). */
export function coarserThan(granularity: Granularity): Granularity[] {
  return ORDER.slice(0, granularityRank(granularity));
}

/** `granularity` and every finer one ("day", "part-of-day", … "second" for "day"). */
export function asFineAs(granularity: Granularity): Granularity[] {
  return ORDER.slice(granularityRank(granularity));
}
