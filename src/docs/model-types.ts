/**
 * The fields of the model a release sees, read from the TypeScript declarations and their
 * TSDoc (src/compute/types.ts, src/load/types.ts, src/site/angles.ts), so docs/data.md and
 * `localpress explain` say what the code says. Used by `npm run docs` and its test only
 * (it loads the TypeScript compiler, a development dependency).
 *
 * modelTypes(['src/compute/types.ts']) → { Rank: [{ name: 'position', type: 'number', … }], … }
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface ModelMember {
  /** "offences", or "rank.offences" for a member of an inline object type. */
  name: string;
  /** The interface that declares it (AreaFigures for a ComputedForce's offences). */
  owner: string;
  type: string;
  optional: boolean;
  doc: string;
}
export type ModelTypes = Record<string, { doc: string; extends: string[]; members: ModelMember[] }>;

function docOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const jsdoc = ranges.map((r) => source.text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**')).pop() ?? '';
  return jsdoc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line !== '')
    .join(' ');
}

function members(list: ts.NodeArray<ts.TypeElement>, source: ts.SourceFile, prefix: string, out: ModelMember[], owner: string): void {
  for (const m of list) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = prefix + m.name.getText(source);
    const literal = ts.isTypeLiteralNode(m.type) ? m.type : undefined;
    const type = literal ? 'object' : m.type.getText(source).replace(/\s+/g, ' ');
    out.push({ name, owner, type, optional: m.questionToken !== undefined, doc: docOf(m, source) });
    if (literal) members(literal.members, source, `${name}.`, out, owner);
  }
}

/** Interfaces (and object type aliases) of the given files, with their members and TSDoc. */
export function modelTypes(files: readonly string[]): ModelTypes {
  const out: ModelTypes = {};
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    source.forEachChild((node) => {
      if (ts.isInterfaceDeclaration(node)) {
        const list: ModelMember[] = [];
        members(node.members, source, '', list, node.name.text);
        const heritage = (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(source)));
        out[node.name.text] = { doc: docOf(node, source), extends: heritage, members: list };
      }
    });
  }
  return out;
}

/** An interface's members with those it extends first: ComputedForce → AreaFigures' members, then its own. */
export function allMembers(types: ModelTypes, name: string): ModelMember[] {
  const t = types[name];
  if (!t) return [];
  const inherited = t.extends.flatMap((parent) => allMembers(types, parent));
  const own = new Set(t.members.map((m) => m.name));
  return [...inherited.filter((m) => !own.has(m.name)), ...t.members];
}
