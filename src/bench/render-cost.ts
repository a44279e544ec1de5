/**
 * What a briefing body costs to render: the project's unified pipeline (remark, rehype-raw, the
 * safe-content, paragraph-anchor and annotation plugins) against Astro 7's default engine,
 * Sätteri, with no plugins. The difference is what porting the plugins to Sätteri could save.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseMarkdown } from '../pipeline/frontmatter.ts';
import rehypeSafeContent from '../plugins/rehype-safe-content.ts';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors.ts';
import rehypeAnnotate from '../plugins/rehype-annotate.ts';

export interface RenderCost {
  articles: number;
  /** Milliseconds per body, the least of three passes over the same bodies. */
  projectMs: number;
  satteriMs: number;
  ratio: number;
}

type Render = (body: string, frontmatter: Record<string, unknown>) => Promise<unknown>;

async function timePerBody(render: Render, bodies: { body: string; data: Record<string, unknown> }[]): Promise<number> {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const b of bodies) await render(b.body, b.data);
    best = Math.min(best, (performance.now() - started) / bodies.length);
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
    .map((n) => parseMarkdown(readFileSync(join(dir, n), 'utf8')));
  const project = await createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false,
    rehypePlugins: [rehypeSafeContent, rehypeParagraphAnchors, [rehypeAnnotate, { glossaryDir: join(contentDir, 'glossary'), figuresDir: join(contentDir, 'figures') }]],
  });
  const satteri = await createSatteriMarkdownProcessor({ syntaxHighlight: false, features: { smartPunctuation: false } } as never);
  const projectMs = await timePerBody((body, frontmatter) => project.render(body, { frontmatter }), bodies);
  const satteriMs = await timePerBody((body, frontmatter) => satteri.render(body, { frontmatter }), bodies);
  return { articles: bodies.length, projectMs, satteriMs, ratio: +(projectMs / satteriMs).toFixed(1) };
}
