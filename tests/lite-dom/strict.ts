import { JSDOM } from 'jsdom';
import { LiteComment, LiteDocument, LiteDocumentFragment, LiteDocumentType, LiteElement, LiteText } from '../../cli/lite-dom';

/** Every string-named member of an interface prototype and its ancestors (Object's excepted). */
function members(proto: object | null): Set<string> {
  const out = new Set<string>();
  for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) out.add(name);
  }
  for (const name of Object.getOwnPropertyNames(Object.prototype)) out.delete(name);
  return out;
}

let installed = false;

/**
 * Makes every DOM member the lite DOM lacks throw when read: for each lite class, the members of
 * the DOM interfaces it stands for (as jsdom defines them) that it does not implement get a getter
 * that throws. Run the library over lite documents after this, and any use of the DOM beyond the
 * subset fails loudly instead of reading undefined.
 */
export function installStrictTraps(): void {
  if (installed) return;
  installed = true;
  const { window } = new JSDOM('');
  const w = window as unknown as Record<string, { prototype: object } | undefined>;
  const elementInterfaces = Object.getOwnPropertyNames(window).filter((n) => /^(?:HTML\w*|SVG\w*)?Element$/.test(n));
  const elementMembers = new Set<string>();
  for (const name of elementInterfaces) for (const m of members(w[name]!.prototype)) elementMembers.add(m);
  // With the fields each class's constructor sets on every instance (absent from its prototype).
  const plan: [object, Set<string>, string, string[]][] = [
    [LiteText.prototype, members(w.Text!.prototype), 'Text', ['parentNode', 'data']],
    [LiteComment.prototype, members(w.Comment!.prototype), 'Comment', ['parentNode', 'data']],
    [LiteDocumentType.prototype, members(w.DocumentType!.prototype), 'DocumentType', ['parentNode', 'name', 'publicId', 'systemId']],
    [LiteDocument.prototype, members(w.Document!.prototype), 'Document', ['parentNode', 'childNodes', 'URL']],
    [LiteDocumentFragment.prototype, members(w.DocumentFragment!.prototype), 'DocumentFragment', ['parentNode', 'childNodes']],
    [LiteElement.prototype, elementMembers, 'Element', ['parentNode', 'childNodes', 'localName', 'namespaceURI', 'tagName']],
  ];
  for (const [proto, names, iface, fields] of plan) {
    for (const name of names) {
      if (name in proto || fields.includes(name)) continue;
      Object.defineProperty(proto, name, {
        configurable: true,
        get() {
          throw new Error(`lite-dom strict: ${iface}.${name} is not implemented; add it to cli/lite-dom (and its tests) before lib/ reads it`);
        },
      });
    }
  }
  window.close();
}
