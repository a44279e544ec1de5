/**
 * Stage 1: bytes to text. Articles arrive from anywhere, so the decoder honours byte-order marks,
 * falls back to Windows-1252 for text that is not valid UTF-8, and refuses binary files.
 */

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of the range maps to Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd,
  0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0xfffd, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
  return out;
}

/** Why a file could not be read as text, or the text. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Decode an article's bytes.
 *
 * Line endings are normalised to `\n` (CRLF and lone CR alike), NUL and other C0 control
 * characters except tab and newline are removed, and the BOM is dropped, so every later stage
 * sees one kind of text.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  let text: string;
  let encoding: string;
  let guessed: 'utf-16le' | 'utf-16be' | undefined;
  let legacy: { text: string; encoding: string } | undefined;
  const utf32 = utf32Bom(bytes);
  if (utf32) {
    text = decodeUtf32(bytes.subarray(4), utf32 === 'utf-32le');
    encoding = utf32;
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else if ((guessed = utf16WithoutBom(bytes))) {
    text = new TextDecoder(guessed).decode(bytes);
    encoding = `${guessed} (no byte-order mark)`;
  } else if ((legacy = decodeLegacyCjk(bytes))) {
    ({ text, encoding } = legacy);
  } else {
    const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return { ok: false, reason: 'looks like a binary file, not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      encoding = 'utf-8';
    } catch {
      // Not valid UTF-8: most such files in newsrooms are Windows-1252. Mostly-UTF-8 files with a
      // few stray bytes decode better as UTF-8 with replacement characters.
      const lossy = new TextDecoder('utf-8').decode(body);
      const bad = (lossy.match(/\uFFFD/g) ?? []).length;
      const nonAscii = body.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
      if (bad * 2 > nonAscii / 2) {
        text = decodeCp1252(body);
        encoding = 'windows-1252';
      } else {
        text = lossy;
        encoding = 'utf-8 (with replacements)';
      }
    }
  }
  if (looksLikeJunkText(text)) return { ok: false, reason: `looks like a binary file, not text (decoded as ${encoding})` };
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    // C0 and C1 controls carry no text; NEL (U+0085) is even a line break to some YAML readers.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
  return { ok: true, text, encoding };
}

/** The UTF-32 byte-order mark a file starts with, if any (checked before UTF-16's, which it begins with). */
function utf32Bom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  return undefined;
}

/** UTF-32 (no decoder in the WHATWG set Node implements): four bytes a code point, invalid ones as U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 4));
  const parts: string[] = [];
  for (let i = 0; i < view.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    parts.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD');
  }
  return parts.join('');
}

/**
 * Legacy East Asian encodings tried, in order, on a file that is not UTF-8. Shift_JIS comes
 * first: Japanese text read as GB18030 decodes without error into wrong Chinese characters,
 * while Chinese text is not valid Shift_JIS.
 */
const LEGACY_CJK = ['shift_jis', 'gb18030'] as const;

/** Han, kana, Hangul, CJK punctuation and full-width forms. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\u2010-\u206f]/u;
/** Half-width katakana: what Chinese bytes turn into when read as Shift_JIS; rare in real text. */
const HALF_WIDTH_KANA = /[\uff61-\uff9f]/u;

/**
 * A file in Shift_JIS or GB18030: the first of them that decodes without error into text whose
 * non-ASCII characters are almost all CJK, and that is largely CJK (a Windows-1252 French text
 * can decode as Shift_JIS too, but is mostly Latin letters).
 */
function decodeLegacyCjk(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (!bytes.some((b) => b >= 0x80)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined; // valid UTF-8 is UTF-8
  } catch {
    // not UTF-8: go on
  }
  for (const encoding of LEGACY_CJK) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const chars = [...text.slice(0, 8192)];
    const nonAscii = chars.filter((c) => c.charCodeAt(0) >= 0x80);
    const cjk = nonAscii.filter((c) => CJK.test(c) && !HALF_WIDTH_KANA.test(c)).length;
    const letters = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
    if (nonAscii.length && cjk / nonAscii.length >= 0.9 && cjk >= letters * 0.3) return { text, encoding };
  }
  return undefined;
}

/**
 * UTF-16 saved without a byte-order mark: text in a Latin script then has a NUL in every other
 * byte (the high byte of each character), on the odd positions for little-endian and the even
 * ones for big-endian, and hardly anywhere else.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.5 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.5 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Random bytes behind a UTF-16 byte-order mark decode without error into characters no text
 * uses: unassigned and private-use code points, unpaired surrogates (decoded as U+FFFD) and
 * controls. Real text in any script has almost none of them.
 */
function looksLikeJunkText(text: string): boolean {
  const sample = [...text.slice(0, 8192)];
  if (sample.length < 32) return false;
  // eslint-disable-next-line no-control-regex
  const junk = sample.filter((c) => /[\p{Cn}\p{Co}\p{Cs}\uFFFD\u0000-\u0008\u000E-\u001F]/u.test(c)).length;
  return junk / sample.length > 0.1;
}

/**
 * A file is binary when a tenth of it is control bytes, or when it is not UTF-8 and more
 * than a third of its bytes are outside printable ASCII (text in any single-byte code page is
 * mostly ASCII).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
    else if (b >= 0x80) high++;
  }
  // A few stray NULs happen in real text; a tenth of the bytes being control codes does not.
  if (control > 16 && control / n > 0.1) return true;
  if (high / n > 0.3) {
    try {
      // stream mode: a character cut at the sample's end is not an error
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  }
  return false;
}
