import type { AuditResult } from '../model/schema';
import type { NotDocument } from '../page/not-the-document';
import type { Lang } from '../model/finding';
import { countFindings, verdictLine, verdictOf } from './verdict';
import { notDocumentText } from '../page/not-the-document';

/** One page of a batch, as the batch reports it (lib/batch.ts). */
export type BatchItem =
  | { href: string; title: string; status: 'waiting' | 'loading' }
  | {
      href: string;
      title: string;
      status: 'done';
      result: AuditResult;
      /** The attachment audited in the page's stead. */
      via?: string;
      /** Read in a background tab: a plain request got a challenge or a script-built shell. */
      viaTab?: boolean;
    }
  | {
      href: string;
      title: string;
      status: 'failed';
      reason: string /** What stood in front of the page, when a page came back but not the report. */;
      notDocument?: NotDocument;
    };

const HEAD = {
  'zh-CN': ['机关', '年度', '结论', '错误', '警告', '标题', '链接'],
  en: ['Agency', 'Year', 'Verdict', 'Errors', 'Warnings', 'Title', 'Link'],
} as const;

/** One row per linked page: what it audited to, or why it could not be. */
export function batchRow(item: BatchItem, lang: Lang): string[] {
  const en = lang === 'en';
  if (item.status === 'failed') {
    // A page that came back but was not the report is never "not a report": it was not read.
    const why = item.notDocument ? notDocumentText(item.notDocument, lang) : en ? `could not be read: ${item.reason}` : `无法读取：${item.reason}`;
    return ['', '', why, '', '', item.title, item.href];
  }
  if (item.status !== 'done') return ['', '', en ? 'not audited' : '未核对', '', '', item.title, item.href];
  const r = item.result;
  if (!r.detected) return ['', '', en ? 'not a report' : '不是年报', '', '', item.title, item.href];
  const counts = countFindings(r.findings);
  const kind = r.document?.kind === 'pdf' ? 'PDF' : r.document?.kind === 'docx' ? 'Word' : r.document?.kind === 'images' ? (en ? 'images' : '图片') : '';
  const from = kind
    ? en
      ? ` (from the ${kind} ${item.via ? 'attachment' : 'file'})`
      : `（据${item.via ? '附件' : ''}${kind}）`
    : item.viaTab
      ? en
        ? ' (read in a background tab)'
        : '（通过后台标签页读取）'
      : '';
  return [
    r.report?.agency ?? '',
    String(r.report?.year ?? ''),
    verdictLine(verdictOf(r), lang) + from,
    String(counts.error),
    String(counts.warning),
    r.report?.title ?? item.title,
    item.href,
  ];
}

export function batchRows(items: readonly BatchItem[], lang: Lang): string[][] {
  return [[...HEAD[lang]], ...items.map((i) => batchRow(i, lang))];
}

/** JSON Lines per SPEC.md §3: one object per linked page, failures included with their reason. */
export function batchJsonLines(items: readonly BatchItem[]): string {
  return (
    items
      .map((i) =>
        JSON.stringify(
          i.status === 'done'
            ? i.result
            : {
                schema: 'gouji.audit/1',
                source: i.href,
                error: i.status === 'failed' ? i.reason : 'not audited',
                ...(i.status === 'failed' && i.notDocument ? { errorCode: 'not-document', notDocument: i.notDocument.reason } : {}),
              },
        ),
      )
      .join('\n') + '\n'
  );
}
