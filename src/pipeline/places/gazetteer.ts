/**
 * The places finder's gazetteer: countries and cities (generated from npm packages by
 * scripts/make-gazetteer.ts), regions, US states and organisations (hand-written), each with the
 * ways a text writes it. Assembled once, on first use. Sources and licences: src/data/places/README.md.
 */
import generated from '../../data/places/generated.json' with { type: 'json' };
import extra from '../../data/places/extra.json' with { type: 'json' };
import rules from '../../data/places/rules.json' with { type: 'json' };
import type { PLACE_KINDS } from '../../schema/briefing.ts';

/** What a place value names (the briefing schema's list). */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One place or organisation: the name the search filter shows, its kind, every way of writing it. */
export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  /** The name itself first, then its aliases ("US", "U.S.", "America" for "United States"). */
  forms: string[];
}

/** Which names need a cue and which capitalised neighbours leave a place a place (rules.json). */
export interface PlaceRules {
  needsCue: Set<string>;
  cueBefore: Set<string>;
  /** Words that make "of" before a name a place cue ("north of Santiago"). */
  cueBeforeOf: Set<string>;
  keepAfter: Set<string>;
  keepBefore: Set<string>;
  nameHeads: Set<string>;
  /** Lower-case nouns after a name that make it a place ("Arkhangai province"). */
  placeNounsAfter: Set<string>;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Entry by each form exactly as written. */
  byForm: Map<string, GazetteerEntry>;
  rules: PlaceRules;
}

interface RawEntry { name: string; kind: PlaceKind; aliases?: string[] }

let cached: Gazetteer | undefined;

/** The project's gazetteer, read from src/data/places/ on first use. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  cached = buildGazetteer([...(generated.entries as RawEntry[]), ...(extra.entries as RawEntry[])], extra.renames as Record<string, string>, extra.aliases as Record<string, string[]>, {
    needsCue: new Set([...rules.needsCue, ...generated.needsCue]),
    cueBefore: new Set(rules.cueBefore),
    cueBeforeOf: new Set(rules.cueBeforeOf),
    keepAfter: new Set(rules.keepAfter),
    keepBefore: new Set(rules.keepBefore),
    nameHeads: new Set(rules.nameHeads),
    placeNounsAfter: new Set(rules.placeNounsAfter),
  });
  return cached;
}

/**
 * Assemble a gazetteer from raw entries: renames applied, extra aliases added, one entry per name
 * (the first listed wins) and each form owned by one entry (a name before anyone's alias).
 */
export function buildGazetteer(raw: RawEntry[], renames: Record<string, string>, aliases: Record<string, string[]>, rules: PlaceRules): Gazetteer {
  const byName = new Map<string, GazetteerEntry>();
  for (const r of raw) {
    const name = renames[r.name] ?? r.name;
    const entry = byName.get(name) ?? { name, kind: r.kind, forms: [name] };
    for (const f of [...(r.aliases ?? []), ...(aliases[name] ?? [])]) if (!entry.forms.includes(f)) entry.forms.push(f);
    byName.set(name, entry);
  }
  const byForm = new Map<string, GazetteerEntry>();
  for (const e of byName.values()) byForm.set(e.name, e);
  for (const e of byName.values()) for (const f of e.forms.slice(1)) if (!byForm.has(f)) byForm.set(f, e);
  return { entries: [...byName.values()], byForm, rules };
}

/** The entry a written name stands for ("U.S." → United States), if the gazetteer knows it. */
export function lookUpPlace(form: string): GazetteerEntry | undefined {
  return gazetteer().byForm.get(form.trim().replace(/\s+/g, ' '));
}
