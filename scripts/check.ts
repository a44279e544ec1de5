/**
 * npm run check [-- --content <folder>]
 *
 * Checks every briefing, profile and glossary entry without building the site: schemas,
 * references between files, duplicate slugs, and HTML or script links in the text. Exit status 0
 * when there are no errors (warnings are allowed), 1 when there are, 2 on a usage error.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { checkContent, formatReport } from '../src/check/index.ts';

function main(): number {
  const { values } = readCommandLine('check', 'usage: npm run check -- [--content content]', {
    options: { content: { type: 'string', default: process.env.CONTENT_DIR || 'content' } },
  });
  const started = performance.now();
  const report = checkContent(values.content);
  console.log(formatReport(report) + ` (${((performance.now() - started) / 1000).toFixed(2)} s)`);
  return report.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

process.exitCode = main();
