// A region: where it sits, what lies below with roll-ups (projects, fund flows, what is behind), and who helps whom around it.

import { NODE, SOURCES, part, query } from '../api.js';
import { nameTooltip, pairingGraph } from '../charts.js';
import { label, t } from '../i18n.js';
import { chart, h, later, muted, nodeLink, nodeName, section, shortYuan, sourceLinks, table } from '../ui.js';

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
}`;

// The service refuses a document of more than 30 aliases (graph.limits.max-aliases): a block is three, so a
// request could hold ten regions. It holds five, and two go at a time: a province's 31 roll-ups sent at once
// (each city's money and targets summed) ran every request past the 30 s limit on a two-core server.
const ROLLUPS_PER_REQUEST = 5;
const ROLLUP_REQUESTS_AT_ONCE = 2;

// Rows a list on this page shows (the API pages by 100 at most); a county of a province has thousands of items
// behind and of pairings.
export const ROWS = 100;

// Who helps whom around the region, asked apart so that the rest of the page need not wait for it: every party
// and pairing for the drawing, and the table's first rows with their sentences. A province's network (20,000
// pairings on L) with every pairing's sentences was an 11 MB answer that took 7 s.
const PAIRING = `query($id: ID!) {
  pairingNetwork(around: $id, depth: 2) {
    nodes { node { ${NODE} } role distance }
    edges { helper helped mechanism cadres { text } }
    listed: edges(first: ${ROWS}) { helper helped mechanism period { text } cadres { text masked } pairing { ${NODE} } ${SOURCES} }
    totals { pairings parties }
  }
}`;

// A region's roll-up of its targets.
const PROGRESS_SUMMARY = 'projects behindProjects indicators indicatorStatuses { status count }';

// What is behind in the region, asked apart: a province's is more than one answer may hold, and it takes longest.
// Its summary is also the region's own roll-up of targets, which a province took seconds to sum twice.
const BEHIND = `query($id: ID!) {
  targetProgress(scope: $id) {
    behind(first: ${ROWS}) { reason item node { ${NODE} } project { ${NODE} } actual { text } target { text } ${SOURCES} }
    summary { behindReasons { count } ${PROGRESS_SUMMARY} }
  }
}`;

// Parties a force layout draws legibly, and in reasonable time.
const DRAWN_PARTIES = 400;

/** One aliased block per region; the page's regions go in requests of at most ROLLUPS_PER_REQUEST. */
function rollupQuery(count, progress) {
  const vars = Array.from({ length: count }, (_, i) => `$r${i}: ID!`).join(', ');
  const blocks = Array.from({ length: count }, (_, i) => `
    p${i}: projects(filter: { region: $r${i} }, first: 1) { totalCount }
    f${i}: fundSummary(scope: $r${i}) { totals { flowCount yuan complete maskedCount } }${progress ? `
    t${i}: targetProgress(scope: $r${i}) { summary { ${PROGRESS_SUMMARY} } }` : ''}`).join('');
  return `query(${vars}) { ${blocks} }`;
}

/**
 * The roll-ups of some regions, with their targets when `progress`. Regions whose targets are too many to sum in
 * the time a request may take are asked again without them, and their target columns show a dash. When even their
 * money is too much (a province's, on a busy machine), their row shows dashes.
 */
async function rollupChunk({ chunk, progress }) {
  const variables = Object.fromEntries(chunk.map((r, i) => [`r${i}`, r.id]));
  const full = await part(query(rollupQuery(chunk.length, progress), variables));
  const data = full.data || (progress ? (await part(query(rollupQuery(chunk.length, false), variables))).data : null);
  return chunk.map((r, i) => [r.id, data ? {
    projects: data[`p${i}`].totalCount,
    funds: data[`f${i}`].totals,
    progress: data[`t${i}`] ? data[`t${i}`].summary : null,
  } : { projects: null, funds: null, progress: null }]);
}

/** `work` over every item, at most `atOnce` at a time; the answers in the items' order. */
async function inTurn(items, work, atOnce) {
  const answers = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      answers[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return answers;
}

/** Known yuan (and flows) of a roll-up, or a dash. */
function rollupMoney(funds) {
  if (!funds) {
    return '—';
  }
  return funds.yuan != null ? `${shortYuan(funds.yuan)} (${funds.flowCount})` : `— (${funds.flowCount})`;
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
  // The region's own targets come with what is behind in it. Its money and projects are asked alone and last:
  // a province's take 16-19 s on their own, and beside the list of what is behind they ran past the time limit.
  const chunks = [];
  for (let i = 0; i < region.children.length; i += ROLLUPS_PER_REQUEST) {
    chunks.push({ chunk: region.children.slice(i, i + ROLLUPS_PER_REQUEST), progress: true });
  }
  chunks.push({ chunk: [region], progress: false });
  const behind = part(query(BEHIND, { id: route.id }));
  const pairing = part(query(PAIRING, { id: route.id }));
  const answers = await inTurn(chunks, rollupChunk, ROLLUP_REQUESTS_AT_ONCE);
  const rollups = new Map(answers.flat());
  const own = await behind.catch(() => null);
  if (own && own.data) {
    rollups.get(region.id).progress = own.data.targetProgress.summary;
  }
  return h('div', { class: 'region', 'data-id': region.id },
    h('h1', {}, `${t('regionTitle')}：${nodeName(region)} `, h('span', { class: 'tag' }, label('RegionLevel', region.level)), sourceLinks(region.sources)),
    region.note ? h('p', { class: 'muted' }, region.note) : null,
    h('p', {}, h('a', { href: `#/money/${encodeURIComponent(region.id)}`, class: 'chip' }, t('openMoney'))),
    section(t('hierarchy'), chart({ class: 'chart tree-chart', 'data-testid': 'region-tree', style: `height:${Math.max(280, 34 * region.children.length + 120)}px` },
      hierarchyTree(region, rollups)), rollupTable(scoped, rollups)),
    section(t('behindList'), later(behind, (answer) => (answer.tooLarge
      ? h('p', { class: 'banner warn', 'data-testid': 'behind-too-large' }, t('tooLarge'))
      : behindTable(answer.data.targetProgress, { 'data-testid': 'region-behind' })))),
    section(`${t('projects')} (${data.projects.totalCount})`, projectTable(data.projects)),
    section(t('pairing'), later(pairing, (answer) => (answer.tooLarge
      ? h('p', { class: 'banner warn', 'data-testid': 'pairing-too-large-answer' }, t('tooLarge'))
      : pairingView(answer.data.pairingNetwork, region.id)))));
}

function behindIndicators(progress) {
  if (!progress) {
    return '—';
  }
  const below = progress.indicatorStatuses.find((s) => s.status === 'BELOW_TARGET');
  return below ? below.count : 0;
}

function rollupLabel(rollup) {
  if (!rollup) {
    return '';
  }
  const money = rollup.funds && rollup.funds.yuan != null ? shortYuan(rollup.funds.yuan) : '—';
  return `${t('projects')} ${rollup.projects ?? '—'} · ${money}${rollup.funds && rollup.funds.maskedCount ? ` (+${rollup.funds.maskedCount} ${t('maskedShort')})` : ''}`
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
      String(rollup.projects ?? '—'), rollupMoney(rollup.funds),
      rollup.funds ? String(rollup.funds.maskedCount) : '—', rollup.progress ? String(rollup.progress.behindProjects) : '—',
      String(behindIndicators(rollup.progress))];
  }), { class: 'rollups', 'data-testid': 'rollups' });
}

/**
 * What is behind: the first ROWS entries the API gave (behind(first:)), and how many there are in all from the
 * summary; sources when the answer has them.
 */
export function behindTable(progress, attrs = {}) {
  const { behind } = progress;
  const total = progress.summary.behindReasons.reduce((sum, reason) => sum + reason.count, 0);
  if (!behind.length) {
    return muted('—');
  }
  const sources = behind.some((item) => item.sources);
  return h('div', {},
    table([t('type'), t('node'), t('actual'), t('target'), sources ? t('sources') : null].filter(Boolean), behind.map((item) => [
      label('BehindReason', item.reason),
      h('span', {}, nodeLink(item.project || item.node), item.project ? h('span', { class: 'muted' }, ` · ${item.item}`) : null),
      item.actual ? item.actual.text : '', item.target ? item.target.text : '', sources ? sourceLinks(item.sources) : null,
    ].filter((cell) => cell !== null)), attrs),
    total > behind.length ? muted(t('firstRows', { shown: behind.length, total })) : null);
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
  const drawn = network.nodes.length <= DRAWN_PARTIES;
  const { listed, totals } = network;
  return h('div', {},
    drawn ? chart({ class: 'chart graph-chart', 'data-testid': 'pairing-graph', style: 'height:420px' }, pairingGraph(network, id))
      : h('p', { class: 'banner info', 'data-testid': 'pairing-too-large' }, t('networkTooLarge', {
        parties: totals.parties, pairings: totals.pairings, shown: listed.length,
      })),
    table([t('helper'), t('helped'), t('mechanism'), t('cadres'), t('sources')], listed.map((edge) => [
      nodeLink(names.get(edge.helper)), nodeLink(names.get(edge.helped)), label('PairingMechanism', edge.mechanism),
      edge.cadres ? edge.cadres.text : '', sourceLinks(edge.sources),
    ]), { 'data-testid': 'pairings' }),
    drawn && totals.pairings > listed.length ? muted(t('firstRows', { shown: listed.length, total: totals.pairings })) : null);
}
