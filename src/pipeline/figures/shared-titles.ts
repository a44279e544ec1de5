/**
 * Titles shared by the names of a list: a plural title before the list ("photographers Nat
 * Finkelstein, Christopher Makos and Felice Quinto"; "celebrity guests like Stan Lee, …"; "activists
 * from the localist camp, Lau Siu-lai and …") is each person's title in the singular, and an
 * organisation's possessive carries to a second name joined by "and" ("DAB's Starry Lee and
 * Holden Chow").
 */
import type { PlacedMention } from './coreference.ts';
import { isPersonNoun, isRoleWord } from './lexicon.ts';
import { singularRole } from './role-wording.ts';
import { affiliation, roleBefore } from './roles.ts';
import { isPossessive, type Token } from './tokens.ts';

const LIST_GLUE = new Set(['and', 'or', 'of', 'from', 'the', 'as', 'well']);

/** A plural title: a role noun's plural, or a plural of a noun for a person ("philanthropists", "donors"). */
const isPluralTitle = (w: string) => /s$/i.test(w) && (isRoleWord(w) || isPersonNoun(w.slice(0, -1)));

/** Tokens with any "(…)" aside removed ("Vitas Gerulaitis (tennis) and Jack Nicklaus"). */
function withoutBrackets(ts: Token[]): Token[] {
  let depth = 0;
  return ts.filter((t) => {
    if (t.text === '(') depth++;
    const keep = depth === 0;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    return keep;
  });
}

/** Words that open a list of names after its title: "celebrity guests like …", "athletes such as …". */
const LIST_INTROS = [['such', 'as'], ['like'], ['including']];

/**
 * Where the title of a list ends: right before the first name, or before "like", "such as" or
 * "including" and an optional comma ("celebrity guests like Stan Lee, …"). Returns the token index
 * the title reads back from.
 */
function titleEnd(ts: Token[], first: number): number {
  // "The umpires were J. A. M. Fernando of Sri Lanka and Claire Oduya of Kenya": a plural title
  // as the subject, the list as what it is.
  const copula = ts[first - 1];
  const plural = ts[first - 2];
  if (copula?.word && ['were', 'are'].includes(copula.text.toLowerCase()) && plural?.word && !plural.cap && /s$/i.test(plural.text) && isRoleWord(plural.text)) return first - 1;
  const intro = LIST_INTROS.find((words) => words.every((w, i) => ts[first - words.length + i]?.text.toLowerCase() === w));
  if (!intro) return commaListTitle(ts, first) ?? first;
  const k = ts[first - intro.length - 1]?.text === ',' ? first - intro.length - 1 : first - intro.length;
  // "photographers who used the camera, such as …": the plural title may sit a short clause back.
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const t = ts[j]!;
    if (!t.word) break;
    if (/s$/i.test(t.text) && isRoleWord(t.text)) return j + 1;
  }
  return k;
}

/** Words that end a look back for a list's title: a clause, not a noun phrase, lies behind them. */
const CLAUSE_WORDS = new Set('was were is are be been has have had said says told who which that when while after before'.split(' '));

/**
 * "…new activists from the localist camp, Lau Siu-lai and Yau Wai-ching": a plural title a few
 * words before the comma that opens the list. Returns where the title ends, or undefined.
 */
function commaListTitle(ts: Token[], first: number): number | undefined {
  // "three independent directors: Consuelo Iglesias, …": a colon opens the list as a comma does.
  if (ts[first - 1]?.text !== ',' && ts[first - 1]?.text !== ':') return undefined;
  for (let j = first - 2; j >= Math.max(0, first - 9); j--) {
    const t = ts[j]!;
    if (!t.word || t.cap || CLAUSE_WORDS.has(t.text.toLowerCase())) return undefined;
    if (isPluralTitle(t.text)) return j + 1;
  }
  return undefined;
}

/**
 * A plural title before the first name of a list carries over to the names after it in the
 * sentence ("photographers Nat Finkelstein, Christopher Makos and Felice Quinto"; "celebrity
 * guests like Stan Lee, Mark Hamill, and Margaret Atwood"); an organisation's possessive carries
 * over to a second name joined by "and" ("DAB's Starry Lee and Holden Chow").
 */
export function sharedTitles(
  mentions: PlacedMention[],
  paragraphs: string[],
  tokens: Token[][],
  nameTokens: Set<number>[],
  minScore: number,
): Map<string, string> {
  const out = new Map<string, string>();
  let carry: { paragraph: number; role: string; after: number; pairOnly: boolean } | undefined;
  for (const m of mentions) {
    if (m.score < minScore && m.words.length > 1) continue;
    const ts = tokens[m.paragraph];
    // The list goes on only through commas, "and", and the previous name's "of the Labour Party";
    // a possessive only to the one name after "and".
    const gap = carry && carry.paragraph === m.paragraph ? withoutBrackets(ts.slice(carry.after + 1, m.first)) : undefined;
    const listGoesOn = gap && (carry!.pairOnly ? gap.length === 1 && gap[0]!.text === 'and' : gap.every((t) => t.text === ',' || t.cap || LIST_GLUE.has(t.text.toLowerCase())));
    if (carry && !listGoesOn) carry = undefined;
    const end = titleEnd(ts, m.first);
    const own = roleBefore(paragraphs[m.paragraph], ts, end, nameTokens[m.paragraph]);
    const head = ts[end - 1];
    if (own && head?.word && isPluralTitle(head.text) && !isRoleWord(head.text.slice(0, -1) + 'x')) {
      carry = { paragraph: m.paragraph, role: singularRole(own), after: m.last, pairOnly: false };
      if (end !== m.first) out.set(`${m.paragraph}:${m.first}`, carry.role);
    } else if (!own && !carry && head && isPossessive(head.text)) {
      const org = affiliation(paragraphs[m.paragraph], ts, m.first, m.last, nameTokens[m.paragraph]);
      if (org) carry = { paragraph: m.paragraph, role: org, after: m.last, pairOnly: true };
    } else if (carry && !own) out.set(`${m.paragraph}:${m.first}`, carry.role);
    if (carry) carry.after = m.last;
  }
  return out;
}
