/** Styles of Gouji's own UI, inside its shadow roots: the page's CSS cannot reach in, ours cannot leak out. */
export const OVERLAY_CSS = `
:host { all: initial; }
.pill { display: inline-flex; align-items: center; gap: 6px; margin: 6px 0; padding: 4px 12px; border-radius: 999px;
  font: 13px/1.6 "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; cursor: pointer; border: 1px solid;
  background: #fff; color: #1b1b1b; }
.pill.error { border-color: #d32f2f; color: #b71c1c; background: #fdecea; }
.pill.warning { border-color: #ef6c00; color: #a84300; background: #fff3e0; }
.pill.ok { border-color: #2e7d32; color: #1b5e20; background: #e8f5e9; }
.pill.grey { border-color: #616161; color: #303030; background: #f1f1f1; }
.pill .action { margin-left: 8px; padding: 0 8px; border-radius: 999px; background: #fff; border: 1px solid currentColor; font-weight: bold; }
.pill:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
.card { position: fixed; z-index: 2147483647; max-width: 380px; padding: 10px 12px; border-radius: 8px; background: #fff;
  color: #1b1b1b; box-shadow: 0 4px 18px rgba(0,0,0,.22); border: 1px solid #ccc;
  font: 13px/1.55 "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; pointer-events: none; }
.card[hidden] { display: none; }
.item + .item { margin-top: 8px; padding-top: 8px; border-top: 1px solid #eee; }
.sev { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 4px; margin-right: 6px; color: #fff; }
.sev.error { background: #c62828; } .sev.warning { background: #ef6c00; } .sev.info { background: #1565c0; }
.nums { margin-top: 4px; color: #444; font-variant-numeric: tabular-nums; }
`;

/**
 * The marks. Strongest to weakest: the likeliest misprint (thick, deep red), an error, a knock-on
 * cell of a cause marked elsewhere (thin), a warning, a note, a lone blank cell (faint dots); the
 * cells of a wholly blank column or row are not outlined (their header is) until shown. The flash
 * of 定位 animates an inset box-shadow: the marks' own background is !important, and an
 * animation cannot override that, so a flashing background never showed.
 */
export const PAGE_CSS = `
[data-gouji="error"]{outline:2px solid #d32f2f!important;outline-offset:-2px;background-color:rgba(211,47,47,.14)!important}
[data-gouji="error"][data-gouji-suspect]{outline:3px solid #8e0000!important;outline-offset:-3px;background-color:rgba(211,47,47,.32)!important}
[data-gouji="error"][data-gouji-cause]{outline:3px solid #8e0000!important;outline-offset:-3px;background-color:rgba(211,47,47,.22)!important}
[data-gouji="error"][data-gouji-knock-on]{outline:1px solid #d32f2f!important;outline-offset:-1px;background-color:rgba(211,47,47,.06)!important}
[data-gouji="warning"]{outline:2px dashed #ef6c00!important;outline-offset:-2px;background-color:rgba(239,108,0,.12)!important}
[data-gouji="info"]{outline:2px dotted #1565c0!important;outline-offset:-2px;background-color:rgba(21,101,192,.10)!important}
[data-gouji][data-gouji-blank]{outline:1px dotted #ef6c00!important;outline-offset:-1px;background-color:transparent!important}
[data-gouji][data-gouji-quiet]{outline:none!important;background-color:transparent!important}
[data-gouji-flash]{animation:gouji-flash .6s ease-in-out 4}
@keyframes gouji-flash{50%{box-shadow:inset 0 0 0 9999px rgba(255,214,0,.8),0 0 0 3px #ffd600}}`;

/**
 * The quote highlight's rules, added only on a page where a sentence is highlighted: a
 * ::highlight() rule in the sheet made Chromium restyle the whole page (4.8–5.7 ms of the
 * 2.4–7.6 ms Gouji's stylesheet cost on marked pages, issue 18).
 */
export const QUOTE_CSS = `
::highlight(gouji-quote){background-color:rgba(239,108,0,.28);text-decoration:underline wavy #ef6c00}
::highlight(gouji-quote-flash){background-color:rgba(255,214,0,.85)}`;
