/**
 * The CI workflow's supply-chain and privilege rules (docs/security.md), checked on the file
 * itself so a later edit cannot quietly undo them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './helpers/site.ts';

const text = readFileSync(join(projectRoot, '.github/workflows/site.yml'), 'utf8');
const workflow = parse(text) as {
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

describe('workflow hardening', () => {
  it('actions-pinned-by-sha: every action is pinned to a full commit SHA with a comment naming its version', () => {
    const uses = text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l));
    expect(uses.length).toBe(steps.filter((s) => s.uses).length);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('checkout-token-not-persisted: no checkout leaves its token in .git/config', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
  });

  it('least-privilege: nothing by default; only the job that runs no repository code may publish', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const canPublish = job.permissions?.pages === 'write' || job.permissions?.['id-token'] === 'write';
      if (!canPublish) continue;
      expect(job.steps.every((s) => s.uses?.startsWith('actions/deploy-pages@')), `${name} publishes and runs other steps`).toBe(true);
    }
  });
});

describe('the share-card cache of the publishing job', () => {
  const jobs = workflow.jobs as Record<string, { if?: string; env?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string>; if?: string }[] }>;
  const cacheSteps = Object.entries(jobs).flatMap(([name, job]) => job.steps.filter((s) => s.uses?.startsWith('actions/cache@')).map((s) => ({ name, step: s })));

  it('is restored and saved only by the job that runs on pushes to main, and names no other cache', () => {
    expect(cacheSteps.map((c) => c.name)).toEqual(['build-pages']);
    expect(jobs['build-pages']!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    // Nothing a pull request runs can save a cache under the same names: the check job keeps only npm's.
    expect(jobs.check!.steps.filter((s) => s.uses && !/^actions\/(checkout|setup-node)@/.test(s.uses))).toEqual([]);
    const { step } = cacheSteps[0]!;
    expect(step.with?.key).toMatch(/^share-cards-main-\$\{\{ hashFiles\('content\/briefings\/\*\*', 'src\/lib\/share-image\.ts', 'src\/lib\/share-png\.ts', 'src\/lib\/share-colours\.ts'\) \}\}$/);
    expect(step.with?.['restore-keys']).toBe('share-cards-main-');
    // The publishing job shares no npm cache: setup-node there caches nothing.
    const setup = jobs['build-pages']!.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.cache).toBeUndefined();
  });

  it('is the folder the build draws into and prunes, restored after npm ci and before the build', () => {
    const steps = jobs['build-pages']!.steps;
    const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
    const cache = at((s) => !!s.uses?.startsWith('actions/cache@'));
    const build = at((s) => !!s.run?.startsWith('npm run build'));
    expect(at((s) => s.run === 'npm ci')).toBeLessThan(cache);
    expect(cache).toBeLessThan(build);
    expect(steps[build]!.env?.SHARE_CARD_CACHE).toBe(steps[cache]!.with?.path);
    expect(steps[build]!.env?.SHARE_CARD_CACHE_PRUNE).toBe('1');
  });
});
