/**
 * The briefing format: the one definition of what a briefing's frontmatter holds.
 *
 * The brief command validates every briefing against this schema before it writes it, and the
 * Astro content collection (`src/content.config.ts`) validates every file against it when it
 * reads, so a generated file and an editor's edit are held to the same contract. Objects are
 * strict: a misspelt field (`sumary:`) is an error, not a field silently dropped. Each object's
 * `noun` (zod metadata) is how the check names it to an editor ("not a field of a figure").
 */
import { z } from 'zod';

/** Text on one line: YAML and HTML attributes both stay simple when values have no controls. */
const line = z.string().trim().min(1).max(2000);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a YYYY-MM-DD text is not a day of the calendar ("there is no month 13"), or undefined when
 * it is one. JavaScript's Date would roll 2024-13-45 over to 14 February 2025 without a word.
 */
export function impossibleDate(iso: string): string | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/**
 * A calendar date kept as text, YYYY-MM-DD. YAML readers turn an unquoted 2021-10-14 into a Date
 * (Astro's does), so a Date is accepted and written back as text.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 2021-10-14')
    .superRefine((iso, ctx) => {
      const why = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? impossibleDate(iso) : undefined;
      if (why) ctx.addIssue({ code: 'custom', message: `is ${iso}, which is not a real date (${why}): write the date YYYY-MM-DD, e.g. 2021-10-14` });
    }),
);

/** Where the briefing's text came from, and the terms under which it may be shown. */
export const sourceSchema = z.strictObject({
  /** File name of the source article inside the seeds folder. */
  file: z.string().min(1).meta({ readOnly: true, description: 'The source article in seeds/; set by the brief command.' }),
  /** Publisher or outlet, e.g. "Wikinews" or "Anadolu Agency". */
  name: z.string().optional(),
  /** Link to the original; only http(s) links are allowed, so a `javascript:` URL never renders. */
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), { message: 'must be an http(s) link' })
    .optional(),
  /** Licence the source is published under, e.g. "CC BY 2.5". */
  license: z.string().optional(),
  /** Author or byline when the source names one. */
  author: z.string().optional(),
}).meta({ noun: 'the source' });

/** A dateline such as "MOSCOW (AA) –": where the story was filed and by which agency. */
export const datelineSchema = z.strictObject({
  place: z.string().min(1),
  agency: z.string().optional(),
}).meta({ noun: 'the dateline' });

/** A person in the story. `id` is the profile id under `content/figures/`. */
export const figureRefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "sergey-lavrov"'),
  name: line,
  /** The role as the article states it; empty when it does not say. */
  role: z.string().default('').describe('As the article states it; leave empty when it does not say.'),
  /** Direct quotes attributed to this person, verbatim. */
  quotes: z.array(z.string()).default([]).describe('Word for word as in the article, without quotation marks.'),
  /** How often the article mentions the person (full or partial name, pronouns excluded). */
  mentions: z.number().int().nonnegative().default(0).meta({ readOnly: true, description: 'Counted by the brief command.' }),
}).meta({ noun: 'a figure' });

/**
 * A direct quote the article gives no one for sure ("one resident said", a name two people share,
 * or a speaker the brief command is unsure of): shown as such rather than under a guessed person.
 */
export const unattributedQuoteSchema = z.strictObject({
  text: z.string().min(1).describe('Word for word as in the article, without quotation marks.'),
  /** 1-based body paragraph that holds the quote (anchored `p-N` on the page). */
  paragraph: z.number().int().positive().describe('The body paragraph (1, 2, …) the quote stands in.'),
}).meta({ noun: 'an unattributed quote' });

/** A term a reader may not know, with the definition shown on the page. */
export const glossaryRefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "un"'),
  term: line,
  definition: z.string().min(1),
}).meta({ noun: 'a glossary term' });

/**
 * A place or organisation the story is about: a value of the search's "places and organisations"
 * filter. Found by the brief command's places stage (src/pipeline/places/); an editor may add,
 * remove or rename entries, and an edited briefing is kept as it is.
 */
/** What a place value names; `place` is for anything else an editor adds. */
export const PLACE_KINDS = ['country', 'region', 'city', 'organisation', 'place'] as const;

export const placeRefSchema = z.strictObject({
  /** The name as the filter shows it, e.g. "Hong Kong", "United States", "NATO". */
  name: line,
  kind: z.enum(PLACE_KINDS).default('place').describe('What the name is: a country, a region or state, a city, an organisation, or another place.'),
}).meta({ noun: 'a place' });

/** Where a key point comes from: the body paragraph it restates (1-based, as anchored on the page). */
export const keyPointSchema = z.string().min(1);

/** Bookkeeping that lets the brief command tell its own output from an editor's edit. */
export const generatorSchema = z
  .strictObject({
    /** Hash of the source article's bytes when this file was generated. */
    sourceHash: z.string(),
    /** Hash of this file as generated; a file whose content no longer matches was edited. */
    contentHash: z.string(),
  })
  .meta({ noun: 'the generator block', readOnly: true, description: 'Written by the brief command: a file whose text no longer matches is kept as an edit.' });

/** The briefing frontmatter. */
export const briefingSchema = z.strictObject({
  title: line,
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "russia-us-talks"')
    .meta({ readOnly: true, description: 'The file name and web address; set by the brief command.' }),
  source: sourceSchema,
  /** Publication date as YYYY-MM-DD when the source gives one. */
  date: isoDate.optional(),
  /**
   * For an article with no date: the day the brief command first briefed it (in the site's time
   * zone), kept through later runs. The site places the briefing by `date`, else by this.
   */
  firstBriefed: isoDate.optional().meta({ readOnly: true, description: 'For an undated article, the day it was first briefed; set by the brief command.' }),
  dateline: datelineSchema.optional(),
  /** One or two sentences taken from the article. */
  summary: z.string().default('').describe('One or two sentences taken from the article.'),
  /** Three to five distinct facts, each ending with a link to its paragraph. */
  keyPoints: z.array(keyPointSchema).default([]).describe('Three to five distinct facts from the article.'),
  /** 1-based body paragraph each key point comes from (same order as keyPoints). */
  keyPointParagraphs: z.array(z.number().int().positive()).default([]).describe('The body paragraph (1, 2, …) each key point comes from, in the same order.'),
  figures: z.array(figureRefSchema).default([]).describe('The people in the story, most important first.'),
  unattributedQuotes: z
    .array(unattributedQuoteSchema)
    .default([])
    .describe('Quotes whose speaker the article does not state for sure; once you know who said one, move it to that person’s quotes.'),
  glossary: z.array(glossaryRefSchema).default([]).describe('Terms a reader may not know, marked at their first mention.'),
  places: z.array(placeRefSchema).default([]).describe('Places and organisations the story is about, most mentioned first; listed in the search filter.'),
  generator: generatorSchema.optional(),
}).meta({ noun: 'a briefing' });

/** A briefing as written to and read from disk. */
export type Briefing = z.infer<typeof briefingSchema>;
/** A briefing before defaults are applied. */
export type BriefingInput = z.input<typeof briefingSchema>;
export type FigureRef = z.infer<typeof figureRefSchema>;
export type GlossaryRef = z.infer<typeof glossaryRefSchema>;
export type PlaceRef = z.infer<typeof placeRefSchema>;
export type UnattributedQuoteRef = z.infer<typeof unattributedQuoteSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dateline = z.infer<typeof datelineSchema>;
