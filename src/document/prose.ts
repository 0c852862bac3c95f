/**
 * Prose from a template: the Handlebars template is rendered for the bid (src/doc/templates.ts,
 * strict, known helpers only) and its Markdown parsed into nodes through mdast — headings,
 * paragraphs, lists, strong and emphasis — never by string hacks. Markdown the document
 * model has no node for (images, HTML, code) is kept as its text.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Inline } from './nodes.ts';
import type { DocumentWriter } from './writer.ts';

function inlines(nodes: readonly PhrasingContent[], style: 'text' | 'strong' | 'emphasis' = 'text'): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out.push({ kind: style, text: n.value });
        break;
      case 'strong':
        out.push(...inlines(n.children, 'strong'));
        break;
      case 'emphasis':
        out.push(...inlines(n.children, style === 'strong' ? 'strong' : 'emphasis'));
        break;
      case 'break':
        out.push({ kind: style, text: '\n' });
        break;
      case 'inlineCode':
        out.push({ kind: style, text: n.value });
        break;
      default:
        if ('children' in n) out.push(...inlines(n.children as PhrasingContent[], style));
        else if ('value' in n) out.push({ kind: style, text: String(n.value) });
    }
  }
  return out;
}

const plain = (nodes: readonly PhrasingContent[]) => inlines(nodes).map((i) => i.text).join('');

/**
 * Writes the Markdown's blocks; a template's headings become the document's numbered headings
 * one level below `base`. A thematic break (`---`) is a page break, unless the document
 * places its own blocks there (`atBreak`: the letter's commitments).
 */
export function writeProse(markdown: string, w: DocumentWriter, base: 0 | 1 | 2 = 0, atBreak?: () => void): void {
  const tree = fromMarkdown(markdown);
  const block = (n: RootContent | Nodes): void => {
    switch (n.type) {
      case 'heading': {
        const level = Math.min(4, Math.max(1, n.depth - 1 + base)) as 1 | 2 | 3 | 4;
        w.heading(level, plain(n.children));
        break;
      }
      case 'paragraph':
        w.paragraph(...inlines(n.children));
        break;
      case 'list':
        w.list(
          n.children.map((item) => item.children.flatMap((c) => (c.type === 'paragraph' ? inlines(c.children) : []))),
          !!n.ordered,
        );
        break;
      case 'blockquote':
        for (const c of n.children) block(c);
        break;
      case 'thematicBreak':
        if (atBreak) atBreak();
        else w.push({ kind: 'page-break' });
        break;
      default:
        if ('value' in n && typeof n.value === 'string' && n.type !== 'html') w.paragraph(n.value);
    }
  };
  for (const n of tree.children) block(n);
}
