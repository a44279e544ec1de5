/**
 * Synthetic archives for the benchmark: N source articles made by recombining paragraphs of the
 * real seed articles, with people's names swapped for generated ones and fresh titles, so slugs,
 * people and profiles differ from article to article as they do in a real archive.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../pipeline/decode.ts';
import { parseSource } from '../pipeline/parse-source.ts';

const GIVEN = 'Amara Bilal Chiara Dmitri Elif Farid Greta Hana Ivan Jun Kofi Leila Marco Nadia Omar Priya Quentin Rosa Sanjay Tomas Ulla Vera Wei Ximena Yusuf Zofia Aiko Bruno Carmen Diego'.split(' ');
const FAMILY = 'Abara Berg Castillo Dimitrov Eriksen Fadel Gomez Haddad Ilic Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quispe Rahman Silva Tanaka Umarov Varga Wojcik Xu Yilmaz Zeller Novak Adeyemi Brandt Costa'.split(' ');
const PLACES = 'Lisbon Nairobi Osaka Quito Tallinn Accra Hanoi Porto Tbilisi Oslo Lima Dakar Graz Recife Cork'.split(' ');
const TOPICS = 'budget talks|water rights|port strike|election result|trade deal|court ruling|heat wave|rail plan|school reform|health survey|border dispute|energy prices|festival opens|science prize|flood warning'.split('|');

/** A small deterministic PRNG (mulberry32), so the same N gives the same archive. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SourcePool {
  paragraphs: string[];
  /** Capitalised two-word sequences seen in the sources, replaced by generated names. */
  names: Set<string>;
}

function readPool(seedsDir: string): SourcePool {
  const paragraphs: string[] = [];
  const names = new Set<string>();
  for (const file of readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const decoded = decodeArticle(readFileSync(join(seedsDir, file)));
    if (!decoded.ok) continue;
    const article = parseSource(file, decoded.text);
    for (const b of article.blocks) {
      if (b.kind !== 'paragraph' || b.text.split(/\s+/).length < 12) continue;
      paragraphs.push(b.text);
      for (const m of b.text.matchAll(/\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b/g)) names.add(m[0]);
    }
  }
  return { paragraphs, names };
}

/**
 * Write `count` articles of about `words` words each into `outDir` (created if needed).
 * Returns the file names written.
 */
export function generateArchive(seedsDir: string, outDir: string, count: number, words = 800): string[] {
  const pool = readPool(seedsDir);
  if (pool.paragraphs.length === 0) throw new Error(`no usable paragraphs in ${seedsDir}`);
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const rand = random(i + 1);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    // Each article has its own cast: every name in the borrowed text maps to a generated one.
    const cast = new Map<string, string>();
    const rename = (name: string) => {
      let to = cast.get(name);
      if (!to) {
        to = `${pick(GIVEN)} ${pick(FAMILY)}`;
        cast.set(name, to);
      }
      return to;
    };
    const body: string[] = [];
    let n = 0;
    while (n < words) {
      const p = pick(pool.paragraphs).replace(/\b[A-Z][a-z]+ [A-Z][a-z]{2,}\b/g, (m) => (pool.names.has(m) ? rename(m) : m));
      body.push(p);
      n += p.split(/\s+/).length;
    }
    const lead = [...cast.values()][0] ?? `${pick(GIVEN)} ${pick(FAMILY)}`;
    const title = `${lead} on ${pick(TOPICS)} in ${pick(PLACES)} (${i + 1})`;
    const file = `bench-${String(i + 1).padStart(6, '0')}.txt`;
    writeFileSync(join(outDir, file), `${title}\n\n${body.join('\n\n')}\n`);
    files.push(file);
  }
  return files;
}
