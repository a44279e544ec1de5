/**
 * The marks of a briefing's body: the first mention of each glossary term and person becomes a
 * link with an explanation. Pure (no file reading), so the editing interface's preview (src/cms/)
 * marks terms with the same code as the site; annotate-context.ts reads what the site's marks
 * need from the content folder.
 */
import { findMentions, needsExactCase, type TermForm } from '../pipeline/glossary/mentions.ts';
import { attributeValue, decodeRun, textRuns } from './html-text.ts';
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

/** A mark's HTML: a link to the entry's page with its explanation; `inner` is the mention as written in the HTML. */
function markHtmlOf(target: Target, inner: string): string {
  return `<a class="annotation annotation-${target.kind}" href="${attributeValue(target.href)}" aria-describedby="${attributeValue(target.noteId)}" data-note="${attributeValue(target.note)}">${inner}</a>`;
}

/**
 * A briefing's rendered body (HTML) with the first mention of each of its terms and people marked.
 * `frontmatter` is the briefing's data; `aliases` the glossary entries by id (for their other
 * forms); `exists` says which entries have a page to link to. Only text is changed, and only by
 * wrapping a mention in a link: the words a reader reads stay exactly as they were.
 *
 * The body is read as the serializer wrote it (html-text.ts): each run of text outside links,
 * headings, code and the like, in document order, so "first mention" means first for the reader.
 */
export function markHtml(
  html: string,
  frontmatter: Record<string, unknown>,
  { base, aliases, exists }: { base: string; aliases: Map<string, GlossaryRecord>; exists: Exists },
): string {
  const { targets, forms } = targetsOf(frontmatter, base, aliases, exists);
  if (forms.length === 0) return html;
  const seen = new Set<string>();
  let out = '';
  let copied = 0;
  for (const [start, end] of textRuns(html, SKIP)) {
    // Once every target has its mark, the rest of the body has nothing left to find.
    if (seen.size === targets.size) break;
    const raw = html.slice(start, end);
    const { text, rawAt } = decodeRun(raw);
    const picked = findMentions(text, forms).filter((m) => !seen.has(m.id) && seen.add(m.id));
    if (picked.length === 0) continue;
    const offset = (i: number) => start + (rawAt ? rawAt[i]! : i);
    for (const m of picked) {
      const [from, to] = [offset(m.start), offset(m.end)];
      out += html.slice(copied, from) + markHtmlOf(targets.get(m.id)!, html.slice(from, to));
      copied = to;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}
