/**
 * What `npm run eval` may show of a held-out part. The scorer prints, for each document, the
 * people it missed or invented and the quotes it lost; reading those lines for a part the rules
 * must never be written on would make it a development set without anyone noticing. So for the
 * held-out parts (the newsroom set's test part, the fresh news, GUM's summary and people held-out parts) the
 * report keeps the figures and drops the per-document lines, unless asked with --show-held-out.
 */
import peopleSplit from './gum-people-split.json' with { type: 'json' };
import { GUM_SPLIT } from './gum-split.ts';

/** GUM documents held out by either split: the summary's (gum-split.json) or the people finder's. */
export const GUM_HELD_OUT: ReadonlySet<string> = new Set([...GUM_SPLIT.heldout, ...peopleSplit.heldOut]);

/** Corpora every document of which is held out. */
const WHOLLY_HELD_OUT = new Set(['newsroom-test', 'gum-heldout', 'fresh-news']);

/**
 * The scorer's report for `corpus` without the per-document blocks of held-out documents. A block
 * is a line `<document>: …` and the indented lines under it; every other line (the figures) stays.
 * Returns the text and how many documents' lines were left out.
 */
export function withoutHeldOutLines(corpus: string, report: string): { text: string; hidden: number } {
  const hide = (doc: string) => WHOLLY_HELD_OUT.has(corpus) || (corpus === 'gum' && GUM_HELD_OUT.has(doc));
  const kept: string[] = [];
  let hidden = 0;
  let hiding = false;
  for (const line of report.split('\n')) {
    const block = /^([\w-]+): /.exec(line);
    if (block) {
      hiding = hide(block[1]!);
      if (hiding) hidden++;
    } else if (!/^\s/.test(line)) {
      hiding = false;
    }
    if (!hiding) kept.push(line);
  }
  return { text: kept.join('\n'), hidden };
}
