/**
 * The marks of terms and people for the site's renderer: the first mention of each glossary term
 * and each person of a briefing becomes, in its rendered body, a link to the term's glossary entry
 * or the person's page, so the Markdown stays plain text for editors.
 *
 * A mark wraps exactly the words of the text (so the words never change), with:
 * - `aria-describedby` pointing at the term's definition or the person's entry in the briefing
 *   page's side panel (ids from src/lib/annotation-ids.ts), so screen readers announce the
 *   explanation with the link and the page carries each explanation once;
 * - `data-note` holding the same text, which src/styles/annotations.css shows as a tooltip on
 *   hover and keyboard focus (no JavaScript). On touch screens a tap follows the link to the
 *   entry, which explains the term in full.
 *
 * Which terms and people a briefing has comes from its frontmatter (as Astro hands it to the
 * renderer); the glossary folder adds each term's aliases, so "Commonwealth of Independent States
 * (CIS)" is found by its long form too. Nothing is marked inside headings, links, code or an
 * existing mark. The marks are put into the HTML the renderer wrote (annotate-marks.ts), after
 * every plugin that adds links.
 */
import { markdownFiles, readGlossary } from '../pipeline/content-store.ts';
import type { GlossaryRecord } from '../pipeline/glossary/index.ts';
import { markHtml, type Exists } from './annotate-marks.ts';

export interface AnnotateOptions {
  /** The site's base path, e.g. "/briefings/"; links to entries and profiles start with it. Default "/". */
  base?: string;
  /** The glossary folder (`content/glossary`), read once for the terms' aliases. Optional. */
  glossaryDir?: string;
  /** Glossary entries given directly (tests); used instead of reading `glossaryDir`. */
  glossary?: GlossaryRecord[];
  /** The figures folder (`content/figures`): when given, only people with a profile are linked. */
  figuresDir?: string;
  /**
   * The people who have a page (src/lib/figure-pages.ts): when given, only they are linked, and
   * everyone else is left as plain text, so no mark leads to a page that was not built.
   */
  figurePages?: ReadonlySet<string>;
}

/** What marking needs, read once per build: the base path, the glossary by id and which pages exist. */
export interface AnnotateContext {
  base: string;
  aliases: Map<string, GlossaryRecord>;
  exists: Exists;
}

/** Read the glossary and the profiles the options name, once, for every body of the build. */
export function annotateContext(options: AnnotateOptions = {}): AnnotateContext {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const collection = options.glossary ?? (options.glossaryDir ? readGlossary(options.glossaryDir) : []);
  const aliases = new Map(collection.map((e) => [e.id, e]));
  const profiles = options.figuresDir ? new Set(markdownFiles(options.figuresDir).map((n) => n.slice(0, -3))) : undefined;
  // Without a collection to check against (tests, a bare processor) every id is trusted.
  const exists: Exists = {
    term: (id) => !options.glossaryDir || aliases.has(id),
    figure: (id) => (!profiles || profiles.has(id)) && (!options.figurePages || options.figurePages.has(id)),
  };
  return { base, aliases, exists };
}

/** A Markdown renderer as Astro makes one (unified or Sätteri): body in, HTML and frontmatter out. */
export interface Renderer {
  render(content: string, options?: { frontmatter?: Record<string, unknown> } & Record<string, unknown>): Promise<{ code: string; metadata: { frontmatter?: Record<string, unknown> } & Record<string, unknown> }>;
}

/**
 * `renderer` with the marks put into every body it renders that has terms or people in its
 * frontmatter. `context` is read once (`annotateContext`) and may serve several renderers.
 */
export function withMarks<R extends Renderer>(renderer: R, context: AnnotateContext): R {
  return {
    ...renderer,
    async render(content, renderOptions) {
      const result = await renderer.render(content, renderOptions);
      const frontmatter = result.metadata.frontmatter ?? renderOptions?.frontmatter;
      if (!frontmatter || typeof frontmatter !== 'object') return result;
      return { ...result, code: markHtml(result.code, frontmatter, context) };
    },
  };
}
