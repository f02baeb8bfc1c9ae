import { auditDocument } from '@/lib/audit';
import { markFindings } from '@/lib/page/mark';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // One guarded entry: whatever happens here must never break the page.
    try {
      const audit = auditDocument(document, { source: location.href });
      if (!audit.result.detected || !audit.dom) return;
      markFindings(document, audit.dom, audit.result.findings);
      const errors = audit.result.findings.filter((f) => f.severity === 'error').length;
      void browser.runtime.sendMessage({ type: 'gouji/audited', errors, detected: true }).catch(() => undefined);
    } catch (error) {
      console.warn('[gouji] audit failed', error);
    }
  },
});
