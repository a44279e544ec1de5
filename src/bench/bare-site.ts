/**
 * The benchmark's yardstick: a bare Astro site with the same number of Markdown pages as the real
 * build, built by the same Astro, and indexed by the Pagefind CLI. The real build is judged
 * against it (issue: within 1.3 times bare Astro plus Pagefind).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Write a bare Astro project with `pages` Markdown pages made from `texts` into `dir`. */
export function writeBareSite(dir: string, projectRoot: string, texts: string[], pages: number): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() { return (await getCollection('pages')).map((p) => ({ params: { id: p.id }, props: { p } })); }\n" +
      "const { Content } = await render(Astro.props.p);\n---\n<html lang=\"en\"><head><title>{Astro.props.p.id}</title></head><body><main><Content /></main></body></html>\n",
  );
  for (let i = 0; i < pages; i++) {
    writeFileSync(join(dir, 'content', `page-${i}.md`), `---\ntitle: Page ${i}\n---\n\n${texts[i % texts.length]}\n`);
  }
}
