// The comparison: the source's table (from comparison-table.js), the distributions by year, the trend and the
// reliability of one dimension at a time, each figure with its n and a link to the cases behind it.
import { get, query } from '../api.js';
import { figure, PALETTE } from '../charts.js';
import { loadCasesBehind, loadComparisonTable } from '../comparison-table.js';
import { h, localized, number, percent } from '../dom.js';
import { language, t } from '../i18n.js';

const GROUPS = ['JP', 'TW'];

export async function comparisonView(params) {
  const lang = language();
  const dimension = params.get('dimension') || 'strategy-stage';
  // the table and the figures are read in parallel: a live refresh takes the longest read, not their sum
  const [table, figures] = await Promise.all([
    loadComparisonTable({ groupBy: 'country', groups: GROUPS }, lang), dimensionData(dimension)]);
  return h('div', {},
    h('h2', {}, t('comparisonTitle')),
    h('p', { class: 'muted' }, `${table.years.from}–${table.years.to} · ${t('dimension')} × ${t('group')}`),
    comparisonTable(table),
    h('label', { for: 'dimension-select' }, t('dimension'), ' '),
    dimensionSelect(table, dimension),
    h('section', { 'aria-labelledby': 'dimension-title', id: 'dimension-figures' },
      dimensionFigures(dimension, table, figures, lang)));
}

function comparisonTable(table) {
  return h('div', { class: 'scroll' }, h('table', { class: 'comparison', id: 'comparison-table', dataset: { version: table.dataVersion } },
    h('caption', {}, t('comparisonTitle')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dimension')),
      table.groups.map((group) => h('th', { scope: 'col' }, group.label)))),
    h('tbody', {}, table.rows.map((row) => h('tr', { dataset: { dimension: row.id } },
      h('th', { scope: 'row' }, row.label, row.insight ? h('p', { class: 'insight muted' }, row.insight) : null),
      table.groups.map((group) => cell(row.cells[group.key], group.key)))))));
}

function cell(content, group) {
  return h('td', { dataset: { group } },
    h('p', { class: 'cell-n' }, h('a', { href: content.casesLink, 'aria-label': `n = ${content.n}, ${t('openCases')}` },
      `n = ${content.n}`)),
    content.codes.length === 0 ? h('p', { class: 'muted' }, t('noDominant')) : null,
    content.paths?.length ? h('ul', { class: 'paths', 'aria-label': t('paths') },
      content.paths.map((path) => h('li', {}, path.stages.join(' → '), h('span', { class: 'muted' }, ` (n = ${path.n})`)))) : null,
    content.codes.map((code) => h('div', { class: 'code', dataset: { code: code.code } },
      h('p', {}, h('strong', {}, code.label), ' ',
        h('span', { class: 'share' }, percent(code.share)), ' · ',
        h('a', { href: code.casesLink, class: 'code-n', 'aria-label': `n = ${code.n}, ${t('openCases')}` }, `n = ${code.n}`)),
      code.exemplars.length ? h('ul', { class: 'quotes', 'aria-label': t('exemplars') },
        code.exemplars.map((exemplar) => h('li', {},
          h('blockquote', { lang: 'zh-TW' }, exemplar.quote),
          h('span', { class: 'muted' }, h('a', { href: `#/cases/${encodeURIComponent(exemplar.caseSlug)}` }, exemplar.caseSlug),
            ` ${exemplar.year}`, exemplar.locator ? ` · ${t('locator')}: ${exemplar.locator}` : '')))) : null)));
}

function dimensionSelect(table, selected) {
  const select = h('select', { id: 'dimension-select' }, table.rows.map((row) =>
    h('option', { value: row.id, selected: row.id === selected }, row.label)));
  select.addEventListener('change', () => { location.hash = `#/comparison${query({ dimension: select.value })}`; });
  return select;
}

async function dimensionData(dimension) {
  const distributions = await get('/api/v1/comparisons/distributions' + query({ dimension, groupBy: 'country', groups: GROUPS.join(',') }));
  const gap = distributions.dimension.scale === 'ORDINAL' ? 'mean' : 'jsd';
  const [trend, reliability] = await Promise.all([
    get('/api/v1/comparisons/trend' + query({ dimension, a: 'JP', b: 'TW', gap, minCases: 2 })),
    get('/api/v1/comparisons/reliability' + query({ dimension })),
  ]);
  return { distributions, trend, reliability };
}

function dimensionFigures(dimension, table, { distributions, trend, reliability }, lang) {
  const label = table.rows.find((row) => row.id === dimension)?.label || dimension;
  return [h('h3', { id: 'dimension-title' }, label),
    distributionsFigure(distributions, lang), trendFigure(trend), reliabilityFigure(reliability, lang)];
}

function distributionsFigure(distributions, lang) {
  const codes = distributions.dimension.codes;
  const categories = distributions.groups.flatMap((g) => g.years.map((y) => `${g.group.label} ${y.year} (n=${y.distribution.n})`));
  const series = codes.map((code, index) => ({
    name: localized(code.label, lang), type: 'bar', stack: 'share', color: PALETTE[index % PALETTE.length],
    data: distributions.groups.flatMap((g) => g.years.map((y) => {
      const share = y.distribution.shares.find((s) => s.code === code.id);
      return Math.round((share?.share || 0) * 1000) / 10;
    })),
  }));
  const rows = [[t('group'), t('n'), ...codes.map((code) => localized(code.label, lang)), t('cases')],
    ...distributions.groups.flatMap((g) => g.years.map((y) => [
      `${g.group.label} ${y.year}`, y.distribution.n,
      ...codes.map((code) => {
        const share = y.distribution.shares.find((s) => s.code === code.id);
        return `${percent(share?.share)} (n=${share?.n ?? 0})`;
      }),
      h('a', { href: `#/behind${query({ dimension: distributions.dimension.id, group: g.group.key, groupBy: 'country', from: y.year, to: y.year })}` },
        t('openCases')),
    ]))];
  return figure({
    title: t('distributions'), caption: `n = ${distributions.groups.map((g) => `${g.group.label}: ${Math.max(0, ...g.years.map((y) => y.distribution.n))}`).join(', ')}`,
    option: {
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 12, top: 12, bottom: 72, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { rotate: 40, color: '#222' } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %', color: '#222' } },
      series,
    },
    rows, height: 320,
  });
}

function trendFigure(trend) {
  const points = trend.byYear.map((y) => [String(y.year), y.gap === null ? null : Math.round(y.gap * 1000) / 1000]);
  const slope = trend.trend.slope;
  const interval = trend.trend.slopeInterval;
  const caption = `${t('verdict')}: ${trend.trend.verdict} · ${t('slope')}: ${number(slope, 3)}`
    + (interval ? ` [${number(interval.lower ?? interval[0], 3)}, ${number(interval.upper ?? interval[1], 3)}]` : '')
    + ` · n ≥ ${trend.minimumCasesPerGroup}`;
  const rows = [[t('year'), `n ${trend.a.label}`, `n ${trend.b.label}`, t('gap'), t('cases')],
    ...trend.byYear.map((y) => [y.year, y.nA, y.nB, y.gap === null ? '–' : number(y.gap, 3),
      [...y.caseIdsA, ...y.caseIdsB].map((id) => trend.cases[id] || id).join(', ')])];
  return figure({
    title: `${t('trend')} (${trend.gap})`, caption,
    option: {
      tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p[0]), axisLabel: { color: '#222' } },
      yAxis: { type: 'value', axisLabel: { color: '#222' } },
      series: [{ type: 'line', name: t('gap'), connectNulls: false, color: PALETTE[0], data: points.map((p) => p[1]),
        label: { show: true, formatter: (p) => `n=${trend.byYear[p.dataIndex].nA}/${trend.byYear[p.dataIndex].nB}` } }],
    },
    rows,
  });
}

function reliabilityFigure(reliability, lang) {
  const rows = [[t('dimension'), 'codings', t('alpha'), t('agreement'), t('coders')],
    ...reliability.dimensions.map((d) => {
      const metric = d.ordinal || d.nominal;
      return [localized(d.dimension.label, lang), d.codings, number(metric?.alpha, 3),
        percent(d.percentAgreement?.overallShare), (metric?.coders || []).join(', ')];
    })];
  const data = reliability.dimensions.map((d) => (d.ordinal || d.nominal)?.alpha);
  return figure({
    title: t('reliability'),
    caption: `n = ${reliability.dimensions.map((d) => d.codings).join(', ')} codings · α = null: ${t('none')}`,
    option: {
      grid: { left: 48, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: reliability.dimensions.map((d) => localized(d.dimension.label, lang)), axisLabel: { color: '#222' } },
      yAxis: { type: 'value', min: -1, max: 1, axisLabel: { color: '#222' } },
      series: [{ type: 'bar', name: t('alpha'), color: PALETTE[2], data }],
    },
    rows,
  });
}

export async function casesBehindView(params) {
  const filters = Object.fromEntries(params.entries());
  const items = await loadCasesBehind(filters);
  return h('div', {},
    h('h2', {}, t('casesBehind')),
    h('p', { class: 'muted' }, Object.entries(filters).map(([k, v]) => `${k}=${v}`).join(' · ')),
    h('p', {}, `n = ${items.length}`),
    h('ul', { id: 'cases-behind' }, items.map((item) => h('li', {}, h('a', { href: `#/cases/${encodeURIComponent(item.slug)}` }, item.slug)))),
    h('p', {}, h('a', { href: '#/comparison' }, t('back'))));
}
