/**
 * The content gate, as the content loader (src/lib/checked-glob.ts) runs it before Astro reads a
 * collection: the folder checked file by file (src/check/folder-layout.ts: no symbolic links,
 * folders, devices or stray files) and every body's nesting measured (src/lib/markdown-depth.ts),
 * since a deeply nested body stalls or crashes the Markdown parser. A record of the files it
 * passed, by their stamp, spares a later build measuring the files that did not change.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { folderEntries, folderProblems, MAX_CONTENT_FILE_BYTES, type Collection } from '../check/folder-layout.ts';
import { densestInlineBlock, markdownNesting, MAX_INLINE_MARKS, MAX_INLINE_MARKS_TOTAL, MAX_MARKDOWN_DEPTH, nestingProblem } from './markdown-depth.ts';
import { readRecordFile, writeRecordFile } from './checkout-record.ts';

/** A frontmatter block as Astro finds it: a leading --- line, then up to the next --- line. */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * The gate's rules as they stand: its limits and the code that measures nesting. A record made
 * under other rules is not trusted, so changing a limit or the measure checks every file again.
 */
const GATE_RULES = createHash('sha256')
  .update([MAX_MARKDOWN_DEPTH, MAX_INLINE_MARKS, MAX_INLINE_MARKS_TOTAL, MAX_CONTENT_FILE_BYTES, FRONTMATTER, nestingProblem, markdownNesting, densestInlineBlock].map(String).join('\n'))
  .digest('hex')
  .slice(0, 16);

/**
 * The gate's record of a collection folder (`.astro/content-gate/<hash>.json`): the files it
 * passed, by their stamp (src/check/folder-layout.ts), under which rules. A file whose stamp is
 * unchanged passed before and is not read again: at 10,000 briefings reading and measuring every
 * file took 1.3 s of a one-article rebuild. A stamp holds the file's inode and change time, which
 * a checkout sets and no commit can, so a record slipped into a pull request vouches for nothing.
 */
export const gateRecordSchema = z.strictObject({ rules: z.string(), passed: z.record(z.string(), z.string()) });

/** The files passed under the current rules, by path, from `file` (none when it is missing, unreadable or of other rules). */
export function readGateRecord(file: string): Map<string, string> {
  const record = readRecordFile(file, gateRecordSchema);
  return record?.rules === GATE_RULES ? new Map(Object.entries(record.passed)) : new Map();
}

/** Record the files passed, for the next build. */
export function writeGateRecord(file: string, passed: ReadonlyMap<string, string>): void {
  writeRecordFile(file, gateRecordSchema, { rules: GATE_RULES, passed: Object.fromEntries(passed) });
}

/** What the gate found: problems that stop the build, one line each naming the file; the files that passed; the files it read. */
export interface GateResult {
  lines: string[];
  passed: Map<string, string>;
  measured: string[];
}

/**
 * Check a collection folder: its layout, then each file's body, except a file `previous` records
 * as passed with the stamp it still has.
 */
export function gateProblems(contentDir: string, collection: Collection, previous: ReadonlyMap<string, string> = new Map()): GateResult {
  const show = (path: string) => relative(process.cwd(), path) || path;
  const passed = new Map<string, string>();
  const measured: string[] = [];
  const lines = folderProblems(contentDir)
    .filter((p) => p.severity === 'error')
    .map((p) => `${show(p.path)}: ${p.message}`);
  if (lines.length) return { lines, passed, measured };
  const { files, problems, stamps } = folderEntries(contentDir, collection);
  for (const p of problems) if (p.severity === 'error') lines.push(`${show(p.path)}: ${p.message}`);
  for (const file of files) {
    const stamp = stamps.get(file)!;
    if (previous.get(file) === stamp) {
      passed.set(file, stamp);
      continue;
    }
    measured.push(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      lines.push(`${show(file)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    // Only the body is measured, so the frontmatter is cut off, not parsed (Astro parses it next).
    const body = text.slice(FRONTMATTER.exec(text)?.[0].length ?? 0);
    const deep = nestingProblem(body);
    if (deep) lines.push(`${show(file)}: the text ${deep.message} (line ${deep.line} of the text)`);
    else passed.set(file, stamp);
  }
  return { lines, passed, measured };
}
