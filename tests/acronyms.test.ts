import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestLongForm, detectAcronyms, findParenthetical, looksLikeAcronym } from '../src/pipeline/glossary/acronyms.ts';
import { extractArticle } from '../src/pipeline/extract.ts';
import { corporaDir } from './helpers/site.ts';

const pairs = (text: string | string[]) => detectAcronyms(Array.isArray(text) ? text : [text]).map((a) => `${a.short}=${a.long}`);

describe('acronym definitions in brackets (Schwartz–Hearst)', () => {
  it('finds the long form before the acronym', () => {
    expect(pairs('A meeting of the foreign ministers of the Commonwealth of Independent States (CIS) in Minsk.')).toEqual([
      'CIS=Commonwealth of Independent States',
    ]);
    expect(pairs("Microsoft's Internet Explorer 9 (IE9) browser")).toEqual(['IE9=Internet Explorer 9']);
  });

  it('finds the long form in brackets after the acronym, also a few words after it', () => {
    expect(pairs('Ministers of the CIS (Commonwealth of Independent States) met in Minsk.')).toEqual([
      'CIS=Commonwealth of Independent States',
    ]);
    expect(pairs('The FIRST Global competition (For Inspiration and Recognition of Science and Technology) was founded')).toEqual([
      'FIRST=For Inspiration and Recognition of Science and Technology',
    ]);
  });

  it('takes an English name in brackets for an acronym of another language whose word order differs', () => {
    expect(pairs('The bishops of the CEI (Italian Episcopal Conference) met in Rome.')).toEqual(['CEI=Italian Episcopal Conference']);
    expect(pairs('Troops of the OTAN (North Atlantic Treaty Organization) arrived.')).toEqual(['OTAN=North Atlantic Treaty Organization']);
    // Not a name: lower-case words, a word too many, or initials that are not the acronym's letters.
    expect(pairs('The CEI (an episcopal conference in Italy) met.')).toEqual([]);
    expect(pairs('The CEI (Italian Bishops Episcopal Conference) met.')).toEqual([]);
    expect(pairs('The CEI (Italian Episcopal Synod) met.')).toEqual([]);
  });

  it('keeps only the shortest long form that spells the acronym', () => {
    expect(bestLongForm('WHO', 'the role of the World Health Organization')).toBe('World Health Organization');
    expect(bestLongForm('XYZ', 'nothing that spells it')).toBeUndefined();
  });

  it('makes no pair from brackets that are not definitions', () => {
    for (const text of [
      'MOSCOW (AA) – Russia and the US are considering a meeting.',
      'the Turkish news agency (AA) reported',
      '"He (the Russian diplomat) was refused a US visa," she said.',
      'about 500 miles (800 km) away',
      'near the Masjid Al-Haram (Grand Mosque)',
      'In the District Council (Second) functional constituency',
      'consultations with (Russian) Deputy Minister Sergey Ryabkov',
      'A sudden rain storm on Sunday night (March 4)',
      'the UN said (see the UN report for details)',
    ])
      expect(findParenthetical(text), text).toEqual([]);
  });

  it('tells acronyms from ordinary capitalised words', () => {
    expect(['CIS', 'IE9', 'U.S.', 'VoIP', 'G20'].every(looksLikeAcronym)).toBe(true);
    expect(['Al-Haram', 'Second', 'Russian', 'McDonald', 'A'].some(looksLikeAcronym)).toBe(false);
  });
});

describe('acronyms spelled out elsewhere in the article', () => {
  it('pairs an acronym with a capitalised name whose initials it is', () => {
    expect(pairs(['The exhibit opened at the University of Southern Indiana.', "USI's art gallery is one of many."])).toEqual([
      'USI=University of Southern Indiana',
    ]);
    expect(pairs(['KPA posts were shelled.', "Commanders of the Korean People's Army were dispatched."])).toEqual([
      "KPA=Korean People's Army",
    ]);
  });

  it('does not take part of a longer name, or a name with a different number', () => {
    expect(pairs(['The Under Secretary of State is in Moscow.', 'Russia and the US talked.'])).toEqual([]);
    expect(pairs(['the University of Sheffield of the UK and the US'])).toEqual([]);
    expect(pairs(['The Internet Explorer 6 Countdown site.', 'Stop using IE6.'])).toEqual([]);
    expect(pairs(['Internet Explorer 8 is out.', 'Stop using IE6.'])).toEqual([]);
  });

  it('asks a two-letter acronym to share a paragraph with its name', () => {
    expect(pairs(['Russia and the United States talked.', 'Later the US said more.'])).toEqual([]);
    expect(pairs(['Russia and the United States talked; later the US said more.'])).toEqual(['US=United States']);
  });
});

describe('the Wikinews dev articles', () => {
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/acronyms-wikinews.json'), 'utf8')).articles as Record<
    string,
    { short: string; long: string }[]
  >;
  const dir = join(corporaDir, 'wikinews/articles');

  it('has a gold list for every article', () => {
    expect(Object.keys(gold).sort()).toEqual(readdirSync(dir).filter((f) => f.endsWith('.md')).sort());
  });

  it('finds every acronym the articles define, with its long form, and no other pair', () => {
    const found: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const [file, list] of Object.entries(gold)) {
      const { article } = extractArticle(file, readFileSync(join(dir, file)), []);
      found[file] = pairs([article.title, ...article.blocks.map((b) => b.text)]).sort();
      expected[file] = list.map((a) => `${a.short}=${a.long}`).sort();
    }
    expect(found).toEqual(expected);
  });
});
