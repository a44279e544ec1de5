/**
 * site.config.ts: the settings are validated with messages that name the setting, the address
 * comes from SITE_URL, the file or the CI host (in that order), and the corrections contact
 * becomes a link.
 */
import { describe, expect, it } from 'vitest';
import { hostAddress, loadSettings } from '../src/lib/site-settings.ts';
import type { SiteConfigInput } from '../src/schema/site-config.ts';

const base: SiteConfigInput = { name: 'The Daily Brief', tagline: 'News in short.' };

describe('site settings', () => {
  it('applies the defaults and leaves the address unset when nothing gives one', () => {
    const s = loadSettings(base, {});
    expect(s).toMatchObject({ name: 'The Daily Brief', basePath: '/', locale: 'en-GB', timeZone: 'UTC', branch: 'main', language: 'en' });
    expect(s.url).toBeUndefined();
    expect(s.corrections).toBeUndefined();
  });

  it('names every wrong setting, and the nearest field for a misspelt one', () => {
    const wrong = { ...base, url: 'ftp://news.example.com', locale: 'not a locale', timeZone: 'Mars/Olympus', basePath: 'briefings', corrections: 'nobody', tagine: 'x' };
    expect(() => loadSettings(wrong as SiteConfigInput, {})).toThrow(
      [
        'site.config.ts: url: must be a web address starting https:// (or http://)',
        'site.config.ts: basePath: must start and end with "/", e.g. "/" or "/briefings/"',
        'site.config.ts: locale: must be a language tag such as "en-GB", "en-US" or "fr"',
        'site.config.ts: timeZone: must be a time zone such as "UTC" or "Europe/London"',
        'site.config.ts: corrections: must be an e-mail address or a web address',
        'site.config.ts: `tagine` is not a field of the site settings; did you mean `tagline`?',
      ].join('\n'),
    );
  });

  it('takes the address from SITE_URL over the file, and the file over the CI host', () => {
    const gh = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'Daily-News', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'Daily-News/brief' };
    expect(loadSettings(base, gh)).toMatchObject({ url: 'https://daily-news.github.io', urlFrom: 'GitHub Actions', repository: 'https://github.com/Daily-News/brief' });
    expect(loadSettings({ ...base, url: 'https://brief.example.com/' }, gh)).toMatchObject({ url: 'https://brief.example.com', urlFrom: 'site.config.ts' });
    expect(loadSettings({ ...base, url: 'https://brief.example.com' }, { ...gh, SITE_URL: 'https://other.example.com' })).toMatchObject({ url: 'https://other.example.com', urlFrom: 'SITE_URL' });
    expect(loadSettings(base, { BASE_PATH: '/brief/' }).basePath).toBe('/brief/');
    expect(() => loadSettings(base, { SITE_URL: 'https://x.example.com/brief/' })).toThrow(
      'SITE_URL: the site address must be an origin such as https://news.example.com (the sub-path goes in basePath or BASE_PATH), not "https://x.example.com/brief/"',
    );
  });

  it('knows the addresses Netlify, Vercel and Cloudflare Pages announce', () => {
    expect(hostAddress({ NETLIFY: 'true', URL: 'https://brief.netlify.app' })).toEqual({ url: 'https://brief.netlify.app', from: 'Netlify' });
    expect(hostAddress({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'brief.vercel.app' })).toEqual({ url: 'https://brief.vercel.app', from: 'Vercel' });
    expect(hostAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://brief.pages.dev' })).toEqual({ url: 'https://brief.pages.dev', from: 'Cloudflare Pages' });
    expect(hostAddress({})).toBeUndefined();
  });

  it('links the corrections contact: an e-mail address by mailto, else the issues of the repository', () => {
    expect(loadSettings({ ...base, corrections: 'desk@brief.example.com' }, {}).correctionsHref).toBe('mailto:desk@brief.example.com');
    expect(loadSettings({ ...base, repository: 'https://github.com/daily/brief' }, {})).toMatchObject({
      corrections: 'https://github.com/daily/brief/issues',
      correctionsHref: 'https://github.com/daily/brief/issues',
    });
  });
});
