import { describe, expect, it } from 'vitest';
import { correctionLinks } from '../src/lib/corrections';

const briefing = { slug: 'bridge-reopens', title: 'Bridge reopens after "two-year" repairs' };

describe('correction links', () => {
  it('prefill an issue that names the briefing, its page and file, and asks for the paragraph', () => {
    const links = correctionLinks(briefing, 'https://news.example/briefings/bridge-reopens/', { url: 'https://github.com/newsroom/briefings', branch: 'main' });
    const url = new URL(links.report);
    expect(url.origin + url.pathname).toBe('https://github.com/newsroom/briefings/issues/new');
    expect(url.searchParams.get('title')).toBe('Correction: Bridge reopens after "two-year" repairs');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Page: https://news.example/briefings/bridge-reopens/');
    expect(body).toContain('File: content/briefings/bridge-reopens.md');
    expect(body).toMatch(/^Paragraph/m);
    expect(links.edit).toBe('https://github.com/newsroom/briefings/edit/main/content/briefings/bridge-reopens.md');
  });

  it('fall back to the About page when the site names no repository', () => {
    const links = correctionLinks(briefing, 'https://news.example/b/', { url: '', branch: 'main' });
    expect(links.report).toMatch(/about\/#corrections$/);
    expect(links.edit).toBeUndefined();
  });
});
