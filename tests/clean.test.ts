import { describe, expect, it } from 'vitest';
import { boilerplateRule, cleanBlocks, isBoilerplate, parseDateline, parseDateLine, stripPrefixes } from '../src/pipeline/clean.ts';
import { isCaption } from '../src/pipeline/clean/captions.ts';
import { compileRules } from '../src/pipeline/clean/rules.ts';

describe('cleaning', () => {
  it('parses a wire dateline of every agency style and removes it from the text', () => {
    expect(parseDateline('MOSCOW (AA) – Russia and the US are talking.')).toEqual({
      dateline: { place: 'Moscow', agency: 'AA' },
      rest: 'Russia and the US are talking.',
    });
    expect(parseDateline('NEW YORK — Stocks fell.').dateline).toEqual({ place: 'New York' });
    expect(parseDateline('LONDON (Reuters) - The bank raised rates.')).toEqual({ dateline: { place: 'London', agency: 'Reuters' }, rest: 'The bank raised rates.' });
    expect(parseDateline('WASHINGTON (AP) — The Senate voted.')).toEqual({ dateline: { place: 'Washington', agency: 'AP' }, rest: 'The Senate voted.' });
    expect(parseDateline('PARIS, March 3 (AFP) - Floods cut off villages.')).toEqual({ dateline: { place: 'Paris', agency: 'AFP' }, rest: 'Floods cut off villages.' });
    expect(parseDateline('ATHENS, Aug 14 (Reuters) - Ferries stopped.').dateline).toEqual({ place: 'Athens', agency: 'Reuters' });
    expect(parseDateline('KATHMANDU, Nepal — A quake struck.').dateline).toEqual({ place: 'Kathmandu, Nepal' });
    expect(parseDateline('US officials said – nothing.').dateline).toBeUndefined();
  });

  it('strips bylines, time stamps and broadcaster credits from the start of a paragraph', () => {
    expect(stripPrefixes('(CNN) -- A hiker was found alive.')).toBe('A hiker was found alive.');
    expect(stripPrefixes('By . Associated Press . PUBLISHED: . 14:11 EST, 3 March 2014 . | . UPDATED: . 15:02 EST, 3 March 2014 . A burglar fell asleep.')).toBe(
      'A burglar fell asleep.',
    );
    expect(stripPrefixes('Updated 1234 GMT (2034 HKT) March 3, 2014 An airline cancelled flights.')).toBe('An airline cancelled flights.');
    // A sentence that starts like a byline is not one.
    expect(stripPrefixes('By Monday, the floods had receded.')).toBe('By Monday, the floods had receded.');
  });

  it('reads a date line such as Wikinews prints', () => {
    expect(parseDateLine('Friday, July 21, 2017')).toBe('2017-07-21');
    expect(parseDateLine('The talks on July 21, 2017 went well.')).toBeUndefined();
  });

  it('drops site boilerplate but not news that mentions cookies, newsletters or photos', () => {
    expect(isBoilerplate("This website uses cookies to improve your experience. We'll assume you're ok with this. Accept")).toBe(true);
    expect(isBoilerplate('Regulators said the bakery sold cookies with undeclared nuts.')).toBe(false);
    expect(isBoilerplate('We use cookies sparingly, the baker joked, because the bread sells out first.')).toBe(false);
    expect(boilerplateRule('Sign up for our daily newsletter')).toBe('newsletter');
    expect(boilerplateRule('Follow us on Instagram')).toBe('share-follow');
    expect(boilerplateRule('Read more: Why are pilots striking?')).toBe('related-links');
    expect(boilerplateRule('Image copyright Getty Images')).toBe('image-credit-line');
    expect(boilerplateRule('By Jane Doe, Associated Press')).toBe('byline-line');
    expect(boilerplateRule('Reporting by Tom Varley; Editing by Kate Holm')).toBe('reporting-credit');
    expect(isBoilerplate('By Monday, officials had left.')).toBe(false);
    expect(isBoilerplate('Photo agencies were invited to see the calf next week, the zoo said.')).toBe(false);
    const c = cleanBlocks([
      { kind: 'paragraph', text: 'Monday, March 3, 2014' },
      { kind: 'paragraph', text: 'PARIS (AFP) – A story.' },
      { kind: 'paragraph', text: 'This website uses cookies. Accept' },
    ]);
    expect(c).toEqual({
      blocks: [{ kind: 'paragraph', text: 'A story.' }],
      date: '2014-03-03',
      dateline: { place: 'Paris', agency: 'AFP' },
      removed: 1,
    });
  });

  it('drops a site prompt run into a paragraph as a sentence of its own', () => {
    const c = cleanBlocks([{ kind: 'paragraph', text: 'A burglar fell asleep on the sofa of the house he broke into. Scroll down for video. Police arrested him on Sunday.' }]);
    expect(c.blocks[0]!.text).toBe('A burglar fell asleep on the sofa of the house he broke into. Police arrested him on Sunday.');
    const intro = cleanBlocks([{ kind: 'paragraph', text: 'In the interview, the potter explains how she built her kiln. Read below for more of the interview in full.' }]);
    expect(intro.blocks[0]!.text).toBe('In the interview, the potter explains how she built her kiln.');
    const full = cleanBlocks([{ kind: 'paragraph', text: 'The minister resigned on Friday. The full statement is below.' }]);
    expect(full.blocks[0]!.text).toBe('The minister resigned on Friday.');
  });

  it('drops a Q&A\'s editing note run into its introduction, and keeps the introduction', () => {
    const c = cleanBlocks([{ kind: 'paragraph', text: 'We met Horvat, 64, at her allotment above the river. The interview has been edited for length and clarity.' }]);
    expect(c.blocks[0]!.text).toBe('We met Horvat, 64, at her allotment above the river.');
    const translated = cleanBlocks([{ kind: 'paragraph', text: 'Our reporter spoke to Madam Darko at her stall on Thursday. The conversation was in Twi and English and has been translated and edited for length.' }]);
    expect(translated.blocks[0]!.text).toBe('Our reporter spoke to Madam Darko at her stall on Thursday.');
    const alone = cleanBlocks([
      { kind: 'paragraph', text: 'The city has kept bees on its roofs since 2009, and the council now wants a register of every hive.' },
      { kind: 'paragraph', text: 'This interview has been edited for length and clarity.' },
    ]);
    expect(alone.blocks.map((b) => b.text)).toEqual(['The city has kept bees on its roofs since 2009, and the council now wants a register of every hive.']);
  });

  it("drops a closing credit for an article's pictures run in after its editing note", () => {
    const closing = cleanBlocks([
      { kind: 'paragraph', text: 'The city has kept bees on its roofs since 2009, and the council now wants a register of every hive.' },
      { kind: 'paragraph', text: 'This interview was translated from Kazakh and edited for length. Photographs: Aigerim Nurlanova.' },
    ]);
    expect(closing.blocks.map((b) => b.text)).toEqual(['The city has kept bees on its roofs since 2009, and the council now wants a register of every hive.']);
    expect(cleanBlocks([{ kind: 'paragraph', text: 'Pictures: Tom Reilly' }]).blocks).toEqual([]);
    // A sentence that only begins like a credit is news.
    const news = 'The bee-keepers voted for a register on Monday. Photographs: the council wants them all, and the keepers will send them by May.';
    expect(cleanBlocks([{ kind: 'paragraph', text: news }]).blocks[0]!.text).toBe(news);
  });

  it('drops a Q&A\'s closing "Interview by …" and keeps the name it gives as the asker', () => {
    const c = cleanBlocks([
      { kind: 'paragraph', text: 'The city has kept bees on its roofs since 2009, and the council now wants a register of every hive.' },
      { kind: 'paragraph', text: 'Interview by Aram Hakobyan, chess columnist' },
    ]);
    expect(c.blocks.map((b) => b.text)).toEqual(['The city has kept bees on its roofs since 2009, and the council now wants a register of every hive.']);
    expect(c.interviewer).toBe('Aram Hakobyan');
    expect(cleanBlocks([{ kind: 'paragraph', text: 'The bees came back in May.' }, { kind: 'paragraph', text: 'Photographs by Aram Hakobyan' }]).interviewer).toBeUndefined();
  });

  it('takes a pointer to a picture out of a sentence and keeps the sentence', () => {
    const c = cleanBlocks([{ kind: 'paragraph', text: 'Joan Parfitt (pictured) jumped from 10,000ft and raised £8,000.' }]);
    expect(c.blocks[0]!.text).toBe('Joan Parfitt jumped from 10,000ft and raised £8,000.');
  });
});

describe('captions', () => {
  it('are recognised by their form', () => {
    expect(isCaption('Jane Doe pauses Tuesday during a news conference at the White House in Washington.')).toBe(true);
    expect(isCaption('Firefighters work Tuesday to contain a blaze at a refinery. (AP Photo/Jon Reyes)')).toBe(true);
    expect(isCaption('Pictured: Joan Parfitt with her instructor after landing')).toBe(true);
    expect(isCaption("He's wearing a facial mask as he leaves the hospital")).toBe(true);
    expect(isCaption('Tasha Reid (left) and her husband (right) at the launch in London')).toBe(true);
  });

  it('are not news sentences that share their words', () => {
    expect(isCaption('The board meets Tuesday to discuss the bus contracts needed for the change.')).toBe(false);
    expect(isCaption('Council member Frank Doyle, pictured at a meeting last year, said the plan would pay for itself.')).toBe(false);
    expect(isCaption('Austria fully stands behind the campaign launched by the Secretary-General on Monday.')).toBe(false);
    expect(isCaption('Riders finished the 14th stage of the tour in heavy rain on Saturday.')).toBe(false);
    expect(isCaption('Born: June 11, 1988 (age 30) Fort Worth, Texas')).toBe(false);
    // A counted plural after a verb is a score, not people shown: a sports lede stays.
    expect(isCaption('Hajduk moved three points clear at the top of the league on Saturday evening, beating Rijeka 11-9 after captain Ivo Kralj scored twice.')).toBe(false);
  });

  it('still take counted people shown at the start ("Two firefighters work …")', () => {
    expect(isCaption('Two firefighters work at the scene of the blaze on Tuesday.')).toBe(true);
  });
});

describe('the rules file', () => {
  it('names the file and the rule when a pattern is broken', () => {
    const broken = { rules: [{ id: 'bad', kind: 'line', pattern: '(', flags: '', note: 'n', source: 's' }], captions: { maxWords: 1, markers: [{ pattern: 'x', flags: '', note: 'n', strong: true }], actionVerbs: 'a', timeWords: 'b', progressive: 'c' } };
    expect(() => compileRules(broken)).toThrow(/rules\.json: rule "bad"/);
    expect(() => compileRules({ rules: [] })).toThrow(/rules\.json: rules/);
  });
});

describe('page furniture found by position', () => {
  const p = (text: string) => ({ kind: 'paragraph' as const, text });
  const story = [
    'The council approved a plan on Monday to repair the harbour wall before the winter storms arrive in the bay.',
    'Work will start next month and cost about four million pounds, the council said.',
    'Fishermen welcomed the plan but said the repairs were years overdue.',
  ];

  it('drops a press release tail from its mark on', () => {
    const c = cleanBlocks([...story.map(p), p('ENDS'), p('About Harbour Council'), p('The council serves 90,000 people.')]);
    expect(c.blocks.map((b) => b.text)).toEqual(story);
  });

  it('keeps an "About" line early in the story, where it is no tail', () => {
    const c = cleanBlocks([p('About the plan'), ...story.map(p), p('The wall was built in 1890.')]);
    expect(c.blocks.map((b) => b.text)).toContain('The wall was built in 1890.');
  });

  it('drops a section label and a repeat of the headline before the first paragraph', () => {
    const c = cleanBlocks([p('Clarion Environment'), p('Council to repair harbour wall before winter'), ...story.map(p)], 'Council to repair harbour wall before winter');
    expect(c.blocks.map((b) => b.text)).toEqual(story);
  });

  it("drops an author's note at the end only when the story never names that person", () => {
    const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text);
    const bio = 'Jo Marsh is a transport researcher at the University of Dunmere.';
    expect(texts(cleanBlocks([...story.map(p), p(bio)]).blocks)).toEqual(story);
    // The same form about one of the story's people is news.
    const named = [...story, 'Jo Marsh, who chairs the fishermen’s association, spoke at the meeting.'];
    expect(texts(cleanBlocks([...named.map(p), p(bio)]).blocks)).toEqual([...named, bio]);
    // Not in the middle of the story.
    expect(texts(cleanBlocks([p(story[0]!), p(bio), ...story.slice(1).map(p)]).blocks)).toContain(bio);
  });

  it('drops the labels listed under a "Related Topics" line, and no short line elsewhere', () => {
    const c = cleanBlocks([...story.map(p), p('Related Topics'), p('Farming'), p('Climate')]);
    expect(c.blocks.map((b) => b.text)).toEqual(story);
    const kept = cleanBlocks([p(story[0]!), { kind: 'heading', text: 'What happens next' }, ...story.slice(1).map(p)]);
    expect(kept.blocks.map((b) => b.text)).toContain('What happens next');
  });

  it('takes a heading right after a section label as a label, but not one after a date line', () => {
    const labelled = cleanBlocks([p('Key Points'), { kind: 'heading', text: 'Markets' }, ...story.map(p)]);
    expect(labelled.blocks.map((b) => b.text)).toEqual(story);
    const dated = cleanBlocks([p('Sunday, October 21, 2007'), { kind: 'heading', text: 'Operating the business' }, ...story.map(p)]);
    expect(dated.blocks.map((b) => b.text)).toEqual(['Operating the business', ...story]);
  });

  it('drops interface labels as whole lines only', () => {
    for (const line of ['Open in app', 'Listen to this article · 4 min', 'Skip Advertisement', '1 of 6', 'toggle caption', 'Duration 2:31', 'Refresh', 'Key events'])
      expect(boilerplateRule(line), line).toBe('ui-label');
    for (const line of ['Share prices fell by a fifth on Monday.', 'Live music returns to the park this summer.', 'Refresh the water in the tank daily, the vet said.'])
      expect(isBoilerplate(line), line).toBe(false);
  });

  it('keeps news that shares words with the newer furniture rules', () => {
    for (const line of [
      'Sources said the minister would resign before the end of the week.',
      'The story will be updated in a new edition of the book next year, the publisher said.',
      'Unsubscribing from the service took customers up to an hour, the regulator found.',
      'The episode was recorded at the club in 1998 and released on vinyl.',
      'Odds of a rate cut in March rose after the figures, traders said.',
      'Presented by the mayor, the award went to a nurse from the children’s hospital.',
      'Arrangements for the summit were still being made on Friday.',
    ])
      expect(isBoilerplate(line), line).toBe(false);
  });

  it('drops reader call-outs and contact lines but not news naming a website', () => {
    expect(isBoilerplate('Have you been affected by the closures? Email newsdesk@example.invalid')).toBe(true);
    expect(isBoilerplate('press@example.invalid | +44 20 7946 0321')).toBe(true);
    expect(isBoilerplate('This interview has been edited for length and clarity.')).toBe(true);
    expect(isBoilerplate('The ministry said the figures would be published on its website next week.')).toBe(false);
  });

  it('drops transcript headings, series trailers, embargo labels, currency notes, disclaimers and donation pleas', () => {
    expect(boilerplateRule('Transcript: Harbour FM, "Morning Tide", broadcast 4 May 2025. Presenter: Ola Brandt.')).toBe('transcript-header');
    expect(boilerplateRule('Presenter: Ola Brandt')).toBe('transcript-header');
    expect(boilerplateRule('This transcript was generated automatically and checked by our staff.')).toBe('editorial-note');
    expect(boilerplateRule('This conversation has been edited and condensed.')).toBe('editorial-note');
    expect(boilerplateRule('Next in Long Lunch: the potter who rebuilt a kiln by hand')).toBe('series-next');
    expect(boilerplateRule('EMBARGOED UNTIL 00:01 GMT, MONDAY 2 MARCH 2026')).toBe('embargo-line');
    expect(boilerplateRule('($1 = 1.3621 Canadian dollars)')).toBe('exchange-rate-note');
    expect(boilerplateRule('(£1 = $1.27)')).toBe('exchange-rate-note');
    expect(boilerplateRule('Harbour Mills plc is listed in London. This text does not constitute investment advice.')).toBe('disclaimer');
    expect(boilerplateRule('This announcement contains forward-looking statements that involve risks.')).toBe('disclaimer');
    expect(boilerplateRule('There are no further matters requiring disclosure under Listing Rule 9.6.13R.')).toBe('disclaimer');
    expect(boilerplateRule("Donations in Mary's memory may be made to the lifeboat charity.")).toBe('donation-plea');
    expect(boilerplateRule('You can still donate at the family’s fundraising page.')).toBe('donation-plea');
    // News that shares their words stays.
    expect(isBoilerplate('The transcript of the hearing was released on Monday by the court.')).toBe(false);
    expect(isBoilerplate('Next in line for the throne is the king’s eldest daughter, officials said.')).toBe(false);
    expect(isBoilerplate('The embargo on grain exports was lifted on Friday after talks in Ankara.')).toBe(false);
    expect(isBoilerplate('Donations to the food bank doubled in December, its manager said.')).toBe(false);
    expect(isBoilerplate('The dollar rose 1.2 per cent against the euro on Tuesday.')).toBe(false);
  });

  it('drops a press release tail whose "About" heading ran into the description after it', () => {
    const c = cleanBlocks([...story.map(p), p('About Harbour Works Harbour Works Ltd builds sea walls in six ports and employs 300 people.'), p('Contacts Jo Bell +44 20 7946 0000')]);
    expect(c.blocks.map((b) => b.text)).toEqual(story);
    // An "About" sentence of the story is no heading.
    const kept = cleanBlocks([...story.map(p), p('About Harbour Works, the fishermen had little to say.'), p('The wall was built in 1890.')]);
    expect(kept.blocks.map((b) => b.text)).toContain('The wall was built in 1890.');
  });
});

describe('wire round-ups and bracketed captions', () => {
  const p = (text: string) => ({ kind: 'paragraph' as const, text });
  it('takes the dateline off every item of a round-up, and no time for a dateline', () => {
    const c = cleanBlocks([
      p('WORLD BRIEFS — 0600 GMT'),
      p('SUVA, Fiji — A cargo ship ran aground on a reef off the main island late on Thursday, officials said.'),
      p('OSLO — A court on Friday ordered the release of a man held for eight months on suspicion of fraud.'),
      p('NATO — the alliance — is not a place, but this paragraph comes after the items.'),
    ]);
    expect(c.dateline).toEqual({ place: 'Suva, Fiji' });
    expect(c.blocks.map((b) => b.text)).toEqual([
      'WORLD BRIEFS — 0600 GMT',
      'A cargo ship ran aground on a reef off the main island late on Thursday, officials said.',
      'A court on Friday ordered the release of a man held for eight months on suspicion of fraud.',
      'NATO — the alliance — is not a place, but this paragraph comes after the items.',
    ]);
  });

  it('leaves a capitalised opening in a feature alone when the article has no dateline', () => {
    const story = [
      'The alliance met in Brussels on Thursday to agree a new plan for the defence of its eastern members.',
      'Ministers spoke for six hours and agreed to double the number of troops stationed in the region.',
      'Officials said the plan would cost about two billion euros a year for the next decade.',
      'Diplomats said the talks had been tense at times but ended on good terms.',
      'NATO — the alliance — said it would publish the plan in full next month.',
    ];
    expect(cleanBlocks(story.map(p)).blocks.map((b) => b.text)).toEqual(story);
  });

  it('drops a caption set in brackets', () => {
    expect(isBoilerplate('[Photo: A dog walker near the canal where he pulled a child from the water. Picture: Jane Roe]')).toBe(true);
  });
});
