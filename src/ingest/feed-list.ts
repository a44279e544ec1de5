/**
 * `feeds.yml`: the feeds the scheduled workflow reads. One schema, used to read the file and to
 * check it; an error names the file and the entry.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isTimeZone } from './dates.ts';
import type { SourceSpec } from './ingest.ts';

export const feedListSchema = z.object({
  feeds: z.array(
    z.object({
      /** The feed's address (or a file or folder, for tests). */
      url: z.string().min(1),
      /** The publisher's name, written as each seed's `source`. */
      publisher: z.string().min(1),
      /** The licence the publisher grants ("CC BY 4.0"), written as each seed's `license`. */
      license: z.string().min(1).optional(),
      /** How many of the newest entries to take each run. Default 10. */
      items: z.number().int().positive().default(10),
      /** The publisher's IANA time zone ("Europe/London"), for dates. */
      timezone: z.string().refine(isTimeZone, 'not a time zone this runtime knows (use an IANA name such as Europe/London)').optional(),
    }),
  ),
});

/** Read a feeds file into sources. @throws Error naming the file and the bad entry. */
export function readFeedList(path: string): SourceSpec[] {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = feedListSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  return parsed.data.feeds.map((f) => ({ location: f.url, publisher: f.publisher, license: f.license, limit: f.items, timeZone: f.timezone }));
}
