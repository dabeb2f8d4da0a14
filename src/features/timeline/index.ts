/**
 * The timeline feature's public entry: what other features may use (the lane modes, which the
 * URL records). Anything else in this folder is private to it.
 */
export { LANE_MODES, type LaneMode } from './utils/timeline-items.ts';
