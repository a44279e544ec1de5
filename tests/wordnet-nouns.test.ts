/**
 * The choice of WordNet nouns for what people do (src/pipeline/figures/wordnet-nouns.ts), on a few
 * made-up lines in WordNet's file formats, and the shipped list the people finder reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSynsets, personNounsFromWordNet, WORDNET_NOT_PERSONS } from '../src/pipeline/figures/wordnet-nouns.ts';

// data.noun: offset, lexicographer file, pos, word count (hex), words with lex ids, pointer count,
// pointers (symbol, offset, pos, source/target), gloss. "@" points to a hypernym.
const DATA = [
  '  1 This software and database is being provided to you, the LICENSEE …',
  '00000001 03 n 01 person 0 000 | a human being',
  '00000002 18 n 01 worker 0 001 @ 00000001 n 0000 | a person who works',
  '00000003 18 n 02 lifeguard 0 lifesaver 0 001 @ 00000002 n 0000 | an attendant at a beach',
  '00000004 18 n 01 Turner 0 001 @i 00000002 n 0000 | a painter (an instance, not a kind)',
  '00000005 05 n 01 bird 0 000 | a warm-blooded egg-laying vertebrate',
  '00000006 05 n 01 weaver 0 001 @ 00000005 n 0000 | a finch that weaves nests',
  '00000007 18 n 01 weaver 0 001 @ 00000002 n 0000 | a craftsman who weaves cloth',
  '00000008 18 n 01 victim 0 001 @ 00000001 n 0000 | a person harmed (not under the root)',
  '00000009 18 n 01 tackle 0 001 @ 00000002 n 0000 | a player position',
].join('\n');
// index.noun: lemma, pos, synset count, pointer count, pointer symbols, sense count, tagged sense count, offsets (commonest first).
const INDEX = [
  '  1 This software and database …',
  'lifeguard n 1 1 @ 1 0 00000003',
  'lifesaver n 1 1 @ 1 0 00000003',
  'turner n 1 1 @i 1 0 00000004',
  'weaver n 2 1 @ 2 0 00000006 00000007',
  'victim n 1 1 @ 1 0 00000008',
  'tackle n 1 1 @ 1 0 00000009',
  'worker n 1 1 @ 1 0 00000002',
].join('\n');

describe('WordNet nouns for what people do', () => {
  it('reads synsets and their hypernyms, not instance links', () => {
    const synsets = parseSynsets(DATA);
    expect(synsets.get('00000003')).toEqual({ words: ['lifeguard', 'lifesaver'], hypernyms: ['00000002'] });
    expect(synsets.get('00000004')!.hypernyms).toEqual([]);
  });

  it('keeps a word whose commonest sense lies under a root', () => {
    const words = personNounsFromWordNet(DATA, INDEX, ['00000002']);
    expect(words).toContain('lifeguard');
    expect(words).toContain('lifesaver');
    // The root's own word is under it too, but compromise already tags "worker" as a person.
    expect(words).not.toContain('worker');
  });

  it('leaves out a word whose commonest sense is something else, a kind outside the roots, an instance and a listed exception', () => {
    const words = personNounsFromWordNet(DATA, INDEX, ['00000002']);
    expect(words).not.toContain('weaver'); // a bird first
    expect(words).not.toContain('victim');
    expect(words).not.toContain('turner');
    expect(WORDNET_NOT_PERSONS).toContain('tackle');
    expect(words).not.toContain('tackle');
  });

  it('ships a list with its source and WordNet’s licence notice', () => {
    const data = JSON.parse(readFileSync('src/pipeline/figures/data/wordnet-person-nouns.json', 'utf8')) as { source: string; licence: string; words: string[] };
    expect(data.licence).toMatch(/WordNet 3\.0 Copyright 2006 by Princeton University/);
    expect(data.licence).toMatch(/PROVIDED "AS IS"/);
    expect(data.source).toMatch(/WordNet 3\.1/);
    expect(data.words).toEqual([...data.words].sort());
    for (const w of ['lifeguard', 'jeweller', 'postmistress', 'guide']) expect(data.words).toContain(w);
    for (const w of WORDNET_NOT_PERSONS) expect(data.words).not.toContain(w);
  });
});
