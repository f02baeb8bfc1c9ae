/** HTML fixtures printed to PDF by scripts/print-pdfs.ts; each must audit as its HTML twin does. */
export interface PrintJob {
  name: string;
  html: string;
  /** Push section three's table down so that a page break falls inside it. */
  split?: boolean;
}

export const PRINTED: PrintJob[] = [
  { name: 'sample-report', html: 'tests/fixtures/samples/sample-report.html' },
  { name: 'sample-report-split', html: 'tests/fixtures/samples/sample-report.html', split: true },
  { name: 'pingtan_2019', html: 'tests/fixtures/pages/pingtan_2019.html' },
  { name: 'pingtan_2023', html: 'tests/fixtures/pages/pingtan_2023.html' },
  { name: 'pingtan_gwh_2025', html: 'tests/fixtures/pages/pingtan_gwh_2025.html', split: true },
  { name: 'shanghai_bgt_2019_decoded', html: 'tests/fixtures/pages/shanghai_bgt_2019_decoded.html' },
  { name: 'shuyang_fgj_2023', html: 'tests/fixtures/pages/shuyang_fgj_2023.html' },
];
