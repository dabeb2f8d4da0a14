/**
 * What a report is written or read out in, when it names no occasion of its own: "said in
 * a statement", "announced in a press release", "wrote in a letter to shareholders". (An
 * interview, a speech or a news conference is an occasion, with its own time and place,
 * and stays an event.) Data, read by reading/read-sentence.ts.
 */
export const REPORT_MEDIA: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'filing',
  'letter',
  'memo',
  'note',
  'email',
  'e-mail',
  'post',
  'posting',
  'notice',
  'communique',
  'communiqué',
  'document',
]);
