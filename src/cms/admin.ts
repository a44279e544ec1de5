/**
 * The editing interface's start-up on /admin/: registers the project's save format, the read-only
 * widget, the briefing preview and the site's styles with Decap CMS, then starts it with the
 * configuration the page generated from the zod schemas (src/cms/config.ts).
 */
import globalCss from '../styles/global.css?raw';
import briefingCss from '../styles/briefing.css?raw';
import annotationsCss from '../styles/annotations.css?raw';
import type { JsonSchema } from './fields.ts';
import { markdownFormat } from './format.ts';
import { registerReadonlyWidget } from './widgets.ts';
import { briefingPreview } from './preview.ts';
import { watchAccessibility } from './a11y.ts';
import type { MarkContext } from './render-body.ts';

/** What the admin page hands over (a JSON script element written at build time). */
export interface AdminSetup extends MarkContext {
  config: { collections: { name: string; format: string }[] } & Record<string, unknown>;
  schemas: Record<string, JsonSchema>;
}

/** Start the CMS; `setup` comes from the page. */
export function startCms(setup: AdminSetup): void {
  const { CMS, h } = window;
  if (!CMS || !h) throw new Error('Decap CMS did not load: /admin/cms/decap-cms.js is missing from the build');
  for (const c of setup.config.collections) CMS.registerCustomFormat(c.format, 'md', markdownFormat(setup.schemas[c.name]!));
  registerReadonlyWidget(CMS, h);
  CMS.registerPreviewTemplate('briefings', briefingPreview(h, setup));
  // The preview frame gets the site's own style sheets, so a briefing looks as it will on the site.
  for (const css of [globalCss, briefingCss, annotationsCss]) CMS.registerPreviewStyle(css, { raw: true });
  // The page frame's margins, which the site's layout (not these style sheets) gives a briefing.
  CMS.registerPreviewStyle('body { margin: 0; padding: 1rem var(--gap, 1.5rem); }', { raw: true });
  CMS.init({ config: setup.config });
  watchAccessibility();
}

const element = document.getElementById('cms-setup');
if (element?.textContent) startCms(JSON.parse(element.textContent) as AdminSetup);
