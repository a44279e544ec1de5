/**
 * The thread that draws share cards while Astro builds the pages (share-cards.ts,
 * `drawCardsInBackground`). It has an event loop of its own, so a card is started as soon as the
 * last is done, however long Astro keeps the main thread busy; drawn in the main thread, the next
 * card waited for Astro to yield, and a cold build of 1,000 briefings gained 1 s of 12.
 *
 * workerData: `{ jobs: { card, file }[] }`. It draws one card at a time until the main thread
 * posts `{ workers: n }` (the pages are done: draw n at once), and posts `{ drawn, before }` (how
 * many it drew, and how many of them before that message) or `{ error }` when it stops.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCard, keepCard } from '../lib/share-png.ts';
import type { ShareCard } from '../lib/share-layout.ts';

const { jobs } = workerData as { jobs: { card: ShareCard; file: string }[] };
let next = 0;
let drawn = 0;
let before = -1;
let failed: string | undefined;
const running: Promise<void>[] = [];

async function worker(): Promise<void> {
  while (next < jobs.length && failed === undefined) {
    const job = jobs[next++]!;
    try {
      keepCard(job.file, await drawCard(job.card));
      drawn++;
    } catch (error) {
      failed ??= `${job.file}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

async function report(): Promise<void> {
  // New workers may join while these run: wait until no more do.
  for (let seen = 0; seen < running.length; seen = running.length) await Promise.all(running);
  parentPort!.postMessage(failed !== undefined ? { error: failed } : { drawn, before: before < 0 ? drawn : before });
  parentPort!.close();
}

parentPort!.on('message', (message: { workers: number }) => {
  before = drawn;
  for (let i = 1; i < message.workers; i++) running.push(worker());
  void report();
});
running.push(worker());
