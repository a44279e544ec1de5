/**
 * npm run check [-- --content <folder>]
 *
 * Checks every briefing, profile and glossary entry without building the site: schemas,
 * references between files, duplicate slugs, and HTML or script links in the text. Exit status 0
 * when there are no errors (warnings are allowed), 1 when there are, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { checkContent, formatReport } from '../src/check/index.ts';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: 'string', default: process.env.CONTENT_DIR || 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`check: ${(e as Error).message}\nusage: npm run check -- [--content content]`);
    return 2;
  }
  if (values.help) {
    console.log('usage: npm run check -- [--content content]');
    return 0;
  }
  const started = performance.now();
  const report = checkContent(values.content);
  console.log(formatReport(report) + ` (${((performance.now() - started) / 1000).toFixed(2)} s)`);
  return report.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

process.exitCode = main();
