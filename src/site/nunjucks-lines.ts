/**
 * Nunjucks records the template line only for function calls and undefined values, so an
 * error thrown inside a filter (e.g. `num` given NaN) arrived without a line. This teaches
 * its compiler to record the line of every filter call too, the same way it does for calls:
 * `(lineno = 13, colno = 40, env.getFilter("num").call(...))`. Imported for its effect.
 */
import nunjucks from 'nunjucks';

interface FilterNode {
  lineno: number;
  colno: number;
}
interface CompilerProto {
  compileFilter(this: CompilerProto & { _emit(code: string): void }, node: FilterNode, frame: unknown): void;
  localpressFilterLines?: boolean;
}

const proto = (nunjucks as unknown as { compiler: { Compiler: { prototype: CompilerProto } } }).compiler.Compiler.prototype;
if (!proto.localpressFilterLines) {
  const original = proto.compileFilter;
  proto.compileFilter = function compileFilter(node, frame) {
    // Filter nodes count lines and columns from 0; the error report counts from 1.
    this._emit(`(lineno = ${Number(node.lineno) + 1}, colno = ${Number(node.colno) + 1}, `);
    original.call(this, node, frame);
    this._emit(')');
  };
  proto.localpressFilterLines = true;
}
