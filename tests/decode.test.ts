import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../src/pipeline/decode.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeArticle', () => {
  it('drops a UTF-8 BOM and normalises CRLF and lone CR', () => {
    const r = decodeArticle(bytes([0xef, 0xbb, 0xbf], 'Title\r\n\r\nBody one\rBody two'));
    expect(r).toEqual({ ok: true, encoding: 'utf-8', text: 'Title\n\nBody one\nBody two' });
  });

  it('decodes UTF-16LE through its BOM', () => {
    const r = decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Título\n\nTexto', 'utf16le')]));
    expect(r.ok && r.text).toBe('Título\n\nTexto');
  });

  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    const r = decodeArticle(bytes('Caf', [0xe9], ' costs 5', [0x80], ' ', [0x93], 'hot', [0x94]));
    expect(r.ok && r.text).toBe('Café costs 5€ “hot”');
  });

  it('removes NUL bytes instead of passing them on', () => {
    const r = decodeArticle(bytes('Ti', [0], 'tle\n\nBo', [0, 0], 'dy'));
    expect(r.ok && r.text).toBe('Title\n\nBody');
  });

  it('refuses binary data', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(decodeArticle(junk)).toMatchObject({ ok: false });
  });
});
