/**
 * How sure the people finder is of a quote's speaker and of a role. Each cue that can name a speaker has a
 * confidence (the share of quotes it named rightly on annotated articles, written by
 * `npm run fit:figures` into `data/attribution.json`); a quote whose cue falls below the threshold
 * is published as nobody's rather than given to a guessed speaker. Roles likewise, by the reading
 * that found them: a role below its threshold is left empty rather than guessed.
 */
import { createRequire } from 'node:module';
import type { SpeakerCue } from './attribution.ts';

/**
 * The reading that found a role: a title before the name, an appositive after it, a sentence that
 * opens on the title, the verb ("was elected mayor"), the next sentence's verb with a he or she
 * standing for the person ("He is, of course, the Iranian foreign minister"), a plural title shared by a list, the
 * story's opening "A delivery driver who…" for the person the next sentence names (`lead`), what the
 * person made ("founded by"), the organisation named with them, the side a barrister speaks for
 * ("Defending, Leonora Hill said": `court-side`).
 */
export type RoleSource = 'title-before' | 'appositive' | 'sentence-title' | 'predicate' | 'pronoun-predicate' | 'list' | 'lead' | 'agent' | 'affiliation' | 'court-side';

interface AttributionData {
  threshold: number;
  cues: Record<SpeakerCue, number>;
  roleThreshold: number;
  roles: Record<RoleSource, number>;
}

const data = createRequire(import.meta.url)('./data/attribution.json') as AttributionData;

/** Below this confidence a quote is not published as that person's. */
export const QUOTE_THRESHOLD = data.threshold;

/** Below this confidence a role is left empty rather than published. */
export const ROLE_THRESHOLD = data.roleThreshold;

/** Confidence of a role found by `source` (0 when no role was found). */
export function roleConfidence(source: RoleSource | 'none'): number {
  return source === 'none' ? 0 : (data.roles[source] ?? 0);
}

/** Confidence of a speaker found by `cue`. */
export function cueConfidence(cue: SpeakerCue): number {
  return data.cues[cue] ?? 0;
}
