import { fold } from '../text/normalize';
import { clauses, clip, sentences } from './prose';

/**
 * Figures that 一、总体情况 states in words about applications, review and litigation:
 * 共收到政府信息公开申请154件 · 办结148件 · 予以公开及部分公开42件 · 结转至2026年6件 ·
 * 行政复议36起 · 行政诉讼9起 · 未收到政府信息公开申请 · 未发生…行政复议和行政诉讼.
 *
 * Reading is deliberately narrow: a figure is taken only from a clause that names what it counts
 * and says 公开 (so 受理行政许可申请 and a 司法局's own 行政复议 caseload are left alone). A clause
 * that names a part (其中, 自然人, 网上申请…) gives a `part` figure: the table may bear it out, but it
 * never contradicts the table (全县共收到500件，其中本级20件 against a table of the 本级 alone).
 */
export type FigureKind = 'received' | 'concluded' | 'granted' | 'partially_granted' | 'carried_over' | 'carried_forward' | 'review' | 'litigation';

/** Which table figures a stated figure may mean. */
export type Meaning =
  | 'new'
  | 'new+carried'
  | 'results'
  | 'granted'
  | 'granted+partial'
  | 'partial'
  | 'carried_over'
  | 'carried_forward'
  | 'review'
  | 'litigation';

export interface StatedFigure {
  kind: FigureKind;
  value: number;
  /** What the wording allows it to mean (受理 may count last year's carried-over applications too). */
  means: Meaning[];
  /** The sentence, for the finding and for finding the text in the page. */
  quote: string;
  /** The words the figure was read from. */
  words: string;
  /** Read from a clause that names a part (其中…, 自然人…, 网上申请…): it may agree with the table, never contradict it. */
  part?: boolean;
}

const UNIT = '\\s*(?:件|条|份|宗|个|起|次)';
const COUNT_UNIT = '\\s*(?:件|条|份|宗|个)';
/** Parts of the whole: an applicant type, a channel, a share. */
const PART = /其中|自然人|商业企业|科研机构|公益组织|法律服务|法人|企业|网上|在线|网络|当面|信函|邮寄|传真|电子邮件|电话/;
const WHOLE = /各类|共计|合计|总计|共|累计|全年/;
const WHOLE_APPLICANTS = /公民[、，,]?法人(?:和|或|及)?(?:其他)?组织/g;
/** Words between a term and its figure that make the figure a part (结果维持2件). */
const OUTCOME = /维持|纠正|纠错|撤销|确认违法|其他结果|审结|未结|败诉|胜诉|驳回|终止/;

/**
 * Whether a clause counts a part of the applications. 其中 marks a part of what was received, but
 * the results are parts of the whole by nature (办结81件，其中予以公开40件): `results` ignores it.
 */
function isPart(clause: string, results = false): boolean {
  let c = clause.replace(WHOLE_APPLICANTS, '');
  if (results) c = c.replace(/其中/g, '');
  if (!PART.test(c)) return false;
  // 接收通过邮寄、网络提交的各类政府信息公开申请共计81件: a channel list that sums to the whole.
  return !(/网上|在线|网络|当面|信函|邮寄|传真|电子邮件|电话/.test(c) && !/其中|自然人|法人|企业|机构|组织/.test(c) && WHOLE.test(c));
}

function push(out: StatedFigure[], kind: FigureKind, value: string | undefined, means: Meaning[], quote: string, words: string, part = false): void {
  if (value === undefined) return;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) return;
  out.push({ kind, value: n, means, quote: clip(quote, 200), words, ...(part ? { part } : {}) });
}

function receivedMeans(verb: string): Meaning[] {
  if (verb === '新收') return ['new'];
  if (verb === '办理') return ['new', 'new+carried', 'results'];
  return ['new', 'new+carried'];
}

// Built once, not once per clause (issue 18).
const RECEIVED = new RegExp(`(新收|收到|受理|接收|接到|办理)[^\\d，。；]*?申请[^\\d，。；]{0,8}?(\\d+)${COUNT_UNIT}`);
const CONCLUDED = new RegExp(`办结[^\\d，。；]{0,12}?(\\d+)${COUNT_UNIT}`);
const GRANTED = new RegExp(`(?<!不)予以公开((?:及|和|、|与)部分公开)?[^\\d，。；]{0,6}?(\\d+)${COUNT_UNIT}`);
const PARTIAL = new RegExp(`(?<!予以公开(?:及|和|、|与))部分公开[^\\d，。；]{0,4}?(\\d+)${COUNT_UNIT}`);
const CARRIED = new RegExp(`结转((?:至|到)?(?:下一?年度?|次年|(?:19|20)\\d{2}\\s*年度?)?)[^\\d，。；]{0,8}?(\\d+)${COUNT_UNIT}`);
const CASES = [
  ['review', '行政复议'],
  ['litigation', '(?:行政)?诉讼'],
].map(([kind, term]) => [kind, new RegExp(`${term}(?:案件|申请)?([^\\d，。；、]{0,8}?)(\\d+)${UNIT}`)] as const) as readonly (readonly [
  'review' | 'litigation',
  RegExp,
])[];

/** Reads the figures of one clause of a sentence that mentions 公开. */
function clauseFigures(clause: string, sentence: string, out: StatedFigure[]): void {
  const reviewOrSuit = /复议|诉讼/.test(clause);
  const part = isPart(clause);
  const resultPart = isPart(clause, true);

  // 共收到政府信息公开申请154件 · 受理依申请公开 1 件 · 办理政府信息公开申请218件
  if (!reviewOrSuit && !/结转/.test(clause) && /公开/.test(clause)) {
    const m = RECEIVED.exec(clause);
    if (m) push(out, 'received', m[2], receivedMeans(m[1]!), sentence, m[0], part);
    // 未收到政府信息公开申请 · 尚未收到任何形式的依申请政府信息管理公开申请
    const none = /(?:未|没有|尚未|无)(?:收到|受理|接到|接收)[^，。；\d]{0,30}?申请/.exec(clause);
    if (!m && none && !/件|条/.test(clause.slice(none.index))) push(out, 'received', '0', ['new'], sentence, none[0], part);
  }

  // 办结148件 · 办结依申请公开81件
  if (!reviewOrSuit && !/结转/.test(clause)) {
    const m = CONCLUDED.exec(clause);
    if (m) push(out, 'concluded', m[1], ['results'], sentence, m[0], resultPart);
  }

  // 予以公开及部分公开42件 · 予以公开 1 件 · 部分公开 0 件
  if (!reviewOrSuit) {
    const g = GRANTED.exec(clause);
    if (g) push(out, 'granted', g[2], g[1] ? ['granted+partial'] : ['granted', 'granted+partial'], sentence, g[0], resultPart);
    const p = PARTIAL.exec(clause);
    if (p && (!g || p.index > g.index + g[0].length - 1)) push(out, 'partially_granted', p[1], ['partial'], sentence, p[0], resultPart);
  }

  // 结转下年度继续办理3件 · 结转至2026年6件 · 上年结转4件 · 含上年度结转申请18件
  if (!reviewOrSuit) {
    const m = CARRIED.exec(clause);
    if (m) {
      const before = clause.slice(0, m.index);
      if (/上一?年度?|去年|往年|以前年度/.test(before.slice(-6))) push(out, 'carried_over', m[2], ['carried_over'], sentence, m[0]);
      else if (m[1]) push(out, 'carried_forward', m[2], ['carried_forward'], sentence, m[0]);
      else push(out, 'carried_forward', m[2], ['carried_forward', 'carried_over'], sentence, m[0]);
    }
  }

  // 行政复议36起 · 行政复议案件2件 · 行政诉讼案件7件 · 诉讼9件
  if (!/各/.test(clause)) {
    for (const [kind, re] of CASES) {
      const m = re.exec(clause);
      if (m && !OUTCOME.test(m[1]!)) push(out, kind, m[2], [kind], sentence, m[0]);
    }
    // 未发生因依申请公开引发的行政复议和行政诉讼 · 不存在有关政府信息公开行政复议和行政诉讼情况
    const none = /(?:未|没有|无|不存在)(?:发生|出现|产生|收到|被)?/.exec(clause);
    if (none && !/\d/.test(clause) && !OUTCOME.test(clause)) {
      const rest = clause.slice(none.index);
      if (/行政复议/.test(rest)) push(out, 'review', '0', ['review'], sentence, rest);
      if (/诉讼/.test(rest)) push(out, 'litigation', '0', ['litigation'], sentence, rest);
    }
  }
}

/** Every figure 一、总体情况 states about applications, review and litigation, in text order. */
export function statedFigures(overview: string | null): StatedFigure[] {
  if (!overview) return [];
  const out: StatedFigure[] = [];
  for (const raw of sentences(overview)) {
    const sentence = fold(raw);
    if (!/公开/.test(sentence)) continue;
    for (const clause of clauses(sentence)) clauseFigures(clause, raw, out);
  }
  return out;
}
