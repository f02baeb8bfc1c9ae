import { fold, squash } from '../text/normalize';

export interface DocumentCounts {
  issued: number | null;
  repealed: number | null;
  inForce: number | null;
}

/** Section two: 主动公开政府信息情况. */
export interface SectionTwo {
  /** Which template its columns follow (they differ between 2019 and 2021). */
  template: '2019' | '2021' | null;
  regulations: DocumentCounts | null;
  normative: DocumentCounts | null;
  /** 行政事业性收费 本年收费金额（万元）(2021 template). */
  feeAmount: number | null;
}

const TEMPLATE_2021 = /本年制发件数|现行有效件数|本年收费金额/;
const TEMPLATE_2019 = /本年新制作数量|对外公开总数量|第二十条第[（(]九[)）]项|政府集中采购|上一年项目数量/;

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = fold(s).replace(/[\s,]/g, '');
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Figures following a label on the same row of the text (cells are tab-separated). */
function rowAfter(text: string, label: RegExp, count: number): (number | null)[] | null {
  const m = label.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const figures = rest
    .split(/[\t\n]+/)
    .map(squash)
    .filter((s) => s !== '')
    .slice(0, count);
  return figures.map((f) => num(f));
}

/** Reads section two from its text; null when the section is absent. */
export function readSectionTwo(sectionText: string | null): SectionTwo | null {
  if (!sectionText) return null;
  const template = TEMPLATE_2021.test(sectionText) ? '2021' : TEMPLATE_2019.test(sectionText) ? '2019' : null;
  const counts = (label: RegExp): DocumentCounts | null => {
    const v = rowAfter(sectionText, label, 3);
    return v ? { issued: v[0] ?? null, repealed: template === '2021' ? (v[1] ?? null) : null, inForce: v[2] ?? null } : null;
  };
  const fee = template === '2021' ? rowAfter(sectionText, /行政事业性收费/, 1) : null;
  return {
    template,
    regulations: counts(/(?:^|\n)\s*规章(?=\s)/),
    normative: counts(/(?:行政)?规范性文件(?=\s)/),
    feeAmount: fee?.[0] ?? null,
  };
}
