/** What the Chromium (chromium.ts) and Firefox (firefox.ts) drivers both need to run code in a browser. */

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * A function as source text, called on `argument` (a JavaScript expression), with a no-op
 * __name: tsx (esbuild keepNames) wraps named functions in __name(...) calls that do not exist in
 * a page or a service worker.
 */
export function callSource(fn: (arg: never) => unknown, argument: string): string {
  return `((__name) => (${fn.toString()})(${argument}))((f) => f)`;
}

/** The same, called on a value that JSON carries. */
export function source<A>(fn: (arg: A) => unknown, arg: A): string {
  return callSource(fn, JSON.stringify(arg) ?? 'undefined');
}
