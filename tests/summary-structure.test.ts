/**
 * List articles and round-ups are summarised by their introduction, not by one item;
 * a time told from the day of writing never opens a summary; a sentence announcing a list is never
 * a summary or a key point on its own. Articles invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { toArticle, type Article } from '../src/pipeline/article.ts';
import type { Block } from '../src/pipeline/parse-source.ts';
import { summarize } from '../src/pipeline/summary/index.ts';
import { introductionEnd, speakerLabelEnd, transcriptTurns } from '../src/pipeline/summary/structure.ts';
import { hasBackReference, hasDanglingOpener, namesTheDocument } from '../src/pipeline/summary/dangling.ts';
import { openingTrim } from '../src/pipeline/summary/trimming.ts';
import { pointsForward } from '../src/pipeline/summary/incomplete.ts';

function article(title: string, blocks: (string | { heading: string })[]): Article {
  const bs: Block[] = blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph', text: b } : { kind: 'heading', text: b.heading }));
  return toArticle({ file: 'test.txt', title, meta: {}, blocks: bs });
}

const ROUND_UP = article('Weekend round-up: Eastwick mayor Rhea Banerjee sworn in', [
  'The weekend across the county brought a reopened bridge, a record crowd at the fair and a new face at the town hall.',
  { heading: 'Bridge reopens' },
  'The Mill Lane bridge reopened to traffic on Saturday after eight months of repairs to its deck and railings.',
  { heading: 'Fair sets record' },
  'The county fair drew 42,000 visitors over three days, the most in its 120-year history, organisers said on Sunday.',
  { heading: 'New mayor sworn in' },
  'Councillor Rhea Banerjee was sworn in as mayor of Eastwick on Sunday evening, the youngest person to hold the office in Eastwick.',
  'Banerjee, 29, said her first job as mayor of Eastwick would be to fix the roads.',
]);

describe('series articles', () => {
  it('finds where the items of a round-up or a list begin', () => {
    expect(introductionEnd(ROUND_UP)).toBe(1);
    const list = article('Five ways the city plans to cut traffic', [
      'The city council published a plan on Monday to cut car traffic in the centre by a third within five years.',
      '1. Bus lanes will be added on the four main roads into the centre.',
      '2. Parking charges will rise by a fifth in the central zone.',
      '3. A new tram line will link the station to the hospital.',
    ]);
    expect(introductionEnd(list)).toBe(1);
    const story = article('Council approves budget', ['The council approved its budget on Monday.', 'It raises taxes by two percent.', 'Opposition members voted against it.']);
    expect(introductionEnd(story)).toBeUndefined();
  });

  it('summarises a round-up by its introduction, not by its last item', () => {
    const { summary } = summarize(ROUND_UP);
    expect(summary).toBe(ROUND_UP.paragraphs[0]);
  });

  it('does not take a one-line opening before many short sections as the introduction', () => {
    const guide = article('Harwick', [
      'Harwick is a town on the coast.',
      { heading: 'Understand' },
      'Harwick grew up around a fishing harbour in the twelfth century and kept its fleet of wooden boats until the 1960s, when the cannery closed.',
      'Today the town of Harwick lives from visitors, who come for the cliff walks, the potteries and the long sandy beach north of the harbour.',
      { heading: 'Get in' },
      'The nearest railway station is at Tremaine, forty minutes away by the hourly bus.',
      { heading: 'See' },
      'The harbour museum shows the boats and nets of the old Harwick fleet.',
      { heading: 'Eat' },
      'Fish is landed every morning and sold in the cafés along the quay.',
    ]);
    expect(introductionEnd(guide)).toBe(1);
    expect(summarize(guide).summary).not.toBe('Harwick is a town on the coast.');
  });
});

/** An invented interview printed as questions and answers, after an introduction. */
const Q_AND_A = article('Ines Falk: "Every kiln teaches you patience"', [
  'Ines Falk has fired pots in the same wood kiln on the Harwick coast for thirty years. The potter, 61, won the Tremaine Craft Prize last week for a set of storage jars made from local clay.',
  'Q: The judges said your jars look older than the museum pieces beside them. Is that what you wanted?',
  'A: The clay does that, not me. The Harwick clay has so much iron in it that the ash turns it the colour of old bronze, and the jars look as if they had been buried for a century.',
  'Q: You built the kiln yourself.',
  'A: With my brother, Tomas Falk, in 1994, from bricks of a demolished chapel in the next village. It took us two summers and most of our savings.',
  'Q: What will you do with the prize money?',
  'A: Repair the chimney of the kiln, which has a crack you could put your hand in, and take on an apprentice from the village school.',
]);

describe('transcripts', () => {
  it('are told by speakers who each speak more than once, not by a fact box', () => {
    expect(transcriptTurns(Q_AND_A.paragraphs)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(introductionEnd(Q_AND_A)).toBe(1);
    const facts = ['Born: 12 May 1963, Harwick.', 'Trained: Falmouth School of Art, 1982 to 1985.', 'Prizes: Tremaine Craft Prize, 2025.', 'Studio: Harwick Quay, since 1994.'];
    expect(transcriptTurns(facts)).toBeUndefined();
    expect(transcriptTurns(['Q: Why clay?', 'A: Because it was there.'])).toBeUndefined();
    expect(speakerLabelEnd('JANE DOE: Thank you for having me.')).toBe('JANE DOE: '.length);
    expect(speakerLabelEnd('Warning: The road is closed.')).toBe('Warning: '.length);
    expect(speakerLabelEnd('The mayor said: nothing will change.')).toBe(0);
  });

  it('are summarised by their introduction, not by an answer', () => {
    const { summary, keyPoints } = summarize(Q_AND_A);
    expect(summary.startsWith('Ines Falk has fired pots')).toBe(true);
    // An answer that is a key point loses its bare "A:" label.
    for (const p of keyPoints) expect(p.text).not.toMatch(/^[QA]:/);
  });

  it('take the host’s opening turn as the introduction when no paragraph comes before it', () => {
    const radio = article('Harwick potter on thirty years at the kiln', [
      'HOST: The potter Ines Falk won the Tremaine Craft Prize last week for storage jars fired in a wood kiln she built on the Harwick coast thirty years ago.',
      'INES FALK: Thank you. It is the first prize the kiln has won, so I will share it with the kiln and my brother, who built it with me.',
      'HOST: Your brother Tomas Falk still lives in the village, doesn’t he?',
      'INES FALK: He does. He keeps the chimney standing and tells everyone it was his idea to build the kiln in the first place, which it was not.',
      'HOST: What will you do with the prize money?',
      'INES FALK: I will repair the chimney of the kiln and take on an apprentice from the village school in Harwick next spring.',
    ]);
    expect(summarize(radio).summary.startsWith('The potter Ines Falk won the Tremaine Craft Prize')).toBe(true);
  });
});

describe('interviews whose questions are set in bold (thirty-seventh session)', () => {
  const bold = (text: string): Block => ({ kind: 'paragraph', text, bold: true });
  const plain = (text: string): Block => ({ kind: 'paragraph', text });
  const interview = (questions: (text: string) => Block) =>
    toArticle({
      file: 'test.md',
      title: 'Harwick lifeboat coxswain on forty years of rescues at sea',
      meta: {},
      blocks: [
        plain('Mara Quist has steered the Harwick lifeboat for nineteen of her forty years on the crew, and next month she hands the wheel to her deputy.'),
        plain('The Harwick Courier asked her about storms, pagers and the rescue she still dreams about.'),
        questions('What was the worst night at sea?'),
        plain('The worst night at sea was the rescue of the trawler Halcyon in 2009, when forty years of lifeboat rescues at Harwick seemed to end in one storm.'),
        questions('Has the job changed?'),
        plain('The pagers have changed and the boats are faster, but the sea at Harwick has not changed at all.'),
        questions('What will you do next month?'),
        plain('I will sleep through a storm for the first time in forty years, and then I will go down to the station and make the tea.'),
      ],
    });

  it('are summarised by their introduction, not by an answer', () => {
    const article = interview(bold);
    expect(introductionEnd(article)).toBe(2);
    const { summary } = summarize(article);
    expect(summary.startsWith('Mara Quist has steered the Harwick lifeboat')).toBe(true);
    expect(summary).not.toContain('trawler Halcyon');
  });

  it('count only questions set in bold as paragraphs of their own', () => {
    expect(introductionEnd(interview(plain))).toBeUndefined();
    expect(introductionEnd(interview((text) => bold(text.replace('?', '.'))))).toBeUndefined();
  });
});

describe('openers told from the day of writing', () => {
  it('never open a summary, and may be cut off', () => {
    expect(hasDanglingOpener('Yesterday, the council voted to close the bridge.')).toBe(true);
    expect(hasDanglingOpener('Its round shape makes it easy to roll.')).toBe(true);
    expect(openingTrim('Yesterday, day five of the Cup, Sweden defeated South Korea one goal to nil in Nizhny Novgorod.')).toBe(
      'Day five of the Cup, Sweden defeated South Korea one goal to nil in Nizhny Novgorod.',
    );
    const a = article('Council closes bridge for repairs', [
      'Yesterday, the county council voted to close the Mill Lane bridge for six months of repairs to its deck.',
      'Engineers found cracks in the deck during an inspection in March.',
      'Drivers will be sent along a ten-mile detour through Westford.',
    ]);
    expect(summarize(a).summary.startsWith('Yesterday')).toBe(false);
  });
});

describe('sentences that announce a list', () => {
  it('are no summary and no key point on their own', () => {
    const a = article('Minister sets conditions for school reopening', [
      'The education minister said on Monday that two things would decide whether schools in the region reopen in September.',
      'The ministry is also hiring 300 extra teachers for the coming year, the minister told the regional parliament.',
      'Unions said the extra teachers would not be enough to cover the staff who are off sick.',
      'Parents in the region have been asked to fill in a survey about home schooling by the end of the month.',
    ]);
    const { summary, keyPoints } = summarize(a);
    expect(summary).not.toMatch(/^The education minister said on Monday that two things would decide[^.]*\.$/);
    expect(keyPoints.map((k) => k.text)).not.toContain(a.sentences[0]!.text);
  });
});

describe('a text that names itself', () => {
  it('"This paper…" and "In this study, we…" lean on no earlier sentence; a study named before still does', () => {
    expect(hasDanglingOpener('This paper describes a pilot project on how visitors look at a collection of paintings.')).toBe(false);
    expect(hasDanglingOpener('In this study, we tracked the eyes of 40 visitors to the gallery.')).toBe(false);
    expect(hasDanglingOpener('The present research is a first step towards a census of river otters.')).toBe(false);
    expect(hasBackReference('The results of this study show that visitors look longest at faces.')).toBe(false);
    expect(hasDanglingOpener('This project was funded by the county council.')).toBe(true);
    expect(hasDanglingOpener('In this case, we agreed with the court.')).toBe(true);
    expect(namesTheDocument('In this paper, we report what 40 visitors looked at.')).toBe(true);
    expect(namesTheDocument('This gallery opened in 1902.')).toBe(false);
  });

  it('is summarised by the sentence that says what it is about, not by its opening generality', () => {
    const paper = article('Looking at saints: an eye-tracking study of the Harwick altarpieces', [
      'Looking at art is a complex experience, involving perception, attention, memory and emotion.',
      'This paper describes an eye-tracking study of how 40 visitors looked at the six Harwick altarpieces, painted in the 1630s for a chapel on the Harwick coast.',
      'Visitors looked longest at the faces of the saints and least at the painted landscapes behind them.',
      'Eye movements offer an insight that does not depend on what visitors remember or believe about a painting.',
      'The altarpieces have hung in the long gallery of Harwick Hall since 1790.',
    ]);
    expect(summarize(paper).summary.startsWith('This paper describes an eye-tracking study')).toBe(true);
  });
});

describe('a reply to an earlier question', () => {
  it('leans on the question, so it opens no summary', () => {
    expect(hasDanglingOpener('Yes, all tropical storms are driven by warm water.')).toBe(true);
    expect(hasDanglingOpener('Well, the theory is that she stayed to fight the fire.')).toBe(true);
    expect(hasDanglingOpener('Of course. The kiln was built in 1994.')).toBe(true);
    expect(hasDanglingOpener('No one was hurt in the fire, the brigade said.')).toBe(false);
    expect(hasDanglingOpener('Wells in the village ran dry in August.')).toBe(false);
  });
});

describe('a he or she after an opening phrase that names only a team or a place (thirteenth session)', () => {
  it('leans on an earlier sentence; a person named in the phrase does not', () => {
    expect(hasDanglingOpener('With the clock red and Harbour Town trailing 20-17, he took a flat pass and scored under the posts.')).toBe(true);
    expect(hasDanglingOpener('When Trump arrived, he said the talks would go on.')).toBe(false);
    expect(hasDanglingOpener('After Lena Marsh resigned in May, she moved to Lisbon.')).toBe(false);
    // A team or a body can be what "they" or "it" stands for.
    expect(hasDanglingOpener('After Harbour Town lost in May, they sacked the coach.')).toBe(false);
  });
});

describe('a count of a measure is no announced list (thirteenth session)', () => {
  it('lets "four points clear" open a summary, and still holds back "two things" without them', () => {
    const a = article('Corrigan wins it at the last for Harbour Town', [
      'Harbour Town 24 Ironbridge Rovers 20',
      'Sean Corrigan scored with the last move of the match on Saturday, fourteen months after a surgeon told him his career was over, to keep Harbour Town four points clear at the top of the table.',
      'The 27-year-old wing came off the bench in the 61st minute for only his second game since his injury.',
      'Corrigan and Okoro were mobbed by the crowd as they walked off.',
    ]);
    expect(summarize(a).summary.startsWith('Sean Corrigan scored with the last move')).toBe(true);
    expect(pointsForward('The minister said two things would decide the vote.')).toBe(true);
    expect(pointsForward('The win left Rovers two points behind the leaders.')).toBe(false);
  });
});
