import { describe, expect, it } from 'vitest';
import { comparable, quoteParagraphs } from '../src/lib/quote-paragraphs';

/** Paragraph texts as the anchor plugin collects them from the rendered body. */
const paragraphs = (...texts: string[]) => texts.map(comparable);

describe('quote paragraphs', () => {
  const paras = paragraphs(
    'First paragraph, where nobody speaks.',
    '"We will rebuild the bridge by spring," the mayor, Ana Duarte, said.',
    'Later she added: "The money is there and   the will is THERE."',
  );

  it('finds each quote in the paragraph that holds it, ignoring white space and case', () => {
    expect(quoteParagraphs(['We will rebuild the bridge by spring,', 'The money is there and the will is there.'], paras)).toEqual([2, 3]);
  });

  it('reads an editor\'s Markdown escapes as the characters they stand for', () => {
    expect(quoteParagraphs(['The money is there\\_'], paragraphs('She said: "The money is there_ today."'))).toEqual([1]);
  });

  it('leaves a quote that no paragraph holds without a link', () => {
    expect(quoteParagraphs(['Words the article never printed'], paras)).toEqual([undefined]);
  });

  it('finds a quote that ran over a paragraph break by its first sentence', () => {
    const split = paragraphs('He said, "In the first half it felt good.', 'We could have scored two or three."');
    expect(quoteParagraphs(['In the first half it felt good. We could have scored two or three.'], split)).toEqual([1]);
  });
});
