import { titleNamesReport } from '../page/detect';
import { squash } from '../text/normalize';

/** The part of mammoth's document model we read: every element has a type, text has a value. */
export interface DocxNode {
  type: string;
  value?: string;
  children?: DocxNode[];
  /** Of a hyperlink: its target, or the bookmark it jumps to. */
  href?: string;
  anchor?: string;
}

/** The text of every paragraph, in document order (table cells included). */
export function paragraphTexts(root: DocxNode): string[] {
  const out: string[] = [];
  const stack: DocxNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'paragraph') {
      out.push(squash(textOf(node)));
      continue;
    }
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function textOf(node: DocxNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab' || node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

// Word title pages often set the agency on a line of its own above 2023年政府信息公开工作年度报告.
const AGENCY_LINE = /(?:政府|办公厅|办公室|委员会|管委会|办事处|街道|局|厅|委|院|署|中心|镇|乡)$/;
const HEAD = 40;

const TITLE_LENGTH = 80;

/**
 * The report's title: the first short paragraph that names a disclosure annual report, or
 * failing that the first non-empty paragraph when it is short enough to be a heading. Word has
 * no page title a portal would fill in; an opening paragraph of prose (本报告根据……编制) is no
 * title, and the audit would take its 印发/通知/编制 for a page about the report.
 */
export function docxTitle(paragraphs: readonly string[]): string {
  const lines = paragraphs.filter((p) => p !== '');
  const at = lines.slice(0, HEAD).findIndex((p) => p.length <= TITLE_LENGTH && titleNamesReport(p));
  if (at < 0) return lines[0] && lines[0].length <= TITLE_LENGTH ? lines[0] : '';
  const title = lines[at]!;
  const above = lines[at - 1];
  if (above && /^(?:19|20)\d{2}\s*年/.test(title) && above.length <= 40 && AGENCY_LINE.test(above)) return `${above}${title}`;
  return title;
}
