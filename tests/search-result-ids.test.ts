/**
 * Reading the whole search index's result ids by page address (src/integrations/search-delta.ts),
 * from the first kilobyte of each Pagefind fragment, and from the whole file when the address does
 * not fit in it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readResultIds } from '../src/integrations/search-delta.ts';

const root = mkdtempSync(join(tmpdir(), 'result-ids-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fragment as Pagefind writes one: gzip of "pagefind_dcd" and the JSON, the address first. */
const fragment = (id: string, url: string, content: string) =>
  writeFileSync(join(root, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, content, word_count: 3 })}`));

describe('readResultIds', () => {
  it('maps each fragment address to its id, short, quoted or longer than the part read first', () => {
    mkdirSync(join(root, 'fragment'));
    // Incompressible text after the address, so the first kilobyte holds little more than it.
    fragment('en_aaa', '/briefings/one/', randomBytes(4000).toString('hex'));
    fragment('en_bbb', '/briefings/say-"no"/', 'Body.');
    const long = `/briefings/${randomBytes(1500).toString('hex')}/`;
    fragment('en_ccc', long, 'Body.');
    writeFileSync(join(root, 'fragment', 'stray.txt'), 'not a fragment');
    expect(readResultIds(root)).toEqual({ '/briefings/one/': 'en_aaa', '/briefings/say-"no"/': 'en_bbb', [long]: 'en_ccc' });
  });

  it('is empty for a bundle without fragments', () => {
    expect(readResultIds(join(root, 'missing'))).toEqual({});
  });
});
