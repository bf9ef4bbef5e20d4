// ECharts options built from API answers: the accountability tree, the money Sankey, the pairing graph.

import { label, t } from './i18n.js';
import { nodeName, shortYuan } from './ui.js';

const BREAK_COLOR = '#c0392b';

/** Tooltips are HTML: names and amounts from the reports are escaped before they go in. */
const escape = (text) => window.echarts.format.encodeHTML(String(text));

/** A tooltip showing a multi-line name, escaped. */
export const nameTooltip = (p) => escape(p.name).replace('\n', '<br>');
const TOP_COLOR = '#b8860b';
const MASKED_COLOR = '#9e9e9e';
const LABELLED_BANDS = 40;
const FUND_COLORS = ['#5b8ff9', '#5ad8a6', '#f6bd16', '#e8684a', '#6dc8ec', '#9270ca', '#ff9d4d', '#269a99'];

/**
 * The chain as a tree rooted at the subject: each node's children are those that answer for it. Links between
 * the same two nodes are merged; a node reached again along its own path is not expanded again.
 */
export function chainTree(chain) {
  const nodes = new Map([[chain.subject.id, chain.subject]]);
  const up = new Map();
  for (const link of chain.links) {
    nodes.set(link.from.id, link.from);
    nodes.set(link.to.id, link.to);
    const key = `${link.from.id}->${link.to.id}`;
    if (!up.has(link.from.id)) {
      up.set(link.from.id, new Map());
    }
    const edges = up.get(link.from.id);
    const edge = edges.get(key) || { to: link.to.id, kinds: [], roles: [] };
    const kind = label('AccountabilityLinkKind', link.kind);
    if (!edge.kinds.includes(kind)) {
      edge.kinds.push(kind);
    }
    if (link.role && !edge.roles.includes(link.role)) {
      edge.roles.push(link.role);
    }
    edges.set(key, edge);
  }
  const tops = new Set(chain.top.map((node) => node.id));
  const breaksAt = new Map();
  for (const gap of chain.breaks) {
    breaksAt.set(gap.at.id, [...(breaksAt.get(gap.at.id) || []), gap]);
  }
  const build = (id, via, path) => {
    const node = nodes.get(id);
    const children = [];
    if (!path.has(id)) {
      const next = new Set(path).add(id);
      for (const edge of (up.get(id) || new Map()).values()) {
        children.push(build(edge.to, [...edge.kinds, ...edge.roles].join(' · '), next));
      }
      for (const gap of breaksAt.get(id) || []) {
        children.push({
          name: `✕ ${t('breaks')}：${label('ChainGap', gap.missing)}`,
          itemStyle: { color: BREAK_COLOR, borderColor: BREAK_COLOR },
          label: { color: BREAK_COLOR },
        });
      }
    }
    const top = tops.has(id);
    return {
      name: via ? `${nodeName(node)}\n(${via})` : nodeName(node),
      id,
      children,
      itemStyle: top ? { color: TOP_COLOR, borderColor: TOP_COLOR } : undefined,
      label: top ? { fontWeight: 'bold', color: TOP_COLOR } : undefined,
      symbolSize: top ? 14 : 9,
    };
  };
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: nameTooltip },
    series: [{
      type: 'tree',
      data: [build(chain.subject.id, '', new Set())],
      orient: 'LR',
      top: 20, bottom: 20, left: 110, right: 240,
      initialTreeDepth: -1,
      expandAndCollapse: false,
      label: { position: 'top', fontSize: 12, lineHeight: 16 },
      leaves: { label: { position: 'right', align: 'left', verticalAlign: 'middle' } },
    }],
  };
}

/** Leaves of a tree option's data, which set how tall the drawing must be. */
export function leaves(node) {
  return node.children && node.children.length ? node.children.reduce((sum, child) => sum + leaves(child), 0) : 1;
}

/** A canvas tile of grey diagonal stripes, the fill of masked bands. */
function hatch() {
  const canvas = document.createElement('canvas');
  canvas.width = 8;
  canvas.height = 8;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#e0e0e0';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = MASKED_COLOR;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return { image: canvas, repeat: 'repeat' };
}

/**
 * The trail as a Sankey. Each hop is one band sized by its yuan. A masked or non-money amount gets a nominal
 * width (a quarter of the largest known hop) and a hatched grey fill with its text as label; the width is drawing
 * only and never enters a total. A hop that would close a loop goes to a copy of its target, as a Sankey cannot
 * draw cycles.
 */
export function trailSankey(trail) {
  const hops = trail.tiers.flatMap((tier) => tier.hops);
  const known = hops.filter((hop) => hop.amount.yuan != null).map((hop) => Number(hop.amount.yuan));
  const nominal = known.length ? Math.max(...known) / 4 : 1;
  const funds = [...new Set(hops.map((hop) => (hop.fund ? hop.fund.id : '')))];
  const names = new Map();
  const next = new Map();
  const reaches = (a, b, seen = new Set()) => a === b
    || (!seen.has(a) && seen.add(a) && [...(next.get(a) || [])].some((n) => reaches(n, b, seen)));
  const key = (node) => {
    names.set(node.id, nodeName(node));
    return node.id;
  };
  const links = [];
  for (const hop of hops) {
    // A flow that names no giver came out of its fund; one that names neither gets a node of its own.
    const source = key(hop.from || hop.fund || { id: `unstated:${hop.flow.id}`, name: t('notStated') });
    let target = key(hop.to);
    if (reaches(target, source)) {
      target = `${target} ↺`;
      names.set(target, `${nodeName(hop.to)} ↺`);
    }
    if (!next.has(source)) {
      next.set(source, new Set());
    }
    next.get(source).add(target);
    const masked = hop.amount.yuan == null;
    links.push({
      source, target,
      value: masked ? nominal : Number(hop.amount.yuan),
      hop,
      lineStyle: masked ? { color: hatch(), opacity: 0.9 }
        : { color: FUND_COLORS[funds.indexOf(hop.fund ? hop.fund.id : '') % FUND_COLORS.length], opacity: 0.5 },
      text: `${masked ? hop.amount.text : shortYuan(hop.amount.yuan)} · ${label('FlowType', hop.flowType)}`,
    });
  }
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p) => (p.dataType === 'edge'
        ? `${escape(p.data.hop.amount.text)}${p.data.hop.amount.yuan == null ? ` (${label('FlagCode', 'MASKED_AMOUNT')})` : ''}<br>`
          + `${label('FlowType', p.data.hop.flowType)} · ${escape(p.data.hop.flow.name)}`
        : escape(names.get(p.name) || p.name)),
    },
    series: [{
      type: 'sankey',
      data: [...names].map(([id, name]) => ({ name: id, label: { formatter: () => name } })),
      links,
      nodeAlign: 'left',
      layoutIterations: 0,
      emphasis: { focus: 'adjacency' },
      // Past a few dozen bands the labels overlap into a smear; the tooltip and the table below still give each amount.
      edgeLabel: { show: hops.length <= LABELLED_BANDS, fontSize: 12, color: '#222', formatter: (p) => p.data.text },
      label: { fontSize: 12 },
      left: 20, right: 170, top: 20, bottom: 20,
    }],
  };
}

/** The pairing network as a force graph: helpers orange, helped blue, both purple, arrows from helper. */
export function pairingGraph(network, aroundId) {
  const colors = { HELPER: '#e67e22', HELPED: '#2e86c1', BOTH: '#8e44ad' };
  return {
    animation: false,
    tooltip: {},
    legend: [{ data: Object.keys(colors).map((role) => label('PairingRole', role)) }],
    series: [{
      type: 'graph',
      layout: 'force',
      force: { repulsion: 260, edgeLength: 130 },
      roam: true,
      draggable: true,
      categories: Object.keys(colors).map((role) => ({ name: label('PairingRole', role), itemStyle: { color: colors[role] } })),
      data: network.nodes.map((party) => ({
        id: party.node.id,
        name: nodeName(party.node),
        category: Object.keys(colors).indexOf(party.role),
        symbolSize: party.node.id === aroundId ? 28 : 18 - Math.min(party.distance, 3) * 2,
        label: { show: true, position: 'right' },
      })),
      edges: network.edges.map((edge) => ({
        source: edge.helper,
        target: edge.helped,
        label: { show: true, formatter: label('PairingMechanism', edge.mechanism) + (edge.cadres ? ` · ${edge.cadres.text}` : ''), fontSize: 11 },
      })),
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 9,
      lineStyle: { width: 1.5, curveness: 0.15 },
    }],
  };
}
