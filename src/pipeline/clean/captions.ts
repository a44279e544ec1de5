/**
 * Picture captions pasted into an article's text. A caption describes a picture the briefing does
 * not show, so it is no sentence of the story: "Jane Doe pauses Tuesday during a news conference
 * in Washington. (AP Photo/John Roe)". It is recognised by its form (the knowledge is in
 * rules.json under `captions`): a short paragraph with a caption marker or credit, a visible action
 * in the present tense beside a time word, or a present-progressive description of someone shown.
 */
import { CLEANING, type CaptionRules } from './rules.ts';

/** Words of a paragraph, as a reader counts them. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Future or plan wording: "meets Tuesday to vote", "will", "is expected to": a preview, not a picture. */
const PREVIEW = /\b(?:will|is (?:expected|due|scheduled|set) to|are (?:expected|due|scheduled|set) to|to (?:vote|decide|discuss|announce|consider|sign|meet))\b/i;

/** Reported speech or past events: captions describe the moment shown, news reports what happened. */
const REPORTED = /\b(?:said|says|told|announced|reported|according to)\b/i;

/**
 * A visible action in the present tense followed closely by a time word ("pauses Tuesday",
 * "speaks on Monday", "gather outside the court Friday"): the form of wire photo captions.
 */
function presentActionWithTime(words: string[], rules: CaptionRules): boolean {
  const bare = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  for (let i = 1; i < Math.min(bare.length, 10); i++) {
    const w = bare[i]!;
    // The plain form ("Protesters gather …") only after a plural subject; otherwise it is often a noun ("the tour").
    // A counted plural after a verb is its object, a score, not people shown ("moved three points
    // clear … on Saturday"; but "Two firefighters work …").
    const counted = i >= 3 && COUNT.test(bare[i - 2]!) && /^\p{Ll}/u.test(words[i - 3]!) && !/[,;:]$/.test(words[i - 3]!);
    const plural = /[^s]s$/.test(bare[i - 1]!) && !counted;
    const plain = plural && (rules.actionVerbs.has(`${w}s`) || rules.actionVerbs.has(`${w}es`));
    if (!rules.actionVerbs.has(w) && !plain) continue;
    // The verb follows its subject directly, and a caption's subject is who is shown: a name
    // ("Joe Biden pauses", "…, Adaeze Okafor, receives") or people ("Firefighters work"). "Austria
    // fully stands behind…" is a speech's figure of speech.
    if (!plain && !/^\p{Lu}/u.test(words[i - 1]!)) continue;
    if (bare.slice(i + 1, i + 1 + TIME_WINDOW).some((t) => rules.timeWords.has(t))) return true;
  }
  return false;
}

/** A count before a plural ("three points", "12 goals"). */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)$/;

/** How many words after the verb a time word may stand ("works on a portrait in her studio in Lagos on Friday"). */
const TIME_WINDOW = 11;

/** Is this paragraph a picture caption rather than prose of the story? */
export function isCaption(text: string, rules: CaptionRules = CLEANING.captions): boolean {
  const words = wordsOf(text);
  if (words.length > rules.maxWords) return false;
  if (rules.markers.some((m) => m.strong && m.re.test(text))) return true;
  // Captions are one sentence (sometimes a second giving background); a longer run is prose, and
  // a line reporting what someone said is news even when it points at a picture.
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  if (sentences > 2 || REPORTED.test(text) || PREVIEW.test(text)) return false;
  if (rules.markers.some((m) => !m.strong && m.re.test(text))) return true;
  return presentActionWithTime(words, rules) || rules.progressive.test(text.trim());
}
