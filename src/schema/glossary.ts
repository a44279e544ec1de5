/**
 * A glossary entry, `content/glossary/<id>.md`: a term, its short definition and the other
 * forms under which it appears in articles. Strict: a misspelt field is an error (see
 * src/schema/briefing.ts).
 */
import { z } from 'zod';

export const glossaryEntrySchema = z.strictObject({
  term: z.string().trim().min(1),
  definition: z.string().trim().min(1),
  /** Other forms of the term ("United Nations" for "UN"); matched like the term. */
  aliases: z.array(z.string().trim().min(1)).default([]).describe('Other forms of the term, matched like the term ("United Nations" for "UN").'),
  /** What kind of term this is; used to group the A–Z index. */
  kind: z.enum(['organisation', 'office', 'concept', 'agency', 'place', 'other']).default('other').describe('Groups the A–Z index.'),
  /** True for an entry the brief command drafted from an article; an editor clears it after review. */
  draft: z.boolean().default(false).describe('On for an entry the brief command drafted; turn off once reviewed.'),
  /** Match the term only with this exact letter case (short acronyms such as "UN" or "AA"). */
  caseSensitive: z.boolean().default(false).describe('Match only with this exact letter case (short acronyms such as "UN").'),
}).meta({ noun: 'a glossary entry' });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
