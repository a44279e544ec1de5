/**
 * The conditional-GET cache: for each address fetched, the validators its server sent (ETag,
 * Last-Modified). A re-read sends them back, and a server with nothing new answers 304 with no
 * body, so polling a feed costs a few hundred bytes. Only validators are kept, never bodies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../pipeline/write-file.ts';

const entrySchema = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** When the validators were stored (ISO 8601), for whoever prunes the file. */
  stored: z.string(),
});
const cacheSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), entrySchema) });

/** Validators for one address. */
export type CacheEntry = z.infer<typeof entrySchema>;

/** A small JSON file of validators, read once and written back by `save`. */
export class HttpCache {
  readonly path: string | undefined;
  private entries: Record<string, CacheEntry>;
  private dirty = false;

  /** @param path the cache file; undefined keeps the cache in memory only. */
  constructor(path?: string) {
    this.path = path;
    this.entries = {};
    if (path && existsSync(path)) {
      const parsed = cacheSchema.safeParse(safeJson(readFileSync(path, 'utf8')));
      // A damaged cache only costs full downloads: start afresh rather than stop.
      if (parsed.success) this.entries = parsed.data.entries;
    }
  }

  get(url: string): CacheEntry | undefined {
    return this.entries[url];
  }

  /** Remember a response's validators; a response with none forgets the address. */
  set(url: string, etag: string | undefined, lastModified: string | undefined): void {
    if (!etag && !lastModified) {
      if (this.entries[url]) {
        delete this.entries[url];
        this.dirty = true;
      }
      return;
    }
    this.entries[url] = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), stored: new Date().toISOString() };
    this.dirty = true;
  }

  /** Write the file if anything changed. */
  save(): void {
    if (!this.path || !this.dirty) return;
    writeFileAtomic(this.path, `${JSON.stringify({ version: 1, entries: this.entries }, null, 1)}\n`);
    this.dirty = false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
