/**
 * htmlparser2's DOM, with the nesting depth capped: past READ_DEFAULTS.maxHtmlDepth open elements, an
 * element's tags are dropped and its content goes to the element at the cap (the text is kept). A page
 * of 100,000 nested <div> then neither overflows the stack of the recursive DOM walks (DomUtils,
 * blockText) nor makes the parser's stack operations quadratic (each open tag costs O(depth) there).
 */
import { DomHandler, Parser, type ParserOptions } from 'htmlparser2';
import { READ_DEFAULTS } from './defaults.ts';

type HtmlDocument = DomHandler['root'];

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A DomHandler that tells how deep the element being built is. */
class DepthHandler extends DomHandler {
  get depth(): number {
    return this.tagStack.length - 1; // tagStack[0] is the document
  }
}

class DepthCappedParser extends Parser {
  /** Dropped open tags by name, so their end tags are dropped too (not taken for an ancestor's). */
  private readonly dropped = new Map<string, number>();

  constructor(private readonly handler: DepthHandler, options: ParserOptions, private readonly source: string, private readonly maxDepth: number) {
    super(handler, options);
  }

  // Indices are offsets into `source`: the document is written in one piece (end(source)).
  private nameAt(start: number, end: number): string {
    return this.source.slice(start, end).toLowerCase();
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.handler.depth >= this.maxDepth) {
      const name = this.nameAt(start, endIndex);
      if (!VOID.has(name)) {
        this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
        return; // its attributes and `>` then reach no element (the parser's tag name stays empty)
      }
    }
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.dropped.size) {
      const name = this.nameAt(start, endIndex);
      const n = this.dropped.get(name);
      if (n) {
        if (n === 1) this.dropped.delete(name);
        else this.dropped.set(name, n - 1);
        return;
      }
    }
    super.onclosetag(start, endIndex);
  }
}

export function parseHtmlCapped(content: string, maxDepth: number = READ_DEFAULTS.maxHtmlDepth): HtmlDocument {
  const options = { lowerCaseTags: true, lowerCaseAttributeNames: true };
  const handler = new DepthHandler();
  new DepthCappedParser(handler, options, content, maxDepth).end(content);
  return handler.root;
}
