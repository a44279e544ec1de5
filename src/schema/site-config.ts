/**
 * The site's settings, `site.config.ts` at the top of the repository: what a newsroom changes to
 * make the site its own. Validated when the build starts, so a mistake there stops the build with
 * the setting's name instead of shipping a broken site.
 */
import { z } from 'zod';

/** A language tag the runtime can format dates in, e.g. "en-GB" or "fr". */
const locale = z.string().refine((l) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([l]).length > 0;
  } catch {
    return false;
  }
}, 'must be a language tag such as "en-GB", "en-US" or "fr"');

/** An IANA time zone, e.g. "Europe/London". */
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be a time zone such as "UTC" or "Europe/London"');

const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting https:// (or http://)' });

export const siteConfigSchema = z
  .strictObject({
    /** The publication's name: header, page titles, feeds, structured data. */
    name: z.string().trim().min(1),
    /** One sentence on what the site is: the home page's meta description and the feeds'. */
    tagline: z.string().trim().min(1),
    /** An image in `public/` shown before the name in the header (e.g. "logo.svg"); none by default. */
    logo: z
      .string()
      .regex(/^[\w./-]+\.(?:svg|png|webp|jpe?g|avif)$/i, 'must be the file name of an image in public/, e.g. "logo.svg"')
      .refine((p) => !p.split('/').includes('..'), 'must be a file inside public/')
      .optional(),
    /**
     * The public address (origin, no path), e.g. "https://news.example.com": canonical links, feeds
     * and the sitemap use it. `SITE_URL` overrides it; on GitHub Actions, Netlify, Vercel and
     * Cloudflare Pages the host's own address is used when neither is set.
     */
    url: webAddress.optional(),
    /** The sub-path the site is served under ("/" or e.g. "/briefings/"); `BASE_PATH` overrides it. */
    basePath: z.string().regex(/^\/(?:[^/\s]+\/)*$/, 'must start and end with "/", e.g. "/" or "/briefings/"').default('/'),
    /** Language and date format of the pages, feeds and search index. Default "en-GB". */
    locale: locale.default('en-GB'),
    /** The newsroom's time zone: the day an undated article is first briefed is the day here. Default "UTC". */
    timeZone: timeZone.default('UTC'),
    /**
     * Where readers send corrections: an e-mail address or a web address (a form, an issue
     * tracker). Default: the repository's issues page when `repository` is known, else none.
     */
    corrections: z.union([z.email(), webAddress], { error: 'must be an e-mail address or a web address' }).optional(),
    /**
     * The repository the site is built from, e.g. "https://github.com/newsroom/briefings": briefing
     * pages link to "Suggest an edit" there. On GitHub Actions it is the repository being built.
     */
    repository: webAddress.optional(),
    /** The branch editors propose changes to. Default "main". */
    branch: z.string().regex(/^[\w./-]+$/).default('main'),
  })
  .meta({ noun: 'the site settings' });

/** The settings as written in site.config.ts (defaults not yet applied). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The settings as the site uses them. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Type-checks site.config.ts as it is written; validation happens when the build reads it. */
export function defineSiteConfig(config: SiteConfigInput): SiteConfigInput {
  return config;
}
