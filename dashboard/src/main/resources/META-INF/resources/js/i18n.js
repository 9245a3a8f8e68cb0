// The page's three languages: labels here, data in the language the API answers for Accept-Language.
const STORAGE_KEY = 'dashboard.lang';
export const LANGUAGES = [
  { code: 'zh-TW', label: '中文' },
  { code: 'ja', label: '日本語' },
  { code: 'en', label: 'English' },
];

const LABELS = {
  'zh-TW': {
    title: '地方創生儀表板：臺灣與日本',
    skip: '跳至主要內容',
    language: '語言',
    navComparison: '比較', navCases: '案例', navPartnerships: '夥伴關係',
    loading: '載入中…', failed: '無法載入：', none: '無資料',
    live: '即時更新', liveStream: '已連線（變更串流）', livePolling: '輪詢中（ETag）', liveUpdated: '已更新',
    comparisonTitle: '五個面向的比較', dimension: '面向', group: '群組',
    codes: '主要編碼', share: '占比', n: 'n', cases: '案例', exemplars: '範例引文', locator: '出處',
    unresolved: '未判定', openCases: '查看背後的案例', noDominant: '無主要編碼', paths: '路徑',
    distributions: '各年分布', trend: '趨勢', reliability: '信度', verdict: '判定', slope: '斜率',
    interval: '區間', gap: '差距', year: '年', alpha: 'Krippendorff α', agreement: '一致率',
    coders: '編碼者', units: '單位', showTable: '以表格顯示', chartAlt: '圖表的表格版本',
    casesBehind: '背後的案例', code: '編碼', from: '自', to: '至',
    search: '搜尋', searchPlaceholder: '例如：烏金、里海、UBC', country: '國家', program: '計畫', sdg: 'SDG',
    theme: '主題', yearFrom: '起始年', yearTo: '結束年', any: '全部', apply: '套用', results: '筆結果',
    map: '案例地圖', mapNote: '座標為粗略位置（0.1°），來源見各點說明；原文未提供座標。',
    coordinateSource: '座標來源', programs: '計畫與年度', years: '年度', stakeholders: '利害關係人',
    indicators: '指標', baseline: '基準值', target: '目標', actual: '實際值', evidence: '證據', quote: '引文',
    period: '期間', sdgs: 'SDGs', themes: '主題', lead: '主導大學', back: '返回',
    network: '合作網絡', partnerships: '夥伴關係', phase: '階段', phaseHistory: '階段歷程', updates: '動態',
    reciprocity: '互惠性', direction: '方向', when: '時間', reason: '理由',
    postUpdate: '張貼動態', apiKey: 'API 金鑰', apiKeyHint: '僅保存在此分頁（sessionStorage）',
    kind: '類型', date: '日期', text: '內容', textLang: '內容語言', participantsCount: '參與人數', submit: '送出',
    posted: '已張貼', postFailed: '張貼失敗', institution: '機構', noUpdates: '尚無動態',
  },
  ja: {
    title: '地方創生ダッシュボード：台湾と日本',
    skip: 'メインコンテンツへ移動',
    language: '言語',
    navComparison: '比較', navCases: '事例', navPartnerships: 'パートナーシップ',
    loading: '読み込み中…', failed: '読み込めません：', none: 'データなし',
    live: 'ライブ更新', liveStream: '接続中（変更ストリーム）', livePolling: 'ポーリング中（ETag）', liveUpdated: '更新しました',
    comparisonTitle: '五つの次元の比較', dimension: '次元', group: 'グループ',
    codes: '主なコード', share: '割合', n: 'n', cases: '事例', exemplars: '代表的な引用', locator: '出典箇所',
    unresolved: '未確定', openCases: '根拠の事例を見る', noDominant: '主なコードなし', paths: '経路',
    distributions: '年別の分布', trend: '傾向', reliability: '信頼性', verdict: '判定', slope: '傾き',
    interval: '区間', gap: '差', year: '年', alpha: 'Krippendorff α', agreement: '一致率',
    coders: 'コーダー', units: '単位', showTable: '表で表示', chartAlt: 'グラフの表形式',
    casesBehind: '根拠の事例', code: 'コード', from: 'から', to: 'まで',
    search: '検索', searchPlaceholder: '例：烏金、里海、UBC', country: '国', program: 'プログラム', sdg: 'SDG',
    theme: 'テーマ', yearFrom: '開始年', yearTo: '終了年', any: 'すべて', apply: '適用', results: '件',
    map: '事例の地図', mapNote: '座標はおおよその位置（0.1°）です。各点の出典を参照。原文に座標はありません。',
    coordinateSource: '座標の出典', programs: 'プログラムと年度', years: '年度', stakeholders: 'ステークホルダー',
    indicators: '指標', baseline: '基準値', target: '目標', actual: '実績', evidence: '根拠', quote: '引用',
    period: '期間', sdgs: 'SDGs', themes: 'テーマ', lead: '主導大学', back: '戻る',
    network: '連携ネットワーク', partnerships: 'パートナーシップ', phase: '段階', phaseHistory: '段階の履歴', updates: '近況',
    reciprocity: '互恵性', direction: '方向', when: '日時', reason: '理由',
    postUpdate: '近況を投稿', apiKey: 'API キー', apiKeyHint: 'このタブの間だけ保存（sessionStorage）',
    kind: '種類', date: '日付', text: '本文', textLang: '本文の言語', participantsCount: '参加者数', submit: '送信',
    posted: '投稿しました', postFailed: '投稿できませんでした', institution: '機関', noUpdates: '近況はまだありません',
  },
  en: {
    title: 'Regional revitalization dashboard: Taiwan and Japan',
    skip: 'Skip to main content',
    language: 'Language',
    navComparison: 'Comparison', navCases: 'Cases', navPartnerships: 'Partnerships',
    loading: 'Loading…', failed: 'Could not load: ', none: 'No data',
    live: 'Live updates', liveStream: 'connected (change stream)', livePolling: 'polling (ETag)', liveUpdated: 'updated',
    comparisonTitle: 'The five-dimension comparison', dimension: 'Dimension', group: 'Group',
    codes: 'Dominant codes', share: 'Share', n: 'n', cases: 'Cases', exemplars: 'Exemplar quotes', locator: 'Locator',
    unresolved: 'unresolved', openCases: 'open the cases behind it', noDominant: 'no dominant code', paths: 'paths',
    distributions: 'Distributions by year', trend: 'Trend', reliability: 'Reliability', verdict: 'Verdict', slope: 'Slope',
    interval: 'Interval', gap: 'Gap', year: 'Year', alpha: 'Krippendorff’s α', agreement: 'Agreement',
    coders: 'Coders', units: 'Units', showTable: 'Show as a table', chartAlt: 'The chart as a table',
    casesBehind: 'The cases behind it', code: 'Code', from: 'from', to: 'to',
    search: 'Search', searchPlaceholder: 'e.g. 烏金, satoumi, UBC', country: 'Country', program: 'Program', sdg: 'SDG',
    theme: 'Theme', yearFrom: 'From year', yearTo: 'To year', any: 'any', apply: 'Apply', results: 'results',
    map: 'Map of the cases', mapNote: 'Coordinates are coarse (0.1°); each point says where it comes from. The source text gives none.',
    coordinateSource: 'Coordinate source', programs: 'Programs and years', years: 'Years', stakeholders: 'Stakeholders',
    indicators: 'Indicators', baseline: 'Baseline', target: 'Target', actual: 'Actual', evidence: 'Evidence', quote: 'Quote',
    period: 'Period', sdgs: 'SDGs', themes: 'Themes', lead: 'Lead university', back: 'Back',
    network: 'Partnership network', partnerships: 'Partnerships', phase: 'Phase', phaseHistory: 'Phase history', updates: 'Updates',
    reciprocity: 'Reciprocity', direction: 'Direction', when: 'When', reason: 'Reason',
    postUpdate: 'Post an update', apiKey: 'API key', apiKeyHint: 'kept for this tab only (sessionStorage)',
    kind: 'Kind', date: 'Date', text: 'Text', textLang: 'Text language', participantsCount: 'Participants', submit: 'Send',
    posted: 'Posted', postFailed: 'Not posted', institution: 'Institution', noUpdates: 'No updates yet',
  },
};

let current = initial();
const listeners = [];

function initial() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LABELS[stored]) {
    return stored;
  }
  const preferred = (navigator.languages || []).map((l) => l.toLowerCase());
  const match = preferred.find((l) => l.startsWith('zh') || l.startsWith('ja') || l.startsWith('en')) || 'en';
  return match.startsWith('zh') ? 'zh-TW' : match.slice(0, 2);
}

export function language() {
  return current;
}

export function t(key) {
  return LABELS[current][key] ?? LABELS.en[key] ?? key;
}

export function setLanguage(code) {
  if (!LABELS[code] || code === current) {
    return;
  }
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  applyToDocument();
  listeners.forEach((listener) => listener(code));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** Sets <html lang> and every element's [data-i18n] text (and [data-i18n-placeholder]). */
export function applyToDocument(root = document) {
  document.documentElement.lang = current;
  document.title = t('title');
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}
