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

// `[!.]*` skips hidden temporary files an interrupted write may have left.
const markdownIn = (folder: string) => glob({ pattern: '[!.]*.md', base: `${contentDir}/${folder}` });

export const collections = {
  briefings: defineCollection({ loader: markdownIn('briefings'), schema: briefingSchema }),
  figures: defineCollection({ loader: markdownIn('figures'), schema: figureProfileSchema }),
  glossary: defineCollection({ loader: markdownIn('glossary'), schema: glossaryEntrySchema }),
};
