/**
 * Content collections, read from the top-level content folder with the same zod schemas the brief
 * command writes with (src/schema/).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingSchema } from './schema/briefing';
import { figureProfileSchema } from './schema/figure';
import { glossaryEntrySchema } from './schema/glossary';
import { contentDir } from './lib/config';

// `[!.]*` skips hidden temporary files an interrupted write may have left. Pages render the
// bodies and never read their raw Markdown, so it is not kept in the content store (a smaller
// store is faster to write and read on a large archive).
const markdownIn = (folder: string) => glob({ pattern: '[!.]*.md', base: `${contentDir}/${folder}`, retainBody: false });

export const collections = {
  briefings: defineCollection({ loader: markdownIn('briefings'), schema: briefingSchema }),
  figures: defineCollection({ loader: markdownIn('figures'), schema: figureProfileSchema }),
  glossary: defineCollection({ loader: markdownIn('glossary'), schema: glossaryEntrySchema }),
};
