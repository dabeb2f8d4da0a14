/**
 * The corpus as JSON text, in pieces. A large folder makes more JSON than one JavaScript
 * string can hold (V8 caps strings near 512 M characters, and 50,000 articles make about
 * 1.5 GB), so the loader never builds the whole text at once: it writes it piece by piece.
 * Joined, the pieces are exactly `JSON.stringify(corpus)`.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Corpus } from '../contract/corpus.ts';

/** About this many characters per piece: large enough for few writes, small beside the heap. */
const PIECE_CHARACTERS = 1 << 20;

/** The JSON text of `corpus`, one array element at a time, gathered into pieces of ~1 M characters. */
export function* corpusJsonPieces(
  corpus: Corpus,
  pieceCharacters = PIECE_CHARACTERS,
): Generator<string> {
  let piece = '{';
  let firstKey = true;
  for (const [key, value] of Object.entries(corpus)) {
    if (value === undefined) continue; // as JSON.stringify: undefined members are left out
    piece += `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (!Array.isArray(value)) {
      piece += JSON.stringify(value);
      continue;
    }
    piece += '[';
    for (let index = 0; index < value.length; index++) {
      // JSON.stringify writes an undefined array element as null.
      piece += `${index > 0 ? ',' : ''}${JSON.stringify(value[index]) ?? 'null'}`;
      if (piece.length >= pieceCharacters) {
        yield piece;
        piece = '';
      }
    }
    piece += ']';
  }
  yield `${piece}}`;
}

/** The whole JSON text, for corpora known to be small (tests). */
export function corpusToJson(corpus: Corpus): string {
  return [...corpusJsonPieces(corpus)].join('');
}

/**
 * Writes the corpus JSON and a final newline to `stream`, waiting whenever the stream asks
 * (so memory stays flat however slow the disk). Resolves with the bytes written.
 */
export async function writeCorpusJson(corpus: Corpus, stream: Writable): Promise<number> {
  let bytes = 0;
  for (const piece of corpusJsonPieces(corpus)) {
    // Encoded once, here: counting a string's bytes and then writing it encodes it twice.
    const encoded = Buffer.from(piece);
    bytes += encoded.length;
    if (!stream.write(encoded)) await once(stream, 'drain');
  }
  stream.write('\n');
  return bytes + 1;
}
