// Cases: search (any of the three languages and variant forms: the API folds them), filters, the list, a map that
// needs no tile server (an SVG drawn from the dashboard's own coarse coordinates), and one case's page.
import { get, query } from '../api.js';
import { figure, PALETTE } from '../charts.js';
import { h, localized, localizedLang } from '../dom.js';
import { language, t } from '../i18n.js';

const FILTERS = ['q', 'country', 'program', 'sdg', 'theme', 'yearFrom', 'yearTo'];
let locations;

export async function casesView(params) {
  const lang = language();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || '']));
  const { q, ...rest } = filters;
  const [answer, programs, places] = await Promise.all([
    q ? get('/api/v1/cases/search' + query({ q, ...rest, limit: 200 })) : get('/api/v1/cases' + query({ ...rest, limit: 200 })),
    get('/api/v1/programs' + query({ limit: 200 })),
    caseLocations(),
  ]);
  const cases = answer.items.map((item) => item.case || item);
  return h('div', {},
    h('h2', {}, t('navCases')),
    filterForm(filters, programs.items, lang),
    h('p', { role: 'status', id: 'case-count' }, `${cases.length} ${t('results')}`),
    h('ul', { class: 'case-list', id: 'case-list' }, cases.map((c) => h('li', {},
      h('a', { href: `#/cases/${encodeURIComponent(c.slug)}`, lang: localizedLang(c.title, lang) }, localized(c.title, lang)),
      ' ', h('span', { class: 'badge' }, c.country),
      ' ', h('span', { class: 'muted', lang: localizedLang(c.leadInstitution?.name, lang) }, localized(c.leadInstitution?.name, lang))))),
    caseMap(cases, places, lang));
}

function filterForm(filters, programs, lang) {
  const field = (name, label, control) => h('div', { class: 'field' }, h('label', { for: `filter-${name}` }, label), control);
  const input = (name, attributes = {}) => h('input', { id: `filter-${name}`, name, value: filters[name], ...attributes });
  const select = (name, options) => h('select', { id: `filter-${name}`, name },
    h('option', { value: '' }, t('any')),
    options.map(([value, label]) => h('option', { value, selected: String(value) === filters[name] }, label)));
  const form = h('form', { class: 'filters', role: 'search', id: 'case-search' },
    field('q', t('search'), input('q', { type: 'search', placeholder: t('searchPlaceholder') })),
    field('country', t('country'), select('country', [['JP', 'JP'], ['TW', 'TW']])),
    field('program', t('program'), select('program', programs.map((p) => [p.code, localized(p.name, lang)]))),
    field('sdg', t('sdg'), select('sdg', Array.from({ length: 17 }, (_, i) => [i + 1, `SDG ${i + 1}`]))),
    field('theme', t('theme'), input('theme')),
    field('yearFrom', t('yearFrom'), input('yearFrom', { inputmode: 'numeric', size: 6 })),
    field('yearTo', t('yearTo'), input('yearTo', { inputmode: 'numeric', size: 6 })),
    h('button', { type: 'submit' }, t('apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    location.hash = `#/cases${query(values)}`;
  });
  return form;
}

async function caseLocations() {
  locations ??= fetch('data/case-locations.json').then((response) => response.json());
  return locations;
}

/** Equirectangular over Taiwan and Japan's main islands, longitudes shrunk by cos 30° so shapes are not stretched. */
const BOUNDS = { west: 119, east: 142, south: 21.5, north: 39 };
const SCALE = 40;
const X = (lon) => (lon - BOUNDS.west) * SCALE * Math.cos(Math.PI / 6);
const Y = (lat) => (BOUNDS.north - lat) * SCALE;

function caseMap(cases, places, lang) {
  const svgNs = 'http://www.w3.org/2000/svg';
  const s = (tag, attributes = {}, ...children) => {
    const element = document.createElementNS(svgNs, tag);
    Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
    children.forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(child)));
    return element;
  };
  const width = X(BOUNDS.east);
  const height = Y(BOUNDS.south);
  const bySlug = new Map(places.cases.map((place) => [place.slug, place]));
  const shown = cases.filter((c) => bySlug.has(c.slug));
  const grid = [];
  for (let lon = 120; lon <= 140; lon += 2) {
    grid.push(s('line', { x1: X(lon), x2: X(lon), y1: 0, y2: height, class: 'graticule' }),
      s('text', { x: X(lon) + 2, y: height - 4, class: 'graticule-label' }, `${lon}°E`));
  }
  for (let lat = 22; lat <= 38; lat += 2) {
    grid.push(s('line', { x1: 0, x2: width, y1: Y(lat), y2: Y(lat), class: 'graticule' }),
      s('text', { x: 2, y: Y(lat) - 2, class: 'graticule-label' }, `${lat}°N`));
  }
  const stacked = new Map();
  const points = shown.map((c) => {
    const place = bySlug.get(c.slug);
    const key = `${place.latitude},${place.longitude}`;
    const index = stacked.get(key) || 0;
    stacked.set(key, index + 1);
    const title = `${localized(c.title, lang)} — ${place.place} (${place.latitude}°N, ${place.longitude}°E; ${place.basis})`;
    return s('a', { href: `#/cases/${encodeURIComponent(c.slug)}`, 'aria-label': title },
      s('title', {}, title),
      s('circle', { cx: X(place.longitude) + index * 9, cy: Y(place.latitude), r: 6,
        fill: c.country === 'JP' ? PALETTE[1] : PALETTE[0], class: 'map-point' }));
  });
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-labelledby': 'map-title', class: 'map' },
    s('rect', { x: 0, y: 0, width, height, class: 'sea' }),
    s('text', { x: X(120.2), y: Y(25.9), class: 'map-label' }, 'Taiwan 臺灣'),
    s('text', { x: X(132.5), y: Y(37.5), class: 'map-label' }, 'Japan 日本'), ...grid, ...points);
  return h('section', { 'aria-labelledby': 'map-title' },
    h('h3', { id: 'map-title' }, t('map')),
    h('p', { class: 'muted' }, t('mapNote')),
    svg,
    h('details', {}, h('summary', {}, t('coordinateSource')),
      h('p', { class: 'muted', lang: 'en' }, places.about),
      h('ul', {}, shown.map((c) => {
        const place = bySlug.get(c.slug);
        return h('li', {}, h('a', { href: `#/cases/${encodeURIComponent(c.slug)}` }, c.slug),
          `: ${place.latitude}°N ${place.longitude}°E — `, h('span', { lang: 'en' }, `${place.basis}: ${place.place}`));
      }))));
}

export async function caseView(slug) {
  const lang = language();
  const c = await get(`/api/v1/cases/${encodeURIComponent(slug)}`);
  const period = c.display?.startYear || c.period?.startYear
    ? `${c.display?.startYear ?? c.period?.startYear ?? '?'} – ${c.display?.endYear ?? c.period?.endYear ?? ''}` : '–';
  return h('article', { id: 'case-page', dataset: { slug: c.slug } },
    h('p', {}, h('a', { href: '#/cases' }, `← ${t('back')}`)),
    h('h2', { lang: localizedLang(c.title, lang) }, localized(c.title, lang)),
    c.summary ? h('p', { lang: localizedLang(c.summary, lang) }, localized(c.summary, lang)) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, t('country')), h('dd', {}, c.country),
      h('dt', {}, t('lead')), h('dd', { lang: localizedLang(c.leadInstitution?.name, lang) }, localized(c.leadInstitution?.name, lang)),
      h('dt', {}, t('period')), h('dd', {}, period),
      h('dt', {}, t('sdgs')), h('dd', {}, c.sdgs.length ? c.sdgs.map((n) => `SDG ${n}`).join(', ') : '–'),
      h('dt', {}, t('themes')), h('dd', {}, c.themes.length ? c.themes.join(', ') : '–')),
    h('h3', {}, t('programs')),
    list(c.programs, (p) => [h('span', { lang: localizedLang(p.name, lang) }, localized(p.name, lang)), ` (${p.program})`,
      ` · ${t('years')}: ${p.years?.length ? p.years.join(', ') : '–'}`]),
    h('h3', {}, t('stakeholders')),
    list(c.stakeholders, (s) => [h('strong', {}, s.kind), ' ', s.institution ? localized(s.institution.name, lang) : '',
      ' ', h('span', { lang: localizedLang(s.description, lang) }, localized(s.description, lang))]),
    h('h3', {}, t('indicators')),
    c.indicators.length ? c.indicators.map((indicator) => indicatorFigure(indicator, lang)) : h('p', { class: 'muted' }, t('none')),
    h('h3', {}, t('evidence')),
    list(c.evidence, (e) => [h('blockquote', { lang: 'zh-TW' }, e.quote),
      h('span', { class: 'muted' }, `${t('locator')}: ${e.locator}`, e.supports ? ` · ${e.supports}` : '')]),
    c.withheld?.length ? h('p', { class: 'muted' }, `withheld: ${c.withheld.join(', ')}`) : null);
}

function list(items, render) {
  return items?.length ? h('ul', {}, items.map((item) => h('li', {}, render(item)))) : h('p', { class: 'muted' }, t('none'));
}

function indicatorFigure(indicator, lang) {
  const years = [...new Set([...(indicator.series || []).map((p) => p.year), indicator.baselineYear, indicator.targetYear]
    .filter((year) => year !== null && year !== undefined))].sort();
  const at = (year, value) => years.map((y) => (y === year ? value : null));
  const actual = years.map((y) => (indicator.series || []).find((p) => p.year === y)?.value ?? null);
  const name = `${localized(indicator.name, lang) || indicator.code}${indicator.unit ? ` (${indicator.unit})` : ''}`;
  return figure({
    title: name, caption: `n = ${(indicator.series || []).length}`,
    option: {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 48, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: years.map(String), axisLabel: { color: '#222' } },
      yAxis: { type: 'value', axisLabel: { color: '#222' } },
      series: [
        { name: t('actual'), type: 'line', data: actual, color: PALETTE[0], connectNulls: true },
        { name: t('baseline'), type: 'scatter', symbolSize: 12, data: at(indicator.baselineYear, indicator.baseline), color: PALETTE[4] },
        { name: t('target'), type: 'scatter', symbol: 'diamond', symbolSize: 14, data: at(indicator.targetYear, indicator.target), color: PALETTE[1] },
      ],
    },
    rows: [[t('year'), t('actual'), t('baseline'), t('target')],
      ...years.map((year, index) => [year, actual[index] ?? '–',
        year === indicator.baselineYear ? indicator.baseline : '–', year === indicator.targetYear ? indicator.target : '–'])],
  });
}
