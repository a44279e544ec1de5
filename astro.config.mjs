// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { basePath, cacheDir, siteUrl } from './src/lib/config.ts';
import rehypeParagraphAnchors from './src/plugins/rehype-paragraph-anchors.ts';

// Site URL and base path come from the environment (see src/lib/config.ts and the README), so the
// same build serves from a domain root or a sub-path such as GitHub Pages' /<repo>/.
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'ignore',
  ...(cacheDir ? { cacheDir } : {}),
  integrations: [mdx(), sitemap(), pagefind()],
  markdown: {
    // unified, so the project's remark/rehype plugins run; no smart quotes, because a briefing's
    // body must show the source's characters exactly as they are.
    processor: unified({ smartypants: false, rehypePlugins: [rehypeParagraphAnchors] }),
  },
  build: { format: 'directory' },
});
