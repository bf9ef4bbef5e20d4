// A project: status, progress against target, who answers for it, where its money came from, its problems.

import { NODE, QUANTITY, SOURCES, query } from '../api.js';
import { chainTree, leaves } from '../charts.js';
import { label, t } from '../i18n.js';
import { chart, h, muted, nodeLink, percent, quantity, quotes, section, sourceLinks, table } from '../ui.js';
import { trailTable, trailTotals } from './money.js';

const OBSERVATION = `{ quantity ${QUANTITY} asOf { text } sources { quote start end document { id title period { text } } } }`;

const PROJECT = `query($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Project {
      description note category investment ${QUANTITY}
      regions { ${NODE} } campaign { ${NODE} } parent { ${NODE} } children { ${NODE} }
      leadUnits { ${NODE} } participatingUnits { ${NODE} }
      milestones { name status due { text } expected { text } ${SOURCES} }
      problems {
        ${NODE} foundBy status count { text } responsibleUnits { ${NODE} } ${SOURCES}
        rectifications {
          ${NODE} status measureCount { text } completedCount { text } remainingCount { text } completionRatio
          deadline { text } responsibleUnits { ${NODE} } ${SOURCES}
        }
      }
      ${SOURCES}
    }
  }
  targetProgress(scope: $id) {
    projects {
      project { id }
      items { item actual ${OBSERVATION} target ${OBSERVATION} progressRatio status }
      lateMilestones { name }
    }
    indicators { indicator { ${NODE} ${SOURCES} } status actual ${QUANTITY} target ${QUANTITY} progressRatio }
  }
  accountabilityChain(subject: $id) {
    subject { ${NODE} } complete
    links { depth kind role from { ${NODE} } to { ${NODE} } ${SOURCES} }
    top { ${NODE} }
    breaks { missing message at { ${NODE} } }
  }
  moneyTrail(from: $id, direction: UPSTREAM, maxDepth: 4) {
    direction truncated
    totals { flowCount yuan complete knownCount maskedCount nonMoneyCount }
    tiers { depth hops { depth from { ${NODE} } to { ${NODE} } fund { ${NODE} } amount ${QUANTITY} flowType share
      branchNodeId flow { id name } ${SOURCES} } }
  }
}`;

export async function projectPage(route) {
  const data = await query(PROJECT, { id: route.id });
  const project = data.node;
  if (!project || project.__typename !== 'Project') {
    const error = new Error(route.id);
    error.code = 'NOT_FOUND';
    throw error;
  }
  const progress = data.targetProgress.projects.find((p) => p.project.id === project.id);
  return h('div', { class: 'project', 'data-id': project.id },
    h('h1', {}, project.name, ' ', h('span', { class: `status status-${project.projectStatus}`, 'data-testid': 'project-status' },
      label('ProjectStatus', project.projectStatus)), sourceLinks(project.sources)),
    facts(project),
    section(t('progress'), progressBars(progress, project), indicatorBars(data.targetProgress.indicators)),
    section(t('chain'), chainView(data.accountabilityChain)),
    section(t('funding'), fundingView(data.moneyTrail, project)),
    section(t('problems'), problemsView(project.problems)));
}

function facts(project) {
  const row = (name, value) => (value ? [h('dt', {}, name), h('dd', {}, value)] : null);
  const list = (nodes) => (nodes.length ? nodes.map((n, i) => [i ? '、' : '', nodeLink(n)]) : null);
  return h('dl', { class: 'facts' },
    row(t('description'), project.description),
    row(t('category'), project.category && label('ProjectCategory', project.category)),
    row(t('investment'), project.investment ? quantity(project.investment) : null),
    row(t('campaign'), project.campaign ? nodeLink(project.campaign) : null),
    row(t('region'), list(project.regions)),
    row(t('leadUnits'), list(project.leadUnits) || h('span', { class: 'muted' }, t('notStated'))),
    row(t('participatingUnits'), list(project.participatingUnits)));
}

/** One bar: the fill is the actual figure, the tick the target, both on the target's scale (or 0–100 for %). */
export function bar(actual, target, ratio) {
  const value = (q) => (q && !q.masked && q.value != null ? Number(q.value) : null);
  const a = value(actual);
  const g = value(target);
  const percentUnit = (actual || target || {}).unit === '%';
  const scale = percentUnit ? 100 : Math.max(a || 0, g || 0) || 1;
  const width = (v) => `${Math.min(100, (v / scale) * 100)}%`;
  return h('div', { class: 'bar', title: ratio != null ? percent(ratio) : '' },
    a != null ? h('div', { class: `fill${g != null && a < g ? ' behind' : ''}`, style: `width:${width(a)}` }) : null,
    g != null ? h('div', { class: 'tick', style: `left:${width(g)}` }) : null);
}

function reading(kind, observation) {
  if (!observation) {
    return null;
  }
  // The reading's own date when the report gives one, else the period of the report that states it.
  const when = (observation.asOf && observation.asOf.text) || observation.quantity?.asOf;
  const period = observation.sources.map((source) => source.document.period).find(Boolean);
  const date = when ? `${t('asOf')} ${when}` : period && `${t('reportPeriod')} ${period.text}`;
  return h('span', { class: `reading reading-${kind}` }, `${t(kind)} `, quantity(observation.quantity),
    date ? h('span', { class: 'muted' }, ` (${date})`) : null, sourceLinks(observation.sources));
}

function progressBars(progress, project) {
  const items = progress ? progress.items : [];
  const late = progress ? progress.lateMilestones : [];
  return h('div', {},
    items.length ? h('div', { class: 'bars', 'data-testid': 'progress' }, items.map((item) => h('div', { class: 'bar-row', 'data-item': item.item },
      h('div', { class: 'bar-label' }, item.item),
      bar(item.actual && item.actual.quantity, item.target && item.target.quantity, item.progressRatio),
      h('div', { class: 'bar-text' }, reading('actual', item.actual), ' ', reading('target', item.target), ' ',
        h('span', { class: `tag status-${item.status}` }, label('TargetStatus', item.status)),
        item.progressRatio != null ? h('span', { class: 'muted' }, ` ${percent(item.progressRatio)}`) : null))))
      : muted(t('noProgress')),
    project.milestones.length ? h('div', {}, h('h3', {}, t('milestones')), table(
      [t('node'), t('status'), t('due'), t('expected'), t('sources')],
      project.milestones.map((m) => [m.name, h('span', { class: late.some((l) => l.name === m.name) ? 'tag behind' : 'tag' }, label('MilestoneStatus', m.status)),
        m.due ? m.due.text : '', m.expected ? m.expected.text : '', sourceLinks(m.sources)]))) : null);
}

function indicatorBars(indicators) {
  if (!indicators.length) {
    return null;
  }
  return h('div', {}, h('h3', {}, t('indicators')), h('div', { class: 'bars' }, indicators.map((ind) => h('div', { class: 'bar-row' },
    h('div', { class: 'bar-label' }, nodeLink(ind.indicator)),
    bar(ind.actual, ind.target, ind.progressRatio),
    h('div', { class: 'bar-text' }, `${t('actual')} `, quantity(ind.actual), ` · ${t('target')} `, quantity(ind.target), ' ',
      h('span', { class: `tag status-${ind.status}` }, label('TargetStatus', ind.status)), sourceLinks(ind.indicator.sources))))));
}

/** The tree, then the same links as text with their sources, then the breaks. */
export function chainView(chain) {
  const tree = chainTree(chain);
  return h('div', { 'data-testid': 'chain' },
    h('p', {}, h('span', { class: chain.complete ? 'tag ok' : 'tag behind', 'data-testid': 'chain-complete' },
      t(chain.complete ? 'chainComplete' : 'chainIncomplete')),
    ` ${t('chainTop')}：`, chain.top.map((n, i) => [i ? '、' : '', h('strong', { class: 'top-unit' }, nodeLink(n))])),
    chart({ class: 'chart chain-chart', 'data-testid': 'chain-chart', style: `height:${Math.max(240, 64 * leaves(tree.series[0].data[0]))}px` }, tree),
    chain.breaks.length ? h('div', { class: 'breaks' }, h('h3', {}, t('breaks')), h('ul', {}, chain.breaks.map((gap) => h('li', { 'data-gap': gap.missing },
      h('span', { class: 'tag behind' }, label('ChainGap', gap.missing)), ' ', nodeLink(gap.at), h('span', { class: 'muted' }, ` — ${gap.message}`))))) : null,
    h('details', {}, h('summary', {}, `${t('links')} (${chain.links.length})`), table([t('tier'), t('from'), t('type'), t('to'), t('sources')],
      chain.links.map((link) => [String(link.depth), nodeLink(link.from), label('AccountabilityLinkKind', link.kind) + (link.role ? ` · ${link.role}` : ''),
        nodeLink(link.to), sourceLinks(link.sources)]))));
}

function fundingView(trail, project) {
  if (!trail.totals.flowCount) {
    return muted(t('noFunding'));
  }
  return h('div', {}, trailTotals(trail),
    h('p', {}, h('a', { href: `#/money/${encodeURIComponent(project.id)}?dir=UPSTREAM` }, t('openMoney'))),
    trailTable(trail));
}

function problemsView(problems) {
  if (!problems.length) {
    return muted(t('noProblems'));
  }
  return h('ul', { class: 'problems' }, problems.map((problem) => h('li', {},
    h('p', {}, nodeLink(problem), ' ', problem.status ? h('span', { class: 'tag' }, label('ProblemStatus', problem.status)) : null,
      problem.count ? ` ${problem.count.text}` : '', sourceLinks(problem.sources)),
    problem.responsibleUnits.length ? h('p', { class: 'muted' }, problem.responsibleUnits.map((u, i) => [i ? '、' : '', nodeLink(u)])) : null,
    problem.rectifications.map((r) => h('div', { class: 'rectification' },
      h('strong', {}, `${t('rectification')}：`), nodeLink(r), ' ',
      r.status ? h('span', { class: 'tag' }, label('RectificationStatus', r.status)) : null,
      r.completedCount ? ` ${r.completedCount.text}` : '', r.measureCount ? ` / ${r.measureCount.text}` : '',
      r.completionRatio != null ? ` (${percent(r.completionRatio)})` : '', r.deadline ? ` · ${r.deadline.text}` : '',
      r.responsibleUnits.map((u) => [' · ', nodeLink(u)]), sourceLinks(r.sources))),
    quotes(problem.sources))));
}

