/**
 * findMentions (src/pipeline/glossary/mentions.ts) walks tries of the forms; here it is checked on
 * random forms and texts against a plain reading: at each place a word may start, try every form
 * with its own regular expression, keep the longest that ends where a word may end, then take
 * mentions leftmost-longest without overlap.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions, type Mention, type TermForm } from '../src/pipeline/glossary/mentions.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function plainReading(text: string, forms: TermForm[]): Mention[] {
  const all: Mention[] = [];
  for (let start = 0; start < text.length; start++) {
    if (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) continue;
    for (const caseSensitive of [true, false]) {
      let best: Mention | undefined;
      for (const f of forms.filter((f) => f.caseSensitive === caseSensitive)) {
        const re = new RegExp(`^(?:${f.text.trim().split(/\s+/).map(escape).join('\\s+')})`, caseSensitive ? 'u' : 'iu');
        const m = re.exec(text.slice(start));
        if (!m) continue;
        const end = start + m[0].length;
        if (WORD_CHAR.test(text.charAt(end))) continue;
        if (!best || end > best.end) best = { id: f.id, start, end };
      }
      if (best) all.push(best);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const out: Mention[] = [];
  let reached = 0;
  for (const m of all) if (m.start >= reached) (out.push(m), (reached = m.end));
  return out;
}

const WORDS = ['UN', 'un', 'Un', 'Security', 'council', 'Council', 'New', 'York', 'Times', 'Zoë', 'ZOË', 'AA', 'a', 'al-Amin', 'U.S.', 'Ōsaka'];
const SEPARATORS = [' ', '  ', '\n', ', ', '. ', '’s ', '-', '', '\u00a0', ' (', ') '];

/** A form's id says its text and whether case counts, so equal forms share an id and no listing order matters. */
const form = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([words, caseSensitive]): TermForm => {
    const text = words.join(' ');
    return { id: `${caseSensitive ? 'exact' : 'folded'}:${caseSensitive ? text : text.toLowerCase()}`, text, caseSensitive };
  });
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, 'Unity', 'Yorkshire', 'zoë'), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('finding mentions of forms in a text', () => {
  it('agrees with trying every form at every place a word may start', () => {
    fc.assert(
      fc.property(fc.array(form, { minLength: 1, maxLength: 8 }), text, (forms, t) => {
        expect(findMentions(t, forms)).toEqual(plainReading(t, forms));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a shorter form when the longest would end inside a word', () => {
    const forms: TermForm[] = [
      { id: 'times', text: 'New York Times', caseSensitive: false },
      { id: 'city', text: 'New York', caseSensitive: false },
    ];
    expect(findMentions('at the New York Timesville fair', forms)).toEqual([{ id: 'city', start: 7, end: 15 }]);
  });

  it('matches any run of white space between the words of a form, and letter case only where it counts', () => {
    const forms: TermForm[] = [
      { id: 'council', text: 'UN Security Council', caseSensitive: false },
      { id: 'un', text: 'UN', caseSensitive: true },
    ];
    expect(findMentions('the un security\n  council and the un', forms)).toEqual([{ id: 'council', start: 4, end: 25 }]);
    expect(findMentions('the UN, not the un', forms)).toEqual([{ id: 'un', start: 4, end: 6 }]);
  });
});
