/**
 * The cleaning rules (rules.json beside this file), checked with one zod schema when loaded and
 * compiled once. Knowledge of page furniture lives in the data file, each rule with a note and a
 * source; this module only reads it.
 */
import { z } from 'zod';
import data from './rules.json' with { type: 'json' };

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['line', 'prefix', 'sentence', 'inline', 'tail', 'bio']),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsy]*$/),
  maxWords: z.number().int().positive().optional(),
  /** The rule does not apply to a line this matches (a cookie banner is not "…we use cookies, she joked"). */
  unless: z.string().optional(),
  /** A line the rule removes heads a list ("Related Topics"): the short labels right after it go too. */
  opensList: z.boolean().optional(),
  /** What the line's first group names, kept when the line goes ("interviewer": "Interview by …"). */
  names: z.enum(['interviewer']).optional(),
  note: z.string().min(1),
  source: z.string().min(1),
});

const markerSchema = z.object({
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsuy]*$/),
  note: z.string().min(1),
  /** Holds even in a line that reports speech (a credit closing the line, a label opening it). */
  strong: z.boolean(),
});

/** The whole rules file. */
export const cleaningRulesSchema = z.object({
  rules: z.array(ruleSchema).min(1),
  captions: z.object({
    maxWords: z.number().int().positive(),
    markers: z.array(markerSchema).min(1),
    actionVerbs: z.string().min(1),
    timeWords: z.string().min(1),
    progressive: z.string().min(1),
  }),
});

/** One compiled rule. */
export interface CleaningRule {
  id: string;
  kind: 'line' | 'prefix' | 'sentence' | 'inline' | 'tail' | 'bio';
  re: RegExp;
  unless?: RegExp;
  maxWords: number;
  opensList: boolean;
  names?: 'interviewer';
}

/** Compiled caption knowledge. */
export interface CaptionRules {
  maxWords: number;
  markers: { re: RegExp; strong: boolean }[];
  actionVerbs: Set<string>;
  timeWords: Set<string>;
  progressive: RegExp;
}

/** A compiled regular expression, naming the rule when its pattern does not compile. */
function compile(id: string, pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags.includes('u') ? flags : `u${flags}`);
  } catch (e) {
    throw new Error(`src/pipeline/clean/rules.json: rule "${id}" has a bad pattern: ${(e as Error).message}`);
  }
}

/**
 * Check and compile a rules file's content.
 * @throws Error naming the file and the first problem.
 */
export function compileRules(raw: unknown): { rules: CleaningRule[]; captions: CaptionRules } {
  const parsed = cleaningRulesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`src/pipeline/clean/rules.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  const { rules, captions } = parsed.data;
  const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
  return {
    rules: rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      re: compile(r.id, r.pattern, r.flags),
      ...(r.unless ? { unless: compile(r.id, r.unless, 'i') } : {}),
      maxWords: r.maxWords ?? Infinity,
      opensList: r.opensList ?? false,
      ...(r.names ? { names: r.names } : {}),
    })),
    captions: {
      maxWords: captions.maxWords,
      markers: captions.markers.map((m, i) => ({ re: compile(`captions.markers[${i}]`, m.pattern, m.flags), strong: m.strong })),
      actionVerbs: words(captions.actionVerbs),
      timeWords: words(captions.timeWords),
      progressive: compile('captions.progressive', captions.progressive, 'i'),
    },
  };
}

/** The shipped rules, compiled. */
export const CLEANING = compileRules(data);
