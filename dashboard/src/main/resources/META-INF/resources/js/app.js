// The page: a hash router over the views, the language switch, and live refreshes of what is on screen.
import { ApiError } from './api.js';
import { disposeCharts } from './charts.js';
import { h } from './dom.js';
import { applyToDocument, language, onLanguageChange, setLanguage, t } from './i18n.js';
import { followChanges } from './live.js';
import { caseView, casesView } from './views/cases.js';
import { casesBehindView, comparisonView } from './views/comparison.js';
import { partnershipView, partnershipsView } from './views/partnerships.js';

const main = document.getElementById('main');
const liveStatus = document.getElementById('live-status');
let rendering = 0;
let liveState = '';

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'cases':
      return { section: 'cases', live: false, render: () => (parts[1] ? caseView(parts[1]) : casesView(params)) };
    case 'partnerships':
      return { section: 'partnerships', live: false, render: () => (parts[1] ? partnershipView(parts[1]) : partnershipsView()) };
    case 'behind':
      return { section: 'comparison', live: true, render: () => casesBehindView(params) };
    default:
      return { section: 'comparison', live: true, render: () => comparisonView(params) };
  }
}

/** Renders the current view; a live refresh keeps the old content on screen until the new one is ready. */
async function render({ refresh = false } = {}) {
  const current = route();
  const ticket = ++rendering;
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (link.dataset.nav === current.section) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  if (!refresh) {
    main.setAttribute('aria-busy', 'true');
  }
  let content;
  try {
    content = await current.render();
  } catch (error) {
    content = h('p', { class: 'error', role: 'alert' }, t('failed'),
      error instanceof ApiError ? `${error.status} ${error.message}` : error.message);
  }
  if (ticket !== rendering) {
    return;
  }
  const scroll = window.scrollY;
  disposeCharts();
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  main.dataset.rendered = String(ticket);
  if (refresh) {
    window.scrollTo(0, scroll);
    showLive(liveState, true);
  } else {
    main.focus({ preventScroll: true });
  }
}

/**
 * Changes often come in bursts (a case and its institution, an import): they are gathered for a moment, and while a
 * refresh is being read, further changes only ask for one more refresh after it.
 */
let refreshing = null;
let refreshAgain = false;
const GATHER_MS = 100;

function refreshLiveView() {
  if (!route().live) {
    return;
  }
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = new Promise((resolve) => setTimeout(resolve, GATHER_MS))
    .then(() => render({ refresh: true }))
    .finally(() => {
      refreshing = null;
      if (refreshAgain) {
        refreshAgain = false;
        refreshLiveView();
      }
    });
}

function showLive(state, updated = false) {
  liveState = state;
  const label = state === 'stream' ? t('liveStream') : state === 'polling' ? t('livePolling') : '';
  liveStatus.textContent = label ? `${t('live')}: ${label}${updated ? ` · ${t('liveUpdated')} ${new Date().toLocaleTimeString(language())}` : ''}` : '';
  liveStatus.dataset.state = state;
}

function setUpLanguages() {
  document.querySelectorAll('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  });
  const mark = () => document.querySelectorAll('[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
  });
  mark();
  onLanguageChange(() => {
    mark();
    showLive(liveState);
    render({ refresh: true });
  });
}

applyToDocument();
setUpLanguages();
window.addEventListener('hashchange', () => render());
followChanges(refreshLiveView, showLive);
render();
