// Search: one box, Chinese full-text through `search`, hits grouped by kind, each with the quote that matched.

import { NODE, SOURCES, query } from '../api.js';
import { label, t } from '../i18n.js';
import { h, muted, nodeLink, section, sourceHref } from '../ui.js';

const SEARCH = `query($text: String!) {
  search(text: $text, first: 100) {
    totalCount
    edges { node { type score matchedQuote node { ${NODE} ... on Sourced { ${SOURCES} } } } }
  }
}`;

export async function searchPage(route) {
  const q = (route.params.get('q') || '').trim();
  if (!q) {
    return muted(t('noResults'));
  }
  const data = await query(SEARCH, { text: q });
  const hits = data.search.edges.map((edge) => edge.node);
  const groups = new Map();
  for (const hit of hits) {
    if (!groups.has(hit.type)) {
      groups.set(hit.type, []);
    }
    groups.get(hit.type).push(hit);
  }
  return h('div', { class: 'search' },
    h('h1', { 'data-testid': 'search-count' }, t('resultsFor', { q, n: data.search.totalCount })),
    hits.length ? null : muted(t('noResults')),
    [...groups].map(([type, group]) => h('section', { class: 'card', 'data-kind': type },
      h('h2', {}, `${label('EntityType', type)} (${group.length})`),
      h('ul', { class: 'hits' }, group.map(hitItem)))));
}

function hitItem(hit) {
  const sources = hit.node.sources || [];
  const source = sources.find((s) => s.quote === hit.matchedQuote) || sources[0];
  const quoteText = hit.matchedQuote || (source && source.quote);
  return h('li', { class: 'hit', 'data-id': hit.node.id },
    nodeLink(hit.node),
    quoteText ? h('blockquote', {}, source
      ? h('a', { href: sourceHref({ ...source, quote: quoteText }), class: 'quote' }, `“${quoteText}”`)
      : `“${quoteText}”`, source ? h('span', { class: 'muted' }, ` — ${source.document.title}`) : null) : null);
}
