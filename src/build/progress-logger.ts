/**
 * Astro log destination for `npm run build` without `--verbose` (src/build/astro-child.ts): it
 * prints Astro's warnings and errors as Astro would, drops the line Astro logs for every page and
 * file (at 10,000 briefings some 31,000 of them), and instead prints a progress line every `every`
 * seconds with the files written so far (pages, images, feeds) and Astro's last step. A small site
 * builds within the first interval and prints no progress at all; a 50,000-briefing build runs
 * for half an hour and says where it is.
 *
 * It is the site's destination in every run (astro.config.mjs), and without `every` (from the
 * config or BUILD_PROGRESS_EVERY) it is Astro's own: Astro clears its content store and renders
 * every page again when any part of its config changes, the logger's included, so a build with
 * `--verbose`, another progress interval or plain `astro build` must see the same config.
 */
import nodeDestination from 'astro/logger/node';
import { stripVTControlCharacters } from 'node:util';

/** The options Astro passes from `logger.config`. */
export interface ProgressConfig {
  /** Seconds between progress lines; without it (and without BUILD_PROGRESS_EVERY), Astro's own output. */
  every?: number;
  /** Where a progress line goes (default standard output). */
  write?: (line: string) => void;
}

/** What Astro hands a log destination. */
interface LogEvent {
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  label: string | null;
  message: string;
  newLine: boolean;
}

/** Astro logs a page as a tree branch and its path ("├─ /briefings/x/index.html"). */
const PAGE_LINE = /^\s*\u251C\u2500 \//;

/** What the progress line reports. */
interface Progress {
  started: number;
  files: number;
  step: string;
  timer: NodeJS.Timeout | undefined;
}

/**
 * One for the process: Astro makes a destination for each step of a build (loading the config,
 * then the build itself), and loads this module through Node and through Vite, two module
 * instances; they all count into the one kept on `globalThis`.
 */
const progress = ((globalThis as Record<symbol, unknown>)[Symbol.for('briefings.build-progress')] ??= {
  started: 0,
  files: 0,
  step: '',
  timer: undefined,
}) as Progress;

/** The environment variable astro-child.ts sets to the seconds between progress lines. */
export const PROGRESS_ENV = 'BUILD_PROGRESS_EVERY';

/** A destination for Astro's logger (see the module comment). */
export default function progressLogger(config: ProgressConfig = {}) {
  const seconds = config.every ?? (Number(process.env[PROGRESS_ENV]) || undefined);
  // Astro's own destination; the logger has already dropped what its level leaves out.
  if (seconds === undefined) return nodeDestination({ level: 'debug' });
  const every = seconds * 1000;
  const write = config.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const warnings = nodeDestination({ level: 'warn' });
  if (!progress.timer) {
    progress.started = Date.now();
    // On a timer, not on Astro's events: content sync logs nothing for minutes on a large archive.
    // Unreferenced, so it never keeps the build's process alive.
    progress.timer = setInterval(() => {
      const { files, step, started } = progress;
      write(`  … ${files.toLocaleString('en')} ${files === 1 ? 'file' : 'files'} written (${Math.round((Date.now() - started) / 1000)} s${step ? `; last step: ${step}` : ''})`);
    }, every).unref();
  }
  return {
    write(event: LogEvent): void {
      if (event.level === 'warn' || event.level === 'error') return warnings.write(event);
      if (event.level !== 'info') return;
      const text = stripVTControlCharacters(event.message).trim();
      if (event.label === null && PAGE_LINE.test(text)) progress.files++;
      // Steps are the labelled lines ("[content] Syncing content"), not the pages' timings.
      else if (event.label && event.label !== 'SKIP_FORMAT' && text) progress.step = `[${event.label}] ${text.split('\n')[0]}`;
    },
  };
}

/** Stop the progress line and start counting afresh (for tests, which make several in one process). */
export function resetProgress(): void {
  clearInterval(progress.timer);
  Object.assign(progress, { started: 0, files: 0, step: '', timer: undefined });
}
