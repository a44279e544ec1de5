import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../src/pipeline/decode.ts';

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

  it('refuses random bytes behind a UTF-16 byte-order mark', () => {
    let x = 2463534242;
    const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) & 0xff); // xorshift32
    const junk = Array.from({ length: 2000 }, () => next() | 1);
    const r = decodeArticle(bytes([0xff, 0xfe], junk));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/binary/);
  });

  it('keeps real UTF-16 text in any script', () => {
    const text = 'Заголовок 東京 عنوان\n\nТекст статьи. 本文です。 نص المقال.';
    const r = decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(r).toEqual({ ok: true, encoding: 'utf-16le', text });
  });

  it('removes C1 controls (NEL) and turns Unicode line and paragraph separators into newlines', () => {
    const r = decodeArticle(bytes('Title\u0085 one\u2028Body\u2029two\u009b31m'));
    expect(r.ok && r.text).toBe('Title one\nBody\ntwo31m');
  });

  it('recognises UTF-16 saved without a byte-order mark, either byte order', () => {
    const text = 'Ferry timetable cut\n\nThe winter timetable starts on Monday, the operator said.';
    const le = Buffer.from(text, 'utf16le');
    expect(decodeArticle(le)).toEqual({ ok: true, encoding: 'utf-16le (no byte-order mark)', text });
    const be = Buffer.from(le).swap16();
    expect(decodeArticle(be)).toEqual({ ok: true, encoding: 'utf-16be (no byte-order mark)', text });
  });
});
