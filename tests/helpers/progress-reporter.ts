/**
 * Progress for long test runs where nobody sees vitest's live view (CI logs, a piped terminal):
 * a line as each test file starts and ends, with how many of how many, and a line every 30 s
 * while one file runs long (the browser and site-build files take minutes each). In a terminal
 * vitest's own live view already shows this, so the reporter stays quiet there.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule, TestSpecification } from 'vitest/node';

const HEARTBEAT_MS = 30_000;

export default class ProgressReporter implements Reporter {
  private total = 0;
  private finished = 0;
  private runStarted = 0;
  private readonly running = new Map<string, { started: number; timer: NodeJS.Timeout }>();
  private readonly quiet = Boolean(process.stdout.isTTY) && !process.env.CI;

  private say(line: string): void {
    if (!this.quiet) process.stdout.write(`${line}\n`);
  }

  private elapsed(since: number): string {
    return `${Math.round((performance.now() - since) / 1000)} s`;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.total = specifications.length;
    this.finished = 0;
    this.runStarted = performance.now();
  }

  onTestModuleStart(testModule: TestModule): void {
    const name = relative(process.cwd(), testModule.moduleId);
    const started = performance.now();
    const timer = setInterval(() => {
      const done = [...testModule.children.allTests()].filter((t) => t.result().state !== 'pending').length;
      this.say(`  … ${name}: ${done} tests done so far, ${this.elapsed(started)} (whole run ${this.elapsed(this.runStarted)})`);
    }, HEARTBEAT_MS);
    timer.unref();
    this.running.set(testModule.moduleId, { started, timer });
    this.say(`▶ ${name} (file ${this.finished + this.running.size} of ${this.total})`);
  }

  onTestModuleEnd(testModule: TestModule): void {
    const run = this.running.get(testModule.moduleId);
    if (run) clearInterval(run.timer);
    this.running.delete(testModule.moduleId);
    this.finished++;
    const name = relative(process.cwd(), testModule.moduleId);
    this.say(`■ ${name} ${testModule.state()} in ${run ? this.elapsed(run.started) : '?'} (${this.finished} of ${this.total} files done)`);
  }

  onTestRunEnd(): void {
    for (const run of this.running.values()) clearInterval(run.timer);
    this.running.clear();
  }
}
