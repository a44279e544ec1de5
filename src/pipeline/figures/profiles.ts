/**
 * Linking the people of each briefing to profiles in `content/figures/`. A name, or an alias an
 * editor added, that matches an existing profile reuses it; otherwise a new stub profile is made.
 * Existing profiles are never rewritten.
 *
 * Matching, strongest first:
 *   1. the full name or any multi-word alias, folded ("Vladimir V. Putin" = "Vladimir Putin");
 *   2. given name + surname, ignoring middle names, when only one profile has that pair;
 *   3. a lone word ("Putin"): a one-word profile or editor's alias spelled so, else the surname of
 *      exactly one profile.
 * An alias an editor writes on a profile outranks another profile's own name, so adding a
 * duplicate's name as an alias merges the two.
 */
import { slugify } from '../slug.ts';
import type { ProfileRecord } from '../content-store.ts';
import type { ExtractedFigure } from './index.ts';
import { foldAccents } from '../../lib/fold.ts';
import { KUNYA_WORDS } from './lexicon.ts';

/** Fold a name for comparison: no accents, no middle initials, no punctuation, lower case. */
export function nameKey(name: string): string {
  const words = foldAccents(name)
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1') // "K.C." → "KC." so initials stay one word
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
  // Middle initials ("Vladimir V. Putin") are dropped; a leading or closing one is kept.
  return words.filter((w, i) => !(i > 0 && i < words.length - 1 && w.length === 1)).join(' ');
}

/** "vladimir vladimirovich putin" → "vladimir putin": the given name and surname of a folded key. */
function outerKey(key: string): string | undefined {
  const w = key.split(' ');
  return w.length > 2 ? `${w[0]} ${w.at(-1)}` : undefined;
}

/** Profiles known so far, with every name that leads to each. */
export class ProfileRegistry {
  private byKey = new Map<string, ProfileRecord>();
  private byOuter = new Map<string, Set<ProfileRecord>>();
  private bySurname = new Map<string, Set<ProfileRecord>>();
  private ids = new Set<string>();
  /** Profiles created during this run, to be written as stubs. */
  readonly created: ProfileRecord[] = [];

  constructor(existing: ProfileRecord[]) {
    const sorted = [...existing].sort((a, b) => a.id.localeCompare(b.id));
    // Editors' aliases first: they win over another profile's own name (that is how two merge).
    for (const p of sorted) for (const a of p.aliases) this.index(a, p);
    for (const p of sorted) this.add(p);
  }

  private index(name: string, p: ProfileRecord): void {
    const k = nameKey(name);
    if (!k) return;
    if (!this.byKey.has(k)) this.byKey.set(k, p);
    const words = k.split(' ');
    if (words.length < 2) return;
    const outer = outerKey(k) ?? k;
    if (!this.byOuter.has(outer)) this.byOuter.set(outer, new Set());
    this.byOuter.get(outer)!.add(p);
    // "Umm Youssef" (a kunya, "mother of Youssef"): her son's given name is no family name of hers.
    if (words.length === 2 && KUNYA_WORDS.has(words[0]!)) return;
    const surname = words.at(-1)!;
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, new Set());
    this.bySurname.get(surname)!.add(p);
  }

  private add(p: ProfileRecord): void {
    this.ids.add(p.id);
    this.index(p.name, p);
    for (const a of p.aliases) this.index(a, p);
  }

  /** The existing profile a name leads to, if any (see the matching rules above). */
  find(names: string[]): ProfileRecord | undefined {
    const keys = names.map(nameKey).filter(Boolean);
    for (const k of keys) {
      const hit = this.byKey.get(k);
      // A lone word is ambiguous across a whole archive: it is tried only by the surname rule below.
      if (hit && k.includes(' ')) return this.owner(hit);
    }
    for (const k of keys) {
      if (!k.includes(' ')) continue;
      const hits = this.byOuter.get(outerKey(k) ?? k);
      if (hits?.size === 1) return this.owner([...hits][0]);
    }
    for (const k of keys) {
      if (k.includes(' ')) continue;
      // A one-word profile name ("Halston") or an editor's one-word alias is explicit; otherwise
      // the word must be the surname of exactly one profile.
      const named = this.byKey.get(k);
      if (named) return this.owner(named);
      const hits = this.bySurname.get(k);
      if (hits?.size === 1) return this.owner([...hits][0]);
    }
    return undefined;
  }

  /** A profile whose own name is an editor's alias elsewhere belongs to that other profile. */
  private owner(p: ProfileRecord): ProfileRecord {
    const merged = this.byKey.get(nameKey(p.name));
    return merged ?? p;
  }

  /** The profile for a person found in an article, created as a stub when none matches. */
  resolve(figure: ExtractedFigure): ProfileRecord {
    // A full name links only through full names: its surname alone could be someone else's.
    const full = nameKey(figure.name).includes(' ');
    const hit = this.find(full ? [figure.name, ...figure.aliases].filter((n) => nameKey(n).includes(' ')) : [figure.name]);
    if (hit) return hit;
    const base = slugify(figure.name, 60) || 'person';
    let id = base;
    for (let i = 2; this.ids.has(id); i++) id = `${base}-${i}`;
    // Other full forms of the name seen in the article help link later briefings; lone surnames do not.
    const aliases = figure.aliases.filter((a) => nameKey(a).includes(' ') && nameKey(a) !== nameKey(figure.name));
    const profile: ProfileRecord = { id, name: figure.name, aliases, role: '', draft: true };
    this.add(profile);
    this.created.push(profile);
    return profile;
  }
}
