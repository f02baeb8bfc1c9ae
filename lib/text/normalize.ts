/**
 * Text normalisation shared by every reader (DOM, plain text).
 * Labels are compared after folding width, whitespace, brackets and the traditional
 * characters that mirror sites use, so one pattern serves every portal's spelling.
 */

// Only characters that occur in the template's labels; a full converter would weigh more
// than the content script may.
const TRADITIONAL: Record<string, string> = {
  與: '与',
  實: '实',
  會: '会',
  開: '开',
  數: '数',
  處: '处',
  請: '请',
  結: '结',
  轉: '转',
  辦: '办',
  務: '务',
  資: '资',
  訊: '讯',
  機: '机',
  關: '关',
  護: '护',
  權: '权',
  內: '内',
  過: '过',
  執: '执',
  檔: '档',
  詢: '询',
  項: '项',
  無: '无',
  現: '现',
  補: '补',
  確: '确',
  訪: '访',
  舉: '举',
  報: '报',
  訴: '诉',
  複: '复',
  構: '构',
  業: '业',
  織: '织',
  體: '体',
  計: '计',
  總: '总',
  據: '据',
  為: '为',
  國: '国',
  規: '规',
  險: '险',
  穩: '稳',
  類: '类',
  頁: '页',
  門: '门',
  訂: '订',
  證: '证',
  繳: '缴',
  納: '纳',
  費: '费',
  後: '后',
  復: '复',
  審: '审',
  維: '维',
  糾: '纠',
  對: '对',
  應: '应',
  決: '决',
  錄: '录',
  條: '条',
  產: '产',
  發: '发',
  廢: '废',
  單: '单',
  經: '经',
  歸: '归',
  戶: '户',
  於: '于',
  給: '给',
  這: '这',
  說: '说',
  時: '时',
  間: '间',
  區: '区',
  縣: '县',
  鎮: '镇',
  鄉: '乡',
  們: '们',
  來: '来',
  兩: '两',
  樣: '样',
  種: '种',
  學: '学',
  員: '员',
  頒: '颁',
  佈: '布',
  將: '将',
  預: '预',
  環: '环',
  舊: '旧',
  穫: '获',
  獲: '获',
  從: '从',
  聯: '联',
  繫: '系',
  號: '号',
  圍: '围',
  錢: '钱',
  額: '额',
  萬: '万',
  齊: '齐',
  錯: '错',
  誤: '误',
  題: '题',
  況: '况',
  進: '进',
  標: '标',
  準: '准',
  簡: '简',
};

/** Fold width (full-width digits, brackets, letters) and traditional characters. */
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');
// Characters NFKC changes in these reports: full-width forms, ideographic space, compatibility
// ideographs, enclosed and circled numbers. Text without any skips the (costly) normalisation.
const NEEDS_NFKC = /[\u00a0\u2000-\u2fff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

export function fold(text: string): string {
  let out = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  TRADITIONAL_CHARS.lastIndex = 0;
  if (TRADITIONAL_CHARS.test(out)) out = out.replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL[ch] ?? ch);
  return out;
}

const SPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]+/g;

/** Collapse every kind of white space to single spaces and trim. */
export function squash(text: string): string {
  return text.replace(SPACE, ' ').trim();
}

/**
 * A label reduced to its words: folded, without white space, brackets, quotes or
 * the numbering that portals print in a dozen ways (一、 （一） (1) 1. 1、).
 */
// Tables repeat a handful of texts ("0", "1", labels) hundreds of times: read each once.
const CACHE_LIMIT = 4096;

function cached<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = read(text);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, v);
    }
    return v;
  };
}

export const labelKey: (text: string) => string = cached(readLabelKey);

function readLabelKey(text: string): string {
  return fold(text)
    .replace(SPACE, '')
    .replace(/[()（）【】[\]〔〕“”"'‘’「」『』《》<>]/g, '')
    .replace(/[,，.。、:：;；·•]/g, '');
}

export type CellValue = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'placeholder'; raw: string } | { kind: 'unparsed'; raw: string };

const PLACEHOLDER = /^(?:无|[-‐‑‒–—―−－/／\\~～_…·.]+)$/;

/** Reads one cell as SPEC.md §2 says: number, blank, placeholder or unparsed. */
export const parseCellValue: (raw: string) => CellValue = cached(readCellValue);

function readCellValue(raw: string): CellValue {
  if (/^\s*\d{1,15}\s*$/.test(raw)) return { kind: 'number', value: Number(raw) };
  const text = fold(raw).replace(SPACE, '');
  if (text === '') return { kind: 'blank' };
  if (/^\d+$/.test(text)) return toNumber(text, raw);
  // Thousands separators only where they separate groups of three.
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return toNumber(text.replace(/,/g, ''), raw);
  if (PLACEHOLDER.test(text)) return { kind: 'placeholder', raw: squash(raw) };
  return { kind: 'unparsed', raw: squash(raw) };
}

function toNumber(digits: string, raw: string): CellValue {
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { kind: 'unparsed', raw: squash(raw) };
  return { kind: 'number', value };
}

/** Whether a cell's text reads as a value of the table (number, blank or placeholder). */
export function isValueLike(raw: string): boolean {
  const v = parseCellValue(raw);
  return v.kind !== 'unparsed';
}

/** Whether a cell's text is a label: it carries CJK or Latin words and is not a value. */
export function isLabelText(raw: string): boolean {
  if (isValueLike(raw)) return false;
  return /[\u4e00-\u9fff\uf900-\ufaffA-Za-z\uff21-\uff3a\uff41-\uff5a]/.test(raw);
}
