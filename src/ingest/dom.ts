/**
 * The DOM the extractor works on. linkedom was chosen over jsdom after measuring both on the
 * fixture pages (docs/ingest.md, "Library choices"): the same extraction figures, several times
 * faster, and far lighter to install. The parser is a parameter so the measurement can swap in jsdom.
 */
import { parseHTML } from 'linkedom';

/** Builds a Document from HTML; `url` is the address the page came from, when known. */
export type DomParser = (html: string, url: string | undefined) => Document;

/** linkedom's parser. */
export const parseWithLinkedom: DomParser = (html) => parseHTML(html).document as unknown as Document;
