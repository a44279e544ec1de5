/**
 * How sure the people finder is of a quote's speaker. Each cue that can name a speaker has a
 * confidence (the share of quotes it named rightly on annotated articles, written by
 * `npm run fit:figures` into `data/attribution.json`); a quote whose cue falls below the threshold
 * is published as nobody's rather than given to a guessed speaker.
 */
import { createRequire } from 'node:module';
import type { SpeakerCue } from './attribution.ts';

interface AttributionData {
  threshold: number;
  cues: Record<SpeakerCue, number>;
}

const data = createRequire(import.meta.url)('./data/attribution.json') as AttributionData;

/** Below this confidence a quote is not published as that person's. */
export const QUOTE_THRESHOLD = data.threshold;

/** Confidence of a speaker found by `cue`. */
export function cueConfidence(cue: SpeakerCue): number {
  return data.cues[cue] ?? 0;
}
