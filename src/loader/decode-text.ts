/**
 * Turns an input file's bytes into the text every offset indexes.
 * Understands UTF-8 (with or without BOM) and UTF-16 with a BOM; rejects binary;
 * reads invalid UTF-8 as Windows-1252 rather than losing the article.
 */
import type { Diagnostic } from '../contract/corpus.ts';

export interface DecodedText {
  /** null when the file cannot be read as text at all. */
  text: string | null;
  diagnostics: Diagnostic[];
}

const STAGE = 'decode-text';

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic['severity'], message: string, offset: number | null = null) =>
    diagnostics.push({ file, severity, offset, stage: STAGE, message });

  if (bytes.length === 0) {
    note('warning', 'empty file: nothing to read, so no article');
    return { text: null, diagnostics };
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    note('info', 'read as UTF-16 (little-endian) from its byte-order mark');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    note('info', 'read as UTF-16 (big-endian) from its byte-order mark');
  } else {
    if (looksBinary(bytes)) {
      note('error', 'binary content, not text: the file was not read as an article');
      return { text: null, diagnostics };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        note('info', 'UTF-8 byte-order mark removed; offsets index the text after it');
      }
    } catch {
      const at = firstInvalidUtf8(bytes);
      text = new TextDecoder('windows-1252').decode(bytes);
      // Windows-1252 maps one byte to one character, so the byte index is the text offset.
      note(
        'warning',
        `invalid UTF-8 at byte ${at}; read as Windows-1252 instead, so some characters may be wrong`,
        at,
      );
    }
  }
  if (text.trim() === '') {
    note('warning', 'only whitespace: nothing to read, so no article');
    return { text: null, diagnostics };
  }
  return { text, diagnostics };
}

/** NUL bytes do not occur in text files; other control characters rarely do. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const middle = (low + high) >> 1;
    try {
      // A fresh decoder each time: streaming state would carry over between probes.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle + 1), {
        stream: true,
      });
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  // `low` is where decoding stopped; the bad sequence began at the last complete boundary.
  for (let boundary = low; boundary > Math.max(0, low - 4); boundary--) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, boundary));
      return boundary;
    } catch {
      // The sequence started earlier.
    }
  }
  return Math.max(0, low - 3);
}
