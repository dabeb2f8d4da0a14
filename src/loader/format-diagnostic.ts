/** Formats diagnostics for people: `file:line:col severity message [stage]`. */
import type { Diagnostic } from '../contract/corpus.ts';

/** 1-based line and column of a character offset (CRLF, CR and LF all end a line). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Adds line and column to a diagnostic that has an offset into `text`. */
export function locateDiagnostic(diagnostic: Diagnostic, text: string): Diagnostic {
  if (diagnostic.offset === null) return { ...diagnostic, line: null, column: null };
  return { ...diagnostic, ...lineAndColumn(text, diagnostic.offset) };
}

export function formatDiagnostic(diagnostic: Diagnostic, folder?: string): string {
  const file = folder ? `${folder.replace(/\/$/, '')}/${diagnostic.file}` : diagnostic.file;
  const place =
    diagnostic.line != null ? `${file}:${diagnostic.line}:${diagnostic.column ?? 1}` : file;
  return `${place} ${diagnostic.severity} ${diagnostic.message} [${diagnostic.stage}]`;
}
