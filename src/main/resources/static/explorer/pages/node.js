// Any other node: its name, its kind, its relations and the sentences that state it.

import { NODE, SOURCES, query } from '../api.js';
import { label, t } from '../i18n.js';
import { h, nodeLink, nodeName, quantity, quotes, section, table } from '../ui.js';

const RELATIONS = `relations { type direction node { ${NODE} } }`;

const NODE_PAGE = `query($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Sourced { ${SOURCES} }
    ... on Campaign { ${RELATIONS} }
    ... on Indicator { actual { text masked } target { text masked } ${RELATIONS} }
    ... on FundFlow { amount { text yuan masked } flowType from { ${NODE} } to { ${NODE} } fund { ${NODE} } ${RELATIONS} }
    ... on Problem { subjects { ${NODE} } }
    ... on Rectification { problem { ${NODE} } }
    ... on Pairing { helper { ${NODE} } helped { ${NODE} } }
    ... on Responsibility { subject { ${NODE} } holder { ${NODE} } }
    ... on ProgressObservation { project { ${NODE} } }
    ... on Milestone { project { ${NODE} } }
  }
}`;

export async function nodePage(route) {
  const data = await query(NODE_PAGE, { id: route.id });
  const node = data.node;
  if (!node) {
    const error = new Error(route.id);
    error.code = 'NOT_FOUND';
    throw error;
  }
  const facts = [
    ['amount', node.amount && quantity(node.amount)], ['actual', node.actual && quantity(node.actual)],
    ['target', node.target && quantity(node.target)], ['flowType', node.flowType && label('FlowType', node.flowType)],
    ['from', node.from && nodeLink(node.from)], ['to', node.to && nodeLink(node.to)], ['fund', node.fund && nodeLink(node.fund)],
    ['helper', node.helper && nodeLink(node.helper)], ['helped', node.helped && nodeLink(node.helped)],
    ['node', (node.subject || node.project || node.problem) && nodeLink(node.subject || node.project || node.problem)],
    ['leadUnits', node.holder && nodeLink(node.holder)],
  ].filter(([, value]) => value);
  return h('div', { class: 'node-page', 'data-id': node.id },
    h('h1', {}, nodeName(node), ' ', h('span', { class: 'tag' }, label('EntityType', node.__typename))),
    facts.length ? h('dl', { class: 'facts' }, facts.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)])) : null,
    node.__typename === 'FundFlow' ? h('p', {}, [node.fund, node.to].filter(Boolean).map((end) => h('a', {
      href: `#/money/${encodeURIComponent(end.id)}`, class: 'chip',
    }, `${t('openMoney')}：${nodeName(end)}`))) : null,
    node.subjects ? h('p', {}, node.subjects.map((s, i) => [i ? '、' : '', nodeLink(s)])) : null,
    node.sources ? section(t('sources'), quotes(node.sources)) : null,
    node.relations && node.relations.length ? section(t('relations'), table([t('type'), t('node')],
      node.relations.map((r) => [`${r.direction === 'OUT' ? '→' : '←'} ${r.type}`, nodeLink(r.node)]))) : null);
}
