/** "Sebastián" → "Sebastian": the letters without their accents, for matching names. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
