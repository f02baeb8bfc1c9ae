/**
 * A lightweight DOM for the CLI: parse5 (the spec's HTML parser, the one jsdom runs) builds the
 * nodes of nodes.ts directly through a TreeAdapter, with none of jsdom's window, wrappers,
 * live collections or CSS engine. Only the DOM subset lib/ reads is there; see nodes.ts.
 */
import { parse, type TreeAdapter, type TreeAdapterTypeMap, type Token, type html } from 'parse5';
import {
  LiteComment,
  LiteDocument,
  LiteDocumentFragment,
  LiteDocumentType,
  LiteElement,
  LiteText,
  templateContents,
  type LiteAttr,
  type LiteChild,
  type LiteNode,
  type LiteParent,
} from './nodes';

export * from './nodes';
export { UnsupportedSelectorError } from './select';

type LiteMap = TreeAdapterTypeMap<
  LiteNode,
  LiteParent,
  LiteChild,
  LiteDocument,
  LiteDocumentFragment,
  LiteElement,
  LiteComment,
  LiteText,
  LiteElement,
  LiteDocumentType
>;

function indexOfChild(children: LiteChild[], child: LiteChild): number {
  // The parser mostly works at the end of a child list (fostering, adoption), so look there first.
  const last = children.length - 1;
  return children[last] === child ? last : children.lastIndexOf(child);
}

/**
 * The document being parsed. Parses are synchronous and never nest, so one adapter serves them all
 * and reads the document from here (parse5's optimized code then always meets the same adapter).
 */
let parsing: LiteDocument | null = null;

/** Builds nodes.ts's classes as parse5 goes. */
class LiteTreeAdapter implements TreeAdapter<LiteMap> {
  createDocument(): LiteDocument {
    return parsing!;
  }
  createDocumentFragment(): LiteDocumentFragment {
    return new LiteDocumentFragment();
  }
  createElement(tagName: string, namespaceURI: html.NS, attrs: Token.Attribute[]): LiteElement {
    return new LiteElement(tagName, namespaceURI, attrs as LiteAttr[], parsing!);
  }
  createCommentNode(data: string): LiteComment {
    return new LiteComment(data);
  }
  createTextNode(value: string): LiteText {
    return new LiteText(value);
  }

  appendChild(parentNode: LiteParent, newNode: LiteChild): void {
    parentNode.childNodes.push(newNode);
    newNode.parentNode = parentNode;
  }
  insertBefore(parentNode: LiteParent, newNode: LiteChild, referenceNode: LiteChild): void {
    const children = parentNode.childNodes;
    children.splice(indexOfChild(children, referenceNode), 0, newNode);
    newNode.parentNode = parentNode;
  }
  detachNode(node: LiteChild): void {
    const parent = node.parentNode;
    if (!parent) return;
    const children = parent.childNodes;
    children.splice(indexOfChild(children, node), 1);
    node.parentNode = null;
  }
  insertText(parentNode: LiteParent, text: string): void {
    const children = parentNode.childNodes;
    const last = children[children.length - 1];
    if (last !== undefined && last.nodeType === 3) (last as LiteText).data += text;
    else this.appendChild(parentNode, new LiteText(text));
  }
  insertTextBefore(parentNode: LiteParent, text: string, referenceNode: LiteChild): void {
    const children = parentNode.childNodes;
    const previous = children[indexOfChild(children, referenceNode) - 1];
    if (previous !== undefined && previous.nodeType === 3) (previous as LiteText).data += text;
    else this.insertBefore(parentNode, new LiteText(text), referenceNode);
  }
  setTemplateContent(templateElement: LiteElement, contentElement: LiteDocumentFragment): void {
    templateContents.set(templateElement, contentElement);
  }
  getTemplateContent(templateElement: LiteElement): LiteDocumentFragment {
    return templateContents.get(templateElement)!;
  }
  setDocumentType(document: LiteDocument, name: string, publicId: string, systemId: string): void {
    const existing = document.childNodes.find((n): n is LiteDocumentType => n.nodeType === 10);
    if (existing) {
      existing.name = name;
      existing.publicId = publicId;
      existing.systemId = systemId;
    } else {
      this.appendChild(document, new LiteDocumentType(name, publicId, systemId));
    }
  }
  setDocumentMode(document: LiteDocument, mode: html.DOCUMENT_MODE): void {
    document.mode = mode;
  }
  getDocumentMode(document: LiteDocument): html.DOCUMENT_MODE {
    return document.mode as html.DOCUMENT_MODE;
  }
  /** A second <html> or <body> start tag: its attributes the element lacks are added (spec; jsdom overwrites). */
  adoptAttributes(recipient: LiteElement, attrs: Token.Attribute[]): void {
    const own = recipient.attrs;
    const count = own.length;
    outer: for (const attr of attrs) {
      for (let i = 0; i < count; i++) if (own[i]!.name === attr.name) continue outer;
      own.push(attr);
    }
  }

  getFirstChild(node: LiteParent): LiteChild | null {
    return node.childNodes[0] ?? null;
  }
  getChildNodes(node: LiteParent): LiteChild[] {
    return node.childNodes;
  }
  getParentNode(node: LiteChild): LiteParent | null {
    return node.parentNode;
  }
  getAttrList(element: LiteElement): Token.Attribute[] {
    return element.attrs;
  }
  getTagName(element: LiteElement): string {
    return element.localName;
  }
  getNamespaceURI(element: LiteElement): html.NS {
    return element.namespaceURI as html.NS;
  }
  getTextNodeContent(textNode: LiteText): string {
    return textNode.data;
  }
  getCommentNodeContent(commentNode: LiteComment): string {
    return commentNode.data;
  }
  getDocumentTypeNodeName(doctypeNode: LiteDocumentType): string {
    return doctypeNode.name;
  }
  getDocumentTypeNodePublicId(doctypeNode: LiteDocumentType): string {
    return doctypeNode.publicId;
  }
  getDocumentTypeNodeSystemId(doctypeNode: LiteDocumentType): string {
    return doctypeNode.systemId;
  }
  isTextNode(node: LiteNode): node is LiteText {
    return node.nodeType === 3;
  }
  isCommentNode(node: LiteNode): node is LiteComment {
    return node.nodeType === 8;
  }
  isDocumentTypeNode(node: LiteNode): node is LiteDocumentType {
    return node.nodeType === 10;
  }
  isElementNode(node: LiteNode): node is LiteElement {
    return node.nodeType === 1;
  }
  // No source locations are asked for.
  setNodeSourceCodeLocation(): void {}
  getNodeSourceCodeLocation(): undefined {
    return undefined;
  }
  updateNodeSourceCodeLocation(): void {}
}

const ADAPTER = new LiteTreeAdapter();

export interface ParseOptions {
  /**
   * The parser's scripting flag. Off by default, as in jsdom (the CLI's DOM until now): <noscript>
   * content is parsed as markup. A browser with scripting on parses it as text.
   */
  scriptingEnabled?: boolean;
}

/** The lite document of an HTML page. */
export function parseLiteDocument(source: string, url: string, options: ParseOptions = {}): LiteDocument {
  // As jsdom does with its url option: an unparsable URL throws (TypeError), a valid one is serialized.
  const doc = new LiteDocument(new URL(url).href);
  if (parsing) throw new Error('lite-dom: parseDocument called during a parse');
  parsing = doc;
  try {
    parse<LiteMap>(source, { treeAdapter: ADAPTER, scriptingEnabled: options.scriptingEnabled ?? false });
  } finally {
    parsing = null;
  }
  return doc;
}

/**
 * The page as a DOM `Document` for lib/'s auditDocument and reportLinks. Only the subset in
 * nodes.ts exists: the cast is the contract that lib/ reads nothing else (tests/lite-dom checks it).
 */
export function parseDocument(source: string, url: string, options?: ParseOptions): Document {
  return parseLiteDocument(source, url, options) as unknown as Document;
}
