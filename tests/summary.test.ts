import { describe, expect, it } from 'vitest';
import { toArticle, type Article } from '../src/pipeline/article.ts';
import { summarize } from '../src/pipeline/summary/index.ts';
import { definiteSubject, hasBackReference, hasDanglingOpener } from '../src/pipeline/summary/dangling.ts';
import { isQuoteBalanced, quoteBalance, concatBalance } from '../src/pipeline/summary/quotes.ts';
import { attributionTrim, clauseTrims, openingTrim, sourcePreambleEnd } from '../src/pipeline/summary/trimming.ts';
import { buildUnits, datelineEnd } from '../src/pipeline/summary/units.ts';
import { conceptWeights } from '../src/pipeline/summary/concepts.ts';
import { candidateSummaries } from '../src/pipeline/summary/selection.ts';
import { scoreUnits } from '../src/pipeline/summary/scoring.ts';
import { contentWords, wordCount } from '../src/pipeline/summary/text.ts';

/** An article from a title and body paragraphs, as the pipeline builds it. */
function article(title: string, paragraphs: string[]): Article {
  return toArticle({ file: 'test.txt', title, meta: {}, blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) });
}

const STORY = article('Harbour town votes to rebuild flooded sea wall', [
  'The council of the harbour town of Kalbsund voted on Monday to rebuild the sea wall that failed during last month’s storm, at a cost of 12 million euros.',
  'Mayor Ada Morrow said the old wall had stood for ninety years. “It kept the sea out for our grandparents. It will keep it out for our grandchildren,” she said.',
  'However, opposition councillors argued that the money should go to moving homes away from the shore.',
  'Work on the new sea wall is due to start in the spring and should take two years, according to the council’s engineers.',
  'The storm flooded 340 homes in Kalbsund and closed the harbour for a week.',
  'Fishermen welcomed the vote, saying the harbour is the town’s only source of jobs.',
  'He added that the council would seek help from the national government.',
]);

describe('dangling openers', () => {
  it('flags pronouns, connectives and bare titles that point back', () => {
    for (const t of [
      'He said the talks went well.',
      'However, the plan failed.',
      'This was the third vote.',
      'The Under Secretary of State is currently in Moscow.',
      'The President later personally took action.',
      "The country's military has been placed on high alert.",
      'The police chief said the suspect fled on foot.',
      'During her visit, she met the minister.',
      'As they design their pages for newer browsers with HTML 5, they are forced to support old ones.',
      'and then it rained.',
      'At that time, one in three visits to the site came from a news site.',
      'By then, the river had reached the bridge.',
      'Due to that, the religion was relatively secretive.',
      'Despite this, the council voted for the plan.',
      'In the second case, the party asks to apply the law.',
      'Two of them were removed, according to a draft.',
      '12 of those were later released.',
      // a comma after the title with no name set off after it
      'The minister, Monday, said the plan would go ahead.',
      'The chairman, who took over in May, resigned.',
      // a speech or statement pointed back at, without "This is the"
      'This speech angered the opposition benches.',
      // one of two named before
      'The former said he would appeal.',
      'The latter has not commented.',
      'The latter, a lawyer, declined to comment.',
      'The former president said he would appeal.',
    ])
      expect(hasDanglingOpener(t), t).toBe(true);
  });

  it('accepts openers that name who or what they mean', () => {
    for (const t of [
      'Russia and the US are considering a fresh meeting.',
      'The Hong Kong legislative election was held on Sunday.',
      'This year the festival drew six million visitors.',
      'The city council voted on Tuesday to approve the flood plan.',
      'The company board met on Monday to choose a new chief executive.',
      'In the second half, Sweden scored twice.',
      'The President Donald Trump asked for help.',
      'The city of Ottawa banned cars from the market square.',
      'The island nation of Tonga held elections.',
      'When Trump arrived, he thanked the team.',
      'If it rains on Sunday, the parade will move indoors.',
      '“The talks went well,” said the coach.',
      // a title whose holder is named in apposition
      'The Minister for Water and Sanitation, Dr Ilse Moravec, opened the pumping station on Friday.',
      'The chairman of the harbour board, Tomas Ek, resigned on Monday.',
      // a printed speech or transcript saying what it is
      'This is the address given by the rector, Anna Lind, at the opening of the term.',
      'This is the full text of the statement read by the club secretary.',
      // "former" as an adjective before a title that the sentence goes on to pin down
      'The former director of a Tromsø shipping firm admitted fraud on Monday.',
    ])
      expect(hasDanglingOpener(t), t).toBe(false);
  });
});

describe('back references inside a sentence', () => {
  it('flags a demonstrative that needs an earlier sentence, outside quotes', () => {
    for (const t of [
      'The centerpiece of this performance is a rotating pig.',
      'Two veterans were defeated in this constituency.',
      'Critics said these measures came too late.',
    ])
      expect(hasBackReference(t), t).toBe(true);
  });

  it('accepts demonstratives of time, of the text itself, and inside quotes', () => {
    for (const t of [
      'This past week marked the opening of the exhibit.',
      'The festival drew crowds this weekend.',
      'Details are given later in this article.',
      'She said “this decision is final” on Monday.',
      'The council voted to rebuild the wall.',
    ])
      expect(hasBackReference(t), t).toBe(false);
  });

  it('keeps such a sentence out of the opening of a summary', () => {
    const result = summarize(
      article('Village fair returns', [
        'The centerpiece of this year’s fair is a ten metre tall wooden horse.',
        'The centerpiece of this celebration is a ten metre tall wooden horse built by local carpenters.',
        'The village fair of Lindholm returned on Saturday after a two-year pause, drawing about 4,000 visitors to the green.',
      ]),
    );
    expect(result.summary).not.toMatch(/^The centerpiece of this celebration/);
  });
});

describe('definite subjects that point back', () => {
  it('reads the words of an opening "The …" subject, its noun last', () => {
    expect(definiteSubject('The database was unveiled in 1999.')).toEqual(['database']);
    expect(definiteSubject('The crane accident comes ten days before the Hajj.')).toEqual(['crane', 'accident']);
    expect(definiteSubject("The company's shares fell sharply.")).toEqual(['company']);
    expect(definiteSubject('The database, built in 1999, holds 40,000 records.')).toEqual(['database']);
  });

  it('leaves subjects that say which thing they mean, and other openings', () => {
    for (const t of [
      'The New Zealand government announced a flag process.',
      'The theme of the festival is the year of the pig.',
      'The group whose robots scored most won the match.',
      'A storm caused a crane to fall.',
    ])
      expect(definiteSubject(t), t).toBeUndefined();
  });

  it('keeps such a sentence from opening a summary, but lets it follow one that names its noun', () => {
    const story = article('Lost papers found in the street', [
      'A sensitive government report was found wet on a street in the capital by a passer-by on Monday morning.',
      'It described weak points of the national pollution database used by inspectors.',
      'The database was built in 1999 and holds records of more than 40,000 inspections across the country.',
      'The minister for the environment has asked officials how the report came to be left in the street.',
      'Opposition members said the loss raised questions about how the government keeps its papers safe.',
      'A spokeswoman for the ministry said an inquiry into the handling of classified papers had begun.',
      'Officials in three other departments have reported lost documents over the past year.',
    ]);
    const { summary, keyPoints } = summarize(story);
    expect(summary).not.toMatch(/^The database/);
    expect(keyPoints.every((k) => !k.text.startsWith('The database'))).toBe(true);
    const units = buildUnits(story);
    expect(units.find((u) => u.text.startsWith('The database'))?.antecedent).toEqual(['database']);
    // "report" is in no headline word, but the minister's sentence does not open with "The report".
    expect(units.find((u) => u.text.startsWith('The minister'))?.antecedent).toBeUndefined();
  });
});

describe('quote balance', () => {
  it('tells closed quotes from open or stray ones, and apostrophes from quotes', () => {
    expect(isQuoteBalanced('She said “yes” and left.')).toBe(true);
    expect(isQuoteBalanced('The girls’ team won ‘a silver medal’ today.')).toBe(true);
    expect(isQuoteBalanced('“There is an obvious aspiration.')).toBe(false);
    // The standfirst of a wire story: a quote closed that was never opened.
    expect(isQuoteBalanced('There is obvious mutual aspiration to develop such contacts,’ says Lavrov')).toBe(false);
    expect(isQuoteBalanced('He said "no and left.')).toBe(false);
  });

  it('composes the balances of consecutive sentences', () => {
    const a = quoteBalance('“The visit went well.');
    const b = quoteBalance('We will meet again,” she said.');
    expect(concatBalance(a, b)).toEqual(quoteBalance('“The visit went well. We will meet again,” she said.'));
    expect(concatBalance(quoteBalance('He said "no.'), quoteBalance('Never," he added.')).straight).toBe(false);
  });
});

describe('clause trimming', () => {
  it('cuts before a trailing clause and keeps the main clause whole', () => {
    const s = 'A storm caused a crane to fall into the Grand Mosque, killing 107 people, according to the civil defence agency.';
    expect(clauseTrims(s)).toEqual([
      'A storm caused a crane to fall into the Grand Mosque, killing 107 people.',
      'A storm caused a crane to fall into the Grand Mosque.',
    ]);
  });

  it('never cuts inside a list, a quote or brackets, nor below a main clause', () => {
    expect(clauseTrims('Guests at the fair this weekend included the writers Stan Lee, Mark Hamill, and Margaret Atwood.')).toEqual([]);
    expect(clauseTrims('The minister said “we will build it, with or without help from the capital” on Monday.')).toEqual([]);
    expect(clauseTrims('It rained, with hail.')).toEqual([]);
  });

  it('leaves out a short opening phrase only when a sentence remains', () => {
    expect(openingTrim('Yesterday, North Korea fired artillery rounds at a loudspeaker across the border.')).toBe(
      'North Korea fired artillery rounds at a loudspeaker across the border.',
    );
    // A phrase that only says when may go before an article; only the first letter's case changes.
    expect(openingTrim('On Tuesday, the government announced the start of a public process on a new flag.')).toBe(
      'The government announced the start of a public process on a new flag.',
    );
    expect(openingTrim('Earlier this month, a storm flooded 340 homes along the coast of the island.')).toBe(
      'A storm flooded 340 homes along the coast of the island.',
    );
    expect(openingTrim('In the end, the government announced the start of a public process on a new flag.')).toBeUndefined();
    expect(openingTrim('After a long and bitter night of counting the votes, Ada Morrow was elected chair.')).toBeUndefined();
    // A noun phrase set beside the name after it is no opening phrase: "Chiara Ferri, was filming"
    // and "Dan Twomey, has been head coach" are no sentences.
    expect(openingTrim('Her sister, Chiara Ferri, was filming the sunset and caught the whole raid on her phone.')).toBeUndefined();
    expect(openingTrim("The club's head coach, Dan Twomey, has trained boxers in the same hall for almost thirty years.")).toBeUndefined();
  });

  it('finds where the news starts after a source preamble', () => {
    const s = 'According to Yonhap, quoting the state agency, the military has been placed on high alert.';
    expect(s.slice(sourcePreambleEnd(s))).toBe('the military has been placed on high alert.');
    expect(sourcePreambleEnd('The military, the agency said, is on alert.')).toBe(0);
    const framed = 'The Tribune has learned that according to two officials, the port authority will close the north dock.';
    expect(framed.slice(sourcePreambleEnd(framed))).toBe('the port authority will close the north dock.');
  });

  it('drops an opening source only when the news after it says what the headline says', () => {
    const s = 'The Tribune has learned that according to two officials, the port authority will close the north dock for a year.';
    expect(attributionTrim(s, contentWords('Port authority to close north dock'))).toBe(
      'The port authority will close the north dock for a year.',
    );
    // The headline does not state it: the claim stays attributed.
    expect(attributionTrim(s, contentWords('Dock workers strike over pay'))).toBeUndefined();
    expect(attributionTrim(s, new Set())).toBeUndefined();
    // The headline's news must be in the main clause, not only in a clause a reading may cut.
    const tail =
      'According to two officials, the port authority met shipping firms and union leaders on Monday, which means the north dock will close for a year.';
    expect(attributionTrim(tail, contentWords('North dock to close for a year'))).toBeUndefined();
    // Nor does a short source go as an opening phrase when the headline does not back the claim.
    const claim = 'According to rebels, General Orlo Vass ordered the shelling of the market town of Arvel on Sunday.';
    expect(openingTrim(claim)).toBeUndefined();
    expect(attributionTrim(claim, contentWords('Aid convoy reaches Arvel'))).toBeUndefined();
    expect(attributionTrim(claim, contentWords('General Vass ordered shelling of Arvel'))).toBe(
      'General Orlo Vass ordered the shelling of the market town of Arvel on Sunday.',
    );
  });

  it('keeps the source when the news after it would open on a dangling reference', () => {
    const title = 'Army of Veland placed on high alert';
    const units = buildUnits(
      article(title, [
        'According to the state news agency, quoting an army statement, the country’s army has been placed on high alert after border clashes.',
        'Officials in the capital declined to comment on the report on Sunday evening.',
      ]),
    );
    const model = { concepts: conceptWeights(units, title), headline: contentWords(title) };
    const openings = candidateSummaries(scoreUnits(units, title), model).map((c) => c[0]!.text);
    expect(openings).toContain(units[0]!.text);
    expect(openings.filter((t) => t.startsWith('The country’s'))).toEqual([]);
  });
});

describe('units', () => {
  it('keeps a quotation that spans sentences together and drops fragments', () => {
    const units = buildUnits(STORY);
    const quote = units.find((u) => u.text.startsWith('“It kept'));
    expect(quote?.text).toBe('“It kept the sea out for our grandparents. It will keep it out for our grandchildren,” she said.');
    // Its first words are what a reader meets first: "It kept…" needs the sentence before.
    expect(quote?.dangling).toBe(true);
    expect(units.every((u) => isQuoteBalanced(u.text))).toBe(true);
    const captioned = buildUnits(article('T', ['Eddie Chu received the largest vote', 'A full sentence that says what happened today.']));
    expect(captioned.map((u) => u.text)).toEqual(['A full sentence that says what happened today.']);
  });

  it('strips a dateline the cleaner left before the first sentence', () => {
    const text = 'Evansville, Indiana, United States - This past week marked the opening of an exhibit.';
    expect(text.slice(datelineEnd(text))).toBe('This past week marked the opening of an exhibit.');
    expect(datelineEnd('The vote - a close one - passed.')).toBe(0);
    expect(datelineEnd('North Korea – South Korea talks resumed on Monday.')).toBe(0);
    expect(datelineEnd('LONDON – Prices rose on Monday.')).toBe('LONDON – '.length);
  });
});

describe('concept weights', () => {
  it('rates headline words, early words and repeated names above a passing detail', () => {
    const units = buildUnits(STORY);
    const w = conceptWeights(units, STORY.title);
    expect(w.get('wall')!).toBeGreaterThan(w.get('fishermen')!);
    expect(w.get('kalbsund')!).toBeGreaterThan(w.get('jobs')!);
    for (const p of w.values()) expect(p > 0 && p < 1).toBe(true);
  });
});

describe('summarize', () => {
  const result = summarize(STORY);

  it('writes a short summary from the article’s own sentences, opening with the main event', () => {
    expect(wordCount(result.summary)).toBeLessThanOrEqual(55);
    expect(result.summary).toMatch(/^The council of the harbour town of Kalbsund voted on Monday to rebuild the sea wall/);
    const body = STORY.paragraphs.join('\n');
    for (const s of result.summary.split(/(?<=[.!?]["”’]?)\s+(?=[“"\p{Lu}])/u)) expect(body).toContain(s.replace(/\.$/, ''));
    expect(hasDanglingOpener(result.summary)).toBe(false);
  });

  it('gives distinct key points, each found in the paragraph it links to', () => {
    expect(result.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(result.keyPoints.length).toBeLessThanOrEqual(5);
    for (const k of result.keyPoints) {
      expect(STORY.paragraphs[k.paragraph - 1]).toContain(k.text);
      expect(result.summary).not.toContain(k.text);
    }
    expect(new Set(result.keyPoints.map((k) => k.text)).size).toBe(result.keyPoints.length);
    // A point that leans on an earlier sentence ("He added…") is not needed here.
    expect(result.keyPoints.some((k) => k.text.startsWith('He added'))).toBe(false);
  });

  it('is deterministic and copes with articles that offer nothing to select', () => {
    expect(summarize(STORY)).toEqual(result);
    expect(summarize(article('Only a caption', ['A photo of the harbour']))).toEqual({ summary: '', keyPoints: [] });
  });
});

describe('summary fallback', () => {
  it('opens with the first words of a long paragraph that has no sentence to select', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const { summary } = summarize(article('No punctuation at all', [words]));
    expect(summary).toBe(`${words.split(' ').slice(0, 40).join(' ')}…`);
  });
});
