import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('encodings once refused as binary', () => {
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/encodings', name));
  // The fixtures are invented text written with iconv from UTF-8 (tests/fixtures/encodings).
  it('utf32-bom: UTF-32 little- and big-endian files with a byte-order mark are read', () => {
    expect(decodeArticle(fixture('en-utf32-bom.txt'))).toMatchObject({ ok: true, encoding: 'utf-32le', text: expect.stringMatching(/^Council approves budget\n\nThe council approved/) });
    expect(decodeArticle(fixture('ja-utf32be-bom.txt'))).toMatchObject({ ok: true, encoding: 'utf-32be', text: expect.stringMatching(/^市議会が予算を可決\n/) });
  });

  it('shift-jis: a Japanese article in Shift_JIS is read as Japanese, not refused and not read as Chinese', () => {
    expect(decodeArticle(fixture('ja-shift-jis.txt'))).toMatchObject({ ok: true, encoding: 'shift_jis', text: expect.stringMatching(/^市議会が予算を可決\n\n市議会は月曜日/) });
  });

  it('gb18030: a Chinese article in GB18030 is read', () => {
    expect(decodeArticle(fixture('zh-gb18030.txt'))).toMatchObject({ ok: true, encoding: 'gb18030', text: expect.stringMatching(/^市议会通过预算\n/) });
  });

  it('a Windows-1252 French text is still Windows-1252, and random bytes are still binary', () => {
    const french = Buffer.from('Le conseil a vot\xe9 le budget. D\xe9j\xe0 les \xe9lus parlent de l\x92avenir.', 'latin1');
    expect(decodeArticle(french)).toMatchObject({ ok: true, encoding: 'windows-1252', text: expect.stringContaining('Déjà les élus parlent de l’avenir') });
    const random = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
    expect(decodeArticle(random).ok).toBe(false);
  });
});
