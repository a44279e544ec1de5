/**
 * The benchmark's fair yardstick: a bare Astro 7 site over the very same content folder, with the
 * same routes (a page per briefing, per person who has a page, per glossary term, paginated 40 a
 * page like the project's, an archive and the indexes), the same Markdown bodies rendered by
 * Astro's default engine (Sätteri) without the project's plugins, and the same Pagefind scope
 * (`data-pagefind-body` on a briefing's article and on the first page of a term; person pages
 * are not indexed, as the project's are not since its eighth session).
 * What the project's build costs beyond it is the price of its templates and plugins.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageConcurrency } from '../lib/config.ts';

/** Write the bare Astro project for `contentDir` into `dir`, building with Pagefind's Node API. */
export function writeBareSite(dir: string, projectRoot: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages/briefings'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/figures/[id]'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/glossary/[id]'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/archive'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  const lib = (file: string) => JSON.stringify(join(projectRoot, 'src/lib', file));
  const files: Record<string, string> = {
    'package.json': '{ "type": "module" }\n',
    // The project's own Pagefind integration, so both sites are indexed the same way and timed in
    // the same process as their build.
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config';\n" +
      `import pagefind from ${JSON.stringify(join(projectRoot, 'src/integrations/pagefind.ts'))};\n` +
      // The same number of pages in flight as the project's build, so neither gains from the setting alone.
      `export default defineConfig({ cacheDir: process.env.ASTRO_CACHE_DIR, build: { format: 'directory', concurrency: ${pageConcurrency} }, integrations: [pagefind()], markdown: { smartypants: false } });\n`,
    'src/content.config.ts':
      "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      `const base = ${JSON.stringify(contentDir)};\n` +
      "const md = (f) => glob({ pattern: '[!.]*.md', base: `${base}/${f}`, retainBody: false });\n" +
      'export const collections = { briefings: defineCollection({ loader: md("briefings") }), figures: defineCollection({ loader: md("figures") }), glossary: defineCollection({ loader: md("glossary") }) };\n',
    'src/all.ts':
      "import { getCollection } from 'astro:content';\n" +
      `import { figurePagesOf } from ${lib('figure-pages.ts')};\n` +
      'let all;\n' +
      "export const briefings = () => (all ??= getCollection('briefings').then((b) => b.sort((x, y) => String(y.data.date ?? '').localeCompare(String(x.data.date ?? '')))));\n" +
      'export async function byRef(key) { const m = new Map(); for (const b of await briefings()) for (const r of b.data[key] ?? []) { const l = m.get(r.id) ?? []; if (l.at(-1) !== b) l.push(b); m.set(r.id, l); } return m; }\n' +
      'export async function withPage() { return figurePagesOf(await briefings()); }\n',
    'src/List.astro':
      "---\nconst { items } = Astro.props;\n---\n<ul>{items.map((b) => <li><a href={`/briefings/${b.data.slug}/`}>{b.data.title}</a> {b.data.date}</li>)}</ul>\n",
    'src/pages/index.astro':
      "---\nimport { briefings } from '../all';\nimport List from '../List.astro';\nconst items = (await briefings()).slice(0, 12);\n---\n<html lang=\"en\"><head><title>Home</title></head><body><main><List items={items} /></main></body></html>\n",
    'src/pages/briefings/[slug].astro':
      "---\nimport { render } from 'astro:content';\nimport { briefings } from '../../all';\n" +
      'export async function getStaticPaths() { return (await briefings()).map((b) => ({ params: { slug: b.data.slug }, props: { b } })); }\n' +
      'const { b } = Astro.props;\nconst { Content } = await render(b);\n---\n' +
      '<html lang="en"><head><title>{b.data.title}</title></head><body><main><article data-pagefind-body><h1>{b.data.title}</h1><p>{b.data.summary}</p>' +
      '<ul>{(b.data.keyPoints ?? []).map((k) => <li>{k}</li>)}</ul><Content /></article>' +
      '<ul>{(b.data.figures ?? []).map((f) => <li data-pagefind-filter="person">{f.name}</li>)}</ul></main></body></html>\n',
    'src/pages/figures/[id]/[...page].astro':
      "---\nimport { byRef, withPage } from '../../../all';\nimport List from '../../../List.astro';\n" +
      "export async function getStaticPaths({ paginate }) { const m = await byRef('figures'); const w = await withPage(); return [...m].filter(([id]) => w.has(id)).flatMap(([id, list]) => paginate(list, { params: { id }, pageSize: 40 })); }\n" +
      'const { page } = Astro.props;\n---\n<html lang="en"><head><title>{Astro.params.id}</title></head><body><main><h1>{Astro.params.id}</h1><List items={page.data} /></main></body></html>\n',
    'src/pages/glossary/[id]/[...page].astro':
      "---\nimport { byRef } from '../../../all';\nimport List from '../../../List.astro';\n" +
      "export async function getStaticPaths({ paginate }) { return [...(await byRef('glossary'))].flatMap(([id, list]) => paginate(list, { params: { id }, pageSize: 40 })); }\n" +
      'const { page } = Astro.props;\n---\n<html lang="en"><head><title>{Astro.params.id}</title></head><body><main data-pagefind-body={page.currentPage === 1 ? "" : undefined}><h1>{Astro.params.id}</h1><List items={page.data} /></main></body></html>\n',
    'src/pages/archive/[...page].astro':
      "---\nimport { briefings } from '../../all';\nimport List from '../../List.astro';\n" +
      'export async function getStaticPaths({ paginate }) { return paginate(await briefings(), { pageSize: 40 }); }\n' +
      'const { page } = Astro.props;\n---\n<html lang="en"><head><title>Archive</title></head><body><main><List items={page.data} /></main></body></html>\n',
    'src/pages/figures/index.astro':
      "---\nimport { byRef, withPage } from '../../all';\nconst w = await withPage();\nconst ids = [...(await byRef('figures')).keys()].filter((id) => w.has(id)).sort();\n---\n" +
      '<html lang="en"><head><title>People</title></head><body><main><ul>{ids.map((id) => <li><a href={`/figures/${id}/`}>{id}</a></li>)}</ul></main></body></html>\n',
    'src/pages/glossary/index.astro':
      "---\nimport { byRef } from '../../all';\nconst ids = [...(await byRef('glossary')).keys()].sort();\n---\n" +
      '<html lang="en"><head><title>Glossary</title></head><body><main><ul>{ids.map((id) => <li><a href={`/glossary/${id}/`}>{id}</a></li>)}</ul></main></body></html>\n',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
}
