/**
 * Markdown → plain-text blocks, for release.txt and the Word release: markers dropped
 * ("**Figures.**" → "Figures."), links kept as "text (URL)", paragraphs unwrapped onto one line
 * (a CMS wraps them again), lists and tables as lines.
 *
 *   plainBlocks("Police **recorded** 20\noffences. See [the data](https://x.org).")
 *   → [{ kind: "paragraph", text: "Police recorded 20 offences. See the data (https://x.org)." }]
 */
import MarkdownIt from 'markdown-it';

export type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface PlainBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'row';
  text: string;
  /** item: "- " or "1. "; heading: its level. */
  marker?: string;
  level?: number;
  /** row: the cells of a table row; `text` joins them. */
  cells?: string[];
  header?: boolean;
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** plainBlocks(markdown) → blocks in reading order. */
export function plainBlocks(source: string): PlainBlock[] {
  return plainBlocksOf(markdown.parse(source, {}));
}

/**
 * The same from tokens markdown-it has already parsed (with html, linkify and typographer off,
 * as here): a release body is parsed once for its HTML and its plain text (src/site/release.ts).
 * Reads the tokens, never changes them.
 */
export function plainBlocksOf(tokens: Token[]): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let heading = 0;
  let inItem = false;
  let itemStarted = false;
  let row: string[] | null = null;
  let headerRow = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open': heading = Number(token.tag.slice(1)); break;
      case 'heading_close': heading = 0; break;
      case 'bullet_list_open': lists.push({ ordered: false, n: 0 }); break;
      case 'ordered_list_open': lists.push({ ordered: true, n: Number(token.attrGet('start') ?? 1) - 1 }); break;
      case 'bullet_list_close': case 'ordered_list_close': lists.pop(); break;
      case 'list_item_open': inItem = true; itemStarted = false; break;
      case 'list_item_close': inItem = false; break;
      case 'thead_open': headerRow = true; break;
      case 'thead_close': headerRow = false; break;
      case 'tr_open': row = []; break;
      case 'tr_close': if (row) blocks.push({ kind: 'row', text: row.join(' | '), cells: row, header: headerRow }); row = null; break;
      case 'inline': {
        const text = inlineText(token.children ?? []);
        if (row) row.push(text);
        else if (heading) blocks.push({ kind: 'heading', text, level: heading });
        else if (inItem && !itemStarted) {
          const list = lists.at(-1)!;
          list.n += 1;
          const indent = '  '.repeat(Math.max(0, lists.length - 1));
          blocks.push({ kind: 'item', text, marker: `${indent}${list.ordered ? `${list.n}.` : '-'} ` });
          itemStarted = true;
        } else if (inItem) blocks.push({ kind: 'item', text, marker: '  '.repeat(lists.length) });
        else blocks.push({ kind: 'paragraph', text });
        break;
      }
      case 'fence': case 'code_block': blocks.push({ kind: 'paragraph', text: token.content.trimEnd() }); break;
      case 'hr': blocks.push({ kind: 'paragraph', text: '* * *' }); break;
    }
  }
  return blocks;
}

/** Inline tokens → one line of text: emphasis markers dropped, links as "text (URL)". */
function inlineText(children: Token[]): string {
  let out = '';
  let href: string | null = null;
  let linkText = '';
  for (const t of children) {
    let piece = '';
    if (t.type === 'text' || t.type === 'code_inline') piece = t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') piece = ' ';
    else if (t.type === 'image') piece = t.content;
    else if (t.type === 'link_open') {
      href = String(t.attrGet('href') ?? '');
      linkText = '';
      continue;
    } else if (t.type === 'link_close') {
      const text = linkText.trim();
      out += href && href !== text && `mailto:${text}` !== href ? `${text} (${href})` : text;
      href = null;
      continue;
    }
    if (href !== null) linkText += piece;
    else out += piece;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** blocksToText(blocks) → paragraphs separated by a blank line; list items and table rows one per line. */
export function blocksToText(blocks: PlainBlock[]): string {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    const tight = previous && ((block.kind === 'item' && previous.kind === 'item') || (block.kind === 'row' && previous.kind === 'row'));
    if (i > 0 && !tight) out.push('');
    out.push(block.kind === 'item' ? `${block.marker}${block.text}` : block.text);
  });
  return out.join('\n');
}
