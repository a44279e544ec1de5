/**
 * Politeness per host: at most `limit` requests to one host at a time, and each start at least
 * `delayMs` after the previous one to that host. Other hosts are not held up.
 */

/** One host's queue. */
class Gate {
  limit: number;
  delayMs: number;
  private active = 0;
  private waiting: (() => void)[] = [];
  private nextStart = 0;

  constructor(limit: number, delayMs: number) {
    this.limit = limit;
    this.delayMs = delayMs;
  }

  async acquire(): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    const now = Date.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + this.delayMs;
    if (start > now) await new Promise((r) => setTimeout(r, start - now));
  }

  release(): void {
    this.active--;
    this.waiting.shift()?.();
  }
}

/** Gates for every host met, created on first use. */
export class HostGates {
  private gates = new Map<string, Gate>();
  private limit: number;
  private delayMs: number;

  constructor(limit: number, delayMs: number) {
    this.limit = Math.max(1, limit);
    this.delayMs = Math.max(0, delayMs);
  }

  /** Run `task` when the host's gate lets it through. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let gate = this.gates.get(host);
    if (!gate) this.gates.set(host, (gate = new Gate(this.limit, this.delayMs)));
    await gate.acquire();
    try {
      return await task();
    } finally {
      gate.release();
    }
  }

  /** Slow a host down to at least `delayMs` between requests (a robots.txt Crawl-delay). */
  slowDown(host: string, delayMs: number): void {
    let gate = this.gates.get(host);
    if (!gate) this.gates.set(host, (gate = new Gate(this.limit, this.delayMs)));
    gate.delayMs = Math.max(gate.delayMs, delayMs);
  }
}
