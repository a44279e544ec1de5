/** The name of the widget that shows a value without letting it change (registered in widgets.ts). */
export const READONLY_WIDGET = 'readonly';
