import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/loader/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads plain UTF-8 unchanged, curly quotes and all', () => {
    const result = decodeText('a.txt', utf8('Kerry said “yes” on Friday.'));
    expect(result.text).toBe('Kerry said “yes” on Friday.');
    expect(result.diagnostics).toEqual([]);
  });

  it('removes a UTF-8 byte-order mark and says so', () => {
    const result = decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello.')]));
    expect(result.text).toBe('Hello.');
    expect(result.diagnostics[0]?.message).toMatch(/byte-order mark removed/);
  });

  it('reads UTF-16 little-endian with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeText('a.txt', bytes).text).toBe('Hi');
  });

  it('reads UTF-16 big-endian with a byte-order mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(decodeText('a.txt', bytes).text).toBe('Hi');
  });

  it('falls back to Windows-1252 for invalid UTF-8 and names the byte', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' opened Monday.')]);
    const result = decodeText('cafe.txt', bytes);
    expect(result.text).toBe('Café opened Monday.');
    expect(result.diagnostics).toMatchObject([
      { file: 'cafe.txt', severity: 'warning', offset: 3, stage: 'decode-text' },
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/invalid UTF-8 at byte 3/);
  });

  it('rejects binary content with an error and no text', () => {
    const result = decodeText('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    expect(result.text).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error' });
    expect(result.diagnostics[0]?.message).toMatch(/binary/);
  });

  it('reports an empty file and a whitespace-only file as giving no article', () => {
    expect(decodeText('e.txt', new Uint8Array()).text).toBeNull();
    expect(decodeText('e.txt', new Uint8Array()).diagnostics[0]?.message).toMatch(/empty file/);
    expect(decodeText('w.txt', utf8(' \n\t\r\n ')).text).toBeNull();
    expect(decodeText('w.txt', utf8(' \n\t\r\n ')).diagnostics[0]?.message).toMatch(/whitespace/);
  });

  it('keeps CRLF and CR line ends as they are, so offsets index the text as shown', () => {
    expect(decodeText('a.txt', utf8('One.\r\nTwo.\rThree.')).text).toBe('One.\r\nTwo.\rThree.');
  });
});
