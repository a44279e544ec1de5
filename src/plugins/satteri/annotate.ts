/**
 * The marks of ../rehype-annotate.ts for Sätteri: the first mention of each of a briefing's
 * glossary terms and people becomes a link with an explanation (the marks come from the same
 * `findMarks`). Each marked text node is replaced by its text split around the marks; the rest of
 * the tree is left alone.
 */
import type { Root } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { findMarks } from '../annotate-marks.ts';
import { annotateContext, type AnnotateOptions } from '../rehype-annotate.ts';
import { frontmatterOf } from './frontmatter.ts';

/** A hook for a Sätteri hast plugin that marks a body; the glossary and profiles are read once, here. */
export function markMentions(options: AnnotateOptions = {}): (root: Root, ctx: HastVisitorContext) => void {
  const context = annotateContext(options);
  return (root, ctx) => {
    const frontmatter = frontmatterOf(ctx);
    if (!frontmatter) return;
    for (const { text, parts } of findMarks(root, frontmatter, context)) ctx.replaceNode(text, parts);
  };
}
