// The money page: a fund's, region's, unit's or project's trail as a Sankey, its totals, and the reconciliation flags.

import { NODE, QUANTITY, SOURCES, query } from '../api.js';
import { trailSankey } from '../charts.js';
import { label, t } from '../i18n.js';
import { chart, exactYuan, h, muted, nodeLink, percent, quantity, section, shortYuan, sourceLinks, table } from '../ui.js';

const RECONCILED = ['Fund', 'Region', 'Organization'];
// Roles that may reconcile; asking without one would fail the whole page, so the page asks who is calling first.
const AUDITING_ROLES = ['AUDITOR', 'EDITOR', 'ADMIN'];

const MONEY = `query($id: ID!, $direction: TrailDirection, $depth: Int, $reconcile: Boolean!) {
  node(id: $id) { ${NODE} ... on Sourced { ${SOURCES} } ... on Fund { amount ${QUANTITY} administrator { ${NODE} } region { ${NODE} } } }
  moneyTrail(from: $id, direction: $direction, maxDepth: $depth) {
    direction maxDepth truncated
    totals { flowCount yuan complete knownCount maskedCount nonMoneyCount }
    tiers {
      depth totals { flowCount yuan complete maskedCount }
      hops { depth from { ${NODE} } to { ${NODE} } fund { ${NODE} } amount ${QUANTITY} flowType share branchNodeId
        flow { id name } ${SOURCES} }
    }
  }
  reconciliation(scope: $id) @include(if: $reconcile) {
    flags { code message node { ${NODE} } figures { name yuan count quantity { text } } ${SOURCES} }
  }
}`;

export async function moneyPage(route) {
  const direction = route.params.get('dir') === 'UPSTREAM' ? 'UPSTREAM' : 'DOWNSTREAM';
  const depth = Math.min(8, Math.max(1, Number(route.params.get('depth')) || 4));
  const reconcilable = RECONCILED.includes(route.id.split(':')[0]);
  const caller = reconcilable ? (await query('{ me { roles } }')).me : null;
  const reconcile = reconcilable && caller.roles.some((role) => AUDITING_ROLES.includes(role));
  const data = await query(MONEY, { id: route.id, direction, depth, reconcile });
  const start = data.node;
  const trail = data.moneyTrail;
  return h('div', { class: 'money', 'data-id': route.id },
    h('h1', {}, `${t('moneyTitle')}：`, nodeLink(start), ' ', start && start.amount ? quantity(start.amount) : null, sourceLinks(start && start.sources)),
    controls(route.id, direction, depth),
    h('div', { class: reconcilable ? 'money-layout' : 'money-single' },
      section(t('moneyTitle'), trailTotals(trail),
        trail.totals.flowCount
          ? chart({ class: 'chart sankey-chart', 'data-testid': 'sankey', style: `height:${sankeyHeight(trail)}px` }, trailSankey(trail))
          : muted(t('noTrail')),
        trail.totals.maskedCount || trail.totals.nonMoneyCount ? h('p', { class: 'legend masked-legend' }, t('maskedLegend')) : null,
        trail.truncated ? h('p', { class: 'banner warn' }, t('truncated')) : null),
      reconcile ? section(t('reconciliation'), h('div', { class: 'scroll' }, flagsTable(data.reconciliation.flags)))
        : reconcilable ? section(t('reconciliation'), h('p', { class: 'banner warn', 'data-testid': 'flags-need-auditor' }, t('reconciliationNeedsAuditor')))
          : null),
    section(t('hops'), trailTable(trail)));
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

/** Every hop, tier by tier, with its amount as written and its sentence. */
export function trailTable(trail) {
  const rows = trail.tiers.flatMap((tier) => tier.hops.map((hop) => [
    String(tier.depth), nodeLink(hop.from || hop.fund), nodeLink(hop.to),
    h('span', { class: 'hop-amount', 'data-masked': String(hop.amount.masked) }, quantity(hop.amount)),
    label('FlowType', hop.flowType), hop.share != null ? percent(hop.share) : '', hop.fund ? nodeLink(hop.fund) : '',
    sourceLinks(hop.sources),
  ]));
  return table([t('tier'), t('from'), t('to'), t('amount'), t('flowType'), t('share'), t('fund'), t('sources')], rows,
    { class: 'hops', 'data-testid': 'hops' });
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
