/**
 * Audits every PDF fixture and the text of it (pdftotext both modes, Chromium viewer copy; tests/fixtures/pdf/text/)
 * and prints, per text, whether it reads to the same rows and the same arithmetic and reading
 * findings as the PDF. `npx tsx scripts/compare-text-twins.ts [--json]`; the test
 * tests/pdf/text-twins.test.ts holds the same comparison.
 */
import { textTwins } from '../tests/pdf/text-twins';

const rows = await textTwins();
if (process.argv.includes('--json'))
  console.log(
    JSON.stringify(
      rows.map(({ pdf: _p, text: _t, ...r }) => r),
      null,
      1,
    ),
  );
else {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  console.log('| fixture | mode | rows equal | findings equal | section four equal | rows by position | text-unreadable (reasons) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.mode} | ${yes(r.rowsEqual)} | ${yes(r.findingsEqual)} | ${yes(r.reviewEqual)} | ${r.byPosition} | ${r.unreadable ? r.note : '—'} |`,
    );
}
