/**
 * Words that are also the names of JavaScript's built-in object properties ("Constructor",
 * "toString", "__proto__") are ordinary words in news ("Consorcio Constructor Pilcomayo", a
 * firm's name): the stage must read them as words, never as the look-up tables' own properties.
 * Found when a Bolivian firm called "Consorcio Constructor …" stopped the people finder with a
 * TypeError, so that its briefing had no people at all.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.ts';

/** Every property an object literal inherits, as a word might spell it. */
const PROPERTY_WORDS = Object.getOwnPropertyNames(Object.prototype);

function story(word: string): string {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  return [
    '---',
    `title: "${cap} wins the bridge contract"`,
    '---',
    '',
    `The firm Consorcio ${cap} Andino won the contract on Monday, said Ana ${cap} Quispe, the regional governor.`,
    '',
    `"We chose ${word} because the price was fair," Quispe told reporters. Her deputy, ${cap} Mamani, agreed.`,
    '',
    `${cap} (${cap.toUpperCase()}) said the work would start in March. Mr ${cap} and Dr ${word} were not available.`,
    '',
  ].join('\n');
}

describe('words that name built-in properties', () => {
  it('lists the properties it guards against', () => {
    expect(PROPERTY_WORDS).toEqual(expect.arrayContaining(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']));
  });

  it.each(PROPERTY_WORDS)('briefs an article using %s as a word', (word) => {
    const { figures, summary } = extractArticle(`${word}.md`, new TextEncoder().encode(story(word)), []);
    expect(summary.summary).toMatch(/won the contract/);
    // "Ana __proto__ Quispe" is no name (Markdown reads "__" as bold), so only words of letters
    // leave the governor's name whole.
    if (!/^\p{L}+$/u.test(word)) return;
    // The governor is found, with her post and her words.
    const governor = figures.find((p) => p.name.startsWith('Ana '));
    expect(governor?.role).toMatch(/governor/);
    expect(governor?.quotes.join(' ')).toMatch(/the price was fair/);
  });
});
