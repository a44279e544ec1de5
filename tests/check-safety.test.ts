/**
 * Smaller content-safety findings, each reproduced: glossary forms that match every article,
 * links that leave the site while looking like site paths, and heading ids that take the page's
 * own ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { checkContent } from '../src/check/index.ts';
import { checkBody } from '../src/check/body-safety.ts';
import { matchGlossary, type GlossaryRecord } from '../src/pipeline/glossary/index.ts';
import { toArticle } from '../src/pipeline/article.ts';
import rehypeParagraphAnchors from '../src/plugins/rehype-paragraph-anchors.ts';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'check-safety-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const entry = (id: string, term: string, aliases: string[] = [], caseSensitive = false): GlossaryRecord => ({
  id,
  term,
  definition: `About ${term}.`,
  aliases,
  kind: 'other',
  draft: false,
  caseSensitive,
});

describe('glossary forms', () => {
  it('glossary-common-alias: an alias "the" or "," neither attaches the entry to every briefing nor passes check', () => {
    const a = toArticle({ file: 'a.txt', title: 'A title', meta: {}, blocks: [{ kind: 'paragraph', text: 'The council met, and the mayor spoke.' }] });
    const found = matchGlossary(a, [entry('evil', 'Evil Corp', ['the', ',', '-']), entry('who', 'WHO', [], true)]).refs;
    expect(found).toEqual([]);

    const content = join(scratch, 'glossary-forms', 'content');
    mkdirSync(join(content, 'glossary'), { recursive: true });
    writeFileSync(join(content, 'glossary', 'evil-corp.md'), '---\nterm: Evil Corp\ndefinition: A company.\naliases:\n  - the\n  - ","\n---\n');
    writeFileSync(join(content, 'glossary', 'who.md'), '---\nterm: WHO\ndefinition: The World Health Organization.\ncaseSensitive: true\n---\n');
    const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      ['content/glossary/evil-corp.md', 'aliases › #1'],
      ['content/glossary/evil-corp.md', 'aliases › #2'],
    ]);
    expect(errors[0].message).toMatch(/"the" is a common word/);
  });
});

describe('links', () => {
  it('protocol-relative-link: "//host" and "/\\host" are other servers, not site paths', () => {
    for (const url of ['//evil.example/a', '/\\evil.example/a', ' //evil.example']) {
      expect(checkBody(`A [link](${url}).`).findings, url).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/only http\(s\), mailto and site links/) })]);
    }
    expect(checkBody('A [site link](/briefings/a/) and [a relative one](../a/).').findings).toEqual([]);
  });
});

describe('heading ids', () => {
  it('heading-id-collision: body headings named "Main" or "P 1" do not take the page\'s ids', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeParagraphAnchors)
        .use(rehypeStringify)
        .process('First paragraph.\n\n## Main\n\n## P 1\n\n## Main\n\nSecond paragraph.'),
    );
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['p-1', 'section-main', 'section-p-1', 'section-main-2', 'p-2']);
  });
});
