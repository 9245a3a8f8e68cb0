// One way to draw a figure: an ECharts chart (an image to screen readers, with its label) followed by the same
// numbers as a table in a <details>, so every chart has a text alternative that keyboards and readers reach.
import { h } from './dom.js';
import { t } from './i18n.js';

const ECHARTS = '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';
let echartsModule;
const drawn = new Set();

async function echarts() {
  echartsModule ??= import(ECHARTS);
  return echartsModule;
}

/** A figure: title, chart and its table. rows: arrays of cells, the first row is the header. */
export function figure({ title, caption, option, rows, height = 260 }) {
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': `${title}. ${caption || ''}`, style: `height:${height}px` });
  const table = h('table', {},
    h('caption', {}, t('chartAlt')),
    h('thead', {}, h('tr', {}, rows[0].map((cell) => h('th', { scope: 'col' }, cell)))),
    h('tbody', {}, rows.slice(1).map((row) => h('tr', {}, row.map((cell, index) =>
      index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))));
  const element = h('figure', { class: 'figure' },
    h('figcaption', {}, h('strong', {}, title), caption ? h('span', { class: 'muted' }, ` ${caption}`) : null),
    chart,
    h('details', {}, h('summary', {}, t('showTable')), h('div', { class: 'scroll' }, table)));
  queueMicrotask(() => draw(chart, option));
  return element;
}

async function draw(container, option) {
  const lib = await echarts();
  if (!container.isConnected) {
    return;
  }
  const instance = lib.init(container, null, { renderer: 'svg' });
  instance.setOption({ textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...option });
  drawn.add(instance);
}

/** Charts of a view that is being replaced are disposed of, so they do not keep listening to resizes. */
export function disposeCharts() {
  drawn.forEach((instance) => instance.dispose());
  drawn.clear();
}

window.addEventListener('resize', () => drawn.forEach((instance) => instance.resize()));

export const PALETTE = ['#1f5fa8', '#b8432f', '#2e7d4f', '#7a4fa0', '#8a6d00', '#00707a'];
