// Bundled for the bench: the same lib the content script and the auditor run, exposed to page.evaluate.
import { auditDocument } from '../../lib/audit';
import type { PreviousReport } from '../../lib/checks/types';
import { worthAuditing } from '../../lib/page/detect';
import { PageSession } from '../../lib/live/session';

(globalThis as unknown as { gouji: unknown }).gouji = {
  auditDocument,
  /** The content script's own first look (entrypoints/content.ts). */
  skip(doc: Document): boolean {
    return !worthAuditing(doc, doc.defaultView!.location.href);
  },
  /**
   * What a user pays on a freshly loaded report page: the auditor's run until the table's marks,
   * pill and badge (the table's checks; the prose checks wait for idle time), then the style and
   * layout the browser does because of it (forced here, as the next frame would), then the prose
   * checks run as the idle callback would run them, with what they add to the page.
   */
  session(doc: Document): { run: number; styleLayout: number; baseline: number; prose: number } {
    const body = doc.body as HTMLElement;
    const f0 = performance.now();
    void body.offsetHeight;
    doc.documentElement.setAttribute('data-bench', '1');
    void body.offsetHeight;
    const baseline = performance.now() - f0;
    const t0 = performance.now();
    const session = new PageSession(doc, { lang: 'zh-CN', disabled: [], dismissed: [], onAudited: () => undefined, onOpenPanel: () => undefined });
    session.start();
    const t1 = performance.now();
    void body.offsetHeight;
    const t2 = performance.now();
    session.finish();
    void body.offsetHeight;
    return { run: t1 - t0, styleLayout: t2 - t1, baseline, prose: performance.now() - t2 };
  },
  /**
   * Audit time with last year's report known and without, alternating. Last year's report is
   * another page of the corpus moved to this agency and the year before: its own text, as a real
   * previous year's would be (the page's own text would make copied-narrative match everything).
   */
  withPrevious(doc: Document, reps: number, other: PreviousReport | null): { without: number[]; with: number[] } {
    const previous = (agency: string | null, year: number | null): PreviousReport | null => (other && year ? { ...other, agency, year: year - 1 } : null);
    const without: number[] = [];
    const withPrev: number[] = [];
    for (let i = 0; i < reps; i++) {
      const a = performance.now();
      auditDocument(doc, { source: 'bench' });
      const b = performance.now();
      auditDocument(doc, { source: 'bench', previous });
      withPrev.push(performance.now() - b);
      without.push(b - a);
    }
    return { without, with: withPrev };
  },
};
