/**
 * rehype plugin: mark the first mention of each glossary term and each person of a briefing in
 * its rendered body, at build time, so the Markdown stays plain text for editors.
 *
 * A mark is a link to the term's glossary entry or the person's profile, wrapping exactly the
 * words of the text (so the words never change), with:
 * - `aria-describedby` pointing at the term's definition or the person's entry in the briefing
 *   page's side panel (ids from src/lib/annotation-ids.ts), so screen readers announce the
 *   explanation with the link and the page carries each explanation once;
 * - `data-note` holding the same text, which src/styles/annotations.css shows as a tooltip on
 *   hover and keyboard focus (no JavaScript). On touch screens a tap follows the link to the
 *   entry, which explains the term in full.
 *
 * Which terms and people a briefing has comes from its frontmatter (`file.data.astro.frontmatter`,
 * as Astro's unified processor provides it); the glossary folder adds each term's aliases, so
 * "Commonwealth of Independent States (CIS)" is found by its long form too.
 *
 * Nothing is marked inside headings, links, code or an existing mark. Run after plugins that
 * add links to the body.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { markdownFiles, readGlossary } from '../pipeline/content-store.ts';
import { findMentions, needsExactCase, type TermForm } from '../pipeline/glossary/mentions.ts';
import type { GlossaryRecord } from '../pipeline/glossary/index.ts';
import { personNoteId, termNoteId } from '../lib/annotation-ids.ts';

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

/** Whether a link target has a page; a mark never links to a missing page. */
interface Exists {
  term: (id: string) => boolean;
  figure: (id: string) => boolean;
}

/** What a mark links to and says. */
interface Target {
  kind: 'term' | 'figure';
  href: string;
  note: string;
  noteId: string;
}

/** Elements whose text is never marked: a mark there would nest links or clutter a heading. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'script', 'style', 'button', 'svg', 'math', 'abbr']);

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Longest tooltip text for a term; the full definition is a tab or a tap away. */
const TEASER_CHARS = 90;

/**
 * A tooltip shows the start of a definition: its first sentence, cut at a word when long. It is
 * read in passing, and it keeps pages light; the full definition is in the side panel (which the
 * mark's aria-describedby reads out) and on the term's page.
 */
function teaser(text: string): string {
  const sentence = /^.{20,}?[.!?](?=\s+\p{Lu})/su.exec(text)?.[0] ?? text;
  if (sentence.length <= TEASER_CHARS) return sentence;
  const cut = sentence.slice(0, TEASER_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The terms and people of one briefing as mark targets, and the forms under which they appear. */
function targetsOf(frontmatter: Record<string, unknown>, base: string, aliases: Map<string, GlossaryRecord>, exists: Exists) {
  const targets = new Map<string, Target>();
  const forms: TermForm[] = [];
  for (const g of Array.isArray(frontmatter.glossary) ? frontmatter.glossary : []) {
    const id = str(g?.id);
    const term = str(g?.term);
    if (!SLUG.test(id) || !term || !exists.term(id)) continue;
    const key = `term:${id}`;
    targets.set(key, { kind: 'term', href: `${base}glossary/${id}/`, note: `${term}: ${teaser(str(g.definition))}`, noteId: termNoteId(id) });
    const entry = aliases.get(id);
    for (const text of new Set([term, ...(entry && entry.term === term ? entry.aliases : [])]))
      forms.push({ id: key, text, caseSensitive: needsExactCase(text, entry?.caseSensitive) });
  }
  const people = (Array.isArray(frontmatter.figures) ? frontmatter.figures : []).filter(
    (f) => SLUG.test(str(f?.id)) && str(f?.name) && exists.figure(str(f.id)),
  );
  // A surname shared by two people in the story would be ambiguous: only full names are marked then.
  const surnameOf = (name: string) => (/\s/.test(name) ? name.split(/\s+/).pop()! : '');
  const surnames = people.map((f) => surnameOf(str(f.name)));
  people.forEach((f, i) => {
    const id = str(f.id);
    const name = str(f.name);
    const key = `figure:${id}`;
    if (targets.has(key)) return;
    const role = str(f.role);
    targets.set(key, { kind: 'figure', href: `${base}figures/${id}/`, note: role ? `${name}: ${role}` : `${name}: a person in this story`, noteId: personNoteId(id) });
    forms.push({ id: key, text: name, caseSensitive: true });
    const surname = surnames[i];
    if (surname.length > 1 && /^\p{Lu}/u.test(surname) && surnames.filter((s) => s === surname).length === 1)
      forms.push({ id: key, text: surname, caseSensitive: true });
  });
  return { targets, forms };
}

function mark(target: Target, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['annotation', `annotation-${target.kind}`],
      href: target.href,
      ariaDescribedBy: [target.noteId],
      dataNote: target.note,
    },
    children: [{ type: 'text', value: text }],
  };
}

/** The rehype plugin. */
export default function rehypeAnnotate(options: AnnotateOptions = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const collection = options.glossary ?? (options.glossaryDir ? readGlossary(options.glossaryDir) : []);
  const aliases = new Map(collection.map((e) => [e.id, e]));
  const profiles = options.figuresDir ? new Set(markdownFiles(options.figuresDir).map((n) => n.slice(0, -3))) : undefined;
  // Without a collection to check against (tests, a bare processor) every id is trusted.
  const exists: Exists = {
    term: (id) => !options.glossaryDir || aliases.has(id),
    figure: (id) => (!profiles || profiles.has(id)) && (!options.figurePages || options.figurePages.has(id)),
  };

  return (tree: Root, file: { data: Record<string, any> }) => {
    const frontmatter = file.data?.astro?.frontmatter;
    if (!frontmatter || typeof frontmatter !== 'object') return;
    const { targets, forms } = targetsOf(frontmatter, base, aliases, exists);
    if (forms.length === 0) return;
    const seen = new Set<string>();

    const annotate = (text: Text): ElementContent[] | undefined => {
      const picked = findMentions(text.value, forms).filter((m) => !seen.has(m.id) && seen.add(m.id));
      if (picked.length === 0) return undefined;
      const out: ElementContent[] = [];
      let at = 0;
      for (const m of picked) {
        const target = targets.get(m.id)!;
        if (m.start > at) out.push({ type: 'text', value: text.value.slice(at, m.start) });
        out.push(mark(target, text.value.slice(m.start, m.end)));
        at = m.end;
      }
      if (at < text.value.length) out.push({ type: 'text', value: text.value.slice(at) });
      return out;
    };

    // Document order, so "first mention" means first for the reader.
    const walk = (parent: Root | Element) => {
      const next: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') next.push(...(annotate(child) ?? [child]));
        else {
          if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
          next.push(child);
        }
      }
      parent.children = next as typeof parent.children;
    };
    walk(tree);

  };
}
