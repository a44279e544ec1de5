/**
 * The read-only widget: what the brief command owns (hashes, mention counts, the slug, the source
 * text) is shown in the form, labelled like every field, but cannot be changed there. Decap CMS
 * has no read-only option; its `hidden` widget would hide these values from the editor entirely.
 */
import { plain, type H } from './decap.ts';
import { READONLY_WIDGET } from './readonly.ts';

/** A value as text: nested objects one `key: value` per line, lists one item per line. */
export function displayValue(value: unknown): string {
  const v = plain(value);
  if (v === undefined || v === null || v === '') return '—';
  if (Array.isArray(v)) return v.map(displayValue).join('\n');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${displayValue(x)}`).join('\n');
  return String(v);
}

/** Register the widget with the CMS. */
export function registerReadonlyWidget(cms: { registerWidget(name: string, control: unknown, preview?: unknown): void }, h: H): void {
  // The value is never passed to onChange, so the entry keeps exactly what the file had.
  const control = ({ value, forID, classNameWrapper }: { value: unknown; forID: string; classNameWrapper: string }) =>
    h('output', { id: forID, className: `${classNameWrapper} cms-readonly` }, displayValue(value));
  const preview = ({ value }: { value: unknown }) => h('span', { className: 'cms-readonly-preview' }, displayValue(value));
  cms.registerWidget(READONLY_WIDGET, control, preview);
}
