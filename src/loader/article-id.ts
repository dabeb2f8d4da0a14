/** Stable, URL-safe article ids derived from file paths (unique within a corpus). */

/** Ids for files, in the same order; collisions (`a/x.txt`, `a-x.txt`) get a numeric suffix. */
export function articleIdFor(files: readonly string[]): string[] {
  const used = new Map<string, number>();
  return files.map((file) => {
    const base =
      file
        .replace(/\.[^./]+$/, '')
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'article';
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}
