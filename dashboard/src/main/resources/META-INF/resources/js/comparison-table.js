// The comparison table's one source: what it fetches and how the answer becomes the table's rows. It reads
// GET /api/v1/comparisons/table, the source's table as the data draw it: the text's rows (label, insight), and per
// dimension of a row and group the dominant codes with shares, n, cases and exemplar quotes with their locators.
//
// model: { dataVersion, years: {from, to}, groups: [{key, label}],
//          rows: [{ id, label, insight, inText, scale, cells: { [groupKey]: { n, casesLink, paths,
//                   codes: [{ code, label, share, n, casesLink, exemplars: [{ caseSlug, year, quote, locator }] }] } } }] }
// A row of the text read through several dimensions (人才培育焦點: talent and horizon) is one model row per dimension.
import { get, query } from './api.js';
import { localized } from './dom.js';

const TABLE = '/api/v1/comparisons/table';
const CASES_BEHIND = '/api/v1/comparisons/cases';

export async function loadComparisonTable({ groupBy = 'country', groups = ['JP', 'TW'] }, lang) {
  const table = await get(TABLE + query({ groupBy, groups: groups.join(',') }));
  const slugs = table.cases || {};
  const behind = (dimension, group, code) => `#/behind${query({
    dimension, group, code, groupBy, from: table.years?.from, to: table.years?.to,
  })}`;
  return {
    dataVersion: table.dataVersion,
    years: table.years,
    groups: table.groups,
    rows: table.rows.flatMap((row) => row.dimensions.map(({ dimension, cells }, index) => {
      const codeLabels = new Map(dimension.codes.map((code) => [code.id, localized(code.label, lang)]));
      const rowLabel = localized(row.label, lang);
      const label = row.inText && row.dimensions.length > 1 ? `${rowLabel} · ${localized(dimension.label, lang)}` : rowLabel;
      const byGroup = {};
      cells.forEach((cell) => {
        byGroup[cell.group] = {
          n: cell.n,
          casesLink: behind(dimension.id, cell.group),
          paths: cell.paths ? cell.paths.paths.map((path) => ({
            stages: path.stages.map((stage) => codeLabels.get(stage) || stage), n: path.n,
          })) : null,
          codes: cell.dominantCodes.map((dominant) => ({
            code: dominant.code,
            label: codeLabels.get(dominant.code) || dominant.code,
            share: dominant.share,
            n: dominant.n,
            casesLink: behind(dimension.id, cell.group, dominant.code),
            exemplars: dominant.exemplars.flatMap((exemplar) => exemplar.quotes.map((quote) => ({
              caseSlug: slugs[exemplar.caseId] || exemplar.caseId,
              year: exemplar.year,
              quote: quote.quote,
              locator: quote.locator,
            }))),
          })),
        };
      });
      return {
        id: dimension.id,
        label,
        insight: index === 0 && row.insight ? localized(row.insight, lang) : null,
        inText: row.inText,
        scale: dimension.scale,
        cells: byGroup,
      };
    })),
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
