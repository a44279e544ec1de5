/**
 * Where a quote stands in a briefing's body: the 1-based number of the paragraph that holds it, as
 * anchored on the page (`p-N`, see src/plugins/rehype-paragraph-anchors.ts, which calls this while
 * it numbers the rendered paragraphs), so a reader can jump from a person's quote to its context.
 */

/** Text for comparison: Markdown backslash escapes dropped, white space folded, case ignored. */
export function comparable(text: string): string {
  // Most texts hold no backslash: the test costs less than the replacement's scan.
  const unescaped = text.includes('\\') ? text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1') : text;
  return unescaped.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The paragraph number of each quote, or undefined where no paragraph holds it (an editor may have
 * shortened the quote or the text). A quote is looked up by its opening words: its first 60
 * characters, else its first sentence, since a long quote may run over a paragraph break that the
 * brief command joined.
 */
export function quoteParagraphs(quotes: readonly string[], paragraphs: readonly string[]): (number | undefined)[] {
  return quotes.map((quote) => {
    const text = comparable(quote);
    const firstSentence = /^.{12,}?[.!?](?=\s|$)/.exec(text)?.[0];
    for (const probe of [text.slice(0, 60), firstSentence]) {
      if (!probe) continue;
      const i = paragraphs.findIndex((p) => p.includes(probe));
      if (i >= 0) return i + 1;
    }
    return undefined;
  });
}
