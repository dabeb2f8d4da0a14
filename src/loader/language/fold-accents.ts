/** "Sebastián" → "Sebastian": the letters without their accents, for matching names. */
export function foldAccents(text: string): string {
  // Most words are plain ASCII: no decomposition to do (name lookups call this per word).
  if (!/[^ -~\s]/.test(text)) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
