import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../src/lib/json-ld.ts';
import { licenseUrl } from '../src/lib/license.ts';
import { briefingSchema } from '../src/schema/briefing.ts';

const briefing = (over: Record<string, unknown> = {}) =>
  briefingSchema.parse({
    title: 'Talks resume',
    slug: 'talks-resume',
    source: { file: 'a.md', name: 'Wikinews', url: 'https://en.wikinews.org/wiki/Talks', license: 'CC BY 2.5', author: 'Wikinews contributors' },
    date: '2021-10-14',
    dateline: { place: 'MOSCOW', agency: 'AA' },
    summary: 'Talks resumed.',
    figures: [{ id: 'sergey-lavrov', name: 'Sergey Lavrov' }],
    ...over,
  });

describe('serializeJsonLd', () => {
  it('cannot be broken out of by a title holding </script> or <!--, and stays the same JSON', () => {
    const data = { headline: 'Bad </script><script>alert(1)</script> <!-- & \u2028' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('newsArticleJsonLd', () => {
  it('describes the briefing with its source as isBasedOn and the CC BY attribution', () => {
    const ld = newsArticleJsonLd(briefing(), { url: 'https://x.org/briefings/talks-resume/', publisher: 'Briefings' }) as Record<string, any>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('Talks resume');
    expect(ld.datePublished).toBe('2021-10-14');
    expect(ld.url).toBe('https://x.org/briefings/talks-resume/');
    expect(ld.isBasedOn.url).toBe('https://en.wikinews.org/wiki/Talks');
    expect(ld.isBasedOn.license).toBe('https://creativecommons.org/licenses/by/2.5/');
    expect(ld.isBasedOn.creditText).toBe('Wikinews contributors, CC BY 2.5');
    expect(ld.contentLocation.name).toBe('MOSCOW');
    expect(ld.mentions).toEqual([{ '@type': 'Person', name: 'Sergey Lavrov' }]);
  });

  it('leaves out what the source does not give: no date, no licence, no link', () => {
    const ld = newsArticleJsonLd(briefing({ date: undefined, dateline: undefined, source: { file: 'a.txt' } }), { url: 'https://x.org/b/', publisher: 'B' }) as Record<string, any>;
    expect(ld.datePublished).toBeUndefined();
    expect(ld.license).toBeUndefined();
    expect(ld.isBasedOn).toEqual({ '@type': 'NewsArticle', headline: 'Talks resume' });
  });
});

describe('licenseUrl', () => {
  it.each([
    ['CC BY 2.5', 'https://creativecommons.org/licenses/by/2.5/'],
    ['cc-by-sa 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/'],
    ['CC BY-NC-ND 3.0', 'https://creativecommons.org/licenses/by-nc-nd/3.0/'],
  ])('%s → %s', (name, url) => expect(licenseUrl(name)).toBe(url));

  it.each(['All rights reserved', 'CC0', '', undefined])('no deed for %s', (name) => expect(licenseUrl(name)).toBeUndefined());
});
