import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../src/loader/article-id.ts';

describe('articleIdFor', () => {
  it('derives URL-safe ids from file paths without the extension', () => {
    expect(articleIdFor(['000_85d6.txt', 'world/Geneva talks.txt'])).toEqual([
      '000_85d6',
      'world-Geneva-talks',
    ]);
  });

  it('keeps ids unique when two files of the same name sit in different folders', () => {
    expect(articleIdFor(['a/story.txt', 'b/story.txt', 'a-story.txt'])).toEqual([
      'a-story',
      'b-story',
      'a-story-2',
    ]);
  });
});
