/**
 * Links a reader uses to correct a briefing: a prefilled issue on the repository host naming the
 * briefing, its file and a place for the paragraph, and an edit link for the briefing's file, so
 * the correction arrives as a pull request an editor reviews. Without a repository in the site
 * settings, the report link leads to the About page's corrections section.
 */
import type { Briefing } from '../schema/briefing';
import { repository } from './site';
import { href } from './urls';

/** The report link and, where the repository is known, the edit link. */
export interface CorrectionLinks {
  report: string;
  edit?: string;
}

/** The file that holds a briefing, relative to the repository's root. */
export const briefingFile = (slug: string) => `content/briefings/${slug}.md`;

/** Correction links for a briefing shown at `pageUrl`. */
export function correctionLinks(b: Pick<Briefing, 'slug' | 'title'>, pageUrl: string, repo = repository): CorrectionLinks {
  if (!repo.url) return { report: href('about/#corrections') };
  const body = [
    `Briefing: ${b.title}`,
    `Page: ${pageUrl}`,
    `File: ${briefingFile(b.slug)}`,
    '',
    'Paragraph (the ¶ number beside the text, or "summary", "key point 2", a person\'s name): ',
    '',
    'What is wrong: ',
    '',
    'What it should say, and where that is stated: ',
  ].join('\n');
  const query = new URLSearchParams({ title: `Correction: ${b.title}`, body, labels: 'correction' });
  return {
    report: `${repo.url}/issues/new?${query}`,
    edit: `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${briefingFile(b.slug)}`,
  };
}
