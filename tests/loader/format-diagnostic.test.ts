import { describe, expect, it } from 'vitest';
import {
  formatDiagnostic,
  lineAndColumn,
  locateDiagnostic,
} from '../../src/loader/format-diagnostic.ts';

describe('lineAndColumn', () => {
  it('counts LF, CRLF and CR line ends once each', () => {
    const text = 'a\nb\r\nc\rd';
    expect(lineAndColumn(text, text.indexOf('b'))).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn(text, text.indexOf('d'))).toEqual({ line: 4, column: 1 });
  });

  it('gives 1-based columns', () => {
    expect(lineAndColumn('hello world', 6)).toEqual({ line: 1, column: 7 });
  });
});

describe('formatDiagnostic', () => {
  it('prints file:line:col severity message [stage]', () => {
    const located = locateDiagnostic(
      { file: 'a.txt', severity: 'warning', offset: 4, stage: 'find-timexes', message: 'odd date' },
      'one\ntwo',
    );
    expect(formatDiagnostic(located, 'seeds')).toBe(
      'seeds/a.txt:2:1 warning odd date [find-timexes]',
    );
  });

  it('prints only the file when the problem has no place', () => {
    const diagnostic = {
      file: 'b.bin',
      severity: 'error' as const,
      offset: null,
      stage: 'decode-text',
      message: 'binary',
    };
    expect(formatDiagnostic(locateDiagnostic(diagnostic, ''))).toBe(
      'b.bin error binary [decode-text]',
    );
  });
});
