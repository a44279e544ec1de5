/**
 * Where the build keeps what it remembers about a folder between runs: the checkout's `.astro/`
 * folder (ignored by git, and not the cache folder, which changes with the glossary and the
 * profiles, nor the output folder, which is published), one file per folder, named by a hash of
 * the folder's absolute path.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';

/** `<root>/.astro/<kind>/<hash of folder's path>.json`, e.g. the record of an output folder's pages. */
export function checkoutRecordFile(root: string, kind: string, folder: string): string {
  const key = createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 16);
  return join(root, '.astro', kind, `${key}.json`);
}

/** The record in `file` as `schema` reads it, or undefined when it is missing or does not read as one (a record only spares work, so a bad one is ignored). */
export function readRecordFile<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Write `value` to `file` as JSON, checked by `schema` first, making the file's folder. */
export function writeRecordFile<T>(file: string, schema: z.ZodType<T>, value: T): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(schema.parse(value)) + '\n');
}

/**
 * Forget every kind of record `root`'s builds keep about `folders`, so the next build knows them
 * no more than a fresh clone's first build would (the bench's builds from nothing). Records of
 * other folders stay.
 */
export function forgetRecords(root: string, folders: readonly string[]): void {
  const records = join(root, '.astro');
  if (!existsSync(records)) return;
  for (const kind of readdirSync(records, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const folder of folders) rmSync(checkoutRecordFile(root, kind.name, folder), { force: true });
  }
}
