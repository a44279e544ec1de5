/**
 * The build's Astro log destination without --verbose (src/build/progress-logger.ts): warnings and
 * errors through as Astro prints them, no line per page, a progress line at the interval.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import progressLogger, { resetProgress } from '../src/build/progress-logger.ts';

const info = (label: string | null, message: string) => ({ level: 'info' as const, label, message, newLine: label !== null });

afterEach(() => {
  resetProgress();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the progress log destination', () => {
  it('counts the pages Astro logs and reports them with the last step at the interval, and no page line', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const log = progressLogger({ every: 10, write: (l) => lines.push(l) });
    log.write(info('content', 'Syncing content'));
    // Astro makes a destination for each step of its build: all count into one progress line.
    const second = progressLogger({ every: 10, write: (l) => lines.push(l) });
    // Nothing logged for a while (a large content sync): the line comes all the same.
    vi.advanceTimersByTime(11_000);
    log.write(info('build', '\u001b[34mgenerating static routes\u001b[39m'));
    for (const path of ['/a/index.html', '/b/index.html', '/c/index.html']) {
      second.write(info(null, `  \u001b[34m\u251C\u2500\u001b[39m \u001b[2m${path}\u001b[22m`));
      log.write(info('SKIP_FORMAT', ' (+3ms) '));
    }
    vi.advanceTimersByTime(10_000);
    log.write(info(null, '  \u251C\u2500 /d/index.html'));
    expect(lines).toEqual([
      '  … 0 files written (10 s; last step: [content] Syncing content)',
      '  … 3 files written (20 s; last step: [build] generating static routes)',
    ]);
    expect(out).not.toHaveBeenCalled();
  });

  it('passes warnings and errors through in Astro’s own form', () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (printed.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (printed.push(String(s)), true));
    const log = progressLogger({ every: 1000, write: () => {} });
    log.write({ level: 'warn', label: 'content', message: 'a briefing has no date', newLine: true });
    log.write({ level: 'error', label: 'build', message: 'a page failed', newLine: true });
    log.write({ level: 'debug', label: 'build', message: 'not shown', newLine: true });
    const text = printed.join('').replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toMatch(/^\d\d:\d\d:\d\d \[WARN\] \[content\] a briefing has no date\n\d\d:\d\d:\d\d \[ERROR\] \[build\] a page failed\n$/);
  });
});
