// The comparison table's one source: what it fetches and how the answer becomes the table's rows. Only this module
// knows the API's shapes, so moving to GET /api/v1/comparisons/table (one read with the locators in it) changes
// this file alone; the view renders the model below.
//
// model: { dataVersion, years: {from, to}, groups: [{key, label}],
//          rows: [{ id, label, scale, cells: { [groupKey]: { n, casesLink, codes: [{ code, label, share, n, casesLink,
//                   exemplars: [{ caseSlug, year, quote, locator }] }] } } }] }
import { get, query } from './api.js';
import { localized } from './dom.js';

const OVERVIEW = '/api/v1/comparisons/overview';
const CODINGS = '/api/v1/codings';
const CASES_BEHIND = '/api/v1/comparisons/cases';

/** Locators of exemplar quotes by dimension|case|year|quote, and the dimensions read at each data version. */
const locatorCache = new Map();
const readDimensions = new Set();

export async function loadComparisonTable({ groupBy = 'country', groups = ['JP', 'TW'] }, lang) {
  const overview = await get(OVERVIEW + query({ groupBy, groups: groups.join(',') }));
  const locators = await locatorsFor(overview);
  const slugs = overview.cases || {};
  const cellsByKey = new Map(overview.cells.map((cell) => [`${cell.dimension}|${cell.group}`, cell]));
  const behind = (dimension, group, code) => `#/behind${query({
    dimension, group, code, groupBy, from: overview.years?.from, to: overview.years?.to,
  })}`;
  return {
    dataVersion: overview.dataVersion,
    years: overview.years,
    groups: overview.groups,
    rows: overview.dimensions.map((dimension) => {
      const codeLabels = new Map(dimension.codes.map((code) => [code.id, localized(code.label, lang)]));
      const cells = {};
      overview.groups.forEach((group) => {
        const cell = cellsByKey.get(`${dimension.id}|${group.key}`) || { n: 0, dominantCodes: [] };
        cells[group.key] = {
          n: cell.n,
          casesLink: behind(dimension.id, group.key),
          codes: cell.dominantCodes.map((dominant) => ({
            code: dominant.code,
            label: codeLabels.get(dominant.code) || dominant.code,
            share: dominant.share,
            n: dominant.n,
            casesLink: behind(dimension.id, group.key, dominant.code),
            exemplars: dominant.exemplars.flatMap((exemplar) => exemplar.evidence.map((quote) => ({
              caseSlug: slugs[exemplar.caseId] || exemplar.caseId,
              year: exemplar.year,
              quote,
              locator: locators.get(`${dimension.id}|${exemplar.caseId}|${exemplar.year}|${quote}`) ?? null,
            }))),
          })),
        };
      });
      return { id: dimension.id, label: localized(dimension.label, lang), scale: dimension.scale, cells };
    }),
  };
}

/** The cases behind one figure, all pages (the API lists at most 200 a page). */
export async function loadCasesBehind(params) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(CASES_BEHIND + query({ ...params, limit: 200, cursor }));
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

/**
 * Locators of the exemplar quotes: the overview gives the quotes only, the codings give each quote's locator. Codings
 * never change (a correction is a new coding), so what was found is kept; only a dimension with an exemplar quote not
 * yet known is read again: one page of its codings, the dimensions in parallel, so a table costs a bounded number of
 * requests at any size, and a live refresh usually none. A quote not on that page is shown without its locator.
 */
async function locatorsFor(overview) {
  const unknown = [...new Set(overview.cells.flatMap((cell) => cell.dominantCodes.flatMap((dominant) =>
    dominant.exemplars.filter((exemplar) => exemplar.evidence.some((quote) =>
      !locatorCache.has(`${cell.dimension}|${exemplar.caseId}|${exemplar.year}|${quote}`)))
      .map(() => cell.dimension))))].filter((dimension) => !readDimensions.has(`${overview.dataVersion}|${dimension}`));
  await Promise.all(unknown.map(async (dimension) => {
    readDimensions.add(`${overview.dataVersion}|${dimension}`);
    const page = await get(CODINGS + query({ dimension, codebook: overview.codebook?.slug, limit: 200 }));
    page.items.forEach((coding) => {
      if (coding.evidence?.quote) {
        locatorCache.set(`${dimension}|${coding.caseId}|${coding.year}|${coding.evidence.quote}`, coding.evidence.locator);
      }
    });
  }));
  return locatorCache;
}
