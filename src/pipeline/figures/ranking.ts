/**
 * Order people by how much the story is about them: how often they are named, whether they are
 * quoted, and how early they first appear.
 */

/** What ranking needs to know about a person. */
export interface RankInput {
  mentions: number;
  quoteCount: number;
  /** 0-based paragraph of the first mention. */
  firstParagraph: number;
  /** Stable tie-breaker: order of first appearance. */
  order: number;
}

/** Importance score; higher comes first. */
export function importance(p: RankInput): number {
  const early = p.firstParagraph === 0 ? 2 : p.firstParagraph <= 2 ? 1 : 0;
  return p.mentions + (p.quoteCount > 0 ? 2 + Math.min(p.quoteCount, 3) : 0) + early;
}

/** Sort people, most important first; ties keep the order of first appearance. */
export function rank<T extends RankInput>(people: T[]): T[] {
  return [...people].sort((a, b) => importance(b) - importance(a) || a.order - b.order);
}
