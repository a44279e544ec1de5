/**
 * The entry preview of a briefing, laid out as the briefing page lays it out
 * (src/pages/briefings/[slug].astro, src/components/PersonItem.astro) with the same class names,
 * so the site's own style sheets, loaded into the preview frame, style it as on the site: header,
 * summary, key points with their paragraph links, people with roles and quote counts, terms with
 * definitions, and the source text with the first mention of each term and person marked.
 */
import { formatDate } from '../lib/dates.ts';
import { personNoteId, termNoteId } from '../lib/annotation-ids.ts';
import type { Briefing, FigureRef, GlossaryRef } from '../schema/briefing.ts';
import { plain, type H, type Immutable } from './decap.ts';
import { renderBody, type MarkContext } from './render-body.ts';

/** The briefing as the form holds it now: lists may be missing or half filled in. */
type Draft = Partial<Briefing> & { body?: string };

/** The preview component for the briefings collection. */
export function briefingPreview(h: H, context: MarkContext) {
  const link = (path: string) => `${context.base}${path}`;
  return function BriefingPreview({ entry }: { entry: Immutable }) {
    const d = plain<Draft>(entry.get('data')) ?? {};
    const figures: FigureRef[] = (d.figures ?? []).filter((f) => f && f.name);
    const glossary: GlossaryRef[] = (d.glossary ?? []).filter((g) => g && g.term);
    const keyPoints = (d.keyPoints ?? []).filter(Boolean);
    const paragraphs = d.keyPointParagraphs ?? [];
    const loose = (d.unattributedQuotes ?? []).filter((q) => q && q.text);
    const sourceName = d.source?.name ?? 'the source';
    const html = renderBody(d.body ?? '', { ...d, figures, glossary }, context);

    const person = (f: FigureRef) =>
      h(
        'li',
        { id: personNoteId(f.id), key: f.id },
        h('a', { href: link(`figures/${f.id}/`) }, f.name),
        f.role ? h('span', { className: 'role' }, ` ${f.role}`) : null,
        f.quotes?.length ? h('span', { className: 'quotes meta' }, f.quotes.length === 1 ? ' 1 quote' : ` ${f.quotes.length} quotes`) : null,
      );

    return h(
      'article',
      { className: 'briefing' },
      h(
        'header',
        { className: 'b-head' },
        h('p', { className: 'label kicker' }, 'Briefing', d.dateline?.place ? ` · ${d.dateline.place}` : ''),
        h('h1', null, d.title ?? ''),
        h(
          'p',
          { className: 'meta b-meta' },
          d.date ? h('time', { dateTime: d.date }, formatDate(d.date)) : null,
          h('span', null, `Source: ${sourceName}`),
        ),
      ),
      h(
        'div',
        { className: 'b-grid' },
        d.summary
          ? h('section', { className: 'b-summary' }, h('h2', { className: 'label' }, 'Summary'), h('p', { className: 'summary' }, d.summary))
          : null,
        keyPoints.length
          ? h(
              'section',
              { className: 'b-points' },
              h('h2', { className: 'label' }, 'Key points'),
              h(
                'ul',
                { className: 'points' },
                keyPoints.map((p, i) =>
                  h('li', { key: i }, p, paragraphs[i] ? [' ', h('a', { key: 'p', className: 'para-link', href: `#p-${paragraphs[i]}` }, `¶${paragraphs[i]}`)] : null),
                ),
              ),
            )
          : null,
        h(
          'aside',
          { className: 'b-side' },
          figures.length
            ? h(
                'section',
                null,
                h('h2', { className: 'label' }, 'People ', h('span', { className: 'count' }, String(figures.length))),
                h('ul', { className: 'people' }, figures.map(person)),
              )
            : null,
          // Quotes no one is named for: an editor who knows the speaker moves them to that person.
          loose.length
            ? h('p', { className: 'meta' }, loose.length === 1 ? '1 quote with no stated speaker' : `${loose.length} quotes with no stated speaker`)
            : null,
          glossary.length
            ? h(
                'section',
                null,
                h('h2', { className: 'label' }, 'Terms'),
                h(
                  'dl',
                  { className: 'terms' },
                  glossary.map((g) =>
                    h('div', { key: g.id }, h('dt', null, h('a', { href: link(`glossary/${g.id}/`) }, g.term)), h('dd', { id: termNoteId(g.id) }, g.definition)),
                  ),
                ),
              )
            : null,
        ),
        h(
          'section',
          { className: 'b-body' },
          h('h2', { className: 'label' }, 'The source text'),
          h('div', { className: 'body-text', dangerouslySetInnerHTML: { __html: html } }),
        ),
      ),
    );
  };
}
