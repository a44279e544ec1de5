/**
 * Stage: the people in the story, with their roles, quotes and mention counts.
 *
 *   tokens → quote spans → name candidates → coreference → roles → quote attribution → ranking
 *
 * Rule-based and dictionary-driven (compromise's lexicon is read as a word list, never run as a
 * tagger), so the stage costs a few milliseconds per article.
 */
import type { Article } from '../article.ts';
import { capitalRunEnd, capitalRunStart, endsSentence, isPossessive, pastAside, sentenceStartAt, stripPossessive, tokenize, wordBeforeName, wordsAt, type Token } from './tokens.ts';
import { blankNicknames, nicknameIndex } from './nicknames.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { findNames, vesselNames, type NameMention } from './names.ts';
import { cluster, joinAliasNames, type Cluster, type PlacedMention } from './coreference.ts';
import { affiliation, agentTitle, appointedRole, coordinatedRole, courtSide, founderRole, inChargePastClause, inChargeRole, predicateRole, relativeLiving, relativeRole, titleWithClauseBefore,
  invertedRole, pronounInChargeRole, pronounRole,
  roleAfter, roleBefore, sentenceTitle, toldListenerTitle } from './roles.ts';
import { singularRole, spelledOut } from './role-wording.ts';
import { sharedTitles } from './shared-titles.ts';
import { AMBIGUOUS, attributeQuotes, type AttributedQuote, type SpeakerCue } from './attribution.ts';
import { QUOTE_THRESHOLD, ROLE_THRESHOLD, cueConfidence, roleConfidence, type RoleSource } from './confidence.ts';
import { personFeatures, personModel, personProbability, type PersonFeatures } from './person-model.ts';
import { isCaption } from './captions.ts';
import { leadRole } from './lead-role.ts';
import { STRONG_CITATIONS, citedNames } from './citations.ts';
import { splitSentences } from '../sentences.ts';
import { speakerTurns, unlabelledTurns, titleCaseOpenings, type LabelTurn } from './speaker-labels.ts';
import { foldWord } from './coreference.ts';
import { rank } from './ranking.ts';
import { gazetteer } from '../places/gazetteer.ts';
import { nationalityIndex } from './nationality.ts';
import { ageIndex, agedAfter } from './ages.ts';
import { byGender } from './gender-fit.ts';
import { BODY_HEAD_NOUNS, HOST_INTROS, REPORTER_TITLES, ROLE_OF_TOPIC_WORDS, CITING_AS_VERBS, CITING_BEFORE, COMPANY_AFTER, COMPANY_AFTER_CAPITALS, DESCRIPTOR_COMPOUND, NAME_PARTICLES, RANK_TITLES, honorificGender, relationGender, HEADLINE_INTERVIEW_WORDS, HEADLINE_SPEAKER_AFTER, HEADLINE_SPEECH_WORDS, HONORIFICS, PAIRED_HONORIFICS, INTERVIEW_INTROS, isHonorific, isHonorificAsWritten, LABEL_OPENERS, POSTNOMINALS, TITLE_MODIFIERS, isRoleWord, NAME_GIVEN_AS, NICKNAME_CUES, SELF_INTRODUCTIONS, SPEECH_OPENINGS, RELATION_WORDS, SPEECH_VERBS, genderOf, isCommonWord, isFunctionWord, isFirstName, isGivenName, isKnownPerson, isPlaceOrOrgPhrase, isOrgWord, isPersonNoun, isPlaceName, isPlainVocabulary, isSurname, isVerb, PRONOUNS, RELATION_INVERSES, ELDER_RELATIONS, YOUNGER_RELATIONS, ROLE_HEAD_ALIASES, SPOUSES, SUBORDINATE_MODIFIERS, TITLE_ACRONYMS, TRANSCRIPT_INTRO_NOUNS, TRANSCRIPT_INTRO_VERBS, RECEIVED_REPORTER, REPORTER_ASKED, REPORTER_NOUNS, TOLD_REPORTER, meetsReporterPronoun, vietnameseMarkerGender, FOREIGN_ARTICLES, isEitherGender } from './lexicon.ts';
import { lowerBound } from '../lower-bound.ts';
import { escapeRegExp } from '../../lib/regexp.ts';
import { foldAccents } from '../../lib/fold.ts';

/** A person found in one article, before it is linked to a profile. */
export interface ExtractedFigure {
  name: string;
  role: string;
  quotes: string[];
  mentions: number;
  /** Other forms of the name seen in this article ("Lavrov" for "Sergey Lavrov"). */
  aliases: string[];
}

/** A direct quote whose speaker is not known well enough to publish it as anyone's. */
export interface UnattributedQuote {
  text: string;
  /** 0-based body paragraph that holds the quote's opening (anchored `p-${paragraph + 1}`). */
  paragraph: number;
  /**
   * Why it has no speaker: the cue names nobody (`unnamed`), the name fits two people
   * (`ambiguous`), nothing names anyone (`none`), or the guess is below the threshold (`unsure`).
   */
  why: 'unnamed' | 'ambiguous' | 'none' | 'unsure';
  /** How the guess was found, and who it was (only when `why` is `unsure`). */
  cue?: SpeakerCue;
  guess?: string;
  confidence: number;
  /** Named rules that left it with no speaker ("pronoun-subject", "possessive-owner"). */
  rules?: string[];
}

/** Everything the people finder decided about an article, with the evidence (see `npm run explain`). */
export interface PeopleResult {
  figures: ExtractedFigure[];
  /** Quotes kept out of every person's list: no speaker, or one below the confidence threshold. */
  unattributed: UnattributedQuote[];
  /** Every person's role as found, the reading that found it, its confidence and whether it was published. */
  roles: { name: string; role: string; source: RoleSource | 'none'; confidence: number; published: boolean }[];
  /** Every person found, with how each quote was attributed. */
  quotes: { speaker: string; text: string; cue: SpeakerCue; confidence: number; rules?: string[] }[];
  /** Every candidate person with its mentions (each with its rule score), features and the model's probability. */
  candidates: {
    name: string;
    forms: string[];
    mentions: { paragraph: number; words: string; score: number; titled: boolean; inQuote: boolean; rules: string[] }[];
    features: PersonFeatures;
    probability: number;
    accepted: boolean;
  }[];
  /** Mentions a named rule weighed against that joined no candidate ("Greece": `gazetteer-place`). */
  ruledOut: { paragraph: number; words: string; score: number; rules: string[] }[];
}

/** A role as found, with the reading that found it. */
interface FoundRole {
  role: string;
  source: RoleSource | 'none';
}

/** Rule evidence a multi-word name needs to count as a person on its own (names.ts `scoreName`). */
const MIN_SCORE = 2;
/** A role as found, with the reading that found it. */
interface FoundRole {
  role: string;
  source: RoleSource | 'none';
}

/** Rule evidence a multi-word name needs to be weighed by the person model at all. */
const CANDIDATE_SCORE = -1;


/** Find the people in an article, most important first. */
export function extractFigures(article: Article): ExtractedFigure[] {
  return findPeople(article).figures;
}

/** Find the people in an article, with the quotes left unattributed and the evidence for each decision. */
export function findPeople(article: Article): PeopleResult {
  // The headline and subheadings come after the body paragraphs: people named only there ("Interview
  // with LibriVox founder Hugh McGuire") are candidates too, weighed by the model as such.
  // A transcript's speaker labels ("NADIA COLE-ABARA: …") are read in title case, as names.
  // capital-name-opening: a round-up's "MARGARET OYELARAN, chair of …: "…"" is read in title case too.
  const known = (w: string) => isGivenName(w) || isFirstName(w) || HONORIFICS.has(w.toLowerCase()) || HONORIFICS.has(`${w.toLowerCase()}.`);
  const everyday = (w: string) => isCommonWord(w) || isPlainVocabulary(w);
  const { turns: labelled, text: spoken } = speakerTurns(titleCaseOpenings(article.paragraphs, (ws) => ws.some(known) || !ws.some(everyday)));
  // qa-unlabelled: questions and answers with no labels at all (speaker-labels.ts).
  const boldParagraphs = new Set(article.blocks.filter((b) => b.kind === 'paragraph').flatMap((b, p) => (b.bold ? [p] : [])));
  const unlabelled = labelled.length ? [] : unlabelledTurns(article.paragraphs, boldParagraphs);
  // outlet-label: "Toos Review: How was the harvest?" in the Toos Business Review: questions
  // labelled with the outlet's own name (or its words in order) are the paper's, as "Q:" is.
  const outlet = (typeof article.meta.source === 'string' ? article.meta.source : '').split(/\s+/).map(foldWord).filter((w) => w && w !== 'the');
  const outletLabel = (label: string) => {
    const words = label.split(/\s+/).map(foldWord).filter((w) => w && w !== 'the');
    if (!words.length || !outlet.length) return false;
    let at = 0;
    for (const w of words) {
      at = outlet.indexOf(w, at) + 1;
      if (!at) return false;
    }
    return words.length > 1 || words[0] === outlet.at(-1);
  };
  const turns = labelled.length ? labelled.map((t) => (outletLabel(t.label) ? { ...t, label: 'Q' } : t)) : unlabelled;
  const headings = [article.title, ...article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)];
  // qa-byline: a Q&A's questions ("Q: …") are its byline's, when the byline names one person; the
  // byline is read as one more heading, its name marked as the interviewer's.
  // qa-credit: a closing "Interview by Tanvir Hasan", which the cleaning took away as a credit,
  // names the one who asks, labels or none, whatever the byline says.
  const qa = turns.some((t) => t.label === 'Q') && turns.some((t) => t.label === 'A');
  // "Q: …" / "Bora: …": the questions labelled so, the answers by the name of the one who gives them.
  const qaNamed = turns.some((t) => t.label === 'Q') && turns.some((t) => t.label !== 'Q' && t.label !== 'A');
  const credited = turns.length ? bylineName(article.interviewer) : '';
  const byline = credited || (qa && !unlabelled.length ? bylineName(article.meta.author) : '');
  if (byline) headings.push(byline);
  // quoted-nickname: `Callum "Cal" Adeyinka` is read as "Callum Adeyinka", with "Cal" another form of it.
  const unnicked = [...spoken, ...headings].map(blankNicknames);
  const nicknames = nicknameIndex(unnicked.flatMap((u) => u.nicknames));
  const paragraphs = unnicked.map((u) => u.text);
  const body = paragraphs.slice(0, spoken.length);
  const tokens = paragraphs.map(tokenize);
  const spans = findQuoteSpans(body);
  // author-email: "Andrew Beresford a.m.beresford@durham.ac.uk Durham University": a paper's author
  // line, short and unpunctuated like a caption, names its authors.
  // Nor is a reading list's entry ("Austen, Jane. Pride and Prejudice": inverted-name) a caption.
  const captions = paragraphs.map((text, p) => p < body.length && isCaption(text) && !AUTHOR_EMAIL.test(text) && !invertedName([], tokens[p]!).length);
  const quoted = markQuoted(tokens, spans);

  const mentions: PlacedMention[] = [];
  paragraphs.forEach((text, p) => {
    if (captions[p]) return;
    const cited = citedNames(tokens[p]!);
    for (const m of invertedName(boostLists(findNames(tokens[p], text), tokens[p]), tokens[p])) {
      // An author cited by family name ("(Dye & Bavelier, 2010)") is a person however plain the word.
      // Not "(World Health Organization, 2010)": a longer name must carry no mark of a body or place;
      // the weaker citation rules ("Spang (1983) noted") take no family name that is also a word.
      const rule = cited.get(m.first);
      const isCited = !!rule && (m.words.length === 1 && STRONG_CITATIONS.has(rule) ? m.score > -10 : m.score >= 0);
      let rules = isCited ? [...(m.rules ?? []), rule!] : m.rules;
      const span = [tokens[p]![m.first]!.start, tokens[p]![m.last]!.end];
      if (unnicked[p]!.nicknames.some((n) => n.at > span[0]! && n.at < span[1]!)) rules = [...(rules ?? []), 'quoted-nickname'];
      mentions.push({ ...m, paragraph: p, inQuote: quoted[p][m.first] === 1, ...(rules ? { rules } : {}), ...(isCited ? { cited: true, score: Math.max(m.score, MIN_SCORE), weak: false } : {}) });
    }
  });
  // named-thing: a ship named after its prefix once ("the MV Flora MacDonald"), or after the noun
  // for it ("the trawler Mary Jane", "his boat, the Mary Ellen"), is no person where the prefix or
  // the noun is left off ("who crews the Mary Ellen").
  const things = new Set([...tokens.flatMap(vesselNames), ...mentions.filter((m) => m.rules?.some((r) => r === 'vessel-appositive' || r === 'vessel-noun-before')).map((m) => m.words.join(' '))]);
  for (const m of mentions) {
    if (!things.has(m.words.join(' '))) continue;
    m.score = -10;
    m.rules = [...(m.rules ?? []), 'named-thing'];
  }
  markInterviewees(mentions, tokens, body.length, qa);
  if (byline) markInterviewer(mentions, tokens.length - 1);
  // (And where "Q:" labels the questions: "Our staff reporter Nilakshi Deka talked to Mr Bora …".)
  if (unlabelled.length || qa || qaNamed) markCorrespondent(mentions, tokens, Math.min(...turns.map((t) => t.paragraph)), bylineName(article.meta.author), outlet);
  boostAuthorLines(mentions, paragraphs, tokens);
  boostSelfIntroductions(mentions, tokens);
  boostGivenNicknames(mentions, tokens);
  boostAgedFamilyNames(mentions, tokens);
  shareSurnames(mentions, tokens);
  boostFamilyMembers(mentions);
  boostKnownSurnames(mentions, tokens);
  boostCitedNames(mentions, tokens);
  boostScorecards(mentions, tokens);
  boostSpeakingSurnames(mentions, tokens);
  demoteCompanies(mentions, tokens);
  demotePublication(mentions, article.meta.source, article.meta.author);
  demoteShortForms(mentions, tokens);
  demotePlacesByNoun(mentions, tokens);
  demoteCharacters(mentions, tokens);
  demoteBracketedAffiliations(mentions, tokens);
  demoteBirthNames(mentions, tokens);

  // The rules propose candidates generously; the fitted model decides which are people.
  const ambiguous: PlacedMention[] = [];
  const candidates = joinAliasNames(cluster(
    mentions,
    (m) => m.score >= CANDIDATE_SCORE,
    // A name inside a quote seeds no one, unless it is cited there as the author of words ("As
    // Shankly said, …") or set after what the person does or is to the speaker ("My husband,
    // Rodel, stayed on the roof"): a speaker's own words name those they mean, not always clearly.
    (m) => m.score >= MIN_SCORE && (!m.inQuote || !!m.roleTitled || !!m.rules?.includes('cited-name')),
    ambiguous,
    nicknames,
  ), tokens);
  const { threshold } = personModel();
  const judged = candidates.map((c) => {
    const features = personFeatures(c, tokens, body.length);
    return { cluster: c, features, probability: personProbability(features) };
  });
  const clusters = judged.filter((j) => j.probability >= threshold).map((j, id) => ({ ...j.cluster, id }));
  const clustered = new Set(candidates.flatMap((c) => c.mentions));
  // Where names stand, for the role readings: every mention scored as a name, but those of a
  // candidate the model judged no person, which end no one's title ("The Minister of Youth, Sports
  // and Citizen Engagement, Mariama Ousmane Tahirou," once lost its title at "Engagement", a word
  // the rules had proposed and the model turned down).
  const accepted = new Set(clusters.flatMap((c) => c.mentions));
  const rejected = new Set(judged.filter((j) => j.probability < threshold).flatMap((j) => j.cluster.mentions).filter((m) => !accepted.has(m)));
  const nameStarts = tokens.map(() => new Set<number>());
  const nameTokens = tokens.map(() => new Set<number>());
  for (const m of mentions) {
    if (m.score < MIN_SCORE || rejected.has(m)) continue;
    nameStarts[m.paragraph]!.add(m.first);
    for (let i = m.first; i <= m.last; i++) nameTokens[m.paragraph]!.add(i);
  }

  const shared = sharedTitles(mentions, paragraphs, tokens, nameTokens, MIN_SCORE);
  // Precision first: a role found by a reading whose roles are too often wrong is left empty.
  /**
   * A person's gender when their given name tells it; for a given name no list knows ("Mrs
   * Funmilayo Adeyemi-Bakare"), the courtesy titles they are named with, when those agree, else
   * the relations set before their name ("His daughter, Eleni"). A known given name comes first:
   * "Mrs Aldridge" may be a surname's other bearer joined by mistake.
   */
  const personGender = (c: Cluster | undefined) => {
    if (!c) return undefined;
    // family-first: "Kim Seung-woo", "Lee Hye-jin": a short family name before a Korean given name
    // of two hyphened syllables; "Kim" there says nothing of gender.
    const familyFirst = koreanFamilyFirst(c.name);
    // "Nguyen Thi Sen", "Tran Van Hung": a Vietnamese name's middle word says a woman or a man.
    const marked = vietnameseMarkerGender(c.name);
    if (marked) return marked;
    // A given name given to both ("Dana", "Sasha") says nothing, and the titles below may ("Ms Moldovan").
    if (c.name.length > 1 && !familyFirst && (isGivenName(c.name[0]!) || isFirstName(c.name[0]!))) {
      const given = genderOf(c.name[0]!);
      if (given || !isEitherGender(c.name[0]!)) return given;
    }
    // one-word-given-name: "her partner, Simon": a person named by a given name alone is of its gender.
    const single = c.name.length === 1 && isGivenName(c.name[0]!) && !isSurname(c.name[0]!) ? genderOf(c.name[0]!) : undefined;
    if (single) return single;
    const titles = new Set(c.mentions.map((m) => (m.honorific ? honorificGender(m.honorific) : undefined)).filter((g) => g !== undefined));
    if (titles.size === 1) return [...titles][0];
    // "His daughter, Eleni, made her debut": a relation set right before the name says it too.
    const relations = new Set(
      c.mentions
        .map((m) => {
          const before = wordBeforeName(tokens[m.paragraph]!, m.first);
          return before?.word ? relationGender(before.text) : undefined;
        })
        .filter((g) => g !== undefined),
    );
    if (relations.size === 1) return [...relations][0];
    return pronounAgreement(c, clusters, tokens, nameTokens, quoted);
  };
  // The person the story names first, with the role its opening sentence may give them (lead-role.ts).
  const firstNamed = clusters.filter((c) => c.mentions[0]!.paragraph < body.length).sort((a, b) => a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.first - b.mentions[0]!.first)[0];
  const lead = firstNamed ? leadRole(body, tokens, firstNamed.mentions[0]!) : '';
  const foundRoles = clusters.map((c) => roleOf(c, paragraphs, tokens, nameStarts, nameTokens, shared, personGender(c), c === firstNamed ? lead : ''));
  const roles = foundRoles.map((r) => (roleConfidence(r.source) >= ROLE_THRESHOLD ? spelledOut(r.role) : ''));
  // The title written before each of a person's names outside quotes, read once for the two indexes below.
  const titlesBefore = clusters.map((c) => c.mentions.filter((m) => !m.inQuote).map((m) => roleBefore(paragraphs[m.paragraph]!, tokens[m.paragraph]!, m.first, nameTokens[m.paragraph])));
  const roleWords = new Map<string, number[]>();
  // The people whose death the article reports, read once for living-role-holder here and
  // living-speaker below.
  const dead = new Set(clusters.filter((c) => reportedDead(c, tokens, nameTokens, quoted)).map((c) => c.id));
  // living-role-holder: "the late Samuel Chelimo, his first coach": the dead speak in no one's
  // present, so "the coach said" means a living holder of the title, or no one named.
  for (const c of clusters.filter((c) => !dead.has(c.id)))
    // Only the words that say what or how old someone is ("the treasurer said", "said the
    // 29-year-old"), not a role's other words ("parish treasurer": "the parish had…" names nobody).
    // A rank written before the name counts too when the post after it is the role ("Councillor
    // Dan Penhaligon, the city council's cabinet member for …" is whom "the councillor said" means).
    for (const w of new Set([...roleNounWords(roles[c.id]!), ...rankTitles(titlesBefore[c.id]!)])) {
      if (!roleWords.has(w)) roleWords.set(w, []);
      roleWords.get(w)!.push(c.id);
    }
  // "His mother, Patience Obi, …": the family relation each person is introduced by, whatever role
  // they are given, so that "his mother said" can name her.
  const relationsOf = clusters.map((c) => new Set(titlesBefore[c.id]!.filter(isRelation).map((r) => r.toLowerCase().split(/\s+/).at(-1)!)));
  /**
   * Introduced as someone's relative ("His daughter, Brenda Sang"; "Na Ji-woo, the manager's son,",
   * the relation set off after the name and read as the role): told apart from namesakes by given name.
   */
  const relative = (c: Cluster) => relationsOf[c.id]!.size > 0 || (foundRoles[c.id]!.source === 'appositive' && isRelation(roles[c.id]!));
  const relationWords = new Map<string, number[]>();
  for (const c of clusters)
    // ("Hubby Lee Bramwell" is the one "Kelly's husband" means: a relation's other words, ROLE_HEAD_ALIASES.)
    for (const w of new Set([...relationsOf[c.id]!].flatMap((r) => [r, ...(ROLE_HEAD_ALIASES.get(r) ?? [])]))) {
      if (!relationWords.has(w)) relationWords.set(w, []);
      relationWords.get(w)!.push(c.id);
    }
  // relation-inverse: "Keith Boudreau, a retired sergeant … His daughter, Jenna Boudreau": Keith
  // is the one "her father" means, when he is the only other person of her family name. Kept
  // apart from the relations stated, and read only for a pronoun's relative (attribution.ts).
  const inverseWords = new Map<string, number[]>();
  for (const c of clusters) {
    const kin = clusters.filter((d) => d !== c && d.name.length > 1 && c.name.length > 1 && foldWord(d.name.at(-1)!) === foldWord(c.name.at(-1)!));
    const g = kin.length === 1 ? personGender(kin[0]) : undefined;
    if (!g) continue;
    for (const r of relationsOf[c.id]!) {
      const inverse = RELATION_INVERSES.get(r)?.[g];
      if (!inverse) continue;
      if (!inverseWords.has(inverse)) inverseWords.set(inverse, []);
      if (!inverseWords.get(inverse)!.includes(kin[0]!.id)) inverseWords.get(inverse)!.push(kin[0]!.id);
    }
  }
  /** Everyone a relation word names, stated or through its inverse: whom "my mother" in a quote speaks of. */
  const kinOf = (w: string): readonly number[] => [...(relationWords.get(w) ?? []), ...(inverseWords.get(w) ?? [])];
  // "the Dutchman said" (nationality-speaker): the people each nationality noun names.
  const nationalityWords = nationalityIndex(clusters, roles, tokens, nameTokens, personGender);
  // "said the 33-year-old" (age-speaker): the people each stated age names.
  const ages = ageIndex(clusters, tokens, ambiguous);
  /** The one age stated for a person, if exactly one is. */
  const ageOf = (id: number) => {
    const stated = [...ages].filter(([, ids]) => ids.includes(id)).map(([age]) => age);
    return stated.length === 1 ? stated[0] : undefined;
  };
  const people = paragraphs.map(() => new Map<number, number>());
  // "the Estrella coach said": a name that only modifies a title (title-modifier) names the
  // title's holder, not the one it is the name of, so it is no mention a verb of speech can find.
  for (const c of clusters) for (const m of c.mentions) if (!m.inQuote && !m.rules?.includes('title-modifier')) people[m.paragraph].set(m.first, c.id);
  // The names inside quotes, for whom a quote speaks to ("You signed the protocol, Mrs Kolářová.").
  const quotedPeople = paragraphs.map(() => new Map<number, number>());
  for (const c of clusters) for (const m of c.mentions) if (m.inQuote) quotedPeople[m.paragraph].set(m.first, c.id);
  // A name that fits two of the people found ("Price-Jones said…") speaks for neither: its
  // quotes are left out rather than given to whoever a pronoun or the nearest name points at —
  // unless a pronoun's gender, the quote itself (notSpokenOf), a mark of generation ("Price-Jones
  // senior") or the way the article introduced the namesakes (firstBearer) says which of them it is.
  let relatives: TitledRelative[] | undefined;
  for (const m of ambiguous) {
    if (m.inQuote || people[m.paragraph].has(m.first)) continue;
    const w = foldWord(m.words[0]!);
    // ("Mr Ong" of Ong Kah Huat and his daughter Ong Mei Ling: a family name written first, as
    // Chinese names are, after a courtesy title.)
    // ("Chumpitaz" of Marisol Chumpitaz Rojas and her father, Teodoro Chumpitaz: the first of two
    // family names, by which Spanish usage calls her, fits her too.)
    const firstOfTwo = (c: Cluster) => c.name.length >= 3 && isGivenName(foldAccents(c.name[0]!)) && foldWord(c.name.at(-2)!) === w;
    // ("Na smiled", of Na Seok-jin and his son Na Ji-woo: a Korean family name, written first.)
    const fitting = clusters.filter((c) => c.name.length > 1 && (foldWord(c.name.at(-1)!) === w || firstOfTwo(c) || ((!!m.honorific || koreanFamilyFirst(c.name)) && foldWord(c.name[0]!) === w)) && c.mentions.some((x) => !x.inQuote));
    if (fitting.length < 2) continue;
    // pronoun-gender: "Wieczorek, 56, said he had no plans", of Tomasz and Marta Wieczorek: the
    // first he or she (his, her) after the family name in its sentence says which of them.
    // A courtesy title's gender says as much ("Mr Nyarko-Addo", of the Chief Justice, Efua, and
    // her nephew Elikem); a title of no gender ("Justice Nyarko-Addo, who presented the prizes,
    // … she said") leaves it to the pronoun.
    const g = (m.honorific ? honorificGender(m.honorific) : undefined) ?? pronounGenderAfter(tokens[m.paragraph]!, m.last, quoted[m.paragraph]!);
    // Only when every one of them has a known gender: "Okabe" of Daisuke and Tadashi Okabe, one
    // of whose given names no list knows, stays ambiguous — unless every one whose gender is known
    // is of the other gender, and one alone is left.
    const { same, open } = byGender(fitting, g, personGender);
    let ofGender = !g ? [] : fitting.every((c) => personGender(c)) ? same : open.length === 1 ? open : [];
    // adult-title: "Mrs Bado said", of Salimata Bado and her daughter Awa, 15: a courtesy title is
    // no child's, so a namesake whose stated age is under 18 is not the one it names.
    if (m.honorific && ofGender.length > 1) {
      const adults = ofGender.filter((c) => (ageOf(c.id) ?? 18) >= 18);
      if (adults.length >= 1) ofGender = adults;
    }
    // spouse-title: "Mrs Stainthorpe" of Walter and Geoffrey Stainthorpe is none of theirs, a title
    // of the other gender than every one of them: it is the one spouse of that gender the article
    // introduces by given name alone ("His wife, Pauline, …"), or no one named.
    if (g && open.length === 0) {
      const spouses = clusters.filter((c) => c.name.length === 1 && [...relationsOf[c.id]!].some((r) => SPOUSES.has(r) && relationGender(r) === g));
      people[m.paragraph].set(m.first, spouses.length === 1 ? spouses[0]!.id : AMBIGUOUS);
      continue;
    }
    // living-speaker: "Barros said", of the house's founder, who "died in 2019", and her son, Rui
    // Barros: the dead do not speak in the story's present, so the one bearer still living does.
    const speaking = SPEECH_VERBS.has(tokens[m.paragraph]![m.last + 1]?.text.toLowerCase() ?? '') || SPEECH_VERBS.has(tokens[m.paragraph]![m.first - 1]?.text.toLowerCase() ?? '');
    // Among those of the title's or pronoun's gender, when it names more than one ("Mr Chiwanga
    // said", of the late MP and his son, with the widow, Mama Esther Chiwanga, alive too).
    const bearers = ofGender.length > 1 ? ofGender : fitting;
    // late-bearer: "the late Mrs Tierney wrote": the article itself says it is the dead one.
    const ts = tokens[m.paragraph]!;
    const late = [m.first - 1, m.first - 2].some((k) => ts[k]?.text.toLowerCase() === 'late' && (k === m.first - 1 || isHonorific(ts[k + 1]!.text)));
    const deadBearers = late ? bearers.filter((c) => dead.has(c.id)) : [];
    if (ofGender.length !== 1 && deadBearers.length === 1) {
      people[m.paragraph].set(m.first, deadBearers[0]!.id);
      continue;
    }
    const living = speaking && !late ? bearers.filter((c) => !dead.has(c.id)) : [];
    if (ofGender.length !== 1 && living.length === 1 && living.length < bearers.length) {
      people[m.paragraph].set(m.first, living[0]!.id);
      continue;
    }
    // own-title: "Datuk Lim", of Datuk Lim Wei Jian and his father, Tan Sri Lim Chee Keong: a
    // courtesy title one namesake was named with, where each other was named with another, is
    // that one's.
    const titled = (c: Cluster, title: string) => c.mentions.some((x) => x !== m && x.honorific === title);
    const ownTitle = m.honorific ? fitting.filter((c) => titled(c, m.honorific!)) : [];
    const byOwnTitle = ownTitle.length === 1 && fitting.every((c) => c === ownTitle[0] || c.mentions.some((x) => !!x.honorific && x.honorific !== m.honorific)) ? ownTitle[0] : undefined;
    // named-in-paragraph: "Chairman Michael Linehan, the founder's son, said …. "…," Mr Linehan
    // said": of namesakes, the only one the paragraph names in full (outside quotes) is the one a
    // title and the family name mean there.
    const inParagraph = (ofGender.length > 1 ? ofGender : fitting).filter((c) => c.mentions.some((x) => x.paragraph === m.paragraph && !x.inQuote && x.words.length > 1));
    const byParagraph = m.honorific && inParagraph.length === 1 ? inParagraph[0] : undefined;
    const chosen = ofGender.length === 1 ? ofGender[0] : (byOwnTitle ?? byParagraph ?? notSpokenOf(m, fitting, tokens[m.paragraph]!, quoted[m.paragraph]!, kinOf) ?? elderOrYounger(m, ofGender.length > 1 ? ofGender : fitting, tokens[m.paragraph]!, ageOf, relationsOf) ?? relativeOfTitled(m, fitting, (relatives ??= titledRelatives(tokens)), people) ?? titledNotGiven(m, fitting, personGender) ?? firstBearer(m, fitting, ambiguous, tokens, relative));
    people[m.paragraph].set(m.first, chosen ? chosen.id : AMBIGUOUS);
  }

  // The ages again, now that the mentions of several namesakes are settled ("Datuk Lim … "…," the
  // 46-year-old said" is the one "Datuk Lim" was found to be).
  const agesAfter = ageIndex(clusters, tokens, ambiguous, (m) => {
    const id = people[m.paragraph].get(m.first);
    return id !== undefined && id >= 0 ? id : undefined;
  });
  const opening = speechOpening(body, tokens[body.length]!, clusters, body.length, quoted) ?? transcriptOpening(body, tokens, clusters, quoted);
  // Which body paragraphs a subheading stands right before (paragraph blocks are the body's paragraphs).
  const afterHeading: boolean[] = [];
  article.blocks.reduce((headed, b) => {
    if (b.kind === 'paragraph') afterHeading.push(headed);
    return b.kind === 'heading';
  }, false);
  // "THE MAYOR:", "THE FIRE CHIEF:": a label may be the title of the one person who holds it.
  const byTitle = (words: string[]) => {
    const holders = clusters.filter((c) => {
      const role = roles[c.id]!.toLowerCase().split(/[\s,]+/);
      return words.every((w) => role.includes(w));
    });
    return holders.length === 1 ? holders[0] : undefined;
  };
  // A label's family name shared by relatives ("Sang:" of Ezekiel Kiprono Sang, "his daughter,
  // Brenda Jerotich Sang", "Their son, Collins Kipkemboi Sang"): the one not introduced as a relative.
  // The family names alone that fit several people and were settled above ("Today Baloch, 59,
  // skippers the Sultana", of a son and his father), as mentions of the one they were found to be,
  // for reading an interview's introduction.
  const settled = ambiguous.filter((m) => (people[m.paragraph]!.get(m.first) ?? -1) >= 0);
  const mentionsOf = (c: Cluster) => [...c.mentions, ...settled.filter((m) => people[m.paragraph]!.get(m.first) === c.id)];
  const turnQuotes = labelledQuotes(turns, body, tokens, clusters, byTitle, unlabelled.length > 0, relative, personGender, mentionsOf, outlet);
  const { quotes, speakerless } = attributeQuotes({
    paragraphs,
    afterHeading,
    ...(opening ? { narrator: { id: opening.speaker, from: opening.paragraph } } : {}),
    turnSpeakers: new Map(turns.flatMap((t) => {
      const q = turnQuotes.find((x) => x.paragraph === t.paragraph);
      return q ? [[t.paragraph, q.speaker] as const] : [];
    })),
    tokens,
    people,
    quotedPeople,
    spans,
    quoted,
    gender: (id) => personGender(clusters[id]),
    // deputy-set-aside: "the chairman said" of a chairman and a deputy chairman is the chairman:
    // a holder whose post is the word under a deputy's modifier (role-nouns.json subordinateModifiers) steps aside.
    byRoleWord: (word) => onlyOne(roleWords, word) ?? onlyOneOf((roleWords.get(word) ?? []).filter((id) => !subordinatePost(roles[id]!, word))),
    roleHolders: (word) => roleWords.get(word) ?? [],
    byRolePhrase: (words) => {
      const modifiers = words.slice(0, -1);
      const fit = (roleWords.get(words.at(-1)!) ?? []).filter((id) => {
        // The words of the holder's role and of the titles written before the name, read once.
        const said = new Set([roles[id]!, ...titlesBefore[id]!].join(' ').toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
        return modifiers.every((w) => said.has(w));
      });
      return fit.length === 1 ? fit[0] : undefined;
    },
    byRelation: (word) => onlyOne(relationWords, word),
    byInverseRelation: (word) => (relationWords.has(word) ? undefined : onlyOne(inverseWords, word)),
    kinOf,
    byNationality: (word) => onlyOne(nationalityWords, word),
    byAge: (age) => onlyOne(agesAfter, age),
    byAgeRange: (low, high) => {
      const ids = new Set([...agesAfter].filter(([age]) => age >= low && age <= high).flatMap(([, people]) => people));
      return ids.size === 1 ? [...ids][0] : undefined;
    },
    ageGiven: (age) => agesAfter.has(age),
  });
  quotes.push(...turnQuotes);
  if (opening) quotes.push(opening);
  const said = new Map<number, string[]>();
  const unattributed: UnattributedQuote[] = speakerless.map((q) => ({ ...q, confidence: 0 }));
  const traced: PeopleResult['quotes'] = [];
  /** The last quote left out because it names its own speaker (speaker-named-inside). */
  let namedOut: AttributedQuote | undefined;
  for (const q of quotes) {
    const named = namedInside(clusters[q.speaker]!, q, clusters);
    // ("…. That's Mereana," she said. "Nobody wants to get the job like this.": the words that go
    // on from a quote whose speaker it names are no more that person's.)
    const goesOn = !named && q.cue === 'continued' && namedOut?.speaker === q.speaker && namedOut.paragraph === q.paragraph;
    namedOut = named ? q : goesOn ? namedOut : undefined;
    const confidence = named || goesOn ? 0 : cueConfidence(q.cue);
    const speaker = clusters[q.speaker]!.name.join(' ');
    const rules = named ? [...(q.rules ?? []), 'speaker-named-inside'] : goesOn ? [...(q.rules ?? []), 'continues-named-inside'] : q.rules;
    traced.push({ speaker, text: q.text, cue: q.cue, confidence, ...(rules ? { rules } : {}) });
    // Precision first: a quote whose speaker is only guessed is published as nobody's.
    if (confidence < QUOTE_THRESHOLD) {
      unattributed.push({ text: q.text, paragraph: q.paragraph, why: 'unsure', cue: q.cue, guess: speaker, confidence });
      continue;
    }
    if (!said.has(q.speaker)) said.set(q.speaker, []);
    said.get(q.speaker)!.push(q.text);
  }

  // Order of first appearance breaks ties in ranking.
  const appearance = [...clusters].sort((a, b) => a.mentions[0].paragraph - b.mentions[0].paragraph || a.mentions[0].first - b.mentions[0].first);
  const orderOf = new Map(appearance.map((c, i) => [c.id, i]));
  const found = clusters.map((c) => {
    const own = said.get(c.id) ?? [];
    const name = c.name.join(' ');
    return {
      name,
      role: roles[c.id],
      quotes: [...new Set(own)],
      mentions: c.mentions.length,
      aliases: [...c.forms].filter((f) => f !== name).sort(),
      firstParagraph: c.mentions[0].paragraph,
      order: orderOf.get(c.id)!,
      quoteCount: own.length,
    };
  });
  // A quote published under someone (the same words said twice) is not also shown as nobody's.
  const published = new Set([...said.values()].flat());
  const shown = new Set<string>();
  return {
    figures: rank(found).map(({ name, role, quotes, mentions, aliases }) => ({ name, role, quotes, mentions, aliases })),
    unattributed: unattributed
      .filter((q) => !published.has(q.text) && !shown.has(q.text) && shown.add(q.text))
      .sort((a, b) => a.paragraph - b.paragraph),
    roles: clusters.map((c) => {
      const r = foundRoles[c.id]!;
      const confidence = roleConfidence(r.source);
      return { name: c.name.join(' '), role: r.role, source: r.source, confidence, published: !!r.role && confidence >= ROLE_THRESHOLD };
    }),
    quotes: traced,
    candidates: judged.map((j) => ({
      name: j.cluster.name.join(' '),
      forms: [...j.cluster.forms],
      mentions: j.cluster.mentions.map((m) => ({ paragraph: m.paragraph, words: m.words.join(' '), score: m.score, titled: m.titled, inQuote: m.inQuote, rules: m.rules ?? [] })),
      features: j.features,
      probability: j.probability,
      accepted: j.probability >= threshold,
    })),
    ruledOut: mentions.filter((m) => m.rules?.length && !clustered.has(m)).map((m) => ({ paragraph: m.paragraph, words: m.words.join(' '), score: m.score, rules: m.rules! })),
  };
}

/** Words a speaker may say before their own name inside their quote ("Hiya, I'm Kelly"). */
/** A word for a family right after a name inside a quote ("the Chiwanga family", "the Osorio clan"). */
const FAMILY_AFTER = /^['’]?s?\s+(?:family|families|clan|household)\b/i;
const OWN_NAME_BEFORE = /(?:\bi['’]m|\bi am|\bmy name is|\bit['’]s|\bthis is|\bcall(?:s|ed|ing)? me|\bknew me as|\bknow me as)\s*(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?$/i;

/**
 * speaker-named-inside: `He told me, "Musa plays like a man who has never read a book"`, `"Funmi,
 * I have marked …"`: words that speak of someone in the third person, or call them by name, are not
 * that person's own, whoever the cue points at; such a quote is left unattributed. A speaker's
 * own name after "I'm" or "my name is" is no such sign. Label cues (a transcript's "NAME:") and a
 * printed speech's opening are read from the page's form, not from names, and are left alone.
 */
function namedInside(speaker: Cluster, q: AttributedQuote, clusters: readonly Cluster[]): boolean {
  if (q.cue.startsWith('label') || q.cue === 'speech-opening') return false;
  const near = (m: Cluster['mentions'][number]) => m.inQuote && m.paragraph >= q.paragraph && m.paragraph <= q.paragraph + 3;
  const forms = new Set(speaker.mentions.filter(near).map((m) => m.words.join(' ')));
  // A given name or surname alone is often no mention of its own inside quotes ("Musa plays …").
  const words = speaker.name.filter((w) => !isHonorific(w) && w.length > 2 && !/^(?:\p{Lu}\.)+$/u.test(w));
  if (words.length > 1) {
    forms.add(words[0]!);
    forms.add(words.at(-1)!);
  }
  // But not where that word is part of someone else's name in the quote: "My late father, Bill
  // Hale, …" names the speaker's father, not Tom Hale; "Ratu Inoke" is not Ratu Josaia.
  // (An unlabelled interview's answer holds them with no quotation marks: "My father, Mathew
  // Chacko, rowed for this club" in Biju Mathew's answer.)
  const inAnswer = (m: Cluster['mentions'][number]) => q.cue === 'qa-answer' && m.paragraph === q.paragraph;
  const othersNames = clusters.filter((c) => c !== speaker).flatMap((c) => c.mentions.filter((m) => (near(m) || inAnswer(m)) && m.words.length > 1).map((m) => m.words.join(' ')));
  // Words quoted within the quote are someone else's again ("He said, 'Nadia, you'll be leader'"):
  // a name there may well be the speaker's own.
  const text = q.text.replace(/(^|[\s(:,—–-])['‘](?:[^'’]|['’](?=\p{L}))*['’](?!\p{L})/gu, '$1 ');
  const wholeWord = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
  const othersSpans = othersNames.flatMap((name) => [...text.matchAll(wholeWord(name))].map((m) => [m.index, m.index + m[0].length] as const));
  const inOthers = (m: RegExpMatchArray & { index: number }) => othersSpans.some(([start, end]) => m.index >= start && m.index + m[0].length <= end);
  // "This seat does not belong to the Chiwanga family": a family name before a word for the family
  // names the family, not the speaker.
  const ofFamily = (m: RegExpMatchArray & { index: number }) => FAMILY_AFTER.test(text.slice(m.index + m[0].length));
  const found = [...forms].flatMap((form) => [...text.matchAll(wholeWord(form))].filter((m) => (form.includes(' ') || !inOthers(m)) && !ofFamily(m)).slice(0, 1));
  // "I'm Jamal Barros, and …", "he … called me Mrs. Whelan": the speaker names themself.
  if (found.some((m) => OWN_NAME_BEFORE.test(text.slice(0, m.index)))) return false;
  return found.length > 0;
}

/**
 * shared-surname: "Ray and Sunita Desai", "Stephen and Ayesha Cook": a given name joined by "and"
 * to a given name and a family name shares that family name, and the evidence the pair's name has.
 */
function shareSurnames(mentions: PlacedMention[], tokens: Token[][]): void {
  const byStart = new Map(mentions.map((m) => [`${m.paragraph}:${m.first}`, m]));
  // A given name the lists know, or a word that is no everyday word, place or organisation ("Minh", "Lúcia").
  const givenLike = (w: string) => isGivenName(w) || isFirstName(w) || !(isCommonWord(w) || isPlaceName(w) || isOrgWord(w));
  for (const m of mentions) {
    if (m.words.length !== 1 || m.inQuote || !givenLike(m.words[0]!)) continue;
    // Not the last word of a longer capitalised name ("of Sri Lanka and Claire Oduya").
    const before = tokens[m.paragraph]![m.first - 1];
    if (before?.word && before.cap && !before.sentenceStart) continue;
    const and = tokens[m.paragraph]![m.last + 1];
    const pair = byStart.get(`${m.paragraph}:${m.last + 2}`);
    if (!and?.word || and.text !== 'and' || !pair || pair.words.length < 2 || pair.score < MIN_SCORE || !givenLike(pair.words[0]!)) continue;
    // "Pieter and Anouk de Vries": the family name is the last word with any particles before it.
    const middle = pair.words.slice(1, -1);
    if (!middle.every((w) => NAME_PARTICLES.has(w))) continue;
    // Not "the Foyle and Sperrin Health and Social Care Trust": after a first word no list gives as
    // a given name, a word of everyday vocabulary that no list gives as a family name ends a body's
    // name, not a couple's ("Stephen and Ayesha Cook" are a couple).
    const family = pair.words.at(-1)!;
    const knownGiven = isGivenName(m.words[0]!) || isFirstName(m.words[0]!);
    if (!knownGiven && isPlainVocabulary(family.toLowerCase()) && !isSurname(family)) continue;
    m.words = [m.words[0]!, ...pair.words.slice(1)];
    m.score = Math.max(m.score, pair.score);
    m.weak = false;
    m.rules = [...(m.rules ?? []), 'shared-surname'];
  }
}

/** A rule score at which a name is plainly someone's ("Ceri Llewellyn, 36, a dental nurse"). */
const PLAIN_PERSON_SCORE = 4;

/**
 * family-member: "Alun Llewellyn, the sisters' father", in a story that names Ceri Llewellyn
 * plainly as someone: a full name whose family name a plain person of the story bears is a
 * relative's, a person's too, whatever list knows its given name. Not after a first word that is
 * a title, an everyday word or names a place or body ("Queen Elizabeth", "Port Elizabeth").
 */
function boostFamilyMembers(mentions: PlacedMention[]): void {
  const families = new Set(mentions.filter((m) => m.words.length > 1 && !m.inQuote && m.score >= PLAIN_PERSON_SCORE).map((m) => foldWord(m.words.at(-1)!)));
  for (const m of mentions) {
    // (A name a rule has marked down, such as a ship's "the 1998-built Greta Thormählen", stays so.)
    if (m.words.length !== 2 || m.inQuote || m.score >= MIN_SCORE || m.score < 0) continue;
    const [first, family] = m.words as [string, string];
    if (!families.has(foldWord(family)) || isPlaceName(first) || isOrgWord(first) || isCommonWord(first) || isPlainVocabulary(first.toLowerCase()) || isHonorific(first.toLowerCase()) || isRoleWord(first)) continue;
    m.score = MIN_SCORE;
    m.rules = [...(m.rules ?? []), 'family-member'];
  }
}

/**
 * self-introduction: "My name is Comfort Adjei-Bishop": a speaker names themself, a person; and
 * name-given-as: "a cane farmer who gave his name only as Ramesh": a report names its source so.
 */
function boostSelfIntroductions(mentions: PlacedMention[], tokens: Token[][]): void {
  for (const m of mentions) {
    const ts = tokens[m.paragraph]!;
    const before = (n: number) => ts.slice(Math.max(0, m.first - n), m.first).map((t) => t.text.toLowerCase()).join(' ');
    const rule = SELF_INTRODUCTIONS.some((p) => before(p.split(' ').length) === p) ? 'self-introduction' : NAME_GIVEN_AS.some((p) => before(p.split(' ').length) === p) ? 'name-given-as' : undefined;
    if (rule) raiseToName(m, rule);
  }
}

/** Make `m` a name as strong as a self-introduction's, and say which rule did. */
function raiseToName(m: PlacedMention, rule: string): void {
  m.score = Math.max(m.score, MIN_SCORE + 1);
  m.weak = false;
  m.rules = [...(m.rules ?? []), rule];
}

/**
 * aged-family-name: "Rebane, 70, joined the city's heritage department": one word given an age in
 * passing is a person's family name however unknown the word (an Estonian name the lists lack), and
 * so is a fuller name in the article that ends on it ("the hands of Kalev Rebane"). Not a place or
 * an everyday word.
 */
function boostAgedFamilyNames(mentions: PlacedMention[], tokens: Token[][]): void {
  const aged = new Set<string>();
  for (const m of mentions) {
    if (m.words.length !== 1 || m.inQuote) continue;
    const ts = tokens[m.paragraph]!;
    const w = m.words[0]!;
    if (!agedAfter(ts, m.last) || isPlaceName(w) || isCommonWord(w) || isPlainVocabulary(w)) continue;
    aged.add(w);
  }
  // Only a family name: a fuller name in the article ends on it ("Lummy, 47," is a nickname).
  const family = new Set(mentions.filter((m) => m.words.length > 1 && aged.has(m.words.at(-1)!)).map((m) => m.words.at(-1)!));
  for (const m of mentions) {
    if (family.has(m.words.at(-1)!) && m.score < MIN_SCORE + 1 && !m.inQuote) raiseToName(m, 'aged-family-name');
  }
}

/** Nickname cues that name without a pronoun ("known as", "nicknamed"), as word lists. */
const NAMING_CUES = NICKNAME_CUES.filter((cue) => !/ (?:him|her)$/.test(cue)).map((cue) => cue.split(' '));

/**
 * nickname-given: "Pickering, known as Gaz to the regulars at the Palace": one word right after a
 * nickname cue that follows a word of a person's name and its comma is what that person is called, a name however
 * plain (coreference.ts joins it to them); the same word alone elsewhere names them too ("Gaz
 * said: …").
 */
function boostGivenNicknames(mentions: PlacedMention[], tokens: Token[][]): void {
  // The word before the comma must be a word of a person's fuller name ("Gary Pickering"), not a
  // body's ("the Federal Financial Supervisory Authority, known as BaFin").
  const nameWords = new Set(mentions.filter((m) => m.words.length > 1 && m.score >= MIN_SCORE).flatMap((m) => m.words));
  const given = new Set<string>();
  for (const m of mentions) {
    if (m.words.length !== 1 || m.inQuote) continue;
    const ts = tokens[m.paragraph]!;
    const cue = NAMING_CUES.find((ws) => wordsAt(ts, m.first - ws.length, ws));
    const comma = cue ? ts[m.first - cue.length - 1] : undefined;
    const named = cue ? ts[m.first - cue.length - 2] : undefined;
    if (comma?.text === ',' && named?.word && named.cap && nameWords.has(named.text)) given.add(m.words[0]!);
  }
  for (const m of mentions) {
    if (m.words.length === 1 && given.has(m.words[0]!) && m.score < MIN_SCORE + 1) raiseToName(m, 'nickname-given');
  }
}

/** "text of the speech", "address given by": an editor's introduction to a printed speech (speech-verbs.json transcriptIntroNouns, transcriptIntroVerbs). */
const TRANSCRIPT_INTRO = new RegExp(
  `\\b(?:text|transcript) of (?:(?:the|a|an|his|her|their) |\\p{Lu}[\\p{L} .-]{0,40}?['’]s )[\\p{L} ,'’-]{0,40}?\\b(?:${TRANSCRIPT_INTRO_NOUNS.join('|')})\\b|\\b(?:${TRANSCRIPT_INTRO_NOUNS.join('|')}) (?:was |were )?(?:${TRANSCRIPT_INTRO_VERBS.join('|')}) by\\b`,
  'iu',
);

/** "delivered the following address": a printed speech's introduction naming its speaker as the subject. */
const TRANSCRIPT_SUBJECT = new RegExp(`\\b(?:${TRANSCRIPT_INTRO_VERBS.join('|')}|gave) (?:the following|this|these) (?:${TRANSCRIPT_INTRO_NOUNS.join('|')})\\b`, 'iu');

/**
 * transcript-opening: "The following is the text of the speech given on Tuesday by Eng. Suhail
 * Al-Tarawneh, director general …": an editor's introduction in the first paragraphs that says
 * whose speech follows makes the next paragraph, whatever it opens on ("Your Excellency …",
 * "Assalamu'alaikum …"), that person's words: the one person named right after its "by", or the
 * subject of "delivered the following address".
 */
function transcriptOpening(body: string[], tokens: Token[][], clusters: Cluster[], quoted: Uint8Array[]): AttributedQuote | undefined {
  for (let p = 0; p + 1 < Math.min(body.length, SPEECH_OPENING_WITHIN); p++) {
    if (quoted[p + 1]![0]) continue;
    const ts = tokens[p]!;
    const mentions = clusters.flatMap((c) => c.mentions.filter((m) => m.paragraph === p && !m.inQuote).map((m) => ({ c, at: m.first })));
    let speaker: Cluster | undefined;
    if (TRANSCRIPT_INTRO.test(body[p]!)) {
      // The first person named after "by", past the titles and the words of a post before the name.
      const by = ts.findIndex((t, i) => t.text.toLowerCase() === 'by' && TRANSCRIPT_INTRO.test(body[p]!.slice(0, ts[i]!.end)));
      // With no "by" ("… This is the text of her speech"), whose speech it is goes unsaid here:
      // the first person named is often someone else ("paid for by a legacy from Ifor Jenkins.
      // Delyth Harries opened the ceremony").
      if (by >= 0) speaker = mentions.filter((m) => m.at > by && m.at - by <= 8).sort((a, b) => a.at - b.at)[0]?.c;
      // "the text of President Sabino Ngirmeriil's address": the one whose speech it is, by the possessive.
      else {
        const of = ts.findIndex((t, i) => /^(?:text|transcript)$/i.test(t.text) && ts[i + 1]?.text.toLowerCase() === 'of');
        const owner = of < 0 ? undefined : clusters.find((c) => c.mentions.some((m) => m.paragraph === p && m.first > of && m.first - of <= 4 && isPossessive(ts[m.last]!.text)));
        speaker = owner;
      }
    } else {
      // "Corinne Hayward, president of …, delivered the following address": the subject before it.
      const verb = TRANSCRIPT_SUBJECT.exec(body[p]!);
      if (verb) speaker = mentions.filter((m) => ts[m.at]!.start < verb.index).sort((a, b) => a.at - b.at)[0]?.c;
    }
    if (!speaker) continue;
    // Not a paragraph that quotes someone ("The council president, …, said after the session …
    // "We will read every line …""): the report goes on before the speech does, and says nothing
    // of where it starts.
    if (/["“”]/.test(body[p + 1]!)) return undefined;
    return { speaker: speaker.id, text: turnText(body[p + 1]!), paragraph: p + 1, cue: 'speech-opening', rules: ['transcript-opening'] };
  }
  return undefined;
}

/** How many paragraphs into the body a speech's opening is looked for (after a standfirst or two). */
const SPEECH_OPENING_WITHIN = 4;

/**
 * speech-opening: "Good morning, and happy Easter. Christ is risen.": in an article whose headline
 * calls it a speech ("Easter sermon of the Bishop…", "Chair's address… by Dame Yvonne…"), the first
 * paragraph of the printed text, opening on a salutation (`speechOpenings` in speech-verbs.json)
 * outside quotation marks, is the words of the one person the headline names.
 */
function speechOpening(body: string[], headline: Token[], clusters: Cluster[], bodyLength: number, quoted: Uint8Array[]): AttributedQuote | undefined {
  if (!headline.some((t) => t.word && HEADLINE_SPEECH_WORDS.has(t.text.toLowerCase()))) return undefined;
  const inHeadline = clusters.filter((c) => c.mentions.some((m) => m.paragraph === bodyLength));
  const giving = inHeadline.filter((c) => c.mentions.some((m) => m.paragraph === bodyLength && m.interviewee));
  const named = giving.length ? giving : inHeadline;
  if (named.length !== 1) return undefined;
  for (let p = 0; p < Math.min(body.length, SPEECH_OPENING_WITHIN); p++) {
    const text = body[p]!.trimStart().toLowerCase();
    if (quoted[p]![0] || !SPEECH_OPENINGS.some((o) => text.startsWith(o) && !/\p{L}/u.test(text[o.length] ?? ''))) continue;
    return { speaker: named[0]!.id, text: turnText(body[p]!), paragraph: p, cue: 'speech-opening', rules: ['speech-opening'] };
  }
  return undefined;
}

/** A name of two or more capitalised words right before an email address (a paper's author line). */
const AUTHOR_EMAIL = /\p{Lu}[\p{L}\p{M}'’-]+\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)*\p{Lu}[\p{L}\p{M}'’-]+\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

/**
 * author-email: a name of two or more words followed directly by an email address ("Claire
 * Warwick c.l.h.warwick@durham.ac.uk") is an author's; "Press enquiries: Jo Bell, Bell PR,
 * jo@…" is not read so (a comma comes between), as a press release's contact is no one in its story.
 */
function boostAuthorLines(mentions: PlacedMention[], paragraphs: string[], tokens: Token[][]): void {
  for (const m of mentions) {
    if (m.words.length < 2) continue;
    const after = paragraphs[m.paragraph]!.slice(tokens[m.paragraph]![m.last]!.end);
    if (!/^\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.test(after)) continue;
    m.score = Math.max(m.score, MIN_SCORE + 2);
    m.rules = [...(m.rules ?? []), 'author-email'];
  }
}

/** Per paragraph and token: 1 when the token is inside a direct quote. */
function markQuoted(tokens: Token[][], spans: QuoteSpan[]): Uint8Array[] {
  const flags = tokens.map((ts) => new Uint8Array(ts.length));
  for (const s of spans) {
    const ts = tokens[s.paragraph];
    for (let i = lowerBound(ts, s.start, (t) => t.start); i < ts.length && ts[i].start < s.end; i++) flags[s.paragraph][i] = 1;
  }
  return flags;
}

/**
 * "Ansel Adams, Chuck Close, Walker Evans, and Helmut Newton": names listed together with a
 * clear person are people too, when nothing marks them as places or organisations.
 */
function boostLists(names: NameMention[], tokens: Token[]): NameMention[] {
  const linked = (a: NameMention, b: NameMention) => {
    const between = tokens.slice(a.last + 1, b.first).map((t) => t.text.toLowerCase());
    return [',', 'and', ',|and', 'or', ',|or'].includes(between.join('|'));
  };
  const chains: NameMention[][] = [];
  for (const m of names) {
    const chain = chains.at(-1);
    if (chain && linked(chain.at(-1)!, m)) chain.push(m);
    else chains.push([m]);
  }
  for (const chain of chains) {
    if (chain.length < 2 || !chain.some((m) => m.words.length > 1 && m.score >= MIN_SCORE)) continue;
    for (const m of chain) if (m.words.length > 1 && m.words.length <= 4 && m.score >= 0 && m.score < MIN_SCORE) m.score = MIN_SCORE;
  }
  return names;
}

/**
 * inverted-name: "Austen, Jane. Pride and Prejudice", "Macaulay, Thomas Babington. Lays of Ancient
 * Rome": a reading list or bibliography entry opens on the family name, a comma and the given
 * names, then a full stop. Read at a paragraph's start only, the family name no everyday word
 * ("Thanks, Mark." is no name) and the given name one the lexicons know.
 */
function invertedName(names: NameMention[], tokens: Token[]): NameMention[] {
  const [family, comma, given] = tokens;
  if (!family?.cap || !family.word || comma?.text !== ',' || !given?.cap || !given.word) return names;
  if (isCommonWord(family.text) || isPlainVocabulary(family.text) || !(isGivenName(given.text) || isFirstName(given.text))) return names;
  let last = 2;
  while (last + 1 < tokens.length && last < 5 && tokens[last + 1]!.cap && tokens[last + 1]!.word) last++;
  if (tokens[last + 1]?.text !== '.') return names;
  const words = [...tokens.slice(2, last + 1).map((t) => t.text), family.text];
  const kept = names.filter((m) => m.first > last);
  return [{ words, first: 0, last, score: MIN_SCORE, titled: false, rules: ['inverted-name'] }, ...kept];
}

/** The byline's one name ("Callum Reyes-Whitfield"), or '' when it names none or several ("A and B", "Staff"). */
function bylineName(author: unknown): string {
  if (typeof author !== 'string') return '';
  const name = author.trim();
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|den|der|al|bin)){1,3}$/u.test(name) ? name : '';
}

/** qa-byline: the name read from a Q&A's byline (its last paragraph) asks the questions. */
function markInterviewer(mentions: PlacedMention[], paragraph: number): void {
  for (const m of mentions) {
    if (m.paragraph !== paragraph || m.first !== 0 || m.words.length < 2) continue;
    m.interviewer = true;
    m.score = Math.max(m.score, MIN_SCORE);
    m.rules = [...(m.rules ?? []), 'qa-byline'];
  }
}

/**
 * qa-correspondent: "… received our correspondent Lorenzo Pancaldi in the rectorate", "Chen spoke
 * to our manufacturing correspondent Zhou Yiran", "our science editor, Hervé Ondo Mba,": in the
 * introduction of a question-and-answer interview with no labels, the one named right after the
 * paper's "our" or "this newspaper's" reporter or correspondent (a beat of up to two words between)
 * is the one who asks; so is one the words after the name call so ("Brenda Nkongho, our business
 * reporter, met Mr Ekwalla").
 */
function markCorrespondent(mentions: PlacedMention[], tokens: Token[][], firstTurn: number, byline = '', outlet: readonly string[] = []): void {
  for (const m of mentions) {
    if (m.paragraph >= firstTurn || m.words.length < 2) continue;
    const ts = tokens[m.paragraph]!;
    const noun = ts[m.first - 1]?.text === ',' ? m.first - 2 : m.first - 1;
    // byline-met: "Changezi talked to Naseebullah Kakar by phone", the byline's own name after a
    // verb of meeting: the one who wrote the piece asks.
    const bylineMet = !!byline && m.words.join(' ') === byline && meetingVerbEndingAt(ts, m.first - 1) >= 0;
    // reporter-titled: "Ledger staff writer Leilani Ferreira-Akana spent an afternoon with Kahale":
    // a reporter's title right before a name in a Q&A's introduction says who asks.
    const reporterTitled = noun === m.first - 1 && REPORTER_TITLES.has(ts[noun]?.text ?? '');
    // met-pronoun: "Jana Thießen met him at the pilot station": a name whose verb of meeting has
    // "him" or "her" for object, in a Q&A's introduction, is the one who asks.
    const v = verbAfterReporter(ts, m.last);
    const meeting = MEETING_VERBS.find((ws) => wordsAt(ts, v, ws));
    const metPronoun = !!meeting && /^(?:him|her)$/i.test(ts[v + meeting.length]?.text ?? '');
    if (!bylineMet && !reporterTitled && !metPronoun && !hostIntroducedAt(ts, m.first) && !ourReporterEndsAt(ts, noun, outlet) && !(ts[m.last + 1]?.text === ',' && [3, 4, 5].some((n) => ourReporterEndsAt(ts, m.last + n, outlet)))) continue;
    m.interviewer = true;
    m.rules = [...(m.rules ?? []), 'qa-correspondent'];
  }
}

/**
 * qa-host: "in conversation with the critic Yoon Ha-eun": the words before the name at token
 * `first` (up to three lower-case words of a title and "the" between) say it is the one who asks
 * (speech-verbs.json hostIntros).
 */
function hostIntroducedAt(ts: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 4 && ts[k]!.word && !ts[k]!.cap && !HOST_INTROS.some((ws) => ws.at(-1) === ts[k]!.text.toLowerCase())) k--;
  return HOST_INTROS.some((ws) => wordsAt(ts as Token[], k - ws.length + 1, ws));
}

/**
 * Does token `noun` end the paper's "our" or "this newspaper's" reporter, a beat of up to two words
 * between ("our business reporter", "our Pokhara correspondent", "our Asia business editor"), or
 * the reporter of the outlet named in the possessive ("Voz de Antequera's correspondent"; `outlet`,
 * the words of the article's source)?
 */
function ourReporterEndsAt(ts: readonly Token[], noun: number, outlet: readonly string[] = []): boolean {
  if (!REPORTER_NOUNS.has(ts[noun]?.text.toLowerCase() ?? '')) return false;
  const det = [1, 2, 3].map((back) => noun - back).find((k) => ts[k]?.word && (/^(?:our|this|newspaper['’]s|paper['’]s)$/i.test(ts[k]!.text) || ownOutletEndsAt(ts, k, outlet)));
  return det !== undefined && !ts.slice(det + 1, noun).some((t) => !t.word);
}

/** Does the paper's own possessive end at token `end`: "this newspaper's", "our paper's", or the outlet's name ("Voz de Antequera's")? */
function papersOwnEndsAt(ts: readonly Token[], end: number, outlet: readonly string[]): boolean {
  return (/^(?:newspaper|paper)['’]s$/i.test(ts[end]?.text ?? '') && /^(?:this|our)$/i.test(ts[end - 1]?.text ?? '')) || ownOutletEndsAt(ts, end, outlet);
}

/** Does the outlet's own name (`outlet`, its words folded, "the" left out) end at token `end` in the possessive ("Voz de Antequera's")? */
function ownOutletEndsAt(ts: readonly Token[], end: number, outlet: readonly string[]): boolean {
  if (!outlet.length || !/['’]s$/.test(ts[end]?.text ?? '')) return false;
  return outlet.every((w, k) => {
    const t = ts[end - (outlet.length - 1 - k)];
    return !!t?.word && foldWord(stripPossessive(t.text)) === w;
  });
}

/**
 * interview-headline and speech-headline: "Cold as ice: Wikinews interviews Marymegan Daly",
 * "Frank Messina: An Interview with the 'Mets Poet'", "Biologist Nick Bos tells Wikinews…",
 * "Prime Minister Jawaharlal Nehru's Inaugural Address": a person the headline or a subheading of
 * an interview or a speech names is the one who speaks, though the questions and answers or the
 * speech below may never name them. Only names the rules take for a person's are marked.
 */
function markInterviewees(mentions: PlacedMention[], tokens: Token[][], bodyLength: number, qa = false): void {
  const kinds = tokens.map((ts, p) => {
    if (p < bodyLength) return undefined;
    const words = ts.filter((t) => t.word).map((t) => t.text.toLowerCase());
    return words.some((w) => HEADLINE_INTERVIEW_WORDS.has(w)) ? ('interview-headline' as const) : words.some((w) => HEADLINE_SPEECH_WORDS.has(w)) ? ('speech-headline' as const) : undefined;
  });
  for (const m of mentions) {
    if (m.paragraph < bodyLength || m.words.length < 2) continue;
    // "Frank Messina: An Interview…": after a given name, a place word is a family name.
    const given = isGivenName(m.words[0]!) || isFirstName(m.words[0]!);
    if (m.score < MIN_SCORE && !(given && m.score >= CANDIDATE_SCORE)) continue;
    const ts = tokens[m.paragraph]!;
    const next = ts[m.last + 1];
    let rule: string | undefined = kinds[m.paragraph] ?? (next?.word && HEADLINE_SPEAKER_AFTER.has(next.text.toLowerCase()) ? 'interview-headline' : undefined);
    // qa-headline: "Teodora van den Akker: 'A tower is a promise…'" over questions and answers
    // ("Q: … A: …"): the name that opens the heading, before a colon, is the one who answers.
    if (!rule && qa && m.first === 0 && next?.text === ':') rule = 'qa-headline';
    // A speech's heading names other things too ("George Floyd Justice in Policing Act", "Pelosi
    // Floor Speech"): its speaker is the name that owns the speech or gives it ("Nehru's
    // Inaugural Address", "Remarks by Mayor Ruth Abara").
    // "delivered by Watch Manager Comfort Adjei-Bishop", "by Dame Yvonne …": titles between.
    let k = m.first - 1;
    while (k > 0 && ts[k]!.word && ts[k]!.cap && (HONORIFICS.has(ts[k]!.text.toLowerCase()) || isRoleWord(ts[k]!.text) || TITLE_MODIFIERS.has(ts[k]!.text.toLowerCase()))) k--;
    if (rule === 'speech-headline' && !isPossessive(ts[m.last]!.text) && ts[k]?.text.toLowerCase() !== 'by') rule = undefined;
    if (!rule) continue;
    m.interviewee = true;
    m.score = Math.max(m.score, MIN_SCORE);
    m.rules = [...(m.rules ?? []), rule];
  }
}

/**
 * known-surname: "Gorbachev agreed to a remarkable concession", "Obama's national security
 * adviser": a single word the lexicon knows only as a family name — no everyday word, place or
 * given name — that does something (a lower-case verb after it) or owns something is a person
 * the article names by family name alone.
 */
function boostKnownSurnames(mentions: PlacedMention[], tokens: Token[][]): void {
  for (const m of mentions) {
    if (m.words.length !== 1 || m.weak || m.inQuote || m.score >= MIN_SCORE || m.score < 0) continue;
    const w = m.words[0]!;
    if (!(isSurname(w) || isKnownPerson(w)) || isGivenName(w) || isFirstName(w) || isCommonWord(w) || isPlainVocabulary(w) || isPlaceName(w) || isOrgWord(w)) continue;
    const ts = tokens[m.paragraph]!;
    const next = ts[m.last + 1];
    const acts = !!next?.word && !next.cap && isVerb(next.text);
    if (!acts && !isPossessive(ts[m.last]!.text)) continue;
    m.score = MIN_SCORE;
    m.rules = [...(m.rules ?? []), 'known-surname'];
  }
}

/**
 * cited-name: "As Shankly said, …", "a line from Thoreau: …", "To borrow from Montaigne, …": a
 * single name cited as the author of words is a person named by family name alone, as a
 * well-known figure is (data/name-cues.json, citingBefore and citingAsVerbs). Not a place, an
 * organisation or an everyday word ("as Google said" is a company's statement). Inside a quote,
 * "Montaigne said" needs no "as".
 */
function boostCitedNames(mentions: PlacedMention[], tokens: Token[][]): void {
  for (const m of mentions) {
    if (m.words.length !== 1 || m.score >= MIN_SCORE || m.score < 0) continue;
    const w = m.words[0]!;
    // Nor a given name: "As Tom used to say" is Thomas Okeke, named before.
    if (isCommonWord(w) || isPlainVocabulary(w) || isPlaceName(w) || isOrgWord(w) || isPlaceOrOrgPhrase([w]) || isHonorific(w.toLowerCase()) || isGivenName(w) || isFirstName(w)) continue;
    const ts = tokens[m.paragraph]!;
    const cited =
      CITING_BEFORE.some((p) => wordsAt(ts, m.first - p.length, p)) ||
      // Inside a quote a speaker cites others by family name: "We are all patchwork, Montaigne said".
      ((m.inQuote || ts[m.first - 1]?.text.toLowerCase() === 'as') && CITING_AS_VERBS.some((p) => wordsAt(ts, m.last + 1, p)));
    if (!cited) continue;
    // As strong as a self-introduction: "a line from Thoreau" reads as a place ("from") otherwise.
    m.score = MIN_SCORE + 1;
    m.weak = false;
    m.rules = [...(m.rules ?? []), 'cited-name'];
  }
}

/** A player's figures after a family name in a scorecard: runs ("121"), "not out" ("44no", "44*"), wickets for runs ("4-88"). */
const SCORECARD_FIGURES = /^\d{1,3}(?:-\d{1,3})?(?:no|\*)?$/;
/** A scorecard has at least this many entries in one paragraph. */
const SCORECARD_ENTRIES = 3;

/**
 * scorecard: "Scores: Wessex 412 (Dawson 121, Sarpong 64; Haque 4-88)": a sport report's
 * scorecard gives its players by family name, each followed by their figures and a comma, a
 * semicolon or a closing bracket. When a paragraph holds at least three such entries and one of
 * them is the family name of a person the article names in full, the others are players too.
 * Words the lexicon knows as places or organisations stay out ("Wessex 412 (…" is a team's total,
 * and its figures are followed by a bracket, not a separator).
 */
function boostScorecards(mentions: PlacedMention[], tokens: Token[][]): void {
  const fullNames = new Set(mentions.filter((m) => m.words.length > 1 && m.score >= MIN_SCORE && !m.inQuote).map((m) => m.words.at(-1)!));
  const byParagraph = new Map<number, PlacedMention[]>();
  for (const m of mentions) {
    if (m.words.length !== 1 || m.inQuote || m.score < 0) continue;
    const ts = tokens[m.paragraph]!;
    const figures = ts[m.last + 1];
    const after = ts[m.last + 2];
    if (!figures || !SCORECARD_FIGURES.test(figures.text) || (after && ![',', ';', ')', '.'].includes(after.text))) continue;
    const entries = byParagraph.get(m.paragraph) ?? [];
    entries.push(m);
    byParagraph.set(m.paragraph, entries);
  }
  for (const entries of byParagraph.values()) {
    if (entries.length < SCORECARD_ENTRIES || !entries.some((m) => fullNames.has(m.words[0]!))) continue;
    for (const m of entries) {
      const w = m.words[0]!;
      if (m.score >= MIN_SCORE || isPlaceName(w) || isOrgWord(w) || isPlaceOrOrgPhrase([w])) continue;
      m.score = MIN_SCORE;
      m.rules = [...(m.rules ?? []), 'scorecard'];
    }
  }
}

/**
 * "Fans of Taylor Swift packed the stadium. Later, Swift said…": a first name and a family name
 * are a person when the family name, standing alone elsewhere in the article, speaks ("Swift
 * said") or follows "Mr", "Ms" or "Dr". Other verbs are no evidence: "Stanley rose 3%" is a bank.
 */
function boostSpeakingSurnames(mentions: PlacedMention[], tokens: Token[][]): void {
  const speaking = new Set<string>();
  for (const m of mentions) {
    if (m.words.length !== 1 || m.inQuote) continue;
    const ts = tokens[m.paragraph]!;
    const next = ts[m.last + 1];
    const prev = ts[m.first - 1]?.text === '.' ? ts[m.first - 2] : ts[m.first - 1];
    if ((next?.word && SPEECH_VERBS.has(next.text.toLowerCase())) || (prev?.word && HONORIFICS.has(prev.text.toLowerCase()))) speaking.add(m.words[0]!);
  }
  for (const m of mentions) {
    const given = m.words[0]!;
    if (m.score >= 0 && m.score < MIN_SCORE && m.words.length === 2 && (isGivenName(given) || isFirstName(given)) && speaking.has(m.words[1]!)) m.score = MIN_SCORE;
  }
}

/** The one id of a list, or undefined when it has none or several. */
const onlyOneOf = (ids: number[]): number | undefined => (ids.length === 1 ? ids[0] : undefined);

/** Is `word` in this role under a deputy's modifier ("deputy chairman", "vice-president", "assistant coach")? */
function subordinatePost(role: string, word: string): boolean {
  const words = role.toLowerCase().split(/[\s-]+/);
  return words.some((w, k) => w === word && k > 0 && SUBORDINATE_MODIFIERS.has(words[k - 1]!));
}

/** The one person an index holds for `key` ("the Dutchman", "the 33-year-old"), or undefined when none or several. */
function onlyOne<K>(index: Map<K, number[]>, key: K): number | undefined {
  return onlyOneOf(index.get(key) ?? []);
}

/**
 * bracketed-affiliation: "Cllr Rhiannon Bishop (Lib Dem, Castle ward)", "Ifeoma Chukwu (Saltmarsh
 * Editions)": a name that opens a bracket right after a person's full name is what that person
 * belongs to (a party, a publisher, a club), not another person.
 */
function demoteBracketedAffiliations(mentions: PlacedMention[], tokens: Token[][]): void {
  const ends = new Set(mentions.filter((m) => m.words.length > 1 && m.score >= MIN_SCORE && !m.inQuote).map((m) => `${m.paragraph}:${m.last}`));
  for (const m of mentions) {
    const ts = tokens[m.paragraph]!;
    // (Not a team line-up's substitute, "De Ávila (Charris 78)": the player who came on.)
    if (ts[m.first - 1]?.text !== '(' || !ends.has(`${m.paragraph}:${m.first - 2}`) || m.rules?.includes('line-up')) continue;
    m.score = -10;
    m.rules = [...(m.rules ?? []), 'bracketed-affiliation'];
  }
}

/**
 * birth-name: "Tributes have been paid to Jack Pascoe … Born William John Pascoe in Mylor Bridge,
 * he was known to everyone as Jack": a full name after "born" that ends on the family name of
 * someone named in full before it is the name that person was born with, no one new; their
 * "Mr Pascoe" stays theirs.
 */
function demoteBirthNames(mentions: PlacedMention[], tokens: Token[][]): void {
  // Mentions come in text order: the family names of people named in full so far.
  const families = new Set<string>();
  for (const m of mentions) {
    if (m.words.length < 2 || m.inQuote) continue;
    const family = foldWord(m.words.at(-1)!);
    const before = tokens[m.paragraph]![m.first - 1];
    if (families.has(family) && before?.word && before.text.toLowerCase() === 'born') {
      m.score = -10;
      m.rules = [...(m.rules ?? []), 'birth-name'];
    } else if (m.score >= MIN_SCORE) families.add(family);
  }
}

/**
 * played-by: "Amos is played by Raymond Ellis", "the role of June": a name an actor plays is a
 * character's, at every mention, and so is a longer name that opens with it ("Amos Reed, a
 * commercial fisherman" earlier in the review).
 */
function demoteCharacters(mentions: PlacedMention[], tokens: Token[][]): void {
  const characters = new Set<string>();
  const lowerAt = (ts: Token[], i: number) => (ts[i]?.word ? ts[i]!.text.toLowerCase() : '');
  for (const m of mentions) {
    const ts = tokens[m.paragraph]!;
    const after = [m.last + 1, m.last + 2, m.last + 3].map((i) => lowerAt(ts, i));
    const playedBy = (['is', 'was', 'will'].includes(after[0]!) && after[1] === 'played' && after[2] === 'by') || (after[0] === 'played' && after[1] === 'by' && ts[m.last + 1]?.word);
    // (Not "because of the role of Kristina Matić": someone's part in events; name-cues.json roleOfTopicWords.)
    const roleOf = ['role', 'part'].includes(lowerAt(ts, m.first - 2)) && lowerAt(ts, m.first - 1) === 'of' && lowerAt(ts, m.first - 3) === 'the' && !ROLE_OF_TOPIC_WORDS.has(lowerAt(ts, m.first - 4));
    if (playedBy || roleOf) characters.add(foldWord(m.words.join(' ')));
  }
  if (!characters.size) return;
  for (const m of mentions) {
    const whole = foldWord(m.words.join(' '));
    if (!characters.has(whole) && !characters.has(foldWord(m.words[0]!))) continue;
    m.score = -10;
    m.rules = [...(m.rules ?? []), 'played-by'];
  }
}

/** A word that makes the name before it a company's (data/name-cues.json `companyAfter`, and `companyAfterCapitals` as written, with or without its full stops: "S.A."). */
const companyWord = (w: string) => COMPANY_AFTER.has(w.toLowerCase().replace(/\.$/, '')) || COMPANY_AFTER_CAPITALS.has(w.replace(/\./g, ''));

/**
 * "Shares of Morgan Stanley fell … Morgan Stanley said…": a name the article also uses as a
 * company's (before "Inc.", "Corp.", "shares" or "stock", or after "shares of") or as a body's
 * (after "director of", "founder of") is the company's at every mention, however much it looks
 * like a person's.
 */
function demoteCompanies(mentions: PlacedMention[], tokens: Token[][]): void {
  const companies = new Set<string>();
  const named: string[][] = [];
  for (const m of mentions) {
    if (m.words.length < 2) continue;
    const ts = tokens[m.paragraph]!;
    const after = ts[m.last + 1];
    const before = [ts[m.first - 2]?.text, ts[m.first - 1]?.text].join(' ').toLowerCase();
    // ("Veridian Semiconductor, Inc. today announced": the legal form may follow a comma.)
    const formAfterComma = after?.text === ',' && !!ts[m.last + 2]?.word && ts[m.last + 2]!.cap && companyWord(ts[m.last + 2]!.text);
    // post-of: "Teresa Villarreal, director of Austin Water": what one heads, founded or owns
    // (data/name-cues.json bodyHeadNouns), named after "of", is a body.
    const head = ts[m.first - 2];
    const postOf = ts[m.first - 1]?.text === 'of' && !!head?.word && !head.cap && BODY_HEAD_NOUNS.has(stripPossessive(head.text).toLowerCase());
    if ((after?.word && companyWord(after.text)) || formAfterComma || postOf || before === 'shares of') companies.add(m.words.join(' '));
    // "Charles Schwab Corp.": the company word is part of the capitalised run.
    if (m.words.length > 2 && companyWord(m.words.at(-1)!)) {
      companies.add(m.words.slice(0, -1).join(' '));
      companies.add(m.words.join(' '));
    }
  }
  // The capitalised run before a company's legal form, read from the tokens: a run such as
  // "Sahyadri Consumer Brands Ltd" is not one mention (an everyday word inside it ends a name).
  // ("Kafubu Copper Smelters plc": a legal form in lower case too, where it is no English word.)
  for (const ts of tokens) {
    for (const [i, t] of ts.entries()) {
      if (!t.word || !companyWord(t.text) || !(t.cap || !isPlainVocabulary(t.text.toLowerCase()))) continue;
      const j = capitalRunStart(ts, i);
      if (i - j >= 2) named.push(ts.slice(j, i).map((x) => stripPossessive(x.text)));
    }
  }
  // company-short-form: "Sahyadri Consumer Brands Ltd" … "Sahyadri will buy…", "Sahyadri
  // Consumer to buy…": the first words of a company's name met alone are its short form, unless
  // a person of the article bears the last of them as a family name ("Harish Mehra" beside "Mehra
  // Holdings Ltd"), or one word alone is a name the lists know ("Ford" of "Ford Motor Co.").
  const prefixOfNamed = (ws: string[]) => named.some((n) => ws.length <= n.length && ws.every((w, k) => w === n[k]));
  const families = new Set(mentions.filter((m) => m.words.length > 1 && !companies.has(m.words.join(' ')) && !prefixOfNamed(m.words)).map((m) => m.words.at(-1)!));
  for (const words of named) {
    for (let k = 1; k < words.length; k++) {
      const prefix = words.slice(0, k);
      if (families.has(prefix.at(-1)!) || (k === 1 && (isSurname(prefix[0]!) || isGivenName(prefix[0]!) || isFirstName(prefix[0]!)))) continue;
      companies.add(prefix.join(' '));
    }
  }
  for (const m of mentions) if (companies.has(m.words.join(' '))) m.score = -10;
}

/**
 * own-publication: "questions sent by Kurier Nowohucki", "told the Kilifi Coast Courier": the
 * publication the article's front matter names as its source is no person where the text names it —
 * unless it is the author's own name, as a one-person newsletter's may be. Its name is met with or
 * without the article it opens with ("El Altiplano Hoy spoke to …": the run starts after "El").
 */
function demotePublication(mentions: PlacedMention[], source: string | undefined, author: string | undefined): void {
  if (!source || source === author) return;
  const words = source.split(/\s+/).map(foldWord);
  const own = new Set([words.join(' ')]);
  if (words.length > 2 && (words[0] === 'the' || FOREIGN_ARTICLES.has(words[0]!))) own.add(words.slice(1).join(' '));
  for (const m of mentions) {
    if (!own.has(m.words.map(foldWord).join(' '))) continue;
    m.score = -10;
    m.rules = [...(m.rules ?? []), 'own-publication'];
  }
}

/**
 * short-form-of-body: "Atlético Paso Molino were bottom … What does the Primera mean for Paso
 * Molino?": the last words of a name ruled a body's or a place's by its generic word (a
 * foreign-place-word or foreign-org-word run) are that body's short name wherever they stand alone.
 */
function demoteShortForms(mentions: PlacedMention[], tokens: Token[][]): void {
  const bodies = mentions.filter((m) => m.words.length > 2 && m.rules?.some((r) => r === 'foreign-org-word' || r === 'foreign-place-word') && m.score <= -10);
  const tails = new Set<string>();
  for (const b of bodies) for (let k = 1; k <= b.words.length - 2; k++) tails.add(b.words.slice(k).join(' '));
  // "The Jackie Milburn Arms" … "who has drunk in the Jackie Milburn": a name ruled out by the
  // word that closes a body's name, met again without that word and after "the", or ending on an
  // everyday noun, is the body's short form ("the Princess Royal" of "the Princess Royal
  // Maternity", "Mehra Tea" of "Mehra Tea Company"); a person is not "the X".
  const stems = new Set(mentions.filter((m) => m.words.length > 2 && m.score < 0 && isOrgWord(m.words.at(-1)!)).map((m) => m.words.slice(0, -1).join(' ')));
  if (!tails.size && !stems.size) return;
  for (const m of mentions) {
    if (m.words.length < 2 || m.score <= -10) continue;
    const name = m.words.join(' ');
    const afterThe = tokens[m.paragraph]?.[m.first - 1]?.text.toLowerCase() === 'the';
    // "Mehra Tea Company" … "Mehra Tea's board": nor does a person's name end on an everyday noun.
    const tail = m.words.at(-1)!;
    const everydayTail = isPlainVocabulary(tail.toLowerCase()) && !isSurname(tail) && !isGivenName(tail);
    if (!tails.has(name) && !((afterThe || everydayTail) && stems.has(name))) continue;
    m.score = -10;
    m.rules = [...(m.rules ?? []), 'short-form-of-body'];
  }
}

/**
 * place-by-noun: "At the Čengić Vila stop", "the renovated Alipašino Polje stop": a name between
 * "the" (one lower-case word may stand between) and a lower-case noun for a kind of place
 * (src/data/places/rules.json placeNounsAfter) is the place's, and so is every other mention of the
 * same words ("between Čengić Vila and Ilidža"). Not where a given name opens it: places are named
 * after people ("the Nelson Mandela roundabout"), who may be met in the article too.
 */
function demotePlacesByNoun(mentions: PlacedMention[], tokens: Token[][]): void {
  const places = new Set<string>();
  for (const m of mentions) {
    const ts = tokens[m.paragraph]!;
    const noun = ts[m.last + 1];
    if (!noun?.word || noun.cap || !gazetteer().rules.placeNounsAfter.has(noun.text.toLowerCase())) continue;
    if (isGivenName(m.words[0]!) || isFirstName(m.words[0]!)) continue;
    const before = ts[m.first - 1]?.word && !ts[m.first - 1]!.cap && ts[m.first - 1]!.text !== 'the' ? ts[m.first - 2] : ts[m.first - 1];
    if (before?.word && before.text.toLowerCase() === 'the') places.add(m.words.join(' '));
  }
  if (!places.size) return;
  for (const m of mentions) {
    if (!places.has(m.words.join(' ')) || m.score <= -10) continue;
    m.score = -10;
    m.rules = [...(m.rules ?? []), 'place-by-noun'];
  }
}

/**
 * The role the article states for a person: the first title or appositive at any of their
 * mentions; else a role a sentence of its own gives them ("He is, of course, the Iranian foreign
 * minister"); else a plural title shared by a list they are in ("photographers Nat Finkelstein,
 * Christopher Makos and Felice Quinto"); else what they made ("founded by …") or the organisation
 * they are named with. The first reading sure enough to publish wins; when none is, the first
 * found is returned (unpublished) so `npm run explain` can show it.
 */
function roleOf(c: Cluster, paragraphs: string[], tokens: Token[][], nameStarts: Set<number>[], nameTokens: Set<number>[], shared: Map<string, string>, gender: 'm' | 'f' | undefined, lead: string): FoundRole {
  let first: FoundRole | undefined;
  for (const reading of roleReadings(c, paragraphs, tokens, nameStarts, nameTokens, shared, gender, lead)) {
    // "District Collector Farida Begum, Dr. Suresh Menon, …": a courtesy title alone says no post.
    if (!reading.role || reading.role.split(/\s+/).every(isHonorificAsWritten)) continue;
    // "Madam Prefect of Kindia, Mrs Aissatou Sylla," in a speech's salutation: the courtesy the
    // speaker pays the post is no part of it.
    const found = { ...reading, role: withoutCourtesy(reading.role) };
    first ??= found;
    if (roleConfidence(found.source) >= ROLE_THRESHOLD) return found;
  }
  return first ?? { role: '', source: 'none' };
}

/** A role with the courtesy titles that open it taken off ("Mr President of the Federation" → "President of the Federation"). */
function withoutCourtesy(role: string): string {
  const words = role.split(/\s+/);
  let k = 0;
  // Only before a title ("Madam Prefect", "Ms Justice"): not "Sri Lanka Tea Board Chairman" nor
  // "Ms Blaylock's daughter", where the word is part of a name.
  while (k < words.length - 1 && isHonorificAsWritten(words[k]!) && isRoleWord(words[k + 1]!)) k++;
  return words.slice(k).join(' ');
}

/** Of the titles written before a person's names, the ranks ("Cllr", "Professor"), spelled out and in lower case ("councillor"). */
function rankTitles(titles: readonly string[]): string[] {
  return titles.map((t) => spelledOut(t).toLowerCase().replace(/\.$/, '')).filter((r) => RANK_TITLES.has(r));
}

/** A title alone before a name that a post after it says more than: a rank (Councillor, Professor) or a family description ("dad-of-three", "bride-to-be"). */
function yieldsToAppositive(before: string): boolean {
  const word = before.toLowerCase();
  return !/\s/.test(word) && (RANK_TITLES.has(word.replace(/\.$/, '')) || DESCRIPTOR_COMPOUND.test(word));
}

/** Is the title `before`, written before the name starting at `nameStart`, a label worn ("Self-styled pattie king Darren Lowther")? */
function labelWorn(text: string, nameStart: number, before: string): boolean {
  const lead = text.slice(0, nameStart);
  const at = lead.lastIndexOf(before);
  const word = at < 0 ? undefined : /([\p{L}-]+)\s*$/u.exec(lead.slice(0, at))?.[1];
  return !!word && LABEL_OPENERS.has(word.toLowerCase());
}

/** "One of the club's founders, " right before a name: the phrase is a group the person belongs to. */
const ONE_OF_GROUP = /\b(?:one|another) of [^,.;:]*,\s*$/i;

/** Every role reading of a person, in the order they are trusted (see roleOf). */
function* roleReadings(c: Cluster, paragraphs: string[], tokens: Token[][], nameStarts: Set<number>[], nameTokens: Set<number>[], shared: Map<string, string>, gender: 'm' | 'f' | undefined, lead: string): Generator<FoundRole> {
  // A relation before a name ("the son of her late partner, Omar Hegazy") says whose relative
  // someone is: what they do, when a later sentence says it ("He became its managing director"),
  // is read first; the relation stays their role when nothing else is said.
  const relations: FoundRole[] = [];
  // What someone does said by a verb ("who has sold saffron … for 27 years") gives way to a noun
  // for it in any sentence ("Ait Lahcen is a third-generation spice merchant").
  const livings: FoundRole[] = [];
  for (const m of c.mentions) {
    const ts = tokens[m.paragraph];
    const text = paragraphs[m.paragraph]!;
    // A plural title before the first name of a list ("photographers Nat Finkelstein, …") is one
    // person's title in the singular.
    const before = toldListenerTitle(ts, m.first, m.last) ? '' : spelledOut(singularRole(roleBefore(text, ts, m.first, nameTokens[m.paragraph])));
    // "Professor Kofi Mensah of the University of Ghana": a bare title says more with the body after the name.
    const body = before && before.split(/\s+/).length <= 2 && ts[m.last + 1]?.text.toLowerCase() === 'of' ? affiliation(text, ts, m.first, m.last, nameTokens[m.paragraph]) : '';
    // "Rashid al-Amin KC, …": letters after the name close it no less than the name does.
    let last = m.last;
    while (ts[last + 1]?.word && POSTNOMINALS.has(ts[last + 1]!.text)) last++;
    // "My son, Jone, is a paramedic": a name set off by commas is the subject of the verb after them.
    const apposed = ts[m.first - 1]?.text === ',' && ts[last + 1]?.text === ',';
    // "Sandy Macrae of Tomatin, a Strathspey fiddler": the place after "of" is part of how the name
    // is given; the appositive comes after it.
    const homeEnd = ts[last + 1]?.text === 'of' && ts[last + 2]?.word && ts[last + 2]!.cap ? capitalRunEnd(ts, last + 2) : -1;
    const pastClause: FoundRole = { role: inChargePastClause(text, ts, m.first, last), source: 'predicate' };
    const found: FoundRole[] = [
      { role: roleAfter(text, ts, last, nameStarts[m.paragraph]), source: 'appositive' },
      { role: homeEnd > 0 && ts[homeEnd + 1]?.text === ',' ? roleAfter(text, ts, homeEnd, nameStarts[m.paragraph]) : '', source: 'appositive' },
      { role: sentenceTitle(text, ts, m.first, last, nameTokens[m.paragraph]), source: 'sentence-title' },
      { role: predicateRole(text, ts, last), source: 'predicate' },
      { role: apposed ? predicateRole(text, ts, last + 1) : '', source: 'predicate' },
      { role: relativeRole(text, ts, last), source: 'predicate' },
      { role: invertedRole(text, ts, m.first, last), source: 'predicate' },
      { role: appointedRole(text, ts, m.first, last), source: 'predicate' },
      { role: founderRole(text, ts, last), source: 'predicate' },
      { role: inChargeRole(text, ts, m.first, last), source: 'predicate' },
      pastClause,
      { role: courtSide(ts, m.first, last), source: 'court-side' },
      // "… has fished for four decades and is chairman of the association": a second verb joined by "and".
      { role: m.inQuote ? '' : coordinatedRole(text, ts, last), source: 'predicate' },
    ];
    if (before && isRelation(before)) {
      // "His son, Callum McBride, who has been managing director", "His mother, Patience Obi, a
      // retired headteacher": a family relation says whose relative someone is; what they do,
      // when the article says it right after the name, is their role (the sentence's title last).
      const own = found.filter((f) => !isRelation(f.role) && f !== pastClause);
      yield* own.filter((f) => f.source !== 'sentence-title');
      yield* own.filter((f) => f.source === 'sentence-title');
      // The relation, and the relation read again as the sentence's title, wait; a unit in the
      // relative's charge said past a clause about something else ("Their son Martin, who trained
      // as a baker alongside his mother, now runs the shop") after them.
      relations.push({ role: body ? `${before}, ${body}` : before, source: 'title-before' }, ...found.filter((f) => isRelation(f.role)), pastClause);
    } else {
      // "One of Kolam's earliest customers, Wade Tillman, superintendent of …": a group someone is
      // one of says less than the post set off after the name.
      if (before && ONE_OF_GROUP.test(text.slice(Math.max(0, ts[m.first]!.start - 120), ts[m.first]!.start))) yield* found.filter((f) => f.source === 'appositive');
      // "Cllr Nia Rowlands, Cardiff Council's cabinet member for education", "Dad-of-three Gareth
      // Pritchard, 52, a plasterer": a rank or a family epithet alone says less than the post after the name.
      // Not "Cllr Declan Madigan, an Independent who …": one capitalised word there is a party.
      else if (before && (yieldsToAppositive(before) || labelWorn(text, ts[m.first]!.start, before))) yield* found.filter((f) => f.source === 'appositive' && (/\s/.test(f.role) || !/^\p{Lu}/u.test(f.role)));
      if (before) yield { role: body ? `${before}, ${body}` : before, source: 'title-before' };
      else yield { role: titleWithClauseBefore(text, ts, m.first, nameTokens[m.paragraph]), source: 'title-before' };
      yield* found;
    }
    livings.push({ role: relativeLiving(text, ts, last), source: 'predicate' });
  }
  // Not a transcript's label ("Asante: The minister wants …"): the turn is what they say.
  const narrated = c.mentions.filter((m) => !m.inQuote && !(m.first === 0 && tokens[m.paragraph]![m.last + 1]?.text === ':'));
  for (const m of narrated) yield { role: pronounRole(paragraphs[m.paragraph]!, tokens[m.paragraph]!, m.first, m.last, nameTokens[m.paragraph]!, gender), source: 'pronoun-predicate' };
  yield* livings;
  yield* relations;
  // "… He has headed the hospital's cardiology service since 2021": a unit in their charge said
  // of a he or she, after any relation ("my late father, Tevita. He coached the village team …").
  for (const m of narrated) yield { role: pronounInChargeRole(paragraphs[m.paragraph]!, tokens[m.paragraph]!, m.first, m.last, nameTokens[m.paragraph]!, gender), source: 'pronoun-predicate' };
  for (const m of c.mentions) yield { role: shared.get(`${m.paragraph}:${m.first}`) ?? '', source: 'list' };
  // The story's first named person, when its opening sentence says what they are ("A delivery driver who…").
  yield { role: lead, source: 'lead' };
  for (const m of c.mentions) {
    yield { role: agentTitle(paragraphs[m.paragraph]!, tokens[m.paragraph], m.first), source: 'agent' };
    yield { role: affiliation(paragraphs[m.paragraph]!, tokens[m.paragraph], m.first, m.last, nameTokens[m.paragraph]), source: 'affiliation' };
  }
}

/**
 * namesake-in-quote: ""Chanda always said the rock was talking," Mulenga said", of Chanda and his
 * brother Kelvin Mulenga: of two people sharing the family name at `m`, the one the paragraph's
 * quote speaks of by name, or as "my <relation>" (or the sentence as "her <relation>"), is not
 * the one speaking it. Only the family name of a speech verb
 * ("Mulenga said", "said Mulenga") is read so.
 */
function notSpokenOf(m: PlacedMention, fitting: readonly Cluster[], ts: readonly Token[], quoted: Uint8Array, kin: (word: string) => readonly number[]): Cluster | undefined {
  const speaks = [ts[m.last + 1], ts[m.first - 1]].some((t) => t?.word && SPEECH_VERBS.has(t.text.toLowerCase()));
  // "My grandfather built this company …," Thormählen said: the one the quote calls "my
  // grandfather" (his relation stated, or the inverse of the other's) is spoken of too.
  const called = new Set(ts.flatMap((t, i) => (quoted[i] && /^my$/i.test(t.text) && ts[i + 1]?.word ? kin(ts[i + 1]!.text.toLowerCase()) : [])));
  // "Ms Probert said outside court that her mother was "…"": so is the one the rest of the
  // sentence calls "her mother" or "his son".
  for (let i = m.last + 1; i + 1 < ts.length && !(!quoted[i] && /^[.!?]$/.test(ts[i]!.text)); i++) {
    if (!quoted[i] && /^(?:his|her)$/i.test(ts[i]!.text) && ts[i + 1]!.word) for (const id of kin(ts[i + 1]!.text.toLowerCase())) called.add(id);
  }
  const spokenOf = fitting.filter((c) => called.has(c.id) || c.mentions.some((x) => x.inQuote && x.paragraph === m.paragraph));
  return speaks && fitting.length === 2 && spokenOf.length === 1 ? fitting.find((c) => c !== spokenOf[0]) : undefined;
}

/**
 * titled-not-given: "Claire Hollis, who drives her to the hospital, … Claire said", then "Mrs
 * Hollis said …": of two namesakes, when the article calls one by her given name alone, a
 * courtesy title and the family name are the other's (when her gender does not rule it out).
 */
function titledNotGiven(m: PlacedMention, fitting: readonly Cluster[], gender: (c: Cluster) => 'm' | 'f' | undefined): Cluster | undefined {
  if (!m.honorific || fitting.length !== 2) return undefined;
  const byGiven = fitting.filter((c) => c.name.length > 1 && c.mentions.some((x) => !x.inQuote && x.words.length === 1 && foldWord(x.words[0]!) === foldWord(c.name[0]!)));
  if (byGiven.length !== 1) return undefined;
  const other = fitting.find((c) => c !== byGiven[0])!;
  const g = honorificGender(m.honorific);
  return g && gender(other) && gender(other) !== g ? undefined : other;
}

/** "Mr Venning's grandfather, Albert …": a title, the family name it is said with, and where the relative's name starts. */
interface TitledRelative {
  title: string;
  family: string;
  paragraph: number;
  at: number;
}

/** Every "<title> <Family>'s <relation>, <Name>" of the article, collected once for relativeOfTitled. */
function titledRelatives(tokens: readonly Token[][]): TitledRelative[] {
  const out: TitledRelative[] = [];
  for (const [p, ts] of tokens.entries()) {
    for (let i = 0; i + 4 < ts.length; i++) {
      const owner = ts[i + 1]!;
      if (!/['’]s$/.test(owner.text) || !RELATION_WORDS.has(ts[i + 2]!.text.toLowerCase()) || ts[i + 3]!.text !== ',') continue;
      out.push({ title: ts[i]!.text.toLowerCase(), family: foldWord(stripPossessive(owner.text)), paragraph: p, at: i + 4 });
    }
  }
  return out;
}

/**
 * titled-relative: "The firm was founded by Mr Venning's grandfather, Albert Venning": the one
 * introduced as the relative of "Mr Venning" is not who "Mr Venning" means, so of two namesakes
 * that title and family name are the other's; and "Mr Tran's wife, Lan Tran" makes "Mrs Tran" the
 * wife. `people` holds the names already resolved.
 */
function relativeOfTitled(m: PlacedMention, fitting: readonly Cluster[], relatives: readonly TitledRelative[], people: readonly Map<number, number>[]): Cluster | undefined {
  if (!m.honorific || fitting.length !== 2) return undefined;
  const family = foldWord(m.words.at(-1)!);
  for (const { title, family: owner, paragraph, at } of relatives) {
    // "Mr Tran's wife, Lan Tran" says who "Mrs Tran" is too: a title of the other gender.
    const same = title === m.honorific;
    const opposite = !same && isHonorific(title) && !!honorificGender(title) && !!honorificGender(m.honorific) && honorificGender(title) !== honorificGender(m.honorific);
    if (!(same || opposite) || owner !== family) continue;
    const relative = fitting.find((c) => c.id === people[paragraph]!.get(at));
    if (relative) return same ? fitting.find((c) => c !== relative) : relative;
  }
  return undefined;
}

/**
 * elder-younger: "the elder Mbaye" ("the younger Mr Folan", "Mr McBride senior"), of Aliou Mbaye, 52, and his son
 * Cheikh Mbaye, 19: of the namesakes, the one the ages stated (all of them, each different), or else a relation of another
 * generation ("His son, Cheikh Mbaye"; role-nouns.json generations), make the eldest or the youngest.
 */
function elderOrYounger(m: PlacedMention, fitting: readonly Cluster[], ts: readonly Token[], ageOf: (id: number) => number | undefined, relationsOf: readonly ReadonlySet<string>[]): Cluster | undefined {
  // "the younger Mr Folan": the mark stands before the courtesy title.
  let k = m.first - 1;
  if (ts[k]?.text === '.' && ts[k - 1] && isHonorific(ts[k - 1]!.text.toLowerCase())) k--;
  if (m.honorific && ts[k]?.word && isHonorific(ts[k]!.text.toLowerCase())) k--;
  const before = ts[k]?.word && ts[k - 1]?.text.toLowerCase() === 'the' ? ts[k]!.text.toLowerCase() : '';
  // "Mr McBride senior", "Price-Jones junior": the mark may follow the name, lower-case.
  const after = ts[m.last + 1]?.word && !ts[m.last + 1]!.cap ? ts[m.last + 1]!.text.toLowerCase() : '';
  const mark = ['elder', 'older', 'younger'].includes(before) ? before : after === 'senior' ? 'elder' : after === 'junior' ? 'younger' : '';
  if (!mark || fitting.length < 2) return undefined;
  // Of three or more ("the elder Cremin", of a hurler, his father and his brother), the eldest or
  // the youngest, when the ages or the generations single one out.
  const generation = (c: Cluster) => ([...relationsOf[c.id]!].some((r) => ELDER_RELATIONS.has(r)) ? 1 : 0) - ([...relationsOf[c.id]!].some((r) => YOUNGER_RELATIONS.has(r)) ? 1 : 0);
  const ages = fitting.map((c) => ageOf(c.id));
  const byAge = ages.every((x) => x !== undefined) && new Set(ages).size === fitting.length;
  const measure = byAge ? (ages as number[]) : fitting.map(generation);
  const target = mark === 'younger' ? Math.min(...measure) : Math.max(...measure);
  const chosen = fitting.filter((_, i) => measure[i] === target);
  return chosen.length === 1 ? chosen[0] : undefined;
}

/**
 * family-first: "Kim Seung-woo", "Na Ji-woo": a short family name written before a Korean given
 * name of two hyphened syllables.
 */
function koreanFamilyFirst(name: readonly string[]): boolean {
  return name.length === 2 && name[0]!.length <= 4 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name[1]!);
}

/** Words that tell namesakes apart ("the younger Brennan"). */
const NAMESAKE_MARKS = /^(?:younger|older|elder|junior|senior)$/i;

/**
 * first-bearer: "Vincenzo Carbone … has died", then "His father, Domenico Carbone", "His daughter,
 * Lucia Carbone": the family name alone at `m` stays with the one who bore it first, the later
 * namesakes (all introduced as relatives: `relative`) being told apart by
 * their given names, as newsrooms write. Not "the younger Brennan", "Price-Jones senior" or "A
 * Pellow spokesperson", nor anywhere in an article that tells the namesakes apart in words.
 */
function firstBearer(m: PlacedMention, fitting: readonly Cluster[], unsure: readonly PlacedMention[], tokens: readonly Token[][], relative: (c: Cluster) => boolean): Cluster | undefined {
  // Not with a courtesy title ("Mr Hartmann" of the founder Friedrich and his grandson Klaus): tried
  // on the dev corpora, the first bearer of a title's gender was as often a forebear named in passing.
  if (m.honorific) return undefined;
  const ts = tokens[m.paragraph]!;
  const next = ts[m.last + 1];
  const prev = ts[m.first - 1];
  if ((prev?.word && (/^(?:the|an?)$/i.test(prev.text) || NAMESAKE_MARKS.test(prev.text))) || (next?.word && !next.cap && (isPersonNoun(next.text) || NAMESAKE_MARKS.test(next.text)))) return undefined;
  const w = foldWord(m.words[0]!);
  const marks = (x: PlacedMention) => NAMESAKE_MARKS.test(tokens[x.paragraph]![x.first - 1]?.text ?? '') || /^(?:senior|junior)$/.test(tokens[x.paragraph]![x.last + 1]?.text ?? '');
  if (unsure.some((x) => foldWord(x.words[0]!) === w && marks(x))) return undefined;
  const firstAt = (c: Cluster) => Math.min(...c.mentions.filter((x) => !x.inQuote && x.words.length > 1).map((x) => x.paragraph * 1e6 + x.first));
  const [bearer, ...later] = fitting.filter((c) => firstAt(c) < m.paragraph * 1e6 + m.first).sort((a, b) => firstAt(a) - firstAt(b));
  return later.length > 0 && later.every(relative) ? bearer : undefined;
}

/** Is the role's head word a relation to someone else ("younger brother", "my predecessor")? */
function isRelation(role: string): boolean {
  // "nephew of the late founder": the word before "of" is the head.
  const words = role.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
  return RELATION_WORDS.has(head.replace(/['’]s$/, ''));
}

/** The most tokens of a relative clause set off after the name of the one who spoke to the paper. */
const MAX_RELATIVE_ASIDE = 30;

/** The most words of a labelled turn kept as its quote (cut at a sentence end). */
const MAX_TURN_WORDS = 60;

/**
 * The turns of a transcript as quotes of their speakers: a label is resolved to the person whose
 * name it is, or whose family name or given name it is when only one person has it ("Dame
 * Cecily", "Otieno-Castell"); "A:" is the person the interview is with (the one named most), "Q:"
 * an interviewer the text may not name. A label that names nobody found gives no quote.
 */
function labelledQuotes(
  turns: LabelTurn[],
  body: string[],
  tokens: Token[][],
  clusters: Cluster[],
  byTitle: (words: string[]) => Cluster | undefined,
  unlabelled = false,
  relative: (c: Cluster) => boolean = () => false,
  gender: (c: Cluster) => 'm' | 'f' | undefined,
  /** A person's mentions, with the family names alone settled as theirs among namesakes. */
  mentionsOf: (c: Cluster) => readonly PlacedMention[] = (c) => c.mentions,
  /** The words of the outlet's own name (the article's source), folded. */
  outlet: readonly string[] = [],
): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  // The one a heading names as interviewed (markInterviewees) answers. Failing that, labelled
  // answers go to the person named most, or, when two are named as often, to the one the
  // introduction names first ("Margaret Thornbury … takes the wheel for the last time. … We spoke
  // to her …"); unlabelled ones, which nothing else on the page ties to anyone, only to the one
  // person the introduction names ("Siri Haugland, 41, is an aurora guide …"). Never the
  // interviewer, whose byline names them as the one asking.
  const named = clusters.filter((c) => c.mentions.some((m) => m.interviewee));
  const askers = clusters.filter((c) => c.mentions.some((m) => m.interviewer));
  const interviewer = askers.length === 1 ? askers[0] : undefined;
  const byMentions = clusters.filter((c) => c !== interviewer).sort((a, b) => b.mentions.length - a.mentions.length);
  const firstTurn = Math.min(...turns.map((t) => t.paragraph));
  const firstMention = (c: Cluster) => Math.min(...c.mentions.map((m) => m.paragraph * 1e6 + m.first));
  const inIntro = byMentions.filter((c) => c.mentions.some((m) => m.paragraph < firstTurn)).sort((a, b) => firstMention(a) - firstMention(b));
  const unique = (hits: Cluster[]) => (hits.length === 1 ? hits[0] : undefined);
  // answered-names: the names in the answers are the answerer's own words about others ("her son
  // Narek … He came to build our website"), no sign of who answers; only the others count.
  const answers = new Set(turns.filter((t) => t.label === 'A').map((t) => t.paragraph));
  const timesNamed = (c: Cluster) => c.mentions.filter((m) => !answers.has(m.paragraph)).length;
  /** Of `people`, the one named more often than any other outside the answers, if one is. */
  const mostNamedOf = (people: Cluster[]) => {
    const [first, second] = [...people].sort((a, b) => timesNamed(b) - timesNamed(a));
    return first && (!second || timesNamed(first) > timesNamed(second)) ? first : undefined;
  };
  const mostNamed = mostNamedOf(byMentions);
  // The person a he, she, him or her of the introduction stands for, at the first such pronoun
  // that `says` is about the one interviewed and that sentenceOpener reads as someone: the
  // introduction's first person of that gender, unless the nearest sentence before it in its
  // paragraph opens on another of that gender, when it is no one.
  const introduction = tokens.slice(0, Math.min(firstTurn, body.length));
  const pronounReading = (says: (ts: Token[], i: number, p: number) => boolean): Cluster | undefined => {
    for (const [p, ts] of introduction.entries()) {
      for (const [i, t] of ts.entries()) {
        const g = !t.word ? undefined : /^(?:he|him)$/i.test(t.text) ? 'm' : /^(?:she|her)$/i.test(t.text) ? 'f' : undefined;
        const reading = g && says(ts, i, p) ? sentenceOpener(inIntro, tokens, { paragraph: p, token: i }, g, gender, firstTurn) : undefined;
        if (reading) return reading;
      }
    }
    return undefined;
  };
  const object = (t: Token) => /^(?:her|him)$/i.test(t.text);
  // interview-intro: "We met Kralj, 66, in a café …": the introduction says whom the interview is
  // with, however often the answers name someone else (data/speech-verbs.json, interviewIntros).
  // "We spoke to her at the kitchen's long table" ("That daughter, Seo Mi-kyung, … Seo retires at
  // the end of this month. We met her …", after her mother: no one).
  const metPronoun = () => pronounReading((ts, i) => object(ts[i]!) && introducedAsInterviewed(ts, i));
  // pronoun-met: "He spoke to our correspondent Brenda Nakato at the union's offices", "Our
  // correspondent Marta Wiśniewska met her in the canteen".
  const pronounMet = () =>
    pronounReading(
      (ts, i, p) =>
        (/^(?:he|she)$/i.test(ts[i]!.text) && spokeToPublication(ts, i, outlet)) ||
        (object(ts[i]!) && !!interviewer?.mentions.some((m) => m.paragraph === p && meetingVerbEndingAt(ts, i - 1) === verbAfterReporter(ts, m.last))),
    );
  // reporter-met: "Brenda Nkongho, our business reporter, met Mr Ekwalla at the union's offices":
  // the one the interviewer met, received or spoke to in the introduction.
  const metByInterviewer = (m: PlacedMention) => !!interviewer && interviewer.mentions.some((x) => x.paragraph === m.paragraph && x.last < m.first && receivedAfter(tokens[m.paragraph]!, x.last, m.first));
  /**
   * The one person of the introduction a mention of whom (of `mentions`), outside quotes and
   * before the first turn, `says` is the one interviewed.
   */
  const introducedAs = (says: (m: PlacedMention) => boolean, mentions: (c: Cluster) => readonly PlacedMention[] = (c) => c.mentions) =>
    unique(inIntro.filter((c) => mentions(c).some((m) => m.paragraph < firstTurn && !m.inQuote && says(m))));
  const met =
    introducedAs((m) => introducedAsInterviewed(tokens[m.paragraph]!, m.first)) ??
    metPronoun() ??
    pronounMet() ??
    introducedAs((m) => spokeToPublication(tokens[m.paragraph]!, m.last, outlet), mentionsOf) ??
    introducedAs(metByInterviewer, mentionsOf);
  /** Does mention `m` open paragraph `p`'s words at token `from` (courtesy titles skipped), set off by a comma ("Jefferson, will you …")? */
  const opensAddress = (p: number, from: number, m: PlacedMention) => {
    const ts = tokens[p]!;
    let k = from;
    while (ts[k]?.word && HONORIFICS.has(ts[k]!.text.toLowerCase())) k++;
    return m.paragraph === p && m.first === k && ts[m.last + 1]?.text === ',';
  };
  // intro-named: of a labelled interview's people, the one the introduction names who is named
  // most, before one only the answers name ("Our chief tracker, Jean-Rémy Mabika, …").
  /**
   * addressed-question: "Jefferson, will you take over the boat one day?": the one an unlabelled
   * question opens by naming (before a comma, courtesy titles aside) answers it.
   */
  const addressedBy = (t: LabelTurn): Cluster | undefined => {
    const ts = tokens[t.paragraph]!;
    const opening = clusters.filter((c) => c.mentions.some((m) => opensAddress(t.paragraph, 0, m)));
    // Not "Rajesh Pillai, captain of the Kainakary Rowers, said your crew "peaked too late". Is
    // he right?": a question that speaks of someone as he or she puts it about them, to another.
    const aboutThem = ts.some((x) => x.word && /^(?:he|she|him|his|her)$/i.test(x.text));
    return opening.length === 1 && !aboutThem ? opening[0] : undefined;
  };
  // addressed-interviewee: "**Ato Shimelis, what happens here at five in the morning?**": when
  // the introduction leaves the one interviewed unsure ("We met him" after a sentence naming two
  // of his athletes), the one person the questions address by name is the one who answers them all.
  const addressedAll = unlabelled ? new Set(turns.filter((t) => t.label === 'Q').map(addressedBy).filter((c) => c !== undefined)) : new Set<Cluster>();
  // spoken-of-in-questions: "Q: Where were you when Mio landed her second jump?": one a labelled
  // question names, other than by addressing them at its start, is spoken of to another, who
  // answers; of the introduction's people, the one named most is then the one the questions never
  // name so.
  const questionStarts = new Map(turns.filter((t) => t.label === 'Q').map((t) => [t.paragraph, tokens[t.paragraph]!.findIndex((x) => x.start >= t.start)]));
  const spokenOf = (c: Cluster) => c.mentions.some((m) => !m.inQuote && questionStarts.has(m.paragraph) && !opensAddress(m.paragraph, questionStarts.get(m.paragraph)!, m));
  const answerers = unlabelled ? inIntro : inIntro.filter((c) => !spokenOf(c));
  const interviewee = named.length === 1 ? named[0] : (met ?? (!unlabelled ? (mostNamedOf(answerers.length ? answerers : inIntro) ?? mostNamed ?? inIntro[0]) : inIntro.length === 1 ? inIntro[0] : addressedAll.size === 1 ? [...addressedAll][0] : undefined));
  let addressed: Cluster | undefined;
  for (const t of turns) {
    const words = t.label.split(/\s+/).filter((w) => !HONORIFICS.has(w.toLowerCase()) && !HONORIFICS.has(`${w.toLowerCase()}.`)).map(foldWord);
    let speaker: Cluster | undefined;
    let cue: SpeakerCue = 'label';
    if (t.label === 'A') {
      // An unlabelled answer is unquoted prose: a paragraph that opens on a quotation mark is
      // quoted speech with its own cue ("…," Konaté said), past the end of the questions.
      // Nor is a paragraph in square brackets, an editor's note ("[At this point her son joined us.]").
      if (unlabelled && /^["“[]/.test(body[t.paragraph]?.trim() ?? '')) continue;
      speaker = addressed ?? interviewee;
      cue = unlabelled ? 'qa-answer' : 'label-answer';
    } else if (t.label === 'Q' && unlabelled) {
      // An unlabelled question names no asker: the byline may be an editor's; only the
      // correspondent the introduction names asks (qa-correspondent).
      addressed = addressedBy(t);
      if (!interviewer) continue;
      speaker = interviewer;
      cue = 'label-question';
    } else if (t.label === 'Q') {
      speaker = interviewer;
      cue = 'label-question';
    } else if (words.length && t.label !== 'Q') {
      const fold = (ws: string[]) => ws.map(foldWord).join(' ');
      const exact = clusters.find((c) => [...c.forms].some((f) => fold(f.split(' ')) === words.join(' ')));
      // label-namesakes: "Sotolongo:" beside Migdalia Sotolongo Ferrer and her father Rigoberto
      // Sotolongo: a family name that is one person's last and another's first of two fits both;
      // the one interviewed answers under it, else no one is guessed.
      // (Only a last name beside a first of two: three Sangs, a father, his daughter and his son,
      // are told apart by the rules below.)
      const lastOf = words.length === 1 && !exact ? clusters.filter((c) => c.name.length > 1 && foldWord(c.name.at(-1)!) === words[0]) : [];
      const firstOfTwo = lastOf.length ? clusters.filter((c) => c.name.length > 2 && foldWord(c.name.at(-2)!) === words[0] && !lastOf.includes(c)) : [];
      const namesakes = firstOfTwo.length ? [...lastOf, ...firstOfTwo] : [];
      if (namesakes.length > 1 && !(interviewee && namesakes.includes(interviewee))) continue;
      speaker =
        (namesakes.length > 1 ? interviewee : undefined) ??
        exact ??
        unique(clusters.filter((c) => c.name.length > 1 && foldWord(c.name.at(-1)!) === words.at(-1))) ??
        (words.length === 1 ? unique(clusters.filter((c) => c.name.length > 1 && foldWord(c.name.at(-1)!) === words[0] && !relative(c))) : undefined) ??
        unique(clusters.filter((c) => c.name.length > 1 && foldWord(c.name[0]!) === words[0])) ??
        // "Lagos:" for Francisca Lagos Urrutia: the first of two family names, Spanish usage.
        (words.length === 1 ? unique(clusters.filter((c) => c.name.length > 2 && foldWord(c.name.at(-2)!) === words[0])) : undefined) ??
        // initials-label: "IMT:" for Ida Marie Thorsen, "JD:" for Jeppe Dalsgaard: a label of two to
        // four letters that are the initials of one person's name, as some papers print speakers.
        (words.length === 1 && /^\p{L}{2,4}$/u.test(words[0]!) ? unique(clusters.filter((c) => c.name.length === words[0]!.length && c.name.map((w) => foldWord(w)[0]).join('') === words[0])) : undefined) ??
        // title-label: "THE MINISTER:", a title alone ("the" aside) that one person holds.
        (words.length <= 3 && isRoleWord(words.at(-1)!) ? byTitle(words.filter((w) => w !== 'the')) : undefined) ??
        // "Secretary for Transport and Logistics:": a title and what it is for or of, whole.
        (words.length <= 8 && isRoleWord(words[0]!) && ['for', 'of'].includes(words[1] ?? '') ? byTitle(words.filter((w) => w !== 'the' && w !== 'and')) : undefined);
    }
    const text = turnText(body[t.paragraph]!.slice(t.start), unlabelled && t.label === 'A');
    if (!speaker || !text) continue;
    out.push({ speaker: speaker.id, text, paragraph: t.paragraph, cue });
  }
  return out;
}

/**
 * The person of gender `g` a he, she, him or her at `at` in an interview's introduction stands
 * for: the such person the introduction (its paragraphs before `introductionEnd`) names most, the
 * first named of those named as often (the story's subject, whom a pronoun in a paragraph of its
 * own goes back to), when the nearest sentence before it in its own paragraph that names someone
 * of that gender opens on the same person or there is none; undefined when the two differ ("His
 * father, Josip, built ships too. Our reporter spoke to him …"), as a guess would be. `people` is
 * in the order the introduction names them; a person the finder knows to be of the other gender,
 * by given name or title, is passed over ("Ato Bekele Haile … Hirut Alemu … met her" is Hirut's,
 * not the first-named man's).
 */
function sentenceOpener(people: Cluster[], tokens: Token[][], at: { paragraph: number; token: number }, g: 'm' | 'f', gender: (c: Cluster) => 'm' | 'f' | undefined, introductionEnd: number): Cluster | undefined {
  const fits = (c: Cluster) => (gender(c) ?? g) === g;
  // Only a mention that opens its sentence, or follows the comma of a phrase fronted before it
  // ("One of them, 17-year-old Mio Hatakeyama, won …"; titles and an age between): a name further
  // in, a verb's object ("… before retiring from Indre Oslofjord Sjøtrafikk"), is not whom the
  // sentence is about.
  const ts = tokens[at.paragraph]!;
  const opensSentence = (m: PlacedMention) => {
    const s0 = sentenceStartAt(ts, m.first);
    let b = m.first - 1;
    while (b >= s0 && ts[b]!.word && (HONORIFICS.has(ts[b]!.text.toLowerCase()) || /^\d+-year-old$/i.test(ts[b]!.text))) b--;
    return b < s0 || ts[b]!.text === ',';
  };
  const before = people
    .flatMap((c) => c.mentions.filter((m) => !m.inQuote && m.paragraph === at.paragraph && m.last < at.token && fits(c) && opensSentence(m)).map((m) => ({ c, m })))
    .sort((a, b) => b.m.first - a.m.first);
  // intro-subject: the one the introduction names most (of those named as often, the first), not a
  // mentor or forebear its opening anecdote names first ("A Frenchman named Etienne Marchal was
  // among the first … The boy who carried his glider … was Nabin Gurung. … Gurung, 45, is …").
  const named = (c: Cluster) => c.mentions.filter((m) => !m.inQuote && m.paragraph < introductionEnd).length;
  const subject = people.filter(fits).reduce<Cluster | undefined>((best, c) => (!best || named(c) > named(best) ? c : best), undefined);
  if (!before.length) return subject;
  // The mentions are latest first: the nearest sentence's first one is the last of them in it.
  const start = sentenceStartAt(ts, before[0]!.m.first);
  const nearest = before.filter((x) => x.m.first >= start).at(-1)!.c;
  return nearest === subject ? subject : undefined;
}

/**
 * spoke-to-publication: "Seu Raimundo, as everyone on the waterfront calls him, spoke to Revista
 * Beiradão on the deck …": the one who, in an interview's introduction, "spoke to" or "talked to"
 * a name (the publication, which may open on "the"), or "spoke about" anything, past an aside
 * between commas, is the one interviewed; so is one who received or met "our correspondent",
 * "this newspaper" or "us" (received-reporter).
 */
function spokeToPublication(ts: Token[], last: number, outlet: readonly string[] = []): boolean {
  // ("Catrileo, who in 1998 became the first woman to receive a river master's licence from the
  // Capitanía de Puerto de Valdivia, talked to our correspondent …": a relative clause may run long;
  // so may a description: "Weinberger, a diamond dealer and a member of the Beurs voor
  // Diamanthandel since 1965, spoke to our reporter …".)
  const k = pastAside(ts, last + 1, /^(?:who|an?|the)$/.test(ts[last + 2]?.text.toLowerCase() ?? '') ? MAX_RELATIVE_ASIDE : undefined);
  if (k < 0) return false;
  // spoke-about: "Chowdhury, who joined the yard from a fertiliser plant, spoke about gas tests,
  // asbestos and the families who wait at the gate": the one the introduction has speaking about
  // what the questions ask is the one interviewed.
  if (/^(?:spoke|talked)$/i.test(ts[k]?.text ?? '') && ts[k + 1]?.text.toLowerCase() === 'about') return true;
  if (/^(?:spoke|talked)$/i.test(ts[k]?.text ?? '') && /^(?:to|with)$/i.test(ts[k + 1]?.text ?? '')) {
    // "spoke to the Samarkand City Observer": a title may open on "the", but "spoke to the
    // Minister" names a post, not a publication.
    const at = ts[k + 2]?.text.toLowerCase() === 'the' ? k + 3 : k + 2;
    if (ts[at]?.word && ts[at]!.cap && !(at === k + 3 && isRoleWord(ts[at]!.text))) return true;
  }
  // received-reporter: "Professor Ferraresi received our correspondent Lorenzo Pancaldi in the
  // rectorate", "Terziev, 64, received us in the yard": the one who received, met or spoke to the
  // paper's own reporter, or to the paper as "us" (speech-verbs.json receivedReporter,
  // reporterNouns, reporterPronouns).
  if (meetsReporterPronoun(ts.map((t) => t.text.toLowerCase()), k)) return true;
  for (const verb of TO_REPORTER_VERBS) {
    if (!wordsAt(ts, k, verb)) continue;
    // The paper's own reporter right after the verb: "our correspondent", "this newspaper's
    // reporter", "our Asia business reporter", "Voz de Antequera's correspondent" (ourReporterEndsAt).
    const from = k + verb.length;
    for (let n = from + 1; n <= from + outlet.length + 3; n++) if (ourReporterEndsAt(ts, n, outlet)) return true;
    // "Angelovska received this newspaper's Marko Nikolovski": the paper's own, named at once.
    for (let n = from; n <= from + outlet.length; n++) if (papersOwnEndsAt(ts, n, outlet) && ts[n + 1]?.word && ts[n + 1]!.cap) return true;
  }
  return false;
}

/** Verbs whose subject is the reporter and object the one interviewed ("met", "asked"; receivedReporter, reporterAsked). */
const MEETING_VERBS = [...RECEIVED_REPORTER, ...REPORTER_ASKED];
/** Verbs whose subject is the one interviewed and object the paper's reporter ("received", "told"; receivedReporter, toldReporter). */
const TO_REPORTER_VERBS = [...RECEIVED_REPORTER, ...TOLD_REPORTER];

/** Where the verb of meeting (MEETING_VERBS) that ends at token `end` starts, or -1 when none does. */
function meetingVerbEndingAt(ts: readonly Token[], end: number): number {
  const verb = MEETING_VERBS.find((v) => wordsAt(ts, end - v.length + 1, v));
  return verb ? end - verb.length + 1 : -1;
}

/**
 * Do the words from just after token `after` (the interviewer's name) to the name at `first` say
 * the interviewer met, received or spoke to that name ("…, our business reporter, met Mr Ekwalla"):
 * a verb of meeting (speech-verbs.json receivedReporter) right before the name, courtesy titles
 * aside, and before the verb nothing, or an aside between commas of at most twelve tokens.
 */
function receivedAfter(ts: readonly Token[], after: number, first: number): boolean {
  const start = meetingVerbEndingAt(ts, beforeCourtesyTitles(ts, first));
  return start >= 0 && verbAfterReporter(ts, after) === start;
}

/**
 * Where the verb whose subject is the reporter named up to token `last` stands: right after the
 * name; after an aside between commas of at most twelve tokens ("Stefan Huemer, our reporter, met
 * her"); or after a companion joined by "and" ("Our correspondent Sunniva Hætta and photographer
 * Eirik Vangen met Pedersen"): a noun or two and a name.
 */
function verbAfterReporter(ts: readonly Token[], last: number): number {
  const k = last + 1;
  if (ts[k]?.text === ',') return pastAside(ts, k);
  if (ts[k]?.text.toLowerCase() === 'and') {
    let n = k + 1;
    while (n <= k + 2 && ts[n]?.word && !ts[n]!.cap) n++;
    if (n > k + 1 && ts[n]?.word && ts[n]!.cap) return capitalRunEnd(ts, n) + 1;
  }
  return k;
}

/** The token before the courtesy titles ("Mr", "Dr") written before the name at `first`. */
function beforeCourtesyTitles(ts: readonly Token[], first: number): number {
  let k = first - 1;
  // (With the full stop of one written short: "we met Ing. Choque", "Dr. Alvarez".)
  const stop = (i: number) => ts[i]?.text === '.' && i > 0 && HONORIFICS.has(`${ts[i - 1]!.text.toLowerCase()}.`);
  while (k >= 0 && ((ts[k]!.word && HONORIFICS.has(ts[k]!.text.toLowerCase())) || stop(k))) k--;
  return k;
}

/** Do the words before the name at token `first` (courtesy titles skipped) say it is the one interviewed ("We met", "I spoke to")? */
function introducedAsInterviewed(ts: Token[], first: number): boolean {
  const k = beforeCourtesyTitles(ts, first);
  return INTERVIEW_INTROS.some((phrase) => wordsAt(ts, k - phrase.length + 1, phrase));
}

/**
 * A turn's words, cut at the last sentence end within MAX_TURN_WORDS, and before the first
 * sentence that holds a quotation, after the first: 'Dad rang me on the boat. He said, "Your
 * mother's going to sell …"' reports someone else's words, whose speaker the quote spans read apart.
 * A first sentence that holds the quotation ("Leonard used to say, "…"") is the turn's own telling
 * of it, kept whole; but in an unlabelled interview's answer (`ownWordsOnly`), whose speaker nothing
 * on the page names, an answer that opens on such a sentence ('My instructor, Joaquín Arana, told
 * me: "Down there nobody will see your work …" It is the best advice I ever had.') is the speaker's
 * own only from the sentence after it; '' when nothing of theirs is left.
 */
function turnText(whole: string, ownWordsOnly = false): string {
  let rest = whole;
  if (ownWordsOnly) {
    const sentences = splitSentences(whole);
    let from = 0;
    while (from < sentences.length && /["“”]/.test(sentences[from]!)) from++;
    rest = sentences.slice(from).join(' ');
  }
  const quoteAt = rest.search(/["“”]/);
  const end = quoteAt >= 0 ? lastSentenceEnd(rest.slice(0, quoteAt)) : -1;
  const text = end > 0 ? rest.slice(0, end) : rest;
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= MAX_TURN_WORDS) return text.trim();
  const head = words.slice(0, MAX_TURN_WORDS).join(' ');
  const cut = lastSentenceEnd(head);
  return cut > 0 ? head.slice(0, cut) : head;
}

/**
 * The offset just past the last sentence end in `text` that a space follows (not the full stop
 * of "Mr." or of an initial, nor a decimal point), or -1.
 */
function lastSentenceEnd(text: string): number {
  const ts = tokenize(text);
  for (let i = ts.length - 1; i >= 0; i--) if (endsSentence(ts, i) && /\s/.test(text[ts[i]!.end] ?? '')) return ts[i]!.end;
  return -1;
}

/** Each post's initials with a pattern for its words, written out, as a role's words hold them. */
const ACRONYM_POSTS = [...TITLE_ACRONYMS].map(([acronym, post]) => [acronym, new RegExp(`(?:^|\\s)${post}(?:\\s|$)`)] as const);

/**
 * The words of a role that say what or how old someone is, with what its head word also answers
 * to: "King's Bench Justice" gives "justice" and "judge" (ROLE_HEAD_ALIASES).
 */
function roleNounWords(role: string): Set<string> {
  const lowered = role.toLowerCase();
  const words = lowered.split(/\s+/);
  // "Education Cabinet Secretary" is also whom "the CS said" means (TITLE_ACRONYMS).
  const initials = ACRONYM_POSTS.filter(([, post]) => post.test(lowered)).map(([acronym]) => acronym);
  return new Set([...words.filter((x) => isPersonNoun(x) || /^\d+-year-old$/.test(x)), ...(ROLE_HEAD_ALIASES.get(words.at(-1) ?? '') ?? []), ...initials]);
}

/**
 * The tokens after a mention ending at token `last`, up to `limit` of them, that stand in its
 * sentence outside quotation marks and before anyone else's name (`names`, when given): where
 * what a sentence says of the person it names is read (reportedDead, pronounAgreement,
 * pronounGenderAfter). `ends` are the marks that close the stretch.
 */
function* sentenceAfter(ts: readonly Token[], last: number, quoted: ArrayLike<number>, limit: number, names?: ReadonlySet<number>, ends = /^[.!?]$/): Generator<number> {
  for (let i = last + 1; i < ts.length && i <= last + limit && !quoted[i] && !names?.has(i) && !ends.test(ts[i]!.text); i++) yield i;
}

/**
 * Does the article report this person's death: "the late Amélia Barros", or a mention outside
 * quotes followed in its sentence by "died" with no one else named between ("Dona Amélia, as
 * everyone called her, died in 2019")?
 */
function reportedDead(c: Cluster, tokens: Token[][], nameTokens: Set<number>[], quoted: Uint8Array[]): boolean {
  return c.mentions.some((m) => {
    if (m.inQuote) return false;
    const ts = tokens[m.paragraph]!;
    // "the late Tan Sri Ooi Boon Teik": courtesy titles may stand between.
    let k = m.first - 1;
    while (k > 0 && ts[k]!.word && (HONORIFICS.has(ts[k]!.text.toLowerCase()) || PAIRED_HONORIFICS.get(ts[k]!.text.toLowerCase()) === ts[k + 1]?.text.toLowerCase())) k--;
    if (ts[k]?.text.toLowerCase() === 'late') return true;
    for (const i of sentenceAfter(ts, m.last, quoted[m.paragraph]!, 12, nameTokens[m.paragraph]!, /^[.!?;]$/)) if (/^died$/i.test(ts[i]!.text)) return true;
    return false;
  });
}

/**
 * pronoun-agreement: "Elira Kastrati resigned … Kastrati announced her decision …. Kastrati, 46,
 * an engineer, will keep her seat": the he or she, his or her, that follows a person's name opening
 * a sentence, with no one else named between them and outside quotation marks, is the person's.
 * Said of a name no list gives a gender ("Elira") when two or more such sentences agree and none
 * disagrees; one may be about someone unnamed ("Smith thanked the girl for her courage").
 */
function pronounAgreement(c: Cluster, clusters: readonly Cluster[], tokens: Token[][], nameTokens: Set<number>[], quoted: Uint8Array[]): 'm' | 'f' | undefined {
  const votes = { m: 0, f: 0 };
  // A family name another person of the story bears ("Mulkerrin", of a father, a son and a
  // daughter) says nothing of which of them a sentence is about: only the full name or the given
  // name counts then.
  const family = c.name.at(-1)!;
  const shared = c.name.length > 1 && clusters.some((o) => o !== c && o.name.length > 1 && o.name.at(-1) === family);
  for (const m of c.mentions) {
    const ts = tokens[m.paragraph]!;
    if (m.inQuote || !ts[m.first]!.sentenceStart) continue;
    if (shared && m.words.length === 1 && m.words[0] !== c.name[0]) continue;
    // A speaker's label ("Declan: She's quicker on the winch than I am") opens the speaker's own words.
    if (/^[:：]/.test(ts[m.last + 1]?.text ?? '') || /^[:：]/.test(ts[m.last + 2]?.text ?? '')) continue;
    for (const i of sentenceAfter(ts, m.last, quoted[m.paragraph]!, 20, nameTokens[m.paragraph]!)) {
      const w = ts[i]!.word ? ts[i]!.text.toLowerCase() : '';
      // "her" before a word of the language's little words is someone else's object ("told her that").
      if (!/^(?:he|she|his|her|himself|herself)$/.test(w) || (w === 'her' && (!ts[i + 1]?.word || isFunctionWord(ts[i + 1]!.text.toLowerCase())))) continue;
      votes[w.startsWith('h') && w !== 'her' && w !== 'herself' ? 'm' : 'f']++;
      break;
    }
  }
  if (votes.m + votes.f < 2 || (votes.m && votes.f)) return undefined;
  return votes.m ? 'm' : 'f';
}

/**
 * The gender of a he or she right after the verb of speech that follows token `last` in its
 * sentence ("Wieczorek, 56, said he had no plans"), outside quotes: the reported clause's subject,
 * most often the speaker. Not any later pronoun ("Mrs Nangolo, the city knows what he meant").
 */
function pronounGenderAfter(ts: Token[], last: number, quoted: ArrayLike<number>): 'm' | 'f' | undefined {
  for (const i of sentenceAfter(ts, last, quoted, 8)) {
    if (!ts[i]!.word || !SPEECH_VERBS.has(ts[i]!.text.toLowerCase())) continue;
    const next = ts[i + 1];
    return next?.word && !quoted[i + 1] && /^(?:he|she)$/i.test(next.text) ? PRONOUNS[next.text.toLowerCase()] : undefined;
  }
  return undefined;
}
