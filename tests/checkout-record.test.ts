import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkoutRecordFile, forgetRecords, readRecordFile, writeRecordFile } from '../src/lib/checkout-record.ts';

const schema = z.object({ files: z.number() });

describe('forgetRecords: a build from nothing, as the bench times it', () => {
  it("removes every kind of record of the folders named and keeps other folders' records and other files", () => {
    const root = mkdtempSync(join(tmpdir(), 'records-'));
    const [content, dist, other] = ['content', 'dist', 'elsewhere'].map((f) => join(root, f));
    for (const kind of ['content-gate', 'out-dirs', 'search-index']) {
      for (const folder of [content!, dist!, other!]) writeRecordFile(checkoutRecordFile(root, kind, folder), schema, { files: 3 });
    }
    writeFileSync(join(root, '.astro', 'types.d.ts'), '// not a record\n');
    forgetRecords(root, [content!, dist!]);
    for (const kind of ['content-gate', 'out-dirs', 'search-index']) {
      expect(readRecordFile(checkoutRecordFile(root, kind, content!), schema)).toBeUndefined();
      expect(readRecordFile(checkoutRecordFile(root, kind, dist!), schema)).toBeUndefined();
      expect(readRecordFile(checkoutRecordFile(root, kind, other!), schema)).toEqual({ files: 3 });
    }
    expect(existsSync(join(root, '.astro', 'types.d.ts'))).toBe(true);
  });

  it('does nothing in a checkout that has no records yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'records-'));
    mkdirSync(join(root, 'content'));
    expect(() => forgetRecords(root, [join(root, 'content')])).not.toThrow();
    expect(existsSync(join(root, '.astro'))).toBe(false);
  });
});
