/**
 * The benchmark's second anchor: Hugo (when installed) building the same briefing files with a
 * minimal template, one page per briefing at /briefings/<slug>/ with its title, summary, key
 * points and body in `data-pagefind-body`, and a section list. Hugo has no person or term pages
 * here, so it is compared per briefing as well as in total.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** The `hugo` on PATH, or undefined when there is none. */
export function findHugo(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Hugo's version line, for the results. */
export function hugoVersion(hugo: string): string {
  return execFileSync(hugo, ['version'], { encoding: 'utf8' }).trim();
}

/** Write a Hugo site holding copies of `contentDir/briefings` into `dir`. */
export function writeHugoSite(dir: string, contentDir: string): void {
  const pages = join(dir, 'content/briefings');
  mkdirSync(pages, { recursive: true });
  mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
  for (const name of readdirSync(join(contentDir, 'briefings'))) if (name.endsWith('.md')) copyFileSync(join(contentDir, 'briefings', name), join(pages, name));
  writeFileSync(
    join(dir, 'hugo.toml'),
    [
      "baseURL = 'https://briefings.example.org/'",
      "languageCode = 'en'",
      "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']",
      '[markup.goldmark.renderer]',
      'unsafe = false',
      '[markup.goldmark.extensions]',
      'typographer = false',
      '',
    ].join('\n'),
  );
  const shell = (title: string, main: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main>${main}</main></body></html>\n`;
  writeFileSync(
    join(dir, 'layouts/_default/single.html'),
    shell(
      '{{ .Title }}',
      '<article data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><ul>{{ range .Params.keyPoints }}<li>{{ . }}</li>{{ end }}</ul>{{ .Content }}</article>' +
        '<ul>{{ range .Params.figures }}<li data-pagefind-filter="person">{{ .name }}</li>{{ end }}</ul>',
    ),
  );
  writeFileSync(join(dir, 'layouts/_default/list.html'), shell('{{ .Title }}', '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
}
