// A report in full, with the quoted sentence highlighted and scrolled into view.

import { query } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../ui.js';

const DOCUMENT = `query($id: ID!) {
  node(id: $id) { id __typename ... on Document { title kind period { text } passages { index start end text } } }
}`;

/** Where to highlight: the offsets when they fit the quote, else the quote's first occurrence. */
export function locate(passages, params) {
  const quote = params.get('quote') || '';
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (params.has('start') && params.has('end') && end > start) {
    const passage = passages.find((p) => p.start <= start && end <= p.end);
    if (passage && (!quote || passage.text.slice(start - passage.start, end - passage.start) === quote)) {
      return { passage, from: start - passage.start, to: end - passage.start };
    }
  }
  if (quote) {
    for (const passage of passages) {
      const at = passage.text.indexOf(quote);
      if (at >= 0) {
        return { passage, from: at, to: at + quote.length };
      }
    }
  }
  return null;
}

export async function documentPage(route) {
  const data = await query(DOCUMENT, { id: route.id });
  const doc = data.node;
  if (!doc || doc.__typename !== 'Document') {
    const error = new Error(route.id);
    error.code = 'NOT_FOUND';
    throw error;
  }
  const hit = locate(doc.passages, route.params);
  const wanted = route.params.has('quote') || route.params.has('start');
  const body = h('article', { class: 'document-text' }, doc.passages.map((passage) => {
    if (hit && hit.passage === passage) {
      const mark = h('mark', { id: 'quote', 'data-testid': 'highlight' }, passage.text.slice(hit.from, hit.to));
      requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
      return h('p', { 'data-index': passage.index }, passage.text.slice(0, hit.from), mark, passage.text.slice(hit.to));
    }
    return h('p', { 'data-index': passage.index }, passage.text);
  }));
  return h('div', { class: 'document', 'data-id': doc.id },
    h('h1', {}, doc.title),
    doc.period ? h('p', { class: 'muted' }, doc.period.text) : null,
    wanted && !hit ? h('p', { class: 'banner warn' }, t('quoteNotFound')) : null,
    body);
}
