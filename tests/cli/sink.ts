/** A stream the CLI writes to in a test: what it wrote, as text (a terminal when `isTTY`, `columns` wide when given). */
export function sink(isTTY = false, columns?: number) {
  let text = '';
  return {
    isTTY,
    ...(columns === undefined ? {} : { columns }),
    write: (s: string) => ((text += s), true),
    get text() {
      return text;
    },
  };
}
