/**
 * The globals the Decap CMS bundle (decap-cms/dist/decap-cms.js) sets on the admin page: the `CMS`
 * registry and React's `createElement` as `h`. Typed here to the little this project uses.
 */
import type { CmsField } from './fields.ts';

/** An Immutable.js value as Decap passes it to widgets and previews. */
export interface Immutable {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  toJS(): unknown;
}

/** React's createElement, as the bundle exposes it. */
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: object, sortedKeys?: string[]): string }): void;
}

declare global {
  interface Window {
    CMS?: DecapCms;
    h?: H;
    CMS_MANUAL_INIT?: boolean;
  }
}

/** Plain JavaScript from an Immutable value (or the value itself when it is plain already). */
export function plain<T = unknown>(value: unknown): T {
  return (value && typeof (value as Immutable).toJS === 'function' ? (value as Immutable).toJS() : value) as T;
}

export type { CmsField };
