/** `npm run eval` keeps held-out documents' own lines out of its report (src/eval/held-out-lines.ts). */
import { describe, expect, it } from 'vitest';
import { GUM_HELD_OUT, withoutHeldOutLines } from '../src/eval/held-out-lines.ts';
import { GUM_SPLIT } from '../src/eval/gum-split.ts';

const report = (docs: string[]) =>
  [...docs.flatMap((d) => [`${d}: figures tp=3 fp=1 fn=0  R1=0.40 RL=0.20`, `  missed: Someone of ${d}`, `  not people / not in gold: Somewhere`]), '{"documents":2}'].join('\n');

describe('the held-out parts of the eval report', () => {
  it('shows only the figures of a corpus that is held out as a whole', () => {
    const { text, hidden } = withoutHeldOutLines('newsroom-test', report(['wire-one', 'court-two']));
    expect(hidden).toBe(2);
    expect(text).toBe('{"documents":2}');
  });

  it('drops the lines of GUM documents held out by either split and keeps the others', () => {
    const held = GUM_SPLIT.heldout[0]!;
    const fit = GUM_SPLIT.fit.find((d) => !GUM_HELD_OUT.has(d))!;
    const { text, hidden } = withoutHeldOutLines('gum', report([fit, held]));
    expect(hidden).toBe(1);
    expect(text).toContain(`missed: Someone of ${fit}`);
    expect(text).not.toContain(held);
    expect(text).toContain('{"documents":2}');
  });

  it('leaves a development corpus whole', () => {
    const full = report(['crane-collapse', 'election-night']);
    expect(withoutHeldOutLines('wikinews', full)).toEqual({ text: full, hidden: 0 });
  });
});
