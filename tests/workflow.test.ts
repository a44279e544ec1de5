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
