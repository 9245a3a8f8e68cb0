// Partnerships: the network of institutions (a graph with a table alternative), reciprocity, each partnership's
// phase history and updates feed, and the form partner offices post updates with (their API key stays in this tab).
import { ApiError, get, send } from '../api.js';
import { figure, PALETTE } from '../charts.js';
import { h, localized, localizedLang, percent } from '../dom.js';
import { language, t } from '../i18n.js';

const KEY_STORAGE = 'dashboard.apiKey';

export async function partnershipsView() {
  const lang = language();
  const [network, list, reciprocity, feed] = await Promise.all([
    get('/api/v1/partnerships/network'), get('/api/v1/partnerships?limit=200'),
    get('/api/v1/partnerships/reciprocity'), get('/api/v1/partnerships/updates?limit=20'),
  ]);
  return h('div', {},
    h('h2', {}, t('navPartnerships')),
    networkFigure(network),
    h('h3', {}, t('partnerships')),
    h('ul', { id: 'partnership-list' }, list.items.map((p) => h('li', {},
      h('a', { href: `#/partnerships/${encodeURIComponent(p.slug)}`, lang: localizedLang(p.title, lang) }, localized(p.title, lang)),
      ` · ${p.kind} · ${t('phase')}: ${p.phase ?? '–'}`))),
    reciprocityTable(reciprocity),
    h('h3', {}, t('updates')),
    updatesList(feed.items, lang));
}

function networkFigure(network) {
  const nodes = network.nodes.map((node) => ({
    id: node.id, name: node.label, value: node.partnerships, symbolSize: 18 + 6 * node.partnerships,
    itemStyle: { color: node.country === 'JP' ? PALETTE[1] : PALETTE[0] }, label: { show: true, color: '#111' },
  }));
  const links = network.edges.map((edge) => ({ source: edge.source, target: edge.target, name: edge.label,
    lineStyle: { width: 2 + edge.activities, color: '#555' } }));
  const names = new Map(network.nodes.map((node) => [node.id, `${node.label} (${node.country})`]));
  return figure({
    title: t('network'), caption: `n = ${network.nodes.length} / ${network.edges.length}`,
    option: {
      tooltip: {}, series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links,
        force: { repulsion: 260, edgeLength: 110 }, edgeLabel: { show: false } }],
    },
    rows: [[t('partnerships'), t('institution'), t('institution'), t('phase'), 'activities'],
      ...network.edges.map((edge) => [h('a', { href: `#/partnerships/${encodeURIComponent(edge.partnershipSlug)}` }, edge.label),
        names.get(edge.source), names.get(edge.target), edge.phase ?? '–', edge.activities]),
      ...network.unnamedMembership.map((p) => [h('a', { href: `#/partnerships/${encodeURIComponent(p.partnershipSlug)}` }, p.label),
        '–', '–', '–', '–'])],
    height: 340,
  });
}

function reciprocityTable(reciprocity) {
  const row = (label, r) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, r.activities),
    h('td', {}, `${r.jpToTw} (${percent(r.jpToTwShare)})`), h('td', {}, `${r.twToJp} (${percent(r.twToJpShare)})`),
    h('td', {}, `${r.mutual} (${percent(r.mutualShare)})`));
  return h('section', {}, h('h3', {}, t('reciprocity')), h('div', { class: 'scroll' }, h('table', {},
    h('thead', {}, h('tr', {}, [t('year'), 'n', 'JP → TW', 'TW → JP', 'MUTUAL'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, row('all', reciprocity.allYears), reciprocity.years.map((y) => row(String(y.year), y))))));
}

function updatesList(items, lang) {
  if (!items.length) {
    return h('p', { class: 'muted', id: 'updates' }, t('noUpdates'));
  }
  return h('ul', { id: 'updates', class: 'updates' }, items.map((u) => h('li', {},
    h('strong', {}, `${u.date} · ${u.kind} · ${u.direction ?? ''}`), ' ',
    h('span', { lang: localizedLang(u.text, lang) }, u.displayText ?? localized(u.text, lang)),
    u.status === 'WITHDRAWN' ? h('span', { class: 'badge' }, 'WITHDRAWN') : null)));
}

export async function partnershipView(slug) {
  const lang = language();
  const path = `/api/v1/partnerships/${encodeURIComponent(slug)}`;
  const [p, history, updates] = await Promise.all([get(path), get(`${path}/phase-history`), get(`${path}/updates?limit=50`)]);
  return h('article', { id: 'partnership-page' },
    h('p', {}, h('a', { href: '#/partnerships' }, `← ${t('back')}`)),
    h('h2', { lang: localizedLang(p.title, lang) }, localized(p.title, lang)),
    h('p', { lang: localizedLang(p.description, lang) }, localized(p.description, lang)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('kind')), h('dd', {}, p.kind),
      h('dt', {}, t('phase')), h('dd', {}, p.phase ?? '–'),
      h('dt', {}, t('institution')), h('dd', {}, p.members.map((m) => `${m.displayName} (${m.country}, ${m.role})`).join(' · ') || '–')),
    h('h3', {}, t('phaseHistory')),
    h('div', { class: 'scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, [t('from'), t('to'), t('when'), t('reason'), t('evidence')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, history.items.map((step) => h('tr', {},
        h('td', {}, step.from ?? '–'), h('td', {}, step.to ?? '–'), h('td', {}, step.at ?? '–'),
        h('td', { lang: localizedLang(step.reason, lang) }, localized(step.reason, lang)),
        h('td', {}, (step.evidence || []).map((e) => h('p', {}, h('q', { lang: 'zh-TW' }, e.quote), ` (${e.locator})`)))))))),
    h('h3', {}, t('updates')),
    updatesList(updates.items, lang),
    updateForm(slug));
}

function updateForm(slug) {
  const field = (name, label, control, hint) => h('div', { class: 'field' },
    h('label', { for: `update-${name}` }, label), control,
    hint ? h('p', { class: 'hint', id: `update-${name}-hint` }, hint) : null,
    h('p', { class: 'field-error', id: `update-${name}-error`, 'aria-live': 'polite' }));
  const select = (name, values) => h('select', { id: `update-${name}`, name, 'aria-describedby': `update-${name}-error` },
    values.map((value) => h('option', { value }, value)));
  const apiKey = h('input', { id: 'update-apiKey', name: 'apiKey', type: 'password', autocomplete: 'off', required: true,
    value: sessionStorage.getItem(KEY_STORAGE) || '', 'aria-describedby': 'update-apiKey-hint update-apiKey-error' });
  const form = h('form', { id: 'update-form', class: 'update-form', novalidate: true },
    h('h3', {}, t('postUpdate')),
    field('apiKey', t('apiKey'), apiKey, t('apiKeyHint')),
    field('kind', t('kind'), select('kind', ['ACTIVITY', 'MILESTONE', 'OUTCOME'])),
    field('date', t('date'), h('input', { id: 'update-date', name: 'date', type: 'date', 'aria-describedby': 'update-date-error',
      value: new Date().toISOString().slice(0, 10) })),
    field('direction', t('direction'), select('direction', ['MUTUAL', 'JP_TO_TW', 'TW_TO_JP'])),
    field('textLang', t('textLang'), select('textLang', ['zh-TW', 'ja', 'en'])),
    field('text', t('text'), h('textarea', { id: 'update-text', name: 'text', rows: 3, 'aria-describedby': 'update-text-error' })),
    h('button', { type: 'submit' }, t('submit')),
    h('p', { id: 'update-result', role: 'status' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    sessionStorage.setItem(KEY_STORAGE, values.apiKey);
    form.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    const result = form.querySelector('#update-result');
    const payload = { kind: values.kind, date: values.date || null, direction: values.direction,
      text: values.text ? { [values.textLang]: values.text } : {} };
    try {
      await send('POST', `/api/v1/partnerships/${encodeURIComponent(slug)}/updates`, payload, values.apiKey);
      result.textContent = t('posted');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      result.textContent = `${t('postFailed')}: ${error.message}`;
      showFieldErrors(form, error);
    }
  });
  return form;
}

/** Puts each of the problem's errors[{field, message}] under the field it names (text.en → text). */
function showFieldErrors(form, error) {
  if (!(error instanceof ApiError)) {
    return;
  }
  if (error.status === 401 || error.status === 403) {
    mark(form, 'apiKey', error.message);
  }
  (error.problem?.errors || []).forEach(({ field, message }) => {
    const name = String(field).split(/[.[]/)[0];
    mark(form, form.querySelector(`#update-${name}-error`) ? name : 'text', `${field}: ${message}`);
  });
}

function mark(form, name, message) {
  const target = form.querySelector(`#update-${name}-error`);
  target.textContent = target.textContent ? `${target.textContent} ${message}` : message;
  form.querySelector(`#update-${name}`)?.setAttribute('aria-invalid', 'true');
}
