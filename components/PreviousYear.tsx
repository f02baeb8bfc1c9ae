import { sendToTab } from '@/lib/protocol';
import { useState } from 'preact/hooks';
import { auditDocument } from '@/lib/audit';
import type { Lang } from '@/lib/model/finding';
import { parseHistory, remember } from '@/lib/history';
import type { AuditResult } from '@/lib/model/schema';
import { reportLinks } from '@/lib/page/links';
import { listingCandidates, previousYearLink } from '@/lib/page/listing';
import { fetchPage } from '@/lib/batch';
import { parseFetchedPage } from './fetched-page';

async function fetchDocument(url: string): Promise<Document> {
  const html = await fetchPage(url, { fetch: (input, init) => fetch(input, init), signal: new AbortController().signal, timeoutMs: 20_000 });
  return parseFetchedPage(html, url);
}

const WORDS = {
  'zh-CN': {
    known: '已与上年年报核对',
    unknown: '上年年报尚未核对',
    find: '查找并核对上年年报',
    finding: '正在查找……',
    none: '在本站栏目中没有找到上年的年报',
    failed: '查找失败',
  },
  en: {
    known: 'Checked against last year’s report',
    unknown: 'Last year’s report not yet checked',
    find: 'Find and check last year’s report',
    finding: 'Looking…',
    none: 'No report of the year before found in this portal’s listing',
    failed: 'Could not look',
  },
} as const;

/** Continuity needs last year's report: say whether it was used, or go and find it (on the user's click). */
export function PreviousYear({ result, lang, tabId }: { result: AuditResult; lang: Lang; tabId: number | null }) {
  const w = WORDS[lang];
  const [state, setState] = useState<'idle' | 'finding' | 'none' | string>('idle');
  const report = result.report;
  if (!report?.year) return null;
  if (report.previous) {
    return (
      <p class="previous" data-testid="previous-year">
        {w.known}（{report.previous.year}）：
        <a href={report.previous.source} target="_blank" rel="noreferrer">
          {report.previous.source}
        </a>
      </p>
    );
  }
  const find = async () => {
    setState('finding');
    try {
      for (const listing of listingCandidates(result.source)) {
        let doc: Document;
        try {
          doc = await fetchDocument(listing);
        } catch {
          continue;
        }
        const link = previousYearLink(reportLinks(doc, listing), report.agency, report.year);
        if (!link) continue;
        const previous = auditDocument(await fetchDocument(link.href), { source: link.href }).memo;
        if (!previous) continue;
        const stored = await browser.storage.local.get('history');
        await browser.storage.local.set({ history: remember(parseHistory(stored.history), previous) });
        if (tabId !== null) await sendToTab(browser.tabs, tabId, 'gouji/rerun', {});
        setState('idle');
        return;
      }
      setState('none');
    } catch (error) {
      setState(`${w.failed}: ${(error as Error).message}`);
    }
  };
  return (
    <p class="previous" data-testid="previous-year">
      {w.unknown}{' '}
      {tabId !== null && result.source.startsWith('http') && (
        <button type="button" class="link" data-action="find-previous" disabled={state === 'finding'} onClick={() => void find()}>
          {state === 'finding' ? w.finding : w.find}
        </button>
      )}
      {state === 'none' && <span class="note">{w.none}</span>}
      {state !== 'idle' && state !== 'finding' && state !== 'none' && <span class="note">{state}</span>}
    </p>
  );
}
