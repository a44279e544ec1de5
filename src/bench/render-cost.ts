/**
 * What a briefing body costs to render three ways: the unified pipeline the editor's preview uses
 * (remark, rehype-raw, the safe-content and paragraph-anchor plugins, then the marks of terms and people); the site's own,
 * Sätteri with those plugins ported (src/plugins/satteri/); and Sätteri with no plugins, as the
 * bare Astro site renders. The last two's difference is what the plugins still cost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseMarkdown } from '../pipeline/frontmatter.ts';
import rehypeSafeContent from '../plugins/rehype-safe-content.ts';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors.ts';
import { annotateContext, withMarks } from '../plugins/annotate-context.ts';
import { marksOptions, siteFeatures, sitePlugins } from '../plugins/satteri/index.ts';

export interface RenderCost {
  articles: number;
  /** Milliseconds of CPU time per body, the least of three passes over the same bodies. */
  /** unified with the project's plugins (the editor's preview; the site's renderer before Sätteri). */
  projectMs: number;
  /** Sätteri with the project's plugins: what the site's build runs. */
  siteMs: number;
  /** Sätteri with no plugins: what the bare Astro site runs. */
  satteriMs: number;
  /** unified ÷ bare Sätteri, and the site's ÷ bare Sätteri. */
  ratio: number;
  siteRatio: number;
}

type Render = (body: string, frontmatter: Record<string, unknown>, path: string) => Promise<unknown>;

async function timePerBody(render: Render, bodies: { body: string; data: Record<string, unknown>; path: string }[]): Promise<number> {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    // A copy of the frontmatter each time, as Astro gives each render its own (the plugins write to it).
    const copies = bodies.map((b) => structuredClone(b.data));
    // CPU time, not wall time: on a shared machine the wall clock counts other people's work.
    const started = process.cpuUsage();
    for (const [i, b] of bodies.entries()) await render(b.body, copies[i]!, b.path);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000 / bodies.length);
  }
  return +best.toFixed(3);
}

/** Render up to `limit` briefings of `contentDir` both ways and compare. */
export async function renderCost(contentDir: string, limit = 300): Promise<RenderCost> {
  const dir = join(contentDir, 'briefings');
  const bodies = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .slice(0, limit)
    .map((n) => ({ ...parseMarkdown(readFileSync(join(dir, n), 'utf8')), path: join(dir, n) }));
  const marks = annotateContext(marksOptions({ contentDir }));
  const project = withMarks(await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, rehypePlugins: [rehypeSafeContent, rehypeParagraphAnchors] }), marks);
  const site = withMarks(await createSatteriMarkdownProcessor({ syntaxHighlight: false, ...sitePlugins({ contentDir }), features: siteFeatures } as never), marks);
  const satteri = await createSatteriMarkdownProcessor({ syntaxHighlight: false, features: { smartPunctuation: false } } as never);
  const fileURL = (path: string) => pathToFileURL(resolve(path));
  const projectMs = await timePerBody((body, frontmatter, path) => project.render(body, { frontmatter, fileURL: fileURL(path) } as never), bodies);
  const siteMs = await timePerBody((body, frontmatter, path) => site.render(body, { frontmatter, fileURL: fileURL(path) } as never), bodies);
  const satteriMs = await timePerBody((body, frontmatter, path) => satteri.render(body, { frontmatter, fileURL: fileURL(path) } as never), bodies);
  const over = (ms: number) => +(ms / satteriMs).toFixed(1);
  return { articles: bodies.length, projectMs, siteMs, satteriMs, ratio: over(projectMs), siteRatio: over(siteMs) };
}
