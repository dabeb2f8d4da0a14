/**
 * Reads the modality of an event from the words before its trigger: "will meet",
 * "was scheduled to meet", "Kerry to meet" (scheduled), "is expected to" (expected),
 * "could", "whether" (possible), "did not" (denied).
 */
import type { Modality } from '../../contract/corpus.ts';
import type { Token } from './parse-paragraph.ts';

const NEGATION = new Set(['not', "n't", 'never', 'no', 'denied', 'denies', 'deny']);
const SCHEDULED = new Set(['will', "'ll", 'scheduled', 'slated', 'shall', 'upcoming']);
/** Words that schedule only right before "to": "plans to meet", not "a peace plan adopted". */
const SCHEDULED_BEFORE_TO = new Set([
  'set',
  'due',
  'plans',
  'plan',
  'planned',
  'planning',
  'going',
]);
const EXPECTED = new Set([
  'expected',
  'likely',
  'poised',
  'expects',
  'expect',
  'hopes',
  'hope',
  'seeks',
  'seek',
  'wants',
  'try',
  'trying',
  'aims',
]);
const POSSIBLE = new Set([
  'could',
  'may',
  'might',
  'would',
  'possible',
  'possibly',
  'can',
  'should',
]);

/** Modality of the event whose trigger is `tokens[triggerIndex]`, from its clause. */
export function modalityOf(
  tokens: readonly Token[],
  triggerIndex: number,
  marker: string | null,
): Modality {
  const before = tokens
    .slice(Math.max(0, triggerIndex - 5), triggerIndex)
    .map((token) => token.normal);
  if (before.some((word) => NEGATION.has(word))) return 'denied';
  if (marker === 'whether' || marker === 'if') return 'possible';
  if (before.some((word) => EXPECTED.has(word))) return 'expected';
  if (before.some((word) => POSSIBLE.has(word))) return 'possible';
  const beforeTo = before.some(
    (word, index) => SCHEDULED_BEFORE_TO.has(word) && before[index + 1] === 'to',
  );
  // "Kerry to meet Lavrov": a headline's bare infinitive announces a plan.
  const bareInfinitive = before[before.length - 1] === 'to';
  if (before.some((word) => SCHEDULED.has(word)) || beforeTo || bareInfinitive) return 'scheduled';
  return 'actual';
}
