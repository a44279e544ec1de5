/**
 * A person's profile, `content/figures/<id>.md`. The brief command creates a stub the first time
 * a person appears and never touches it again: editors own the bio, role and aliases. Strict: a
 * misspelt field is an error (see src/schema/briefing.ts).
 */
import { z } from 'zod';

export const figureProfileSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Other spellings that mean this person ("Putin", "Vladimir V. Putin"); editors add more to merge profiles. */
  aliases: z.array(z.string().trim().min(1)).default([]).describe('Other spellings of the name; add one to merge two profiles.'),
  /** A standing role an editor may set; briefings show the role the article states. */
  role: z.string().default('').describe('A standing role; briefings show the role the article states.'),
  /** True while the profile is an untouched stub. */
  draft: z.boolean().default(true).describe('On while the profile is an untouched stub; turn off once reviewed.'),
}).meta({ noun: 'a profile' });

export type FigureProfile = z.infer<typeof figureProfileSchema>;
