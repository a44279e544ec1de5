/**
 * The search UI's configuration, shared by the search page and the lazily loaded search modal:
 * which Pagefind filters to offer, and how a result shows a briefing (date, source, summary).
 */

/**
 * Pagefind filters (names as in `data-pagefind-filter`) offered as dropdowns, with their labels.
 * People are not among them: they are a type-ahead (see src/lib/person-filter.js), since a list
 * of every name grows with the archive.
 */
export const searchFilters = [
  { name: 'place', label: 'Places & organisations' },
  { name: 'source', label: 'Source' },
] as const;

export const searchPlaceholder = 'Search briefings, people, terms';

/**
 * Results drawn at first, and drawn more each time the reader asks. Pagefind's results list draws
 * a placeholder for every match at once: a common name matches thousands of briefings in a large
 * archive, and drawing them all took seconds before the first result showed.
 */
export const resultsStep = 30;

/** The results list with its template, and the button that draws more of them. */
export const resultsHtml =
  `<pagefind-results hide-sub-results max-results="${resultsStep}"><script type="text/pagefind-template">RESULT</script></pagefind-results>` +
  `<button type="button" class="search-more" hidden>More results</button>`;

/**
 * A result, in Pagefind's component UI template language: what it is (briefing or term), the
 * title, date and source, the summary (a briefing's summary, a term's definition), and for
 * briefings the excerpt around the match (`{{+ +}}` keeps its <mark>s).
 * Pages set `kind`, `summary`, `published` and `source` with data-pagefind-meta.
 */
export const resultTemplate = `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title">{{#if meta.kind}}<span class="result-kind">{{ meta.kind }}</span> {{/if}}<a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
{{#if meta.published}}<p class="result-meta">{{ meta.published }}{{#if meta.source}} · {{ meta.source }}{{/if}}</p>{{/if}}
{{#if meta.summary}}<p class="result-summary">{{ meta.summary }}</p>{{/if}}
{{#if eq(meta.kind, "Briefing")}}{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}{{/if}}
</div></div></li>`;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The filters as HTML: the people type-ahead (a search box whose suggestions the search script
 * fills as the reader types), then the dropdowns. `id` tells apart the search page's and the
 * modal's suggestion lists.
 */
export function filtersHtml(id = 'search'): string {
  const people =
    `<label class="person-filter">People <input type="search" class="person-input" list="${id}-people" autocomplete="off" spellcheck="false" placeholder="Type a name"></label>` +
    `<datalist id="${id}-people"></datalist>`;
  return people + searchFilters
    .map((f) => `<pagefind-filter-dropdown filter="${f.name}" label="${escapeAttr(f.label)}" hide-clear></pagefind-filter-dropdown>`)
    .join('');
}

/**
 * The row of people the query names, above the results, filled by the search script from the
 * people type-ahead's files: person pages are found there, by name, rather than in Pagefind's
 * full-text index, whose first download grows with every page it holds.
 */
export const peopleRowHtml = '<ul class="search-people" aria-label="People"></ul>';

/** The search modal's markup: config, input, filters, people, summary, results with the template, hints. */
export function modalHtml(bundlePath: string): string {
  return (
    `<pagefind-modal><pagefind-config bundle-path="${escapeAttr(bundlePath)}"></pagefind-config>` +
    `<pagefind-modal-header><pagefind-input placeholder="${escapeAttr(searchPlaceholder)}"></pagefind-input></pagefind-modal-header>` +
    `<pagefind-modal-body><div class="search-filters">${filtersHtml('search-modal')}</div><p class="search-rewrite" role="status"></p>${peopleRowHtml}<pagefind-summary></pagefind-summary>` +
    `${resultsHtml.replace('RESULT', resultTemplate)}</pagefind-modal-body>` +
    `<pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer></pagefind-modal>`
  );
}
