/**
 * Names and contrast for the parts of Decap CMS's own interface that lack them, so the editor's
 * screens pass axe-core without serious violations (tests/e2e/cms.test.ts):
 * - list items' icon buttons (show/hide, remove) and drag handles have no accessible name;
 * - the preview frame has no title;
 * - a few greys fall below 4.5:1 contrast (fixed in the admin page's style sheet).
 * Decap renders these with generated class names and re-renders often, so the names are added by
 * a MutationObserver rather than once. Each fix only fills in what is missing.
 */

/** Give `el` a name unless it has one. */
function nameIfMissing(el: Element, name: string): void {
  if (!el.getAttribute('aria-label') && !(el.textContent ?? '').trim()) el.setAttribute('aria-label', name);
}

/** One pass over the document. */
export function addMissingNames(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll('iframe:not([title])')) frame.setAttribute('title', 'Preview of the entry as the site shows it');
  for (const handle of root.querySelectorAll('[role="button"][aria-roledescription="sortable"]')) nameIfMissing(handle, 'Drag to reorder this item');
  // A list item's top bar: [show/hide] [drag handle] [remove], the buttons holding only an icon.
  for (const bar of root.querySelectorAll('[class*="ListItemTopBar"]')) {
    const buttons = [...bar.querySelectorAll(':scope > button')];
    const handle = bar.querySelector(':scope > [aria-roledescription="sortable"]');
    for (const button of buttons) {
      const afterHandle = handle ? handle.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING : button !== buttons[0];
      nameIfMissing(button, afterHandle || (buttons.length > 1 && button === buttons[buttons.length - 1]) ? 'Remove this item' : 'Show or hide this item');
    }
  }
  // Any other button that holds only an icon gets the icon's meaning from its title, if it has one.
  for (const button of root.querySelectorAll('button:not([aria-label])')) {
    const title = button.getAttribute('title');
    if (title) nameIfMissing(button, title);
  }
}

/** Keep adding names as Decap renders. */
export function watchAccessibility(): void {
  let queued = false;
  const run = () => {
    queued = false;
    addMissingNames();
  };
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(run);
    }
  }).observe(document.body, { childList: true, subtree: true });
  run();
}
