/**
 * A strict XML 1.0 reader for tests (saxes, which checks well-formedness including which
 * characters a document may hold): the errors in a document, and the text of its elements.
 */
import { SaxesParser } from 'saxes';

/** Well-formedness errors of an XML document; empty when it is well-formed. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

/** The text of every element named `name` (its character data and CDATA, decoded). */
export function xmlTexts(xml: string, name: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  let current = '';
  parser.on('opentag', (tag) => {
    if (tag.name === name) depth++;
    if (depth === 1 && tag.name === name) current = '';
  });
  parser.on('text', (t) => depth > 0 && (current += t));
  parser.on('cdata', (t) => depth > 0 && (current += t));
  parser.on('closetag', (tag) => {
    if (tag.name !== name) return;
    depth--;
    if (depth === 0) out.push(current);
  });
  parser.write(xml).close();
  return out;
}
