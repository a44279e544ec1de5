import { describe, expect, it } from 'vitest';
import { sentencesOf, splitSentences } from '../src/pipeline/sentences.ts';

describe('sentence splitting', () => {
  it('splits plain prose at full stops, question and exclamation marks', () => {
    expect(splitSentences('The vote passed. Was it close? Very close!')).toEqual([
      'The vote passed.',
      'Was it close?',
      'Very close!',
    ]);
  });

  it('keeps titles and initials with the name they belong to', () => {
    expect(splitSentences('Dr. Ada Morrow met Gen. Ray Kalb. They spoke.')).toEqual([
      'Dr. Ada Morrow met Gen. Ray Kalb.',
      'They spoke.',
    ]);
    expect(splitSentences('Vladimir V. Putin spoke. J. R. R. Tolkien wrote.')).toEqual([
      'Vladimir V. Putin spoke.',
      'J. R. R. Tolkien wrote.',
    ]);
    expect(splitSentences('K.C. Maurer said 500 institutions were invited.')).toHaveLength(1);
    // a two-letter initial, as Mongolian papers write a father's initial
    expect(splitSentences('The governor, Ts. Oyunbileg, opened the school. Ch. Bat spoke next.')).toEqual([
      'The governor, Ts. Oyunbileg, opened the school.',
      'Ch. Bat spoke next.',
    ]);
    expect(splitSentences('The talk was about Ts. The next one was about Ch.')).toHaveLength(2);
  });

  it('ends a sentence at a dotted abbreviation only before a word that opens one', () => {
    expect(splitSentences('U.S. President Joe Biden spoke in Washington D.C. on Monday.')).toHaveLength(1);
    expect(splitSentences('The team flew to the U.S. The coach stayed home.')).toEqual([
      'The team flew to the U.S.',
      'The coach stayed home.',
    ]);
    expect(splitSentences('She earned a Ph.D. in 2001 and left at 5 p.m. The lab closed.')).toEqual([
      'She earned a Ph.D. in 2001 and left at 5 p.m.',
      'The lab closed.',
    ]);
  });

  it('reads "Rs." before an amount as the rupee\'s sign, not a sentence end', () => {
    expect(splitSentences('Lanka Harvest Teas will invest Rs. 6.8 billion in a new plant. Its shares rose.')).toEqual([
      'Lanka Harvest Teas will invest Rs. 6.8 billion in a new plant.',
      'Its shares rose.',
    ]);
  });

  it('reads "No." as a number sign only before a number', () => {
    expect(splitSentences('He ranked No. 5 in the world.')).toHaveLength(1);
    expect(splitSentences('The answer was no. Then he left.')).toEqual(['The answer was no.', 'Then he left.']);
  });

  it('does not split decimals, and keeps closing quotes with their sentence', () => {
    expect(splitSentences('Prices rose 3.5 percent. Wages fell.')).toEqual(['Prices rose 3.5 percent.', 'Wages fell.']);
    expect(splitSentences('“We will win.” The crowd cheered.')).toEqual(['“We will win.”', 'The crowd cheered.']);
    expect(splitSentences('"Is it over?" he asked. "Yes."')).toEqual(['"Is it over?" he asked.', '"Yes."']);
  });

  it('caps a text without punctuation instead of making one giant sentence', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const parts = splitSentences(words);
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(1200);
    expect(parts.join(' ')).toBe(words);
  });

  it('numbers sentences by paragraph and by place in the paragraph', () => {
    expect(sentencesOf(['One. Two.', 'Three.'])).toEqual([
      { text: 'One.', paragraph: 0, index: 0 },
      { text: 'Two.', paragraph: 0, index: 1 },
      { text: 'Three.', paragraph: 1, index: 0 },
    ]);
  });
});
