/**
 * Timing and peak memory of a child process. Peak memory is the child's VmHWM (its resident-set
 * high-water mark) read from /proc while it runs, so it is the real peak of that process alone.
 *
 * CPU time (user + system, the process and the children it waited for, such as Pagefind's
 * indexer) comes from GNU time when /usr/bin/time is there: on a machine others share, the wall
 * clock counts their work too, and CPU time is the steadier measure of what a build costs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface Measured {
  seconds: number;
  /** CPU seconds (user + system, waited-for children included); undefined without GNU time. */
  cpuSeconds?: number;
  peakMB: number;
  stdout: string;
  stderr: string;
  code: number;
}

function hwmKB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Run a command to completion, measuring wall time, CPU time and peak memory. */
export function measure(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const timed = existsSync(GNU_TIME);
  const scratch = timed ? mkdtempSync(join(tmpdir(), 'measure-')) : '';
  const timeFile = join(scratch, 'time');
  // GNU time execs nothing itself: it forks the command and waits, so the command is its only child.
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // Under GNU time the command is time's child: poll that process for its memory.
    const measuredPid = () => (timed ? childOf(child.pid!) : child.pid!);
    const poll = setInterval(() => {
      const pid = measuredPid();
      if (pid) peak = Math.max(peak, hwmKB(pid));
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      let cpuSeconds: number | undefined;
      if (timed) {
        const fields = /([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (fields) cpuSeconds = +(Number(fields[1]) + Number(fields[2])).toFixed(2);
        rmSync(scratch, { recursive: true, force: true });
      }
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, peakMB: Math.round(peak / 1024), stdout, stderr, code: code ?? 1 });
    });
  });
}

/** The first child process of `pid`, or 0 when it has none (yet). */
function childOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]) || 0;
  } catch {
    return 0;
  }
}
