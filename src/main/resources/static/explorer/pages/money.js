// The money page: a fund's, region's, unit's or project's trail as a Sankey, its totals, and the reconciliation flags.

import { NODE, QUANTITY, SOURCES, query } from '../api.js';
import { trailSankey } from '../charts.js';
import { label, t } from '../i18n.js';
import { chart, exactYuan, h, muted, nodeLink, percent, quantity, section, shortYuan, sourceLinks, table } from '../ui.js';

const RECONCILED = ['Fund', 'Region', 'Organization'];
// Roles that may reconcile; asking without one would fail the whole page, so the page asks who is calling first.
const AUDITING_ROLES = ['AUDITOR', 'EDITOR', 'ADMIN'];
// Hops asked per tier and per click. A county of a province has tiers of thousands of hops: all of them, with their
// sentences, made an answer of many megabytes and a Sankey no one could read. The totals are always the whole trail's.
export const HOPS_PER_PAGE = 50;

const HOP = `depth from { ${NODE} } to { ${NODE} } fund { ${NODE} } amount ${QUANTITY} flowType share branchNodeId
  flow { id name } ${SOURCES}`;
const HOP_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { node { ${HOP} } }`;

const MONEY = `query($id: ID!, $direction: TrailDirection, $depth: Int, $reconcile: Boolean!, $page: Int!) {
  node(id: $id) { ${NODE} ... on Sourced { ${SOURCES} } ... on Fund { amount ${QUANTITY} administrator { ${NODE} } region { ${NODE} } } }
  moneyTrail(from: $id, direction: $direction, maxDepth: $depth) {
    direction maxDepth truncated
    totals { flowCount yuan complete knownCount maskedCount nonMoneyCount }
    tiers { depth totals { flowCount yuan complete maskedCount nonMoneyCount } hopsConnection(first: $page) { ${HOP_PAGE} } }
  }
  reconciliation(scope: $id) @include(if: $reconcile) {
    flags { code message node { ${NODE} } figures { name yuan count quantity { text } } ${SOURCES} }
  }
}`;

// The next page of one tier. The API follows the trail whole on every request and pages each tier's hops by the same
// cursor, so the page keeps only the tier it asked for.
const MORE = `query($id: ID!, $direction: TrailDirection, $depth: Int, $page: Int!, $after: String!) {
  moneyTrail(from: $id, direction: $direction, maxDepth: $depth) { tiers { depth hopsConnection(first: $page, after: $after) { ${HOP_PAGE} } } }
}`;

export async function moneyPage(route) {
  const direction = route.params.get('dir') === 'UPSTREAM' ? 'UPSTREAM' : 'DOWNSTREAM';
  const depth = Math.min(8, Math.max(1, Number(route.params.get('depth')) || 4));
  const reconcilable = RECONCILED.includes(route.id.split(':')[0]);
  const caller = reconcilable ? (await query('{ me { roles } }')).me : null;
  const reconcile = reconcilable && caller.roles.some((role) => AUDITING_ROLES.includes(role));
  const data = await query(MONEY, { id: route.id, direction, depth, reconcile, page: HOPS_PER_PAGE });
  const start = data.node;
  const trail = data.moneyTrail;
  trail.tiers.forEach((tier) => { tier.hops = tier.hopsConnection.edges.map((edge) => edge.node); });
  const partial = trail.tiers.some((tier) => tier.hopsConnection.pageInfo.hasNextPage);
  const more = { id: route.id, direction, depth };
  return h('div', { class: 'money', 'data-id': route.id },
    h('h1', {}, `${t('moneyTitle')}：`, nodeLink(start), ' ', start && start.amount ? quantity(start.amount) : null, sourceLinks(start && start.sources)),
    controls(route.id, direction, depth),
    h('div', { class: reconcilable ? 'money-layout' : 'money-single' },
      section(t('moneyTitle'), trailTotals(trail),
        trail.totals.flowCount
          ? chart({ class: 'chart sankey-chart', 'data-testid': 'sankey', style: `height:${sankeyHeight(trail)}px` }, trailSankey(trail))
          : muted(t('noTrail')),
        partial ? h('p', { class: 'banner info', 'data-testid': 'sankey-partial' }, t('sankeyPartial', { n: HOPS_PER_PAGE })) : null,
        trail.totals.maskedCount || trail.totals.nonMoneyCount ? h('p', { class: 'legend masked-legend' }, t('maskedLegend')) : null,
        trail.truncated ? h('p', { class: 'banner warn' }, t('truncated')) : null),
      reconcile ? section(t('reconciliation'), h('div', { class: 'scroll' }, flagsTable(data.reconciliation.flags)))
        : reconcilable ? section(t('reconciliation'), h('p', { class: 'banner warn', 'data-testid': 'flags-need-auditor' }, t('reconciliationNeedsAuditor')))
          : null),
    section(t('hops'), h('div', { 'data-testid': 'hops' }, trail.tiers.map((tier) => tierHops(tier, more)))));
}

function sankeyHeight(trail) {
  const widest = Math.max(...trail.tiers.map((tier) => tier.hops.length), 1);
  return Math.min(900, Math.max(320, widest * 48));
}

function controls(id, direction, depth) {
  const go = (dir, d) => `#/money/${encodeURIComponent(id)}?${new URLSearchParams({ dir, depth: d })}`;
  const select = h('select', { 'aria-label': t('depth'), onchange: (e) => { location.hash = go(direction, e.target.value); } },
    [1, 2, 3, 4, 5, 6, 7, 8].map((d) => h('option', { value: d, selected: d === depth }, String(d))));
  return h('p', { class: 'controls' },
    ['DOWNSTREAM', 'UPSTREAM'].map((dir) => h('a', { href: go(dir, depth), class: dir === direction ? 'chip active' : 'chip', 'data-dir': dir }, t(dir))),
    h('label', {}, ` ${t('depth')} `, select));
}

/** The trail's sums as the API gives them: known yuan exactly, masked flows counted apart, never as zero. */
export function trailTotals(trail) {
  const totals = trail.totals;
  const known = totals.yuan != null;
  return h('div', {
    class: 'totals', 'data-testid': 'trail-totals',
    'data-yuan': totals.yuan ?? '', 'data-masked': totals.maskedCount, 'data-flows': totals.flowCount,
  },
  h('div', { class: 'total-main' }, h('span', { class: 'muted' }, `${t('knownYuan')} `),
    h('strong', { 'data-testid': 'trail-yuan' }, known ? shortYuan(totals.yuan) : '—'),
    known ? h('span', { class: 'muted', 'data-testid': 'trail-exact' }, ` (${exactYuan(totals.yuan)})`) : null,
    h('span', { class: totals.complete ? 'tag ok' : 'tag behind' },
      totals.complete ? t('complete') : t(known ? 'atLeast' : 'unknownMasked'))),
  h('div', {}, `${t('flowCount')} `, h('strong', {}, String(totals.flowCount)),
    ` · ${t('maskedCount')} `, h('strong', { 'data-testid': 'trail-masked' }, String(totals.maskedCount)),
    totals.nonMoneyCount ? [` · ${t('nonMoneyCount')} `, h('strong', {}, String(totals.nonMoneyCount))] : null));
}

const HOP_HEADERS = () => [t('tier'), t('from'), t('to'), t('amount'), t('flowType'), t('share'), t('fund'), t('sources')];

function hopRow(hop) {
  return h('tr', { 'data-flow': hop.flow.id }, hopCells(hop).map((cell) => h('td', {}, cell)));
}

function hopCells(hop) {
  return [
    String(hop.depth), nodeLink(hop.from || hop.fund), nodeLink(hop.to),
    h('span', { class: 'hop-amount', 'data-masked': String(hop.amount.masked) }, quantity(hop.amount)),
    label('FlowType', hop.flowType), hop.share != null ? percent(hop.share) : '', hop.fund ? nodeLink(hop.fund) : '',
    sourceLinks(hop.sources),
  ];
}

/** Every hop, tier by tier, with its amount as written and its sentence. */
export function trailTable(trail) {
  return table(HOP_HEADERS(), trail.tiers.flatMap((tier) => tier.hops.map(hopCells)), { class: 'hops', 'data-testid': 'hops' });
}

/**
 * One tier: its sums, which are the whole tier's, and its hops a page at a time. "More" asks for the next page of
 * this tier and appends it; the rows keep the API's order, so the pages joined are the tier's whole list.
 */
function tierHops(tier, trail) {
  const page = tier.hopsConnection;
  const rows = h('tbody', {}, tier.hops.map(hopRow));
  const shown = h('span', { 'data-testid': 'tier-shown' });
  const error = h('span', { class: 'more-error' });
  let cursor = page.pageInfo.endCursor;
  let count = tier.hops.length;
  const button = h('button', {
    type: 'button', class: 'more', 'data-testid': 'more-hops',
    onclick: async () => {
      button.disabled = true;
      error.textContent = '';
      try {
        const data = await query(MORE, { ...trail, page: HOPS_PER_PAGE, after: cursor });
        const next = data.moneyTrail.tiers.find((other) => other.depth === tier.depth).hopsConnection;
        next.edges.forEach((edge) => rows.append(hopRow(edge.node)));
        count += next.edges.length;
        cursor = next.pageInfo.endCursor;
        update(next.pageInfo.hasNextPage);
      } catch (e) {
        error.textContent = ` ${t('failed')}${e.message}`;
      } finally {
        button.disabled = false;
      }
    },
  }, t('moreHops'));
  const update = (hasNext) => {
    shown.textContent = t('tierShown', { shown: count, total: page.totalCount });
    button.hidden = !hasNext;
  };
  update(page.pageInfo.hasNextPage);
  const totals = tier.totals;
  return h('div', { class: 'tier', 'data-testid': 'tier', 'data-depth': tier.depth, 'data-total': page.totalCount },
    h('h3', {}, t('tierTitle', { n: tier.depth }), ' ',
      h('span', { class: 'muted', 'data-testid': 'tier-totals', 'data-yuan': totals.yuan ?? '', 'data-masked': totals.maskedCount },
        `${t('knownYuan')} ${totals.yuan != null ? shortYuan(totals.yuan) : '—'}`,
        totals.yuan != null && !totals.complete ? ` (${t('atLeastShort')})` : '',
        ` · ${t('flowCount')} ${totals.flowCount} · ${t('maskedCount')} ${totals.maskedCount}`)),
    h('div', { class: 'scroll' }, h('table', { class: 'hops' },
      h('thead', {}, h('tr', {}, HOP_HEADERS().map((head) => h('th', {}, head)))), rows)),
    h('p', { class: 'tier-more' }, shown, ' ', button, error));
}

function figure(f) {
  const name = label('FlagFigure', f.name);
  if (f.yuan != null) {
    return `${name} ${shortYuan(f.yuan)}`;
  }
  if (f.quantity) {
    return `${name} ${f.quantity.text}`;
  }
  return `${name} ${f.count ?? ''}`;
}

function flagsTable(flags) {
  if (!flags.length) {
    return muted(t('noFlags'));
  }
  return table([t('flag'), t('node'), t('figures'), t('sources')], flags.map((flag) => [
    h('span', { class: `tag flag-${flag.code}`, title: flag.message }, label('FlagCode', flag.code)),
    nodeLink(flag.node), h('span', { class: 'figures', title: flag.message }, flag.figures.map(figure).join(' · ')),
    sourceLinks(flag.sources),
  ]), { class: 'flags', 'data-testid': 'flags' });
}
