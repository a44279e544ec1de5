import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchGlossary, detectAcronyms, formsOf, type GlossaryRecord } from '../src/pipeline/glossary/index.ts';
import { findMentions } from '../src/pipeline/glossary/mentions.ts';
import { toArticle } from '../src/pipeline/article.ts';
import { readGlossary } from '../src/pipeline/content-store.ts';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { glossaryEntrySchema } from '../src/schema/glossary.ts';
import { projectRoot, corporaDir } from './helpers/site.ts';

const entry = (id: string, term: string, definition: string, extra: Partial<GlossaryRecord> = {}): GlossaryRecord => ({
  id,
  ...glossaryEntrySchema.parse({ term, definition, ...extra }),
});

const UN = entry('un', 'UN', 'The United Nations, an international organisation.', { aliases: ['United Nations'] });
const US = entry('us', 'US', 'The United States of America.', { aliases: ['United States'] });
const AA = entry('aa', 'AA', 'Anadolu Agency, a Turkish news agency.', { aliases: ['Anadolu Agency'], kind: 'agency' });
const MINISTER = entry('foreign-minister', 'foreign minister', 'A member of government in charge of foreign affairs.');
const COUNCIL = entry('un-security-council', 'UN Security Council', 'The UN body for peace and security.');

function article(paragraphs: string[], agency?: string) {
  return toArticle({
    file: 'a.txt',
    title: 'A title',
    meta: {},
    dateline: agency ? { place: 'Moscow', agency } : undefined,
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  });
}
const match = (paragraphs: string[], entries: GlossaryRecord[], agency?: string) => {
  const a = article(paragraphs, agency);
  return matchGlossary(a, entries, detectAcronyms([a.title, ...a.blocks.map((b) => b.text)]));
};

describe('matching glossary entries', () => {
  it('finds terms by their aliases, in order of first mention, each once', () => {
    const { refs } = match(['The United Nations met. The Russian Foreign Minister spoke at the UN.'], [US, MINISTER, UN]);
    expect(refs.map((r) => r.id)).toEqual(['un', 'foreign-minister']);
    expect(refs[0]).toEqual({ id: 'un', term: 'UN', definition: UN.definition });
  });

  it('matches acronyms only in capitals, and only as whole words', () => {
    const { refs } = match(['Let us talk about AAA batteries, the aa class and a USB stick.'], [US, AA, UN]);
    expect(refs).toEqual([]);
    expect(match(['Talks between Russia and the US went on.'], [US]).refs.map((r) => r.id)).toEqual(['us']);
  });

  it("finds a dateline's agency", () => {
    expect(match(['Russia said so.'], [AA], 'AA').refs.map((r) => r.id)).toEqual(['aa']);
  });

  it('lets the longer of two overlapping terms win', () => {
    const mentions = findMentions('The UN Security Council met.', [...formsOf(UN), ...formsOf(COUNCIL)]);
    expect(mentions).toEqual([{ id: 'un-security-council', start: 4, end: 23 }]);
    expect(match(['The UN Security Council met.'], [UN, COUNCIL]).refs.map((r) => r.id)).toEqual(['un-security-council']);
  });

  it('finds a term in its possessive form', () => {
    expect(match(["The UN's envoy arrived."], [UN]).refs.map((r) => r.id)).toEqual(['un']);
  });
});

describe('acronyms the article defines', () => {
  it('drafts an entry for an acronym the collection lacks', () => {
    const { refs, drafts } = match(['The Korean Central News Agency (KCNA) reported it.'], [UN]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ id: 'kcna', term: 'KCNA', aliases: ['Korean Central News Agency'], draft: true, caseSensitive: true });
    expect(drafts[0].definition).toContain('Korean Central News Agency');
    expect(refs.map((r) => r.id)).toEqual(['kcna']);
  });

  it('uses the collection when it agrees with the article, with no draft', () => {
    const { refs, drafts } = match(['Members of the United Nations (UN) voted.'], [UN]);
    expect(drafts).toEqual([]);
    expect(refs.map((r) => r.id)).toEqual(['un']);
  });

  it('drops an entry the article contradicts and drafts the article\'s meaning under another id', () => {
    const { refs, drafts } = match(['Alcoholics Anonymous (AA) meets weekly. AA is free.'], [AA]);
    expect(refs.map((r) => r.id)).toEqual(['aa-alcoholics-anonymous']);
    expect(drafts[0]).toMatchObject({ id: 'aa-alcoholics-anonymous', term: 'AA', draft: true });
  });
});

describe('the brief command and draft entries', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each new draft once, shares it between articles and never overwrites an entry', () => {
    const inDir = join(dir, 'seeds');
    const glossaryDir = join(dir, 'content', 'glossary');
    mkdirSync(inDir, { recursive: true });
    mkdirSync(glossaryDir, { recursive: true });
    writeFileSync(join(inDir, 'a.txt'), 'First story\n\nThe Korean Central News Agency (KCNA) said the Korean People\'s Army (KPA) was ready.\n');
    writeFileSync(join(inDir, 'b.txt'), 'Second story\n\nKCNA repeated the claim on Friday.\n');
    const edited = "---\nterm: KPA\ndefinition: The Korean People's Army, as an editor put it.\n---\n";
    writeFileSync(join(glossaryDir, 'kpa.md'), edited);
    // Without the starter set, which already has a KCNA entry: this is about terms a folder lacks.
    const report = runBrief({ inDir, outDir: join(dir, 'content'), starterGlossary: false });
    expect(report.glossaryDrafted).toEqual(['kcna']);
    expect(readFileSync(join(glossaryDir, 'kpa.md'), 'utf8')).toBe(edited);
    const kcna = glossaryEntrySchema.parse(parseMarkdown(readFileSync(join(glossaryDir, 'kcna.md'), 'utf8')).data);
    expect(kcna).toMatchObject({ term: 'KCNA', draft: true });
    const second = parseMarkdown(readFileSync(join(dir, 'content', 'briefings', 'second-story.md'), 'utf8')).data;
    expect((second.glossary as { id: string }[]).map((g) => g.id)).toEqual(['kcna']);
    expect(runBrief({ inDir, outDir: join(dir, 'content'), starterGlossary: false }).glossaryDrafted).toEqual([]);
  });

  it('explains CIS, UN and AA in the seed briefing with the starter glossary', () => {
    const inDir = join(dir, 'seeds');
    cpSync(join(corporaDir, 'seed/000_29a71ff916561eee.txt'), join(inDir, 'seed.txt'));
    cpSync(join(projectRoot, 'content/glossary'), join(dir, 'content/glossary'), { recursive: true });
    runBrief({ inDir, outDir: join(dir, 'content') });
    const [file] = readdirSync(join(dir, 'content/briefings'));
    const glossary = parseMarkdown(readFileSync(join(dir, 'content/briefings', file), 'utf8')).data.glossary as { term: string; definition: string }[];
    const gold = JSON.parse(readFileSync(join(corporaDir, 'seed/gold.json'), 'utf8'))['000_29a71ff916561eee'].acronyms as { term: string; expansion: string }[];
    for (const a of gold) expect(glossary.find((g) => g.term === a.term)?.definition, a.term).toContain(a.expansion);
  });
});

describe('the starter glossary (content/glossary)', () => {
  const dir = join(projectRoot, 'content/glossary');
  const problems: string[] = [];
  const entries = readGlossary(dir, (m) => problems.push(m));

  it('has at least 60 valid, reviewed entries', () => {
    expect(problems).toEqual([]);
    expect(entries.filter((e) => !e.draft).length).toBeGreaterThanOrEqual(60);
    for (const e of entries) expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has short definitions: one or two sentences', () => {
    for (const e of entries) {
      const sentences = e.definition.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, e.id).toBeLessThanOrEqual(2);
      expect(e.definition.length, e.id).toBeLessThan(320);
    }
  });

  it('gives every form to one entry only, so a mention is never ambiguous', () => {
    const owner = new Map<string, string>();
    for (const e of entries)
      for (const f of formsOf(e)) {
        const key = f.caseSensitive ? f.text : f.text.toLowerCase();
        expect(owner.get(key), `${f.text} in ${e.id}`).toBeUndefined();
        owner.set(key, e.id);
      }
  });
});

describe('the starter glossary in a new content folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'starter-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('explains CIS, UN and AA from the shipped entries and copies the ones it uses, never over an edit', () => {
    const inDir = join(dir, 'seeds');
    const outDir = join(dir, 'content');
    mkdirSync(inDir);
    cpSync(join(corporaDir, 'seed/000_29a71ff916561eee.txt'), join(inDir, 'seed.txt'));
    // An editor's own wording of UN in the new folder wins over the starter entry.
    mkdirSync(join(outDir, 'glossary'), { recursive: true });
    const edited = '---\nterm: UN\ndefinition: The United Nations, as our style guide puts it.\ncaseSensitive: true\n---\n';
    writeFileSync(join(outDir, 'glossary/un.md'), edited);

    runBrief({ inDir, outDir });
    const [file] = readdirSync(join(outDir, 'briefings'));
    const terms = parseMarkdown(readFileSync(join(outDir, 'briefings', file), 'utf8')).data.glossary as { id: string; term: string; definition: string }[];
    const byTerm = new Map(terms.map((t) => [t.term, t.definition]));
    expect(byTerm.get('CIS')).toMatch(/Commonwealth of Independent States/);
    expect(byTerm.get('AA')).toMatch(/Anadolu Agency/);
    expect(byTerm.get('UN')).toBe('The United Nations, as our style guide puts it.');

    const copied = readdirSync(join(outDir, 'glossary')).map((n) => n.slice(0, -3));
    expect(copied).toEqual(expect.arrayContaining(terms.map((t) => t.id)));
    expect(copied.length).toBe(terms.length);
    expect(readFileSync(join(outDir, 'glossary/un.md'), 'utf8')).toBe(edited);
    const starterAa = readFileSync(join(projectRoot, 'content/glossary/aa.md'), 'utf8');
    expect(readFileSync(join(outDir, 'glossary/aa.md'), 'utf8')).toBe(starterAa);
  });
});
