/**
 * Transcripts and Q&A interviews label each turn with its speaker instead of quotation marks:
 * "NADIA COLE-ABARA: Whose recipe book was it?", "Otieno-Castell: I hoped for it.", "Q: … / A: …".
 * A turn is the labelled speaker's words, as a quote is.
 */

/** One labelled turn: the paragraph, the label as written, and where the words start. */
export interface LabelTurn {
  paragraph: number;
  /** The label in title case ("Nadia Cole-Abara", "Dame Cecily", "Q"). */
  label: string;
  /** Offset in the paragraph where the speaker's words start. */
  start: number;
}

/** A label: one to four capitalised words (hyphens, apostrophes, initials), then a colon and a space. */
const LABEL = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|al|de|van|von|bin|binti)){0,3}):\s+(?=\S)/u;
/** A transcript has at least this many labelled turns, by at least two speakers. */
const MIN_TURNS = 3;
/** Labels that name a section, not a speaker ("Update: …", "Photo: …"). */
const NOT_SPEAKERS = new Set(['update', 'note', 'photo', 'picture', 'image', 'source', 'sources', 'editor', 'correction', 'warning', 'transcript', 'presenter', 'host', 'read', 'see', 'watch', 'listen', 'video', 'audio', 'related', 'also', 'tags', 'credit']);

/** "NADIA COLE-ABARA" → "Nadia Cole-Abara"; other labels as written. */
function titleCase(label: string): string {
  if (label !== label.toUpperCase() || label.length < 2) return label;
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * A name in capitals opening a paragraph and set off by a comma or a colon, as quote round-ups and
 * court lists print who speaks: "MARGARET OYELARAN, chair of the Allotment Society, on …: "…"",
 * "CLLR GRAHAM TULLEY, leader of the council: "…"". Two to seven capitalised words.
 */
const CAPITAL_OPENING = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,6})(?=\s*[,:])/u;

/**
 * capital-name-opening: the paragraphs with such an opening rewritten in title case (same length,
 * so every offset stays right), when `nameLike` accepts its words (the caller's lexicon: a given
 * name or a courtesy title among them, or no everyday word): the name finder does not read words
 * in capitals as a name, and "BREAKING NEWS:" is no one's.
 */
export function titleCaseOpenings(paragraphs: string[], nameLike: (words: string[]) => boolean): string[] {
  return paragraphs.map((text) => {
    const m = CAPITAL_OPENING.exec(text);
    if (!m) return text;
    const titled = titleCase(m[1]!);
    if (!nameLike(titled.split(/\s+/).map((w) => w.replace(/[.,]$/, '')))) return text;
    return titled + text.slice(titled.length);
  });
}

/**
 * The labelled turns of an article, when it is a transcript (at least MIN_TURNS turns by at least
 * two labels), and the paragraphs with capitalised labels rewritten in title case (same length),
 * so the name finder reads "NADIA COLE-ABARA" as it reads "Nadia Cole-Abara".
 */
export function speakerTurns(paragraphs: string[]): { turns: LabelTurn[]; text: string[] } {
  const turns: LabelTurn[] = [];
  for (const [paragraph, text] of paragraphs.entries()) {
    const m = LABEL.exec(text);
    if (!m || NOT_SPEAKERS.has(m[1]!.toLowerCase()) || /\d/.test(m[1]!)) continue;
    turns.push({ paragraph, label: titleCase(m[1]!), start: m[0].length });
  }
  if (turns.length < MIN_TURNS || new Set(turns.map((t) => t.label)).size < 2) return { turns: [], text: paragraphs };
  const text = [...paragraphs];
  for (const t of turns) text[t.paragraph] = t.label + text[t.paragraph]!.slice(t.label.length);
  return { turns, text };
}
