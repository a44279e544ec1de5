/**
 * The marks rehype-annotate.ts adds to a briefing's body: the first mention of each glossary term
 * and person becomes a link with an explanation. Pure (no file reading), so the editing
 * interface's preview (src/cms/) marks terms with the same code as the site.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { findMentions, needsExactCase, type TermForm } from '../pipeline/glossary/mentions.ts';
import type { GlossaryRecord } from '../pipeline/glossary/index.ts';
import { personNoteId, termNoteId } from '../lib/annotation-ids.ts';

/** Whether a link target has a page; a mark never links to a missing page. */
export interface Exists {
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

/** A text node of the body and what it becomes: the text split around its marks. */
export interface TextMarks {
  text: Text;
  parts: ElementContent[];
}

/**
 * The marks for a briefing's rendered body (hast), without changing it: every text node that holds
 * the first mention of one of the briefing's terms or people, with the nodes to put in its place.
 * `frontmatter` is the briefing's data; `aliases` the glossary entries by id (for their other
 * forms); `exists` says which entries have a page to link to. The tree is only read, so this
 * serves both the unified plugin and the Sätteri one, whose trees are read-only.
 */
export function findMarks(
  tree: Root,
  frontmatter: Record<string, unknown>,
  { base, aliases, exists }: { base: string; aliases: Map<string, GlossaryRecord>; exists: Exists },
): TextMarks[] {
  const { targets, forms } = targetsOf(frontmatter, base, aliases, exists);
  const found: TextMarks[] = [];
  if (forms.length === 0) return found;
  const seen = new Set<string>();

  const annotate = (text: Text): void => {
    const picked = findMentions(text.value, forms).filter((m) => !seen.has(m.id) && seen.add(m.id));
    if (picked.length === 0) return;
    const parts: ElementContent[] = [];
    let at = 0;
    for (const m of picked) {
      const target = targets.get(m.id)!;
      if (m.start > at) parts.push({ type: 'text', value: text.value.slice(at, m.start) });
      parts.push(mark(target, text.value.slice(m.start, m.end)));
      at = m.end;
    }
    if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
    found.push({ text, parts });
  };

  // Document order, so "first mention" means first for the reader; once every target has its
  // mark, the rest of the body has nothing left to find.
  const walk = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (seen.size === targets.size) return;
      if (child.type === 'text') annotate(child);
      else if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
    }
  };
  walk(tree);
  return found;
}

/**
 * Mark the first mention of each of a briefing's terms and people in a rendered body (hast), in
 * place (see findMarks for the arguments).
 */
export function annotateTree(
  tree: Root,
  frontmatter: Record<string, unknown>,
  context: { base: string; aliases: Map<string, GlossaryRecord>; exists: Exists },
): void {
  const marks = findMarks(tree, frontmatter, context);
  if (marks.length === 0) return;
  const replaced = new Map(marks.map((m) => [m.text, m.parts]));
  const walk = (parent: Root | Element) => {
    const next: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') next.push(...(replaced.get(child) ?? [child]));
      else {
        if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
        next.push(child);
      }
    }
    parent.children = next as typeof parent.children;
  };
  walk(tree);
}
