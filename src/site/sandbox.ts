/**
 * The Nunjucks environment that renders users' release templates, as a sandbox.
 *
 * Nunjucks is not a sandbox: `{{ range.constructor("return process…")() }}` reaches
 * Function and runs any code, and a `{% for %}` over `range(0, 1e8)` never ends. A release
 * template is untrusted input (SPEC "Safety"), so the templates of a campaign are compiled
 * here, by our own compiler, into code that runs on a guarded runtime:
 *
 * - At compile time (so `localpress check` refuses it with file:line): member lookups,
 *   dictionary keys and filter arguments naming `constructor`, `__proto__`, `prototype`,
 *   `__defineGetter__` and the like; names that are not plain identifiers (Nunjucks pastes
 *   some names into the generated JavaScript unescaped); regular-expression literals (a
 *   catastrophic regex cannot be interrupted).
 * - At run time, for what is only known then (`x["constr" ~ "uctor"]`): a member lookup reads
 *   only an object's OWN fields, plus a short list of harmless string, array and number
 *   methods; nothing is ever looked up on a function; variables resolve only to what the
 *   model, the template and the globals define (not Object.prototype); Function, eval and
 *   friends are never called, whatever way they were reached.
 * - Includes, imports and extends load only files inside the campaign's own folder (no
 *   absolute paths, no `..` out of it, no symlink out of it).
 * - Every render has a budget (RENDER_LIMITS): steps (loop iterations, macro and function
 *   calls, filter calls), wall time, output and value size, macro and include nesting. A
 *   render over budget fails with the template's line.
 *
 * Eleventy's own Nunjucks (the site's templates/) shares the nunjucks module; nothing here
 * changes it: the compiler is a subclass used only by this environment, and the guarded
 * runtime is passed only to templates compiled here.
 */
import { realpathSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import './nunjucks-lines.ts';
import { DataError } from '../errors.ts';
import { decodeUtf8, fsMessage } from '../load/text.ts';
import { roundTo } from '../phrase/round.ts';

/**
 * What one render (one template part of one page: headline, standfirst or body) may use.
 * A real release renders in milliseconds with a few hundred steps and a few kilobytes of
 * text (the 10,101-area bench: a national page loops over 10,000 forces); these limits are
 * a hundred times that and more, so only a runaway template meets them.
 */
export const RENDER_LIMITS = {
  /** Loop iterations + macro calls + function calls + filter calls. */
  steps: 500_000,
  /** Wall time of one render. */
  milliseconds: 5_000,
  /**
   * Characters of output of one render, and of any one value (a string built by `~`, a filter).
   * The longest real release body is 1,300 characters (3,400 in the 10,101-area bench); the
   * output is then read by markdown-it and the readability guard, which take seconds on
   * hundreds of thousands of hostile characters.
   */
  outputChars: 500_000,
  /**
   * Parts of one value counted as printing or dump would walk them (a list holding the same
   * list twice counts it twice): `{% set a = [a, a] %}` in a loop doubles a value without
   * copying it, and printing it would then never end. The 10,101-area bench's whole `forces`
   * is 2 million parts; printing 4 million takes a few seconds.
   */
  valueParts: 4_000_000,
  /** Numbers `range()` may make at once. */
  rangeLength: 100_000,
  /** A numeric width or count given to a filter (center, indent, batch, slice). */
  filterCount: 10_000,
  /** Text given to `striptags`: its pattern takes time that grows with the square of the length of unclosed tags. */
  striptagsChars: 20_000,
  /** Macros calling macros. */
  macroDepth: 100,
  /** Templates including (importing, extending) templates. */
  includeDepth: 20,
  /** Size of a file a template may include. */
  includeBytes: 1_000_000,
};
export type RenderLimits = typeof RENDER_LIMITS;

/** Names that lead from a value to its constructor, prototype or property machinery: never looked up. */
const FORBIDDEN = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
/** Also refused when written as a member name: they are methods of every object or function, never fields of the model. */
const NOT_FIELDS = new Set([
  ...FORBIDDEN,
  'callee',
  'arguments',
  'call',
  'apply',
  'bind',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

/** Methods a template may call on a value it holds: pure, bounded, and none returns a function. */
const STRING_METHODS = new Set([
  'toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd', 'startsWith', 'endsWith', 'includes',
  'indexOf', 'lastIndexOf', 'slice', 'substring', 'split', 'charAt', 'at', 'replace', 'replaceAll',
]);
const ARRAY_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf', 'join', 'slice', 'at']);
const NUMBER_METHODS = new Set(['toFixed', 'toPrecision']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Functions no template may call, however it got hold of them. */
const NEVER_CALLED = new Set<unknown>([
  Function,
  Object.getPrototypeOf(async function () {}).constructor,
  Object.getPrototypeOf(function* () {}).constructor,
  Object.getPrototypeOf(async function* () {}).constructor,
  eval,
  Object,
  Reflect.apply,
  Reflect.construct,
  Reflect.get,
  Reflect.set,
  Reflect.defineProperty,
  Reflect.getPrototypeOf,
  Reflect.setPrototypeOf,
  Object.defineProperty,
  Object.defineProperties,
  Object.getPrototypeOf,
  Object.setPrototypeOf,
  Object.getOwnPropertyDescriptor,
  Object.getOwnPropertyDescriptors,
  Object.assign,
  Function.prototype.call,
  Function.prototype.apply,
  Function.prototype.bind,
  setTimeout,
  setInterval,
  setImmediate,
  queueMicrotask,
]);

// --- Nunjucks internals (untyped in @types/nunjucks) ---------------------------------------

interface NjNode {
  typename: string;
  lineno: number;
  colno: number;
  fields: string[];
  children?: NjNode[];
  value?: unknown;
  [field: string]: unknown;
}
interface NjFrame {
  variables: Record<string, unknown>;
  parent: NjFrame | null;
  lookup(name: string): unknown;
}
interface NjContext {
  ctx: Record<string, unknown>;
  env: { globals: Record<string, unknown> };
}
type RootFunction = (env: unknown, context: unknown, frame: unknown, runtime: unknown, cb: (err: unknown, out?: string) => void) => void;
interface Internals {
  parser: { parse(src: string, extensions: unknown[], opts: object): NjNode };
  compiler: { Compiler: new (name: string, throwOnUndefined: boolean) => CompilerBase };
  runtime: Record<string, unknown> & {
    makeMacro(argNames: string[], kwargNames: string[], func: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown;
    SafeString: new (value: string) => { val: string };
  };
  lib: {
    TemplateError: new (message: string | Error, lineno?: number, colno?: number) => Error & { lineno?: number };
    _prettifyError(path: string, withInternals: boolean, err: unknown): Error;
  };
  nodes: Record<string, unknown>;
}
interface CompilerBase {
  buffer: string;
  compile(node: NjNode, frame?: unknown): void;
  getCode(): string;
  _emit(code: string): void;
  _emitLine(code: string): void;
  _compileExpression(node: unknown, frame: unknown): void;
  _compileAggregate(node: unknown, frame: unknown, start?: string, end?: string): void;
  _getNodeName(node: unknown): string;
  compileOutput(node: NjNode, frame: unknown): void;
  compileConcat(node: NjNode, frame: unknown): void;
  compileAdd(node: NjNode, frame: unknown): void;
  _compileGetTemplate(node: NjNode, frame: unknown, eagerCompile: boolean, ignoreMissing: boolean): string;
  _compileMacro(node: NjNode, frame?: unknown): string;
}

const nj = nunjucks as unknown as Internals;
const transformer = createRequire(import.meta.url)('nunjucks/src/transformer.js') as { transform(ast: NjNode, asyncFilters: string[], name: string): NjNode };

/** A refusal or budget error at a template position (1-based), reported by Nunjucks as "[Line n, Column m]". */
function refuse(message: string, line?: number, column?: number): Error {
  return new nj.lib.TemplateError(message, line, column);
}

// --- Compile time ---------------------------------------------------------------------------

/** Every node under `node`, with the node first. */
function* walk(node: unknown): Generator<NjNode> {
  // Some fields hold plain arrays of nodes (Set.targets, Compare.ops).
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as NjNode).typename !== 'string') return;
  const n = node as NjNode;
  yield n;
  if (Array.isArray(n.children)) for (const child of n.children) yield* walk(child);
  for (const field of n.fields ?? []) if (field !== 'children') yield* walk(n[field]);
}

function isName(node: unknown): boolean {
  return (node as NjNode | undefined)?.typename === 'Symbol';
}

function literalText(node: unknown): string | undefined {
  const n = node as NjNode | undefined;
  return n && n.typename === 'Literal' && typeof n.value === 'string' ? n.value : undefined;
}

/**
 * Refuses, with its line, anything in a parsed template that could reach JavaScript: see the
 * module comment. Throws a Nunjucks TemplateError (lines counted from 1).
 */
function validate(ast: NjNode): void {
  for (const node of walk(ast)) {
    const at = (what: string) => refuse(what, node.lineno + 1, node.colno + 1);
    switch (node.typename) {
      case 'Symbol': {
        const name = String(node.value);
        if (!IDENTIFIER.test(name)) throw at(`'${name}' is not a name a release template may use (letters, digits and _ only)`);
        if (NOT_FIELDS.has(name)) throw at(`'${name}' is not part of the model: a release template cannot reach JavaScript objects`);
        break;
      }
      case 'LookupVal': {
        const key = literalText(node['val']);
        if (key !== undefined && NOT_FIELDS.has(key)) throw at(`'.${key}' is refused: a release template reads fields of the model, it cannot reach JavaScript objects`);
        break;
      }
      case 'Pair': {
        const key = node['key'] as NjNode;
        const text = key.typename === 'Symbol' ? String(key.value) : literalText(key);
        if (text !== undefined && NOT_FIELDS.has(text)) throw at(`'${text}' cannot be a key of a dictionary in a release template`);
        break;
      }
      case 'Literal':
        if (node.value instanceof RegExp) throw at('regular expressions (r/…/) are not available in release templates');
        break;
      case 'Filter':
      case 'FunCall':
        for (const arg of (node['args'] as NjNode).children ?? []) {
          const text = literalText(arg);
          if (text !== undefined && FORBIDDEN.has(text)) throw at(`'${text}' is refused as an argument: a release template cannot reach JavaScript objects`);
        }
        break;
      // Nunjucks pastes these names into the generated JavaScript as they are: only plain names
      // (checked as Symbols above) may stand there, never a quoted string.
      case 'Block':
        if (!isName(node['name'])) throw at('a block name must be a plain name');
        break;
      case 'Macro':
      case 'Caller':
        if (!isName(node['name'])) throw at('a macro name must be a plain name');
        for (const arg of (node['args'] as NjNode).children ?? []) {
          const pairs = arg.typename === 'KeywordArgs' || arg.typename === 'Dict' ? (arg.children ?? []) : [];
          if (!isName(arg) && pairs.length === 0) throw at('a macro argument must be a plain name');
          if (!pairs.every((pair) => isName(pair['key']))) throw at('a macro argument must be a plain name');
        }
        break;
      case 'Set':
        if (!(node['targets'] as unknown[]).every(isName)) throw at('{% set %} must name a variable (a plain name, not a quoted string)');
        break;
      case 'Import':
        if (!isName(node['target'])) throw at('{% import … as NAME %} must give a plain name');
        break;
      case 'FromImport':
        for (const item of (node['names'] as NjNode).children ?? []) {
          if (!(isName(item) || (item.typename === 'Pair' && isName(item['key']) && isName(item['value'])))) throw at('{% from … import %} must list plain names');
        }
        break;
      case 'For':
      case 'AsyncEach':
      case 'AsyncAll': {
        const name = node['name'] as NjNode;
        if (!(isName(name) || (name.typename === 'Array' && (name.children ?? []).every(isName)))) throw at('a loop variable must be a plain name');
        break;
      }
      case 'Is': {
        const right = node['right'] as NjNode;
        const name = right.typename === 'FunCall' ? (right['name'] as NjNode) : right;
        if (name.typename !== 'Symbol') throw at("'is' must be followed by the name of a test");
        break;
      }
      case 'CallExtension':
      case 'CallExtensionAsync':
        throw at('extensions are not available in release templates');
    }
  }
}

/** A marker placed at the start of every loop body: the compiler turns it into a budget check. */
function tickNode(lineno: number, colno: number): NjNode {
  return { typename: 'LocalpressTick', lineno, colno, fields: [] };
}

function insertTicks(ast: NjNode): void {
  for (const node of walk(ast)) {
    if (node.typename === 'For' || node.typename === 'AsyncEach' || node.typename === 'AsyncAll') {
      const body = node['body'] as NjNode;
      body.children?.unshift(tickNode(node.lineno, node.colno));
    }
  }
}

/**
 * Nunjucks' compiler, with every member lookup, variable lookup and call routed through the
 * guarded runtime with its position, names written into the code as JSON, output and
 * concatenation checked for size, and loop bodies counted.
 */
class SandboxCompiler extends (nj.compiler.Compiler as unknown as new (name: string, throwOnUndefined: boolean) => CompilerBase) {
  /** How errors name this template's file (its path as the author sees it). */
  displayPath = '';

  private pos(node: NjNode): string {
    return `${Number(node.lineno) + 1}, ${Number(node.colno) + 1}`;
  }

  compileLookupVal(node: NjNode, frame: unknown): void {
    this._emit('runtime.memberLookup((');
    this._compileExpression(node['target'], frame);
    this._emit('),');
    this._compileExpression(node['val'], frame);
    this._emit(`, ${this.pos(node)})`);
  }

  compileSymbol(node: NjNode, frame: { lookup(name: string): unknown }): void {
    const name = String(node.value);
    const local = frame.lookup(name);
    if (typeof local === 'string' && IDENTIFIER.test(local)) this._emit(local);
    else this._emit(`runtime.contextOrFrameLookup(context, frame, ${JSON.stringify(name)}, ${this.pos(node)})`);
  }

  compileFunCall(node: NjNode, frame: unknown): void {
    this._emit(`(lineno = ${Number(node.lineno) + 1}, colno = ${Number(node.colno) + 1}, `);
    this._emit('runtime.callWrap(');
    this._compileExpression(node['name'], frame);
    this._emit(`, ${JSON.stringify(this._getNodeName(node['name']))}, context, `);
    this._compileAggregate(node['args'], frame, '[', '])');
    this._emit(')');
  }

  override compileOutput(node: NjNode, frame: unknown): void {
    super.compileOutput(node, frame);
    this._emitLine(`runtime.localpressOutput(${this.buffer}.length, ${this.pos(node)});`);
  }

  override compileConcat(node: NjNode, frame: unknown): void {
    this._emit('runtime.localpressSized(');
    super.compileConcat(node, frame);
    this._emit(`, ${this.pos(node)})`);
  }

  override compileAdd(node: NjNode, frame: unknown): void {
    this._emit('runtime.localpressSized(');
    super.compileAdd(node, frame);
    this._emit(`, ${this.pos(node)})`);
  }

  override _compileGetTemplate(node: NjNode, frame: unknown, eagerCompile: boolean, ignoreMissing: boolean): string {
    // So a refused or missing include is reported at its own line.
    this._emitLine(`lineno = ${Number(node.lineno) + 1}; colno = ${Number(node.colno) + 1};`);
    return super._compileGetTemplate(node, frame, eagerCompile, ignoreMissing);
  }

  // Lists and dictionaries written in the template: the only way (with batch/slice's fill) to hold one value many times.
  compileArray(node: NjNode, frame: unknown): void {
    this._emit('runtime.localpressBuilt(');
    this._compileAggregate(node, frame, '[', ']');
    this._emit(`, ${this.pos(node)})`);
  }

  compileDict(node: NjNode, frame: unknown): void {
    this._emit('runtime.localpressBuilt(');
    this._compileAggregate(node, frame, '{', '}');
    this._emit(`, ${this.pos(node)})`);
  }

  /**
   * A macro's body runs when it is called, from whatever template calls it: an error in it
   * reached the caller's catch and was reported under the caller's name (with the macro's line).
   * The body is wrapped so an error is named and placed in the file the macro is written in
   * (runtime.localpressMacroError), before it leaves the macro.
   */
  override _compileMacro(node: NjNode, frame?: unknown): string {
    const code = (this as unknown as { codebuf: string[] }).codebuf;
    const start = code.length;
    const funcId = super._compileMacro(node, frame);
    const open = code.findIndex((line, i) => i > start && /^function \([\w, ]*\) \{\n$/.test(line));
    if (open < 0 || code[code.length - 1] !== '});\n') throw new Error('sandbox: Nunjucks compiles macros in a way this version of localpress does not know');
    code.splice(open + 1, 0, 'try {\n');
    code[code.length - 1] = `} catch (e) { throw runtime.localpressMacroError(e, lineno, colno, ${JSON.stringify(this.displayPath)}); }\n});\n`;
    return funcId;
  }

  compileLocalpressTick(node: NjNode): void {
    this._emitLine(`runtime.localpressTick(${this.buffer}.length, ${this.pos(node)});`);
  }
}

/** Template source → the compiled functions Nunjucks runs (root and blocks), not yet bound to a runtime. */
function compileSource(source: string, name: string, displayPath: string): Record<string, RootFunction> {
  const ast = nj.parser.parse(source, [], { autoescape: false, throwOnUndefined: true });
  validate(ast);
  const transformed = transformer.transform(ast, [], name);
  insertTicks(transformed);
  const compiler = new SandboxCompiler(name, true);
  compiler.displayPath = displayPath;
  compiler.compile(transformed);
  // The generated code only sees the arguments it is called with (env, context, frame, runtime, cb).
  return new Function(compiler.getCode())() as Record<string, RootFunction>;
}

// --- Run time --------------------------------------------------------------------------------

interface Budget {
  steps: number;
  deadline: number;
  macroDepth: number;
  includeDepth: number;
}

function hasOwn(obj: unknown, key: string | number): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The guarded runtime and the budget of the render under way. */
function createRuntime(limits: RenderLimits) {
  let budget: Budget | null = null;
  const SafeString = nj.runtime.SafeString;

  const current = (): Budget => {
    if (!budget) throw new Error('sandbox: a release template ran outside a render');
    return budget;
  };
  const step = (line?: number, column?: number) => {
    const b = current();
    if (++b.steps > limits.steps) {
      throw refuse(`the render went over its budget of ${limits.steps.toLocaleString('en-GB')} steps (loop iterations and calls): a loop or macro that does not end?`, line, column);
    }
    if (performance.now() > b.deadline) overTime(line, column);
  };
  const overTime = (line?: number, column?: number) => {
    throw refuse(`the render went over its time budget of ${limits.milliseconds.toLocaleString('en-GB')} ms`, line, column);
  };
  const sized = <T>(value: T, line?: number, column?: number): T => {
    const length = typeof value === 'string' ? value.length : value instanceof SafeString ? value.val.length : 0;
    if (length > limits.outputChars) throw refuse(`a value grew beyond ${limits.outputChars.toLocaleString('en-GB')} characters, the most a release may hold`, line, column);
    return value;
  };
  /** The length of the render's output so far, checked against its budget. */
  const outputSized = (length: number, line: number, column: number) => {
    if (length > limits.outputChars) throw refuse(`the release grew beyond ${limits.outputChars.toLocaleString('en-GB')} characters, the most one render may write`, line, column);
  };
  // Parts of a value, remembered per object: the model and the template's values never change once made.
  const parts = new WeakMap<object, number>();
  const partsOf = (value: unknown): number => {
    if (typeof value !== 'object' || value === null || value instanceof SafeString) return 1;
    const known = parts.get(value);
    if (known !== undefined) return known;
    parts.set(value, 1); // a value that contains itself counts once
    let total = 1;
    if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      for (const item of Object.values(value)) {
        total += partsOf(item);
        if (total > limits.valueParts) break;
      }
    }
    parts.set(value, total);
    return total;
  };
  const built = <T>(value: T, line?: number, column?: number): T => {
    if (partsOf(value) > limits.valueParts) {
      throw refuse(`a value grew beyond ${limits.valueParts.toLocaleString('en-GB')} parts (lists or dictionaries holding the same value many times), more than a release may print`, line, column);
    }
    return value;
  };
  const keyOf = (key: unknown, line: number, column: number): string | number => {
    if (typeof key === 'number') return key;
    if (typeof key === 'string') return key;
    if (key instanceof SafeString) return key.val;
    throw refuse(`a field name must be text or a number, not ${key === null ? 'none' : typeof key}`, line, column);
  };
  const bound = (obj: unknown, fn: (...args: unknown[]) => unknown) =>
    function (...args: unknown[]) {
      return sized(fn.apply(obj, args));
    };

  function memberLookup(target: unknown, rawKey: unknown, line: number, column: number): unknown {
    if (target === undefined || target === null) return undefined;
    // A macro's output (SafeString) reads as the text it holds.
    const obj = target instanceof SafeString ? target.val : target;
    const key = keyOf(rawKey, line, column);
    const name = String(key);
    if (FORBIDDEN.has(name)) throw refuse(`'${name}' is refused: a release template reads fields of the model, it cannot reach JavaScript objects`, line, column);
    if (typeof obj === 'function') throw refuse(`'${name}' is refused: a function has no fields a release template may read`, line, column);
    if (hasOwn(obj, key)) {
      const value = (obj as Record<string, unknown>)[name];
      // Functions held in fields (cycler().next) are called with their object, as Nunjucks does.
      return typeof value === 'function' ? bound(obj, value as (...args: unknown[]) => unknown) : value;
    }
    const methods = typeof obj === 'string' ? STRING_METHODS : Array.isArray(obj) ? ARRAY_METHODS : typeof obj === 'number' ? NUMBER_METHODS : null;
    if (methods?.has(name)) return bound(obj, (obj as Record<string, (...args: unknown[]) => unknown>)[name]!);
    if (name in Object(obj)) throw refuse(`'${name}' is not a field of this value: a release template reads fields of the model, it cannot call into JavaScript`, line, column);
    return undefined;
  }

  function contextOrFrameLookup(context: NjContext, frame: NjFrame, name: string, line: number, column: number): unknown {
    if (NOT_FIELDS.has(name)) throw refuse(`'${name}' is not part of the model`, line, column);
    for (let f: NjFrame | null = frame; f; f = f.parent) {
      const value = hasOwn(f.variables, name) ? f.variables[name] : undefined;
      if (value !== undefined) return value;
    }
    if (hasOwn(context.ctx, name)) return context.ctx[name];
    if (hasOwn(context.env.globals, name)) return context.env.globals[name];
    return undefined;
  }

  function callWrap(fn: unknown, name: string, context: unknown, args: unknown[]): unknown {
    if (!fn) throw new Error(`Unable to call \`${name}\`, which is undefined or falsey`);
    if (typeof fn !== 'function') throw new Error(`Unable to call \`${name}\`, which is not a function`);
    if (NEVER_CALLED.has(fn)) throw new Error(`\`${name}\` cannot be called from a release template`);
    step();
    return sized(fn.apply(context, args));
  }

  function makeMacro(argNames: string[], kwargNames: string[], func: (...args: unknown[]) => unknown) {
    const macro = nj.runtime.makeMacro(argNames, kwargNames, func);
    return function (this: unknown, ...args: unknown[]) {
      const b = current();
      if (b.macroDepth >= limits.macroDepth) throw new Error(`macros nested more than ${limits.macroDepth} deep: a macro that calls itself without end?`);
      b.macroDepth++;
      try {
        return macro.apply(this, args);
      } finally {
        b.macroDepth--;
      }
    };
  }

  const runtime = {
    ...nj.runtime,
    memberLookup,
    contextOrFrameLookup,
    callWrap,
    makeMacro,
    localpressTick(length: number, line: number, column: number) {
      step(line, column);
      outputSized(length, line, column);
    },
    localpressOutput(length: number, line: number, column: number) {
      outputSized(length, line, column);
      if (performance.now() > current().deadline) overTime(line, column);
    },
    /**
     * An error leaving a macro's body, marked "(file) [Line L, Column C]" with the macro's own file
     * and the line it had reached there. An error already marked (by a macro or include it called)
     * keeps its inner mark, which is where it happened.
     */
    localpressMacroError(error: unknown, line: number, column: number, displayPath: string): Error {
      const marked = nj.runtime['handleError'] as (e: unknown, l: number, c: number) => Error & { Update?(path: string): Error };
      const err = marked(error, line, column);
      return typeof err.Update === 'function' ? err.Update(displayPath) : err;
    },
    localpressSized: sized,
    localpressBuilt: built,
  };

  /** Runs `render` with a fresh budget; nested calls (includes) share the budget of the outer render. */
  function withBudget<T>(render: () => T): T {
    if (budget) return render();
    budget = { steps: 0, deadline: performance.now() + limits.milliseconds, macroDepth: 0, includeDepth: 0 };
    try {
      return render();
    } finally {
      budget = null;
    }
  }

  /** The compiled functions bound to the guarded runtime, whatever runtime Nunjucks passes them. */
  function bind(props: Record<string, RootFunction>): Record<string, RootFunction> {
    const out: Record<string, RootFunction> = {};
    for (const [key, fn] of Object.entries(props)) {
      out[key] = (env, context, frame, _runtime, cb) => {
        const b = current();
        if (key === 'root' && ++b.includeDepth > limits.includeDepth) {
          b.includeDepth--;
          cb(new Error(`templates included more than ${limits.includeDepth} deep: a template that includes itself?`));
          return;
        }
        try {
          fn(env, context, frame, runtime, cb);
        } finally {
          if (key === 'root') b.includeDepth--;
        }
      };
    }
    return out;
  }

  return { runtime, withBudget, step, sized, built, bind };
}

// --- Loader ----------------------------------------------------------------------------------

/** A template name as written (`parts/quote.njk`, `./quote.njk`) → its path inside the campaign folder, or a refusal. */
function confine(name: string): string {
  if (name.includes('\0') || name.includes('\\') || path.isAbsolute(name) || path.win32.isAbsolute(name) || /^[a-z]+:/i.test(name)) {
    throw new Error(`'${name}' cannot be included: a release template may only include files of its own campaign folder, by a relative path such as 'parts/quote.njk'`);
  }
  const relative = path.posix.normalize(name);
  if (relative === '..' || relative.startsWith('../')) {
    throw new Error(`'${name}' cannot be included: it is outside the campaign folder, and a release template may only include files of its own campaign folder`);
  }
  return relative;
}

/**
 * An included file's text, read as the loader reads data files: strict UTF-8 (a Latin-1 '£' is
 * an error at its line in the included file, never a silent U+FFFD) and file-system failures in
 * plain words.
 */
function readIncluded(real: string, displayPath: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(real);
  } catch (error) {
    throw nj.lib._prettifyError(displayPath, false, refuse(fsMessage(error, 'does it exist?')));
  }
  try {
    return decodeUtf8(bytes, displayPath);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const p = error.problems[0]!;
    throw nj.lib._prettifyError(displayPath, false, refuse(p.message, p.line, p.column));
  }
}

class CampaignLoader {
  cache: Record<string, unknown> = {};
  private root: string | undefined;
  constructor(
    private readonly campaignDir: string,
    private readonly compile: (source: string, name: string, displayPath: string) => { type: 'code'; obj: Record<string, RootFunction> },
    private readonly maxBytes: number,
  ) {}

  isRelative(name: string): boolean {
    return name.startsWith('./') || name.startsWith('../');
  }

  /** `./x.njk` from `release/force.njk` → `release/x.njk` (still checked by getSource). */
  resolve(parentName: string, name: string): string {
    return path.posix.join(path.posix.dirname(parentName), name);
  }

  /** null for a missing file: Nunjucks then reports "template not found", or skips it for `include … ignore missing`. */
  getSource(name: string): { src: { type: 'code'; obj: Record<string, RootFunction> }; path: string; noCache: boolean } | null {
    const relative = confine(name);
    const displayPath = path.join(this.campaignDir, ...relative.split('/'));
    let real: string;
    try {
      real = realpathSync(displayPath);
    } catch {
      return null;
    }
    // Resolved when first needed: a release that includes nothing never touches the disk here.
    this.root ??= realpathSync(this.campaignDir);
    if (real !== this.root && !real.startsWith(this.root + path.sep)) {
      throw new Error(`'${name}' cannot be included: it leads outside the campaign folder (a link to ${real})`);
    }
    const stat = statSync(real);
    if (!stat.isFile()) throw new Error(`'${name}' cannot be included: it is not a file`);
    if (stat.size > this.maxBytes) throw new Error(`'${name}' cannot be included: it is ${stat.size.toLocaleString('en-GB')} bytes, more than the ${this.maxBytes.toLocaleString('en-GB')} a template may be`);
    const source = readIncluded(real, displayPath);
    return { src: this.compile(source, relative, displayPath), path: displayPath, noCache: false };
  }
}

// --- The environment -------------------------------------------------------------------------

export interface SandboxedTemplate {
  /** Renders with a fresh budget; throws Nunjucks' error ("(file) [Line n, Column m] message"). */
  render(context: object): string;
}

export interface ReleaseEnvironment {
  env: nunjucks.Environment;
  /**
   * compile(source, "release.njk", "data/campaigns/x/release.njk") → a template. `name` is its
   * path inside the campaign folder (relative includes resolve from it); `displayPath` is how
   * errors name the file. Throws Nunjucks' error on a syntax error or a refused construct.
   */
  compile(source: string, name: string, displayPath: string): SandboxedTemplate;
}

type Filter = (...args: any[]) => unknown;

/**
 * createReleaseEnvironment("data/campaigns/x", filters) → the environment that renders that
 * campaign's release templates: Nunjucks' filters and globals plus ours, every filter call
 * counted and checked, includes confined to the folder.
 */
export function createReleaseEnvironment(campaignDir: string, filters: Record<string, Filter>, limits: RenderLimits = RENDER_LIMITS): ReleaseEnvironment {
  const sandbox = createRuntime(limits);
  const toCode = (source: string, name: string, displayPath: string) => {
    try {
      return { type: 'code' as const, obj: sandbox.bind(compileSource(source, name, displayPath)) };
    } catch (error) {
      // Named and placed now, so that an include's own error is told apart from its includer's.
      throw nj.lib._prettifyError(displayPath, false, error);
    }
  };
  const loader = new CampaignLoader(campaignDir, toCode, limits.includeBytes);
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, { autoescape: false, throwOnUndefined: true });

  const guard = (name: string, fn: Filter): Filter =>
    function (this: unknown, ...args: unknown[]) {
      sandbox.step();
      const last = args[args.length - 1];
      const keywords = last && typeof last === 'object' && hasOwn(last, '__keywords') ? Object.values(last) : [];
      for (const arg of [...args, ...keywords]) {
        const text = typeof arg === 'string' ? arg : arg instanceof nj.runtime.SafeString ? arg.val : undefined;
        if (text !== undefined && FORBIDDEN.has(text)) throw new Error(`'${text}' is refused as an argument of '${name}': a release template cannot reach JavaScript objects`);
      }
      return sandbox.sized(fn.apply(this, args));
    };
  const counted = (name: string, ...positions: number[]) => {
    const fn = env.getFilter(name) as Filter;
    return function (this: unknown, ...args: unknown[]) {
      for (const i of positions) {
        const n = Number(args[i]);
        if (args[i] !== undefined && !(Math.abs(n) <= limits.filterCount)) throw new Error(`'${name}' was given ${String(args[i])}; at most ${limits.filterCount.toLocaleString('en-GB')} is allowed`);
      }
      return sandbox.built(fn.apply(this, args));
    };
  };
  // Nunjucks' own filters that loop as many times as an argument says (batch and slice also repeat their fill value).
  const striptags = env.getFilter('striptags') as Filter;
  const nunjucksRound = env.getFilter('round') as Filter;
  const bounded: Record<string, Filter> = {
    // Nunjucks' round works on the binary value (Math.round(3.7499999999999996 * 10) / 10 is 3.7,
    // for a rate of 6 per 160,000 people that the table shows as 3.8): a release rounds by the
    // page's one rule (src/phrase/round.ts). 'ceil' and 'floor' stay Nunjucks' own.
    round(this: unknown, ...args: unknown[]) {
      const [value, precision = 0, method = 'common'] = args;
      const dp = Number(precision);
      if (method !== 'common' || typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(dp) || dp < 0 || dp > 12) return nunjucksRound.apply(this, args);
      return roundTo(value, dp) as unknown as string;
    },
    center: counted('center', 1),
    indent: counted('indent', 1),
    batch: counted('batch', 1),
    slice: counted('slice', 1),
    striptags(this: unknown, ...args: unknown[]) {
      const length = String(args[0] ?? '').length;
      if (length > limits.striptagsChars) throw new Error(`'striptags' was given ${length.toLocaleString('en-GB')} characters; at most ${limits.striptagsChars.toLocaleString('en-GB')} are allowed`);
      return striptags.apply(this, args);
    },
  };
  const all: Record<string, Filter> = { ...(env as unknown as { filters: Record<string, Filter> }).filters, ...bounded, ...filters };
  for (const [name, fn] of Object.entries(all)) env.addFilter(name, guard(name, fn));
  const addFilter = env.addFilter.bind(env);
  // Filters added later (release.ts adds a remembering groupby) are guarded too.
  env.addFilter = (name: string, fn: Filter, async?: boolean) => addFilter(name, guard(name, fn), async);

  env.addGlobal('range', (start: number, stop?: number, step?: number) => {
    const [from, to, by] = stop === undefined ? [0, Number(start), 1] : [Number(start), Number(stop), Number(step) || 1];
    const length = Math.ceil((to - from) / by);
    if (!Number.isFinite(length)) throw new Error(`range(${[start, stop, step].filter((x) => x !== undefined).join(', ')}) is not a range of numbers`);
    if (length > limits.rangeLength) throw new Error(`range() would make ${length.toLocaleString('en-GB')} numbers; at most ${limits.rangeLength.toLocaleString('en-GB')} are allowed`);
    return Array.from({ length: Math.max(0, length) }, (_, i) => from + i * by);
  });

  return {
    env,
    compile(source, name, displayPath) {
      const template = new nunjucks.Template(toCode(source, name, displayPath) as never, env, displayPath);
      return {
        render: (context) =>
          sandbox.withBudget(() => {
            const out = template.render(context);
            return sandbox.sized(out);
          }),
      };
    },
  };
}
