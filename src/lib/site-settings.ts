/**
 * The site's settings as the build uses them: `site.config.ts` validated, with what the
 * environment decides on top (`SITE_URL`, `BASE_PATH`, and the address and repository a CI host
 * announces). Read by astro.config.mjs, the pages and the build script.
 */
import rawConfig from '../../site.config.ts';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from '../schema/site-config.ts';
import { describeIssue, fieldName } from '../check/describe-issue.ts';
import { unknownFieldMessage } from '../check/unknown-field.ts';

/** The settings with every default and environment override applied. */
export interface SiteSettings extends Omit<SiteConfig, 'url'> {
  /** The public origin, or undefined when nothing gives one (a local build). */
  url?: string;
  /** Where the address came from: "SITE_URL", "site.config.ts" or the CI host's name. */
  urlFrom?: string;
  /** A link for corrections: `mailto:` for an address, else the web address; undefined when none. */
  correctionsHref?: string;
  /** The language part of the locale ("en" of "en-GB"), for Pagefind and feeds. */
  language: string;
}

type Env = Record<string, string | undefined>;

/** What an unset address becomes in a local build: the address `npm run preview` serves. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

/**
 * The address a static host's build environment announces, with the host's name: GitHub Actions
 * (a Pages site of the repository's owner), Netlify, Vercel, Cloudflare Pages.
 */
export function hostAddress(env: Env): { url: string; from: string } | undefined {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY_OWNER) {
    return { url: `https://${env.GITHUB_REPOSITORY_OWNER.toLowerCase()}.github.io`, from: 'GitHub Actions' };
  }
  if (env.NETLIFY === 'true' && env.URL) return { url: env.URL, from: 'Netlify' };
  if (env.VERCEL === '1' && env.VERCEL_PROJECT_PRODUCTION_URL) return { url: `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`, from: 'Vercel' };
  if (env.CF_PAGES === '1' && env.CF_PAGES_URL) return { url: env.CF_PAGES_URL, from: 'Cloudflare Pages' };
  return undefined;
}

/**
 * Validate `input` (site.config.ts) and apply the environment (none in a browser: the editing
 * interface formats dates with the settings file alone).
 * @throws Error listing every invalid setting as `site.config.ts: <field>: <what is wrong>`.
 */
export function loadSettings(input: SiteConfigInput = rawConfig, env: Env = globalThis.process?.env ?? {}): SiteSettings {
  const parsed = siteConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => `site.config.ts: ${unknownFieldMessage(siteConfigSchema, issue.path, k)}`)
        : [`site.config.ts: ${fieldName(issue.path)}: ${describeIssue(issue, input)}`],
    );
    throw new Error(lines.join('\n'));
  }
  const config = parsed.data;
  const host = hostAddress(env);
  const [url, urlFrom] = env.SITE_URL
    ? [env.SITE_URL, 'SITE_URL']
    : config.url
      ? [config.url, 'site.config.ts']
      : host
        ? [host.url, host.from]
        : [undefined, undefined];
  if (url !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(url)) {
    throw new Error(`${urlFrom}: the site address must be an origin such as https://news.example.com (the sub-path goes in basePath or BASE_PATH), not "${url}"`);
  }
  const repository =
    config.repository ?? (env.GITHUB_ACTIONS === 'true' && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined);
  const corrections = config.corrections ?? (repository ? `${repository.replace(/\/$/, '')}/issues` : undefined);
  return {
    ...config,
    url: url?.replace(/\/$/, ''),
    urlFrom,
    basePath: env.BASE_PATH || config.basePath,
    repository,
    corrections,
    correctionsHref: corrections && (/^https?:/.test(corrections) ? corrections : `mailto:${corrections}`),
    language: new Intl.Locale(config.locale).language,
  };
}

/** The settings of this build. */
export const settings: SiteSettings = loadSettings();
