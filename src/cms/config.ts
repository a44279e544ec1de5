/**
 * The Decap CMS configuration for /admin/, generated from the zod schemas: one collection per
 * content folder (briefings, people, glossary), each with the fields of its schema (fields.ts).
 *
 * Saves go through the GitHub backend with the editorial workflow, so each saved entry is a branch
 * and a pull request; on localhost the CMS talks to the local proxy that `npm run edit` starts
 * instead, and writes the files on disk. See docs/editing.md.
 */
import type { z } from 'zod';
import { briefingSchema } from '../schema/briefing.ts';
import { figureProfileSchema } from '../schema/figure.ts';
import { glossaryEntrySchema } from '../schema/glossary.ts';
import { fieldsOf, jsonSchemaOf, READONLY_WIDGET, type CmsField, type JsonSchema } from './fields.ts';

/** What varies between installations; every option has a default that works for local editing. */
export interface CmsOptions {
  /** GitHub repository, "owner/name" (env CMS_REPO; in GitHub Actions, the repository being built). */
  repo?: string;
  /** Branch the site is built from (env CMS_BRANCH, default "main"). */
  branch?: string;
  /** The OAuth authenticator's origin, for GitHub sign-in (env CMS_AUTH_URL); Netlify's when unset. */
  authUrl?: string;
  /** The authenticator's path for signing in (env CMS_AUTH_ENDPOINT, Decap's default "auth"). */
  authEndpoint?: string;
  /** The local proxy's API address (env DECAP_SERVER_URL); used only when the CMS runs on localhost. */
  localBackendUrl?: string;
  /** The public site, for "view live" links (env SITE_URL). */
  siteUrl?: string;
  /** Path of the content folder inside the repository (default "content"). */
  contentPath?: string;
}

/** One collection of the CMS, with the zod schema its files follow. */
export interface CollectionSpec {
  name: 'briefings' | 'figures' | 'glossary';
  label: string;
  labelSingular: string;
  schema: z.ZodType;
  /** The field that names an entry (list rows, new file names). */
  identifier: string;
  /** Editors may create new entries (briefings come from the brief command only). */
  create: boolean;
  /** Extra fields that are not frontmatter (the Markdown body). */
  extra: CmsField[];
}

/** The custom file format each collection saves with (registered in src/cms/format.ts). */
export const formatName = (collection: string) => `${collection}-markdown`;

/** The collections, in the order the editor lists them. */
export const collectionSpecs: CollectionSpec[] = [
  {
    name: 'briefings',
    label: 'Briefings',
    labelSingular: 'Briefing',
    schema: briefingSchema,
    identifier: 'title',
    create: false,
    extra: [
      {
        name: 'body',
        label: 'Source text',
        widget: READONLY_WIDGET,
        required: false,
        hint: 'The article as the brief command took it from seeds/; correct the source there.',
      },
    ],
  },
  { name: 'figures', label: 'People', labelSingular: 'Person', schema: figureProfileSchema, identifier: 'name', create: true, extra: [] },
  { name: 'glossary', label: 'Glossary', labelSingular: 'Term', schema: glossaryEntrySchema, identifier: 'term', create: true, extra: [] },
];

/** Each collection's JSON Schema, which the save format reads for key order and optional keys. */
export function collectionSchemas(): Record<string, JsonSchema> {
  return Object.fromEntries(collectionSpecs.map((c) => [c.name, jsonSchemaOf(c.schema)]));
}

/** The options from the environment (the admin page reads them at build time or in `npm run edit`). */
export function optionsFromEnv(env: Record<string, string | undefined> = process.env): CmsOptions {
  return {
    repo: env.CMS_REPO || env.GITHUB_REPOSITORY,
    branch: env.CMS_BRANCH,
    authUrl: env.CMS_AUTH_URL,
    authEndpoint: env.CMS_AUTH_ENDPOINT,
    localBackendUrl: env.DECAP_SERVER_URL,
    siteUrl: env.SITE_URL,
  };
}

/** The whole CMS configuration, as passed to `CMS.init({ config })`. */
export function cmsConfig(options: CmsOptions = {}) {
  const content = (options.contentPath ?? 'content').replace(/\/+$/, '');
  return {
    // The configuration is given here, not read from a config.yml beside the page.
    load_config_file: false,
    backend: {
      name: 'github',
      repo: options.repo || 'OWNER/REPOSITORY',
      branch: options.branch || 'main',
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
      ...(options.authEndpoint ? { auth_endpoint: options.authEndpoint } : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Create {{collection}} “{{slug}}”',
        update: 'Update {{collection}} “{{slug}}”',
        delete: 'Delete {{collection}} “{{slug}}”',
      },
    },
    // Each save is a branch and a pull request: Drafts → In review → Ready.
    publish_mode: 'editorial_workflow',
    // Only on localhost: the proxy started by `npm run edit` (decap-server), writing files on disk.
    local_backend: options.localBackendUrl ? { url: options.localBackendUrl } : true,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Content has no images; Decap requires a media folder all the same.
    media_folder: 'public/uploads',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: collectionSpecs.map((c) => ({
      name: c.name,
      label: c.label,
      label_singular: c.labelSingular,
      folder: `${content}/${c.name}`,
      extension: 'md',
      format: formatName(c.name),
      create: c.create,
      delete: false,
      identifier_field: c.identifier,
      slug: '{{slug}}',
      summary: `{{${c.identifier}}}`,
      sortable_fields: [c.identifier],
      fields: [...fieldsOf(jsonSchemaOf(c.schema)), ...c.extra],
    })),
  };
}
