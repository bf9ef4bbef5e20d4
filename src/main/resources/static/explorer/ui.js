// Small DOM helpers shared by the pages: element building, node names and links, money, sources.

import { t, label, lang } from './i18n.js';

/** Builds an element: h('a', { href: '#/' }, 'text', child, …). Attributes starting with "on" become listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) {
      continue;
    }
    if (key.startsWith('on')) {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? '' : value);
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) {
      continue;
    }
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The name a person would call a node by, whatever its kind. */
export function nodeName(node) {
  if (!node) {
    return '';
  }
  return node.name || node.title || node.problemName || node.description || node.rectificationName || node.pairingName
    || node.item || [node.typeText, node.role, node.holderTitle].filter(Boolean).join(' ') || node.id;
}

/** The page that shows a node best. */
export function nodeHref(node) {
  const id = encodeURIComponent(node.id);
  switch (node.__typename) {
    case 'Project': return `#/project/${id}`;
    case 'Region': return `#/region/${id}`;
    case 'Fund':
    case 'Organization': return `#/money/${id}`;
    case 'Document': return `#/document/${id}`;
    default: return `#/node/${id}`;
  }
}

export function nodeLink(node) {
  if (!node) {
    return h('span', { class: 'muted' }, t('notStated'));
  }
  return h('a', { href: nodeHref(node), class: `node node-${node.__typename}`, title: node.id }, nodeName(node));
}

/** A link to the document view with the quoted sentence highlighted. */
export function sourceHref(source) {
  const params = new URLSearchParams({ start: source.start, end: source.end, quote: source.quote });
  return `#/document/${encodeURIComponent(source.document.id)}?${params}`;
}

export function sourceLinks(sources) {
  if (!sources || !sources.length) {
    return null;
  }
  return h('span', { class: 'sources' }, sources.map((source, i) => h('a', {
    href: sourceHref(source), class: 'source', title: `${source.document.title}：${source.quote}`,
  }, `[${i + 1}]`)));
}

/** The quotes themselves, each a link to its place in the report. */
export function quotes(sources) {
  if (!sources || !sources.length) {
    return null;
  }
  return h('ul', { class: 'quotes' }, sources.map((source) => h('li', {},
    h('a', { href: sourceHref(source), class: 'quote' }, `“${source.quote}”`),
    h('span', { class: 'muted' }, ` — ${source.document.title}`))));
}

function groupDigits(integer) {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Exact decimal yuan, digits grouped, as the API gives them. */
export function exactYuan(yuan) {
  const [integer, fraction] = String(yuan).split('.');
  return groupDigits(integer) + (fraction ? `.${fraction}` : '') + (lang() === 'en' ? ' yuan' : ' 元');
}

/** Yuan in the units the reports use: 亿元 from a hundred million up, 万元 from ten thousand. */
export function shortYuan(yuan) {
  if (yuan == null) {
    return '';
  }
  const value = Number(yuan);
  const abs = Math.abs(value);
  if (abs >= 1e8) {
    return `${(value / 1e8).toFixed(2)}亿元`;
  }
  if (abs >= 1e4) {
    return `${Number((value / 1e4).toFixed(2))}万元`;
  }
  return `${value}元`;
}

/** A stated figure: its text as written, masked figures marked as such. */
export function quantity(q) {
  if (!q) {
    return h('span', { class: 'muted' }, '—');
  }
  return h('span', { class: q.masked ? 'qty masked' : 'qty', title: q.yuan ? exactYuan(q.yuan) : (q.asOf || '') },
    q.text, q.masked ? h('span', { class: 'tag' }, label('FlagCode', 'MASKED_AMOUNT')) : null);
}

export function table(headers, rows, attrs = {}) {
  return h('table', attrs,
    h('thead', {}, h('tr', {}, headers.map((head) => h('th', {}, head)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}

export function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...content);
}

export function muted(text) {
  return h('p', { class: 'muted' }, text);
}

export function percent(ratio) {
  return ratio == null ? '' : `${Math.round(ratio * 1000) / 10}%`;
}

/** An ECharts chart in a sized box, drawn as SVG so its labels stay readable text. */
export function chart(attrs, option) {
  const box = h('div', attrs);
  requestAnimationFrame(() => {
    const instance = window.echarts.init(box, null, { renderer: 'svg' });
    instance.setOption(option);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box);
    box.dispose = () => {
      observer.disconnect();
      instance.dispose();
    };
  });
  return box;
}

/**
 * A part of a page that fills in when its answer comes: the rest of the page does not wait for it (on a province,
 * everything behind in the whole graph takes seconds). `render` gets the answer; a failure shows in the part.
 */
export function later(promise, render, attrs = {}) {
  const box = h('div', { ...attrs, 'data-loading': 'true' }, h('p', { class: 'muted' }, t('loading')));
  promise.then((answer) => box.replaceChildren(render(answer)))
    .catch((e) => box.replaceChildren(h('p', { class: 'banner error' }, `${t('failed')}${e.message}`)))
    .finally(() => { box.dataset.loading = 'false'; });
  return box;
}
