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

/**
 * Arrays whose elements are small (an event's JSON is under a kilobyte, most of its
 * length its mentions): their elements are stringified this many at a time, ~25% faster
 * than one call each (700,000 events are seconds of the write). An article holds its whole
 * text, which may be megabytes: articles go one at a time.
 */
const SMALL_ELEMENTS: ReadonlySet<string> = new Set(['events', 'undated', 'diagnostics']);
const ELEMENTS_PER_PART = 64;

/**
 * The JSON text of `corpus` in small parts: each article's JSON, a run of events' or
 * diagnostics' JSON, and the punctuation and keys between them. Joined, exactly
 * `JSON.stringify(corpus)`.
 */
function* corpusJsonParts(corpus: Corpus): Generator<string> {
  yield '{';
  let firstKey = true;
  for (const [key, value] of Object.entries(corpus)) {
    if (value === undefined) continue; // as JSON.stringify: undefined members are left out
    yield `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    yield '[';
    const perPart = SMALL_ELEMENTS.has(key) ? ELEMENTS_PER_PART : 1;
    for (let index = 0; index < value.length; index += perPart) {
      if (index > 0) yield ',';
      if (perPart === 1) {
        // JSON.stringify writes an undefined array element as null.
        yield JSON.stringify(value[index]) ?? 'null';
        continue;
      }
      // A run of elements as one array, brackets cut: the same text as each one's JSON
      // joined by commas (an undefined one is null there too).
      const run = JSON.stringify(value.slice(index, index + perPart));
      yield run.slice(1, -1);
    }
    yield ']';
  }
  yield '}';
}

/** The JSON text of `corpus`, one array element at a time, gathered into pieces of ~1 M characters. */
export function* corpusJsonPieces(
  corpus: Corpus,
  pieceCharacters = PIECE_CHARACTERS,
): Generator<string> {
  let piece = '';
  for (const part of corpusJsonParts(corpus)) {
    piece += part;
    if (piece.length >= pieceCharacters) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

/** The whole JSON text, for corpora known to be small (tests). */
export function corpusToJson(corpus: Corpus): string {
  return [...corpusJsonPieces(corpus)].join('');
}

/** Bytes per write: large enough for few writes, small beside the heap. */
const CHUNK_BYTES = 1 << 20;

/** The most bytes UTF-8 takes for a string of this length (a UTF-16 unit gives at most 3). */
function maxUtf8Bytes(text: string): number {
  return text.length * 3;
}

/**
 * Writes the corpus JSON and a final newline to `stream`, waiting whenever the stream asks
 * (so memory stays flat however slow the disk). Resolves with the bytes written.
 *
 * Each element's JSON is encoded into the chunk being filled as soon as it is made, so it
 * dies young: gathered into a string of a million characters first, the parts of each
 * piece outlived a few young-generation collections and were copied by each, seconds of
 * garbage collection for a 10,000-article corpus.
 */
export async function writeCorpusJson(corpus: Corpus, stream: Writable): Promise<number> {
  let bytes = 0;
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const flush = async (bytesToWrite: Buffer) => {
    bytes += bytesToWrite.length;
    if (!stream.write(bytesToWrite)) await once(stream, 'drain');
  };
  for (const part of corpusJsonParts(corpus)) {
    if (used + maxUtf8Bytes(part) > chunk.length && used > 0) {
      // The stream keeps the chunk it was given: the next one is a new buffer.
      await flush(chunk.subarray(0, used));
      chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      used = 0;
    }
    if (maxUtf8Bytes(part) > chunk.length) await flush(Buffer.from(part));
    else used += chunk.write(part, used);
  }
  if (used > 0) await flush(chunk.subarray(0, used));
  stream.write('\n');
  return bytes + 1;
}
