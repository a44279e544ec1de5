/**
 * A briefing's body rendered as the site renders it, for the editor's preview: the same remark and
 * rehype steps as astro.config.mjs (GitHub-flavoured Markdown, the safe-HTML cut, paragraph
 * anchors, and the first mention of each term and person marked by src/plugins/annotate-marks.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeSafeContent from '../plugins/rehype-safe-content.ts';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors.ts';
import { markHtml } from '../plugins/annotate-marks.ts';
import type { GlossaryRecord } from '../pipeline/glossary/index.ts';

/** What the marks need besides the briefing: the site's base path and the entries that have pages. */
export interface MarkContext {
  base: string;
  glossary: GlossaryRecord[];
  figureIds: string[];
}

/** The body's HTML, with terms and people marked as on the site. */
export function renderBody(markdown: string, frontmatter: Record<string, unknown>, context: MarkContext): string {
  const aliases = new Map(context.glossary.map((e) => [e.id, e]));
  const profiles = new Set(context.figureIds);
  const exists = { term: (id: string) => aliases.has(id), figure: (id: string) => profiles.has(id) };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSafeContent)
    .use(rehypeParagraphAnchors)
    .use(rehypeStringify);
  return markHtml(String(processor.processSync(markdown)), frontmatter, { base: context.base, aliases, exists });
}
