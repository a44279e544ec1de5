/**
 * lead: the role a news story's opening sentence gives someone it names only in the next one — "A
 * delivery driver who was watching a video on his phone has been jailed for six years. / Darren
 * Whitcombe, 39, of Eastmere, admitted…". Court, local and tabloid stories open this way: the
 * lead says what the person is, the second sentence or paragraph who they are.
 */
import type { Token } from './tokens.ts';
import { isEnglishWord, isFunctionWord, isPersonNoun, isVerb } from './lexicon.ts';

/** The most words of the noun phrase read after "A"/"An" ("a retired dairy farmer"). */
const MAX_WORDS = 4;
/** What may follow the lead's noun phrase: a relative clause or a verb ("who", "has been jailed"). */
const AFTER = /^(?:who|whose|has|have|had|was|is|will|from|of|in|at)$/;

/**
 * The role the opening sentence's "A/An … role noun" phrase gives, when the story's first named
 * person opens the next sentence or paragraph ("delivery driver"); '' otherwise.
 * `first` is that person's first mention in the body: its paragraph and token.
 */
export function leadRole(paragraphs: string[], tokens: Token[][], first: { paragraph: number; first: number }): string {
  const lead = tokens[0];
  if (!lead?.length) return '';
  if (!/^an?$/i.test(lead[0]!.text)) return '';
  // "A HEARTBROKEN chippy boss has begged …", "A LOLLIPOP lady who …": a tabloid's word in
  // capitals right after the article is emphasis, not a name; the role has it in lower case.
  let shoutedEnd = 1;
  while (shoutedEnd < lead.length && shouted(lead[shoutedEnd]!)) shoutedEnd++;
  let end = -1;
  for (let k = 1; k <= MAX_WORDS && k < lead.length; k++) {
    const t = lead[k]!;
    if (!t.word || (t.cap && k >= shoutedEnd) || isFunctionWord(t.text) || (isVerb(t.text) && !isPersonNoun(t.text))) break;
    if (isPersonNoun(t.text)) end = k;
  }
  if (end < 1) return '';
  const next = lead[end + 1];
  if (!next?.word || !(AFTER.test(next.text.toLowerCase()) || isVerb(next.text))) return '';
  // The person must open the next sentence of the lead paragraph or the next paragraph.
  const opensNext =
    (first.paragraph === 1 && first.first === 0) ||
    (first.paragraph === 0 && first.first > end && lead[first.first]!.sentenceStart && lead.slice(end + 1, first.first).filter((t) => t.text === '.').length === 1);
  if (!opensNext) return '';
  const role = paragraphs[0]!.slice(lead[1]!.start, lead[end]!.end);
  return shoutedEnd > 1 ? role.slice(0, lead[shoutedEnd - 1]!.end - lead[1]!.start).toLowerCase() + role.slice(lead[shoutedEnd - 1]!.end - lead[1]!.start) : role;
}

/** A word in capitals that is an everyday word in lower case ("HEARTBROKEN"), not an acronym ("NHS"). */
function shouted(t: Token): boolean {
  return t.word && t.text.length >= 4 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text) && isEnglishWord(t.text.toLowerCase());
}
