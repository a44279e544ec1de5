/**
 * Markdown bodies that could carry code into the site. The brief command writes bodies as plain
 * text, so raw HTML or a script link can only come from an edit: the check names it before it is
 * merged (the site build also strips it, as a second line of defence). The body is parsed by
 * Sätteri, the engine the site renders it with, so the check reads it as the page will; it is also
 * four to five times faster than the unified parser it replaced (5,000 briefings: 4.3 s of CPU
 * against 21 s), which `npm run build` pays for every briefing.
 */
import { markdownToMdast } from 'satteri';
import { siteFeatures } from '../plugins/satteri/index.ts';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { nestingProblem } from '../lib/markdown-depth.ts';
import { imageReferenceProblem, imageUrls, type MdNode } from './body-images.ts';

/** One finding in a body, with its line inside the body (1-based). */
export interface BodyFinding {
  severity: 'error' | 'warning';
  line?: number;
  message: string;
}

/** Markup that runs code or pulls in other pages: scripts, frames, handlers, script URLs. */
const ACTIVE_HTML = /<\s*\/?\s*(script|iframe|frame|object|embed|applet|base|form|meta|link|style|svg|math)\b|\son[a-z]+\s*=|(?:javascript|vbscript)\s*:|data\s*:\s*text\/html/i;

/**
 * URLs a link may have: web, mail, or inside the site. `//host` (protocol-relative) is not a site
 * path but another server, so a path from the root must not start with two slashes.
 */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?![/\\])|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/** What the check needs to know about a body. */
export interface BodyReport {
  findings: BodyFinding[];
  /** Top-level paragraphs: the site numbers exactly these p-1, p-2, … for key-point links. */
  paragraphs: number;
}

/** Where a body is, for resolving the images it names. */
export interface BodyPlace {
  /** The content file the body is in. */
  file: string;
  /** The content folder (holding `images/`). */
  contentDir: string;
}

/**
 * Raw HTML, unsafe link targets and refused images in a Markdown body, and its paragraph count.
 * A body nested too deeply to parse safely is reported without being parsed.
 */
export function checkBody(markdown: string, place?: BodyPlace): BodyReport {
  const found: BodyFinding[] = [];
  const tooDeep = nestingProblem(markdown);
  if (tooDeep) return { findings: [{ severity: 'error', line: tooDeep.line, message: tooDeep.message }], paragraphs: 0 };
  const tree = markdownToMdast(markdown, { features: siteFeatures }) as unknown as Root;
  if (place) {
    for (const { url, line } of imageUrls(tree as MdNode)) {
      if (!SAFE_URL.test(url.replace(/[\u0000-\u0020]/g, ''))) continue; // reported below as a link
      const problem = imageReferenceProblem(url, place.file, place.contentDir);
      if (problem) found.push({ severity: 'error', line, message: `shows the image "${snippet(url)}": it ${problem}` });
    }
  }
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      const active = ACTIVE_HTML.test(node.value);
      found.push({
        severity: active ? 'error' : 'warning',
        line,
        message: active
          ? `contains HTML that could run code (${snippet(node.value)}): remove it or write it as text`
          : `contains raw HTML (${snippet(node.value)}): the site does not show HTML from briefings; use Markdown`,
      });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = node.url.replace(/[\u0000-\u0020]/g, '');
      if (!SAFE_URL.test(url)) {
        found.push({ severity: 'error', line, message: `links to "${snippet(node.url)}": only http(s), mailto and site links are allowed` });
      }
    }
  });
  return { findings: found, paragraphs: tree.children.filter((n) => n.type === 'paragraph').length };
}

function snippet(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
