/**
 * The frontmatter Astro's Sätteri processor hands plugins (`ctx.data.astro.frontmatter`); what a
 * plugin writes there reaches the page as `remarkPluginFrontmatter`.
 */
import type { HastVisitorContext } from 'satteri';

/** The entry's frontmatter, or undefined outside Astro (a bare Sätteri compile). */
export function frontmatterOf(ctx: Pick<HastVisitorContext, 'data'>): Record<string, unknown> | undefined {
  const frontmatter = (ctx.data.astro as { frontmatter?: unknown } | undefined)?.frontmatter;
  return frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>) : undefined;
}
