import { describe, expect, it } from 'vitest';
import { groupStories, linkScore, storyPeople, storyTimeline, type StoryInput } from '../src/lib/stories';

let n = 0;
/** A briefing about `people` (most important first) with `terms`, on `date`. */
function b(date: string, people: string[], terms: string[] = []): StoryInput {
  n++;
  return { slug: `b${n}`, title: `Briefing ${n}`, date, figures: people.map((id) => ({ id, name: id.toUpperCase() })), glossary: terms.map((id) => ({ id })) };
}

describe('story threads', () => {
  it('links briefings that share a central person within the window', () => {
    const a = b('2024-03-01', ['mayor-duarte', 'x']);
    const c = b('2024-03-10', ['mayor-duarte', 'y']);
    const stories = groupStories([a, c]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.briefings.map((x) => x.slug)).toEqual([a.slug, c.slug]);
  });

  it('does not link across the time window, nor on shared terms alone', () => {
    const a = b('2024-03-01', ['mayor-duarte']);
    const late = b('2024-06-01', ['mayor-duarte']);
    const termsOnly1 = b('2024-03-02', ['p1'], ['un', 'police', 'eu']);
    const termsOnly2 = b('2024-03-03', ['p2'], ['un', 'police', 'eu']);
    expect(groupStories([a, late, termsOnly1, termsOnly2])).toEqual([]);
  });

  it('does not let a name in very many briefings chain unrelated stories together', () => {
    const many = Array.from({ length: 20 }, (_, i) => b(`2024-05-${String(i + 1).padStart(2, '0')}`, ['president', `other-${i}`]));
    expect(groupStories(many)).toEqual([]);
    // …but that name with a second shared person still links.
    const s1 = b('2024-05-03', ['president', 'envoy-kim']);
    const s2 = b('2024-05-04', ['president', 'envoy-kim']);
    const stories = groupStories([...many, s1, s2]);
    expect(stories.map((s) => s.briefings.map((x) => x.slug).sort())).toEqual([[s1.slug, s2.slug].sort()]);
  });

  it('chains a developing story through its steps and leaves undated briefings out', () => {
    const s = [b('2024-01-01', ['a', 'b']), b('2024-01-15', ['b', 'c']), b('2024-02-01', ['c', 'd'])];
    const undated = { ...b('2024-01-02', ['a']), date: undefined };
    const stories = groupStories([...s, undated]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.briefings).toEqual(s);
  });

  it('scores a shared central person 2 and caps shared terms at 2', () => {
    expect(linkScore(b('2024-01-01', ['a'], ['t1', 't2', 't3']), b('2024-01-02', ['a'], ['t1', 't2', 't3']))).toBe(4);
    expect(linkScore(b('2024-01-01', ['a']), b('2024-01-02', ['z', 'y', 'x', 'a']))).toBe(0);
  });

  it('tells what each step adds and who is in the story', () => {
    const s = groupStories([b('2024-01-01', ['a', 'b']), b('2024-01-05', ['a', 'c'])])[0]!;
    expect(storyTimeline(s).map((step) => step.newPeople.map((p) => p.id))).toEqual([[], ['c']]);
    expect(storyPeople(s).map((p) => [p.id, p.count])).toEqual([['a', 2], ['b', 1], ['c', 1]]);
  });

  it('grows about linearly: four times the briefings take about four times the time, not sixteen', () => {
    const archive = (size: number) =>
      Array.from({ length: size }, (_, i) => {
        const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10);
        return b(day, [`p${i % 997}`, `p${(i * 7) % 991}`, 'president'], [`t${i % 50}`]);
      });
    const time = (input: ReturnType<typeof archive>) => {
      const start = performance.now();
      groupStories(input);
      return performance.now() - start;
    };
    const [smallArchive, largeArchive] = [archive(5_000), archive(20_000)];
    time(archive(2000));
    // Timed in turn and the least of each kept, so a burst of load falls on both sizes alike; the
    // bound of 8 sits halfway (geometrically) between linear growth (4) and all pairs (16), since a
    // doubling test's bound between 2 and 4 leaves too little room on a loaded shared machine.
    let [small, large] = [Infinity, Infinity];
    for (let r = 0; r < 5; r++) {
      small = Math.min(small, time(smallArchive));
      large = Math.min(large, time(largeArchive));
    }
    expect(large / small).toBeLessThan(8);
  });
});
