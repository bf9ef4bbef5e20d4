// A region: where it sits, what lies below with roll-ups (projects, fund flows, what is behind), and who helps whom around it.

import { NODE, SOURCES, query } from '../api.js';
import { nameTooltip, pairingGraph } from '../charts.js';
import { label, t } from '../i18n.js';
import { chart, h, muted, nodeLink, nodeName, section, shortYuan, sourceLinks, table } from '../ui.js';

const ANCESTORS = 8;

function parents(depth) {
  return depth === 0 ? '' : `parent { ${NODE} ${parents(depth - 1)} }`;
}

const REGION = `query($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Region {
      note ${SOURCES} ${parents(ANCESTORS)}
      children { ${NODE} children { ${NODE} } }
    }
  }
  projects(filter: { region: $id }, first: 100) { totalCount edges { node { ${NODE} campaign { ${NODE} } } } }
  targetProgress(scope: $id) { behind { reason item node { ${NODE} } project { ${NODE} } actual { text } target { text } ${SOURCES} } }
  pairingNetwork(around: $id, depth: 2) {
    nodes { node { ${NODE} } role distance }
    edges { helper helped mechanism period { text } cadres { text masked } pairing { ${NODE} } ${SOURCES} }
    totals { pairings parties }
  }
}`;

// The service refuses a document of more than 30 aliases (graph.limits.max-aliases): a block is three, so a
// request holds at most ten regions. A province's city has more children than that.
const ROLLUPS_PER_REQUEST = 10;

/** One aliased block per region; the page's regions go in requests of at most ROLLUPS_PER_REQUEST, side by side. */
function rollupQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$r${i}: ID!`).join(', ');
  const blocks = Array.from({ length: count }, (_, i) => `
    p${i}: projects(filter: { region: $r${i} }, first: 1) { totalCount }
    f${i}: fundSummary(scope: $r${i}) { totals { flowCount yuan complete maskedCount } }
    t${i}: targetProgress(scope: $r${i}) { summary { projects behindProjects indicators indicatorStatuses { status count } } }`).join('');
  return `query(${vars}) { ${blocks} }`;
}

export async function regionPage(route) {
  const data = await query(REGION, { id: route.id });
  const region = data.node;
  if (!region || region.__typename !== 'Region') {
    const error = new Error(route.id);
    error.code = 'NOT_FOUND';
    throw error;
  }
  const scoped = [region, ...region.children];
  const chunks = [];
  for (let i = 0; i < scoped.length; i += ROLLUPS_PER_REQUEST) {
    chunks.push(scoped.slice(i, i + ROLLUPS_PER_REQUEST));
  }
  const answers = await Promise.all(chunks.map((chunk) => query(rollupQuery(chunk.length),
    Object.fromEntries(chunk.map((r, i) => [`r${i}`, r.id])))));
  const rollups = new Map(chunks.flatMap((chunk, c) => chunk.map((r, i) => [r.id, {
    projects: answers[c][`p${i}`].totalCount,
    funds: answers[c][`f${i}`].totals,
    progress: answers[c][`t${i}`].summary,
  }])));
  return h('div', { class: 'region', 'data-id': region.id },
    h('h1', {}, `${t('regionTitle')}：${nodeName(region)} `, h('span', { class: 'tag' }, label('RegionLevel', region.level)), sourceLinks(region.sources)),
    region.note ? h('p', { class: 'muted' }, region.note) : null,
    h('p', {}, h('a', { href: `#/money/${encodeURIComponent(region.id)}`, class: 'chip' }, t('openMoney'))),
    section(t('hierarchy'), chart({ class: 'chart tree-chart', 'data-testid': 'region-tree', style: `height:${Math.max(280, 34 * region.children.length + 120)}px` },
      hierarchyTree(region, rollups)), rollupTable(scoped, rollups)),
    section(t('behindList'), behindTable(data.targetProgress.behind)),
    section(`${t('projects')} (${data.projects.totalCount})`, projectTable(data.projects)),
    section(t('pairing'), pairingView(data.pairingNetwork, region.id)));
}

function behindIndicators(progress) {
  const below = progress.indicatorStatuses.find((s) => s.status === 'BELOW_TARGET');
  return below ? below.count : 0;
}

function rollupLabel(rollup) {
  if (!rollup) {
    return '';
  }
  const money = rollup.funds.yuan != null ? shortYuan(rollup.funds.yuan) : '—';
  return `${t('projects')} ${rollup.projects} · ${money}${rollup.funds.maskedCount ? ` (+${rollup.funds.maskedCount} ${t('maskedShort')})` : ''}`
    + ` · ${t('behindIndicators')} ${behindIndicators(rollup.progress)}`;
}

function hierarchyTree(region, rollups) {
  const leaf = (r) => ({ name: nodeName(r), id: r.id, value: r.id });
  let node = {
    ...leaf(region),
    name: `${nodeName(region)}\n${rollupLabel(rollups.get(region.id))}`,
    itemStyle: { color: '#c0392b', borderColor: '#c0392b' },
    label: { fontWeight: 'bold' },
    children: region.children.map((child) => ({
      ...leaf(child),
      name: `${nodeName(child)}（${rollupLabel(rollups.get(child.id))}）`,
      children: child.children.map(leaf),
    })),
  };
  for (let up = region.parent; up; up = up.parent) {
    node = { ...leaf(up), children: [node] };
  }
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: nameTooltip },
    series: [{
      type: 'tree', data: [node], orient: 'LR', initialTreeDepth: -1, expandAndCollapse: false,
      top: 20, bottom: 20, left: 80, right: 460,
      label: { position: 'top', fontSize: 12 },
      leaves: { label: { position: 'right', align: 'left', verticalAlign: 'middle' } },
    }],
  };
}

function rollupTable(regions, rollups) {
  return table([t('node'), t('projects'), t('funds'), t('maskedCount'), t('behindProjects'), t('behindIndicators')], regions.map((r) => {
    const rollup = rollups.get(r.id);
    return [h('span', {}, nodeLink(r), ' ', h('a', { href: `#/money/${encodeURIComponent(r.id)}`, class: 'muted', title: t('openMoney') }, '¥')),
      String(rollup.projects),
      rollup.funds.yuan != null ? `${shortYuan(rollup.funds.yuan)} (${rollup.funds.flowCount})` : `— (${rollup.funds.flowCount})`,
      String(rollup.funds.maskedCount), String(rollup.progress.behindProjects), String(behindIndicators(rollup.progress))];
  }), { class: 'rollups', 'data-testid': 'rollups' });
}

export function behindTable(behind) {
  if (!behind.length) {
    return muted('—');
  }
  return table([t('type'), t('node'), t('actual'), t('target'), t('sources')], behind.map((item) => [
    label('BehindReason', item.reason),
    h('span', {}, nodeLink(item.project || item.node), item.project ? h('span', { class: 'muted' }, ` · ${item.item}`) : null),
    item.actual ? item.actual.text : '', item.target ? item.target.text : '', sourceLinks(item.sources),
  ]));
}

function projectTable(projects) {
  if (!projects.edges.length) {
    return muted('—');
  }
  return table([t('projects'), t('status'), t('campaign')], projects.edges.map(({ node }) => [
    nodeLink(node), label('ProjectStatus', node.projectStatus), node.campaign ? nodeLink(node.campaign) : '',
  ]), { 'data-testid': 'region-projects' });
}

function pairingView(network, id) {
  if (!network.edges.length) {
    return muted(t('noPairing'));
  }
  const names = new Map(network.nodes.map((party) => [party.node.id, party.node]));
  return h('div', {},
    chart({ class: 'chart graph-chart', 'data-testid': 'pairing-graph', style: 'height:420px' }, pairingGraph(network, id)),
    table([t('helper'), t('helped'), t('mechanism'), t('cadres'), t('sources')], network.edges.map((edge) => [
      nodeLink(names.get(edge.helper)), nodeLink(names.get(edge.helped)), label('PairingMechanism', edge.mechanism),
      edge.cadres ? edge.cadres.text : '', sourceLinks(edge.sources),
    ])));
}
