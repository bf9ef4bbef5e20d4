// The landing page: the search box's examples, then what is behind, the largest funds and the reports.

import { NODE, part, query } from '../api.js';
import { label, t } from '../i18n.js';
import { h, later, nodeHref, nodeLink, nodeName, quantity, section, table } from '../ui.js';
import { ROWS, behindTable } from './region.js';

// Everything behind in the whole graph, asked apart: on a province it takes seconds, and may be more than one
// answer may hold.
const BEHIND = `{
  targetProgress(behindOnly: true) {
    behind(first: ${ROWS}) { reason item node { ${NODE} } project { ${NODE} } actual { text } target { text } }
    summary { behindReasons { count } }
  }
}`;

const HOME = `{
  funds(orderBy: { field: AMOUNT, direction: DESC }, first: 10) {
    edges { node { ${NODE} amount { text yuan masked } sourceType } }
  }
  documents(orderBy: { field: ID, direction: ASC }, first: 50) { edges { node { ${NODE} period { text } } } }
  regions(filter: { levels: [PROVINCE, CITY, COUNTY] }, orderBy: { field: DOCUMENT_ORDER }, first: 60) {
    edges { node { ${NODE} parent { ${NODE} } } }
  }
}`;

const EXAMPLES = ['S216', '88.84亿元', '张河村', '新增债券', '整改'];

export async function homePage() {
  const behind = part(query(BEHIND));
  const data = await query(HOME);
  return h('div', { class: 'home' },
    h('h1', {}, t('homeTitle')),
    h('p', { class: 'lead' }, t('homeIntro')),
    h('p', { class: 'examples' }, t('tryThese'), EXAMPLES.map((q) => h('a', {
      href: `#/search?${new URLSearchParams({ q })}`, class: 'chip',
    }, q))),
    h('div', { class: 'grid' },
      section(t('behindItems'), later(behind, (answer) => (answer.tooLarge
        ? h('p', { class: 'banner warn', 'data-testid': 'home-behind-too-large' }, t('tooLarge'))
        : behindTable(answer.data.targetProgress, { 'data-testid': 'home-behind' })))),
      section(t('largestFunds'), table([t('node'), t('amount'), t('type')], data.funds.edges.map(({ node }) => [
        nodeLink(node), quantity(node.amount), label('FundSourceType', node.sourceType),
      ]))),
      section(t('documents'), h('ul', {}, data.documents.edges.map(({ node }) => h('li', {},
        nodeLink(node), node.period ? h('span', { class: 'muted' }, ` · ${node.period.text}`) : null)))),
      section(t('regions'), h('p', { class: 'region-chips' }, data.regions.edges.map(({ node }) => h('a', {
        href: nodeHref(node), class: 'chip', title: node.parent ? nodeName(node.parent) : '',
      }, regionChip(node)))))));
}

/** A masked name such as xx says little alone: its parent tells it apart. */
function regionChip(region) {
  const name = region.masked && region.parent ? `${nodeName(region)}（${nodeName(region.parent)}）` : nodeName(region);
  return `${name} · ${label('RegionLevel', region.level)}`;
}
