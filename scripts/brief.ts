/**
 * npm run brief -- [--in seeds] [--out content] [--force <slug|file>]... [--jobs N]
 *
 * Turns every article in the input folder into a briefing, reading articles on N worker threads
 * (default: one per core; 1 reads them in this process). Exit status 0 when every article was
 * briefed (or kept), 1 when some were skipped as unusable, 2 on a usage error.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { runBrief, runBriefParallel } from '../src/pipeline/brief.ts';
import { defaultJobs } from '../src/pipeline/read-pool.ts';
import { printableName } from '../src/pipeline/read-source.ts';

const usage = 'usage: npm run brief -- [--in seeds] [--out content] [--force <slug or source file>]... [--jobs N]';

async function main(): Promise<number> {
  const { values } = readCommandLine('brief', usage, {
    options: {
      in: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content' },
      force: { type: 'string', multiple: true, default: [] },
      quiet: { type: 'boolean', default: false },
      jobs: { type: 'string' },
    },
  });
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`brief: --jobs takes a whole number of worker threads, 1 or more (1 briefs in this process), not "${values.jobs}"\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const options = { inDir: values.in, outDir: values.out, force: values.force, log: (l: string) => console.error(l) };
  // One job is the plain in-process run; more hand the articles' reading to worker threads.
  const report = jobs === 1 ? runBrief(options) : await runBriefParallel({ ...options, jobs });
  const count = (s: string) => report.outcomes.filter((o) => o.status === s).length;
  for (const o of report.outcomes) {
    // File names are printed with control characters escaped: a name holding a line break could
    // otherwise start a line of its own in a CI log, where "::" lines are commands to the runner.
    const file = printableName(o.file);
    if (o.status === 'skipped') console.error(`skipped ${file}: ${o.reason}`);
    else if (o.status === 'kept' && o.editedDuringRun)
      console.error(`kept ${o.slug}.md: edited while this run was going on, so not regenerated (run again, or use --force ${o.slug})`);
    else if (o.status === 'kept')
      console.error(
        `kept ${o.slug}.md: edited by hand since it was generated` +
          (o.sourceChanged
            ? `; its source ${file} has changed since (use --force ${o.slug} to regenerate)`
            : `; its source ${file} is unchanged`),
      );
    else if (!values.quiet && o.status === 'written') console.log(`wrote ${o.slug}.md  (${file})`);
  }
  const secs = (performance.now() - started) / 1000;
  console.log(
    `brief: ${report.outcomes.length} articles in ${secs.toFixed(2)} s: ${count('written')} written, ` +
      `${count('unchanged')} unchanged, ${count('kept')} kept (edited), ${count('skipped')} skipped; ` +
      `${report.profilesCreated.length} new profiles`,
  );
  return count('skipped') > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`brief: ${(e as Error).message}`);
  process.exitCode = 2;
}
