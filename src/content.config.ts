/**
 * Content collections, read from the top-level content folder with the same zod schemas the brief
 * command writes with (src/schema/), through the same gate `npm run check` applies
 * (src/lib/checked-glob.ts).
 */
import { defineCollection } from 'astro:content';
import { briefingSchema } from './schema/briefing';
import { figureProfileSchema } from './schema/figure';
import { glossaryEntrySchema } from './schema/glossary';
import { contentDir } from './lib/config';
import { checkedGlob } from './lib/checked-glob';

export const collections = {
  briefings: defineCollection({ loader: checkedGlob({ contentDir, collection: 'briefings' }), schema: briefingSchema }),
  // A profile's or entry's address is its file name; a `slug` field must not take another's page.
  figures: defineCollection({ loader: checkedGlob({ contentDir, collection: 'figures', idFromFileName: true }), schema: figureProfileSchema }),
  glossary: defineCollection({ loader: checkedGlob({ contentDir, collection: 'glossary', idFromFileName: true }), schema: glossaryEntrySchema }),
};
