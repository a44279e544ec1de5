/**
 * Linking the people of each briefing to profiles in `content/figures/`. A name, or an alias an
 * editor added, that matches an existing profile reuses it; otherwise a new stub profile is made.
 * Existing profiles are never rewritten.
 */
import { slugify } from '../slug.js';
import type { ProfileRecord } from '../content-store.js';
import type { ExtractedFigure } from './index.js';

/** Fold a name for comparison: no accents, no middle initials, lowercase. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b\p{L}\.\s*/gu, '') // middle initials: "Vladimir V. Putin"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Profiles known so far, with every name that leads to each. */
export class ProfileRegistry {
  private byKey = new Map<string, ProfileRecord>();
  private ids = new Set<string>();
  /** Profiles created during this run, to be written as stubs. */
  readonly created: ProfileRecord[] = [];

  constructor(existing: ProfileRecord[]) {
    for (const p of existing) this.add(p);
  }

  private add(p: ProfileRecord): void {
    this.ids.add(p.id);
    for (const n of [p.name, ...p.aliases]) {
      const k = nameKey(n);
      if (k && !this.byKey.has(k)) this.byKey.set(k, p);
    }
  }

  /** The profile for a person found in an article, created as a stub when none matches. */
  resolve(figure: ExtractedFigure): ProfileRecord {
    for (const n of [figure.name, ...figure.aliases]) {
      const hit = this.byKey.get(nameKey(n));
      // A lone surname is ambiguous across a whole archive: it links only through the full name.
      if (hit && nameKey(n).includes(' ')) return hit;
    }
    let id = slugify(figure.name, 60) || 'person';
    for (let i = 2; this.ids.has(id); i++) id = `${slugify(figure.name, 60) || 'person'}-${i}`;
    const profile: ProfileRecord = { id, name: figure.name, aliases: [], role: '', draft: true };
    this.add(profile);
    this.created.push(profile);
    return profile;
  }
}
