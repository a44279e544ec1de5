import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and site-build tests take seconds each; the unit tests take milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Site builds and Chromium are heavy: on a 2-core machine, run test files one at a time.
    fileParallelism: false,
    // Tests read what builds and scripts print: child processes must print plain text even
    // where CI forces colour (see the setup file).
    setupFiles: ['./tests/helpers/plain-output.ts'],
    // The whole suite takes several minutes: vitest's view, plus a line per file and a heartbeat
    // while a long file runs, wherever vitest's live view is not shown (CI, a pipe).
    // On GitHub Actions, failures are also annotated on the pull request (vitest adds this
    // reporter itself only when no reporters are configured).
    reporters: ['default', './tests/helpers/progress-reporter.ts', ...(process.env.GITHUB_ACTIONS === 'true' ? ['github-actions'] : [])],
  },
});
