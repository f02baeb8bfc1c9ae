/**
 * The HTML report's stylesheet, inlined into the document. System fonts only (a web font would be
 * a request); marks carry a glyph and a border style besides their colour, so a grey printout
 * still tells an error (✗, thick solid) from a warning (!, dashed) and the misprint (◆, double).
 */
export const REPORT_CSS = `
:root{color-scheme:light;--error:#b71c1c;--warning:#e65100;--ok:#1b5e20;--grey:#616161}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1040px;padding:16px 20px 40px;font:14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1a1a1a;background:#fff}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #222;padding-bottom:4px}
h3{font-size:17px;margin:24px 0 6px}h4{font-size:15px;margin:16px 0 6px}
.hint{color:#555;margin:4px 0}
a{color:#0d47a1}code{font-size:12px;word-break:break-all}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums}
th,td{border:1px solid #999;padding:3px 7px;text-align:right;vertical-align:top}
th[scope=row],thead th{text-align:left;background:#f3f3f3;font-weight:600}
caption{text-align:left;font-weight:600;padding:4px 0;color:#333;white-space:nowrap}
.summary td[data-key=source]{text-align:left;max-width:380px;word-break:break-all}
.summary td[data-key=verdict]{text-align:left}
.scroll{overflow-x:auto}
.chart-box{margin:12px 0 20px;break-inside:avoid}
figcaption{font-weight:700;font-size:15px;margin:0 0 4px}
.chart{max-width:100%;height:auto;display:block}
.charts{display:grid;grid-template-columns:1fr;gap:8px}
.figures{font-size:12px}
.figures td[data-key=agency],.figures td[data-key=verdict]{text-align:left}
.figures thead th,.figures th[scope=row]{white-space:nowrap}
.verdict{font-weight:700;padding:6px 10px;border-left:6px solid var(--grey);background:#f5f5f5}
.verdict.error{border-left:6px solid var(--error);color:var(--error)}
.verdict.warning{border-left:6px dashed var(--warning);color:#8a3200}
.verdict.ok{border-left:6px double var(--ok);color:var(--ok)}
td.verdict{padding:3px 7px;border-left:1px solid #999;background:none}
.report{border-top:1px solid #bbb;margin-top:28px;padding-top:4px;break-before:page}
.report dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
.report dt{color:#555}.report dd{margin:0;word-break:break-all}
.title{margin:0;color:#333}
.causes ol,.group ul{margin:4px 0;padding-left:22px}
.cause .message{font-weight:600;margin:2px 0}
.finding p,.cause p{margin:2px 0}
.nums{font-variant-numeric:tabular-nums;color:#333}
.finding .meta{color:#555;font-size:12px}
.group.error h4{color:var(--error)}.group.warning h4{color:#8a3200}
.count{font-weight:400;color:#555}
.section-three{font-size:12px}
.section-three th[scope=row]{max-width:260px;font-weight:400}
td.mark.error{outline:3px solid var(--error);outline-offset:-3px;color:var(--error);font-weight:700}
td.mark.warning{outline:2px dashed var(--warning);outline-offset:-3px}
td.mark.info{outline:1px dotted var(--grey);outline-offset:-3px}
td.suspect{outline:5px double var(--error);outline-offset:-5px;background:#fdecea}
td.blank{color:#777}
.legend{font-size:12px;color:#444}
.chain-table tr.broken th,.chain-table tr.broken td[data-key=carry],.chain-table tr.broken td[data-key=docs]{font-weight:700}
.chain-table td[data-key=carry],.chain-table td[data-key=docs]{text-align:left;max-width:420px}
tr.failed td{color:var(--error)}
footer{margin-top:40px;border-top:1px solid #ccc}
@media print{body{max-width:none;padding:0}a{color:inherit}.report{break-before:page}.scroll{overflow:visible}}
`;
