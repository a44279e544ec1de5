/**
 * Bytes of a page or feed to text, in the order browsers use: a byte-order mark, then the
 * charset of the Content-Type header, then one declared in the document's first 1024 bytes
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, or an XML declaration), and otherwise
 * the brief pipeline's own decoder (UTF-8, else Windows-1252).
 */
import { decodeArticle } from '../pipeline/decode.ts';

/** Decoded text and the encoding it was read with. */
export interface Decoded {
  text: string;
  encoding: string;
}

/** Decode a fetched or saved document. */
export function decodeDocument(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomEncoding(bytes);
  const label = bom ?? charsetOf(contentType) ?? prescan(bytes);
  if (label) {
    const decoded = tryDecode(bytes, label);
    if (decoded) return decoded;
  }
  const fallback = decodeArticle(bytes);
  if (!fallback.ok) throw new Error(fallback.reason);
  return { text: fallback.text, encoding: fallback.encoding };
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType ? /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1].toLowerCase();
}

/** A charset declared in the first 1024 bytes (read as ASCII, which every declaration is). */
function prescan(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m?.[1].toLowerCase();
}

function tryDecode(bytes: Uint8Array, label: string): Decoded | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label); // strips a matching BOM itself
  } catch {
    return undefined; // an unknown label: fall back to detection
  }
  const text = decoder.decode(bytes).replace(/\r\n?/g, '\n');
  return { text, encoding: decoder.encoding };
}
