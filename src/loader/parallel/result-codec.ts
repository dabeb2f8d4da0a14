/**
 * Article results in the form they travel in: from a worker thread to the main thread, and
 * to and from the on-disk cache. A generated article's result is some 3,000 small objects
 * and strings (event reports, their mentions, timexes, spans): `v8.deserialize` rebuilt
 * them at ~0.45 µs each, the main thread's largest cost while the workers work, and gave
 * every string a copy of its own, which the main thread then walked the whole tree to share.
 *
 * Encoded here, a result is three flat tables: its distinct strings, its distinct object
 * shapes (keys in order) and a stream of tags with their numbers (a string or shape is its
 * index in its table). Decoding is one pass in JavaScript that builds each object key by key
 * in its shape's order, and looks up each distinct string once. Measured on 300 generated
 * articles: decoding takes 120 ms where deserializing and sharing strings took 480, and
 * encoding 210 ms where `v8.serialize` took 260. Decoded, a result equals the one encoded,
 * keys in the same order (the corpus JSON lists them so), undefined members kept.
 *
 * The decoder keeps one copy of each short string across all the results it decodes: the
 * labels repeated in every article ("DATE", "day", "tense:past", a participant's name) would
 * otherwise fill the heap a thousand times over (a 10,000-article corpus takes a third less
 * memory pooled, 722 → 492 MB measured, enough to keep 50,000 within Node's default heap).
 * Empty arrays are one shared, frozen array: they are over a quarter of a result's objects
 * (a report that names no place, counts no amount, ...), and each one the main thread keeps
 * is copied by the young-generation collector and marked by every full collection. Frozen,
 * so that code that tried to add to it would fail loudly (nothing does: drafts are never
 * changed in place).
 */
import { deserialize, serialize } from 'node:v8';
import type { ProcessResult } from '../build-corpus.ts';

/** Marks an encoded result, so that a cache entry in another form is read as a miss. */
const FORMAT = 'news-timeline result 1';

/**
 * Longer strings (article text, sentences) are rarely repeated; hashing them costs more than
 * it saves. An article's id is repeated by each of its event reports' mentions (70 of them
 * in a generated article), and ids run past 40 characters: pooled up to 100, the ids of
 * 10,000 generated articles take ~90 MB less heap.
 */
const MAX_POOLED_LENGTH = 100;

// The tags of the stream; NUMBER, STRING, ARRAY and OBJECT are followed by one number each
// (the number, the string's index, the array's length, the shape's index).
const NULL = 0;
const UNDEFINED = 1;
const FALSE = 2;
const TRUE = 3;
const NUMBER = 4;
const STRING = 5;
const ARRAY = 6;
const OBJECT = 7;

type Encoded = [
  format: typeof FORMAT,
  strings: string[],
  shapes: string[][],
  tags: Uint8Array,
  numbers: Float64Array,
];

/** A node of the shapes seen so far, keyed by each next key: no key string built per object. */
interface ShapeNode {
  /** The index of the shape that ends here, or -1. */
  index: number;
  next: Map<string, ShapeNode>;
}

/**
 * The bytes of `result` (plain objects, arrays, strings, numbers, booleans, null and
 * undefined: anything else throws a TypeError).
 */
export function encodeResult(result: ProcessResult): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeTree: ShapeNode = { index: -1, next: new Map() };
  const tags: number[] = [];
  const numbers: number[] = [];
  const write = (value: unknown): void => {
    if (typeof value === 'string') {
      let index = stringIndex.get(value);
      if (index === undefined) {
        index = strings.length;
        strings.push(value);
        stringIndex.set(value, index);
      }
      tags.push(STRING);
      numbers.push(index);
    } else if (typeof value === 'number') {
      tags.push(NUMBER);
      numbers.push(value);
    } else if (value === null) tags.push(NULL);
    else if (value === undefined) tags.push(UNDEFINED);
    else if (value === true) tags.push(TRUE);
    else if (value === false) tags.push(FALSE);
    else if (Array.isArray(value)) {
      tags.push(ARRAY);
      numbers.push(value.length);
      for (let index = 0; index < value.length; index++) write(value[index]);
    } else if (isPlainObject(value)) {
      tags.push(OBJECT);
      // The shape is known once its keys are walked: its index is written in this place.
      const shapeAt = numbers.length;
      numbers.push(-1);
      let node = shapeTree;
      for (const key in value) {
        let next = node.next.get(key);
        if (!next) {
          next = { index: -1, next: new Map() };
          node.next.set(key, next);
        }
        node = next;
        write(value[key]);
      }
      if (node.index < 0) node.index = shapes.push(shapeOf(value)) - 1;
      numbers[shapeAt] = node.index;
    } else {
      throw new TypeError(`an article result cannot hold ${describe(value)}`);
    }
  };
  write(result);
  const encoded: Encoded = [
    FORMAT,
    strings,
    shapes,
    new Uint8Array(tags),
    new Float64Array(numbers),
  ];
  return serialize(encoded);
}

/** Objects made by a literal or `JSON.parse`: their own enumerable keys are all they hold. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function shapeOf(value: Record<string, unknown>): string[] {
  const keys = Object.keys(value);
  // Decoding sets keys by assignment, which would set the prototype instead.
  if (keys.includes('__proto__')) throw new TypeError('an article result cannot hold __proto__');
  return keys;
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `a ${typeof value}`;
  return `a ${value.constructor?.name ?? 'non-plain object'}`;
}

export interface ResultDecoder {
  /** The result `encodeResult` made these bytes of; throws if they are not such bytes. */
  decode(bytes: Uint8Array): ProcessResult;
  /** Distinct strings pooled so far. */
  readonly pooledStrings: number;
}

/** A decoder that shares short strings and empty arrays among all the results it decodes. */
export function createResultDecoder(): ResultDecoder {
  const pool = new Map<string, string>();
  const noItems: readonly never[] = Object.freeze([]);
  const share = (text: string): string => {
    if (text.length > MAX_POOLED_LENGTH) return text;
    const pooled = pool.get(text);
    if (pooled !== undefined) return pooled;
    pool.set(text, text);
    return text;
  };
  const decode = (bytes: Uint8Array): ProcessResult => {
    const [format, strings, shapes, tags, numbers] = readEncoded(bytes);
    if (format !== FORMAT) throw new Error('not an encoded article result');
    for (let index = 0; index < strings.length; index++) strings[index] = share(strings[index]!);
    let tagAt = 0;
    let numberAt = 0;
    const read = (): unknown => {
      switch (tags[tagAt++]) {
        case STRING:
          return strings[numbers[numberAt++]!];
        case NUMBER:
          return numbers[numberAt++];
        case NULL:
          return null;
        case UNDEFINED:
          return undefined;
        case TRUE:
          return true;
        case FALSE:
          return false;
        case ARRAY: {
          const length = numbers[numberAt++]!;
          if (length === 0) return noItems;
          const items: unknown[] = new Array(length);
          for (let index = 0; index < length; index++) items[index] = read();
          return items;
        }
        case OBJECT: {
          const keys = shapes[numbers[numberAt++]!]!;
          const record: Record<string, unknown> = {};
          for (let index = 0; index < keys.length; index++) record[keys[index]!] = read();
          return record;
        }
        default:
          throw new Error('damaged article result');
      }
    };
    return read() as ProcessResult;
  };
  return {
    decode,
    get pooledStrings() {
      return pool.size;
    },
  };
}

/** The tables in `bytes`, or a format of '' when they are something else. */
function readEncoded(bytes: Uint8Array): Encoded {
  const value: unknown = deserialize(bytes);
  const encoded = (Array.isArray(value) ? value : []) as Partial<Encoded>;
  const [format, strings, shapes, tags, numbers] = encoded;
  if (
    format === FORMAT &&
    Array.isArray(strings) &&
    Array.isArray(shapes) &&
    tags instanceof Uint8Array &&
    numbers instanceof Float64Array
  )
    return [format, strings, shapes, tags, numbers];
  return ['' as typeof FORMAT, [], [], new Uint8Array(), new Float64Array()];
}
