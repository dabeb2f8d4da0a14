import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseSync, type ESTree } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  GRAPH2D_ONLY_CONSTRUCTORS,
  withoutUnusedParts,
} from '../../../src/lib/vite-plugin-vis-timeline.ts';

const id = createRequire(import.meta.url)
  .resolve('vis-timeline/esnext')
  .replace(/index\.js$/, 'esm/vis-timeline-graph2d.mjs');
const original = readFileSync(id, 'utf8');
const rewritten = withoutUnusedParts(original, id);

/** The source text of each top-level statement. */
function statements(code: string): string[] {
  return parseSync(id, code).program.body.map((node) => code.slice(node.start, node.end));
}

/** `var Name = /* @__PURE__ *\/ (() => { … })();` → the statements inside, else null. */
function pureCallBody(node: ESTree.Statement, code: string): string[] | null {
  const unwrap = (expression: ESTree.Expression | null | undefined) =>
    expression?.type === 'ParenthesizedExpression' ? expression.expression : expression;
  if (node.type !== 'VariableDeclaration') return null;
  const call = unwrap(node.declarations[0]?.init);
  const callee = call?.type === 'CallExpression' ? unwrap(call.callee as ESTree.Expression) : null;
  if (callee?.type !== 'ArrowFunctionExpression' || callee.body.type !== 'BlockStatement') {
    return null;
  }
  return callee.body.body.map((inner) => code.slice(inner.start, inner.end));
}

describe('withoutUnusedParts on the installed vis-timeline', () => {
  it('finds everything it looks for', () => {
    expect(rewritten.problems).toEqual([]);
  });

  it("wraps Graph2d's constructors with their assignments, in order, and keeps every other statement", () => {
    const before = statements(original);
    const program = parseSync(id, rewritten.code).program;
    const wrapped = program.body.flatMap((node) => {
      const body = pureCallBody(node, rewritten.code);
      return body ? [body.slice(0, -1)] : [];
    });
    expect(wrapped.map((body) => body[0]?.match(/^function (\w+)/)?.[1])).toEqual(
      GRAPH2D_ONLY_CONSTRUCTORS,
    );
    for (const body of wrapped) {
      const positions = body.map((statement) => before.indexOf(statement));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    const moved = new Set(wrapped.flat());
    const rest = program.body
      .filter((node) => !pureCallBody(node, rewritten.code))
      .map((node) => rewritten.code.slice(node.start, node.end));
    const changed = rest.filter(
      (statement, index) => statement !== before.filter((s) => !moved.has(s))[index],
    );
    expect(changed).toHaveLength(2);
    expect(changed[0]).toMatch(/^const availableUtils = \{\n {2}\w+: util\.\w+, /);
    expect(changed[1]).toMatch(/^class Group \{/);
  });

  it('leaves showing added items to the next redraw, which shows them in one batch', () => {
    const groupAdd = (code: string) =>
      code.slice(code.indexOf('\n  add(item) {'), code.indexOf('\n  _addToSubgroup('));
    expect(groupAdd(original)).toContain('this._checkIfVisible(item, this.visibleItems, range);');
    expect(groupAdd(rewritten.code)).not.toContain('_checkIfVisible');
    expect(groupAdd(rewritten.code)).toContain('this.stackDirty = true;');
    // The redraw after a change restacks a dirty group and shows what is in view, batched.
    expect(rewritten.code).toContain('redrawQueue[i] = item.redraw(returnQueue);');
  });

  it('copies into availableUtils every helper vis-timeline reads from it', () => {
    const read = new Set([...original.matchAll(/availableUtils\.(\w+)/g)].map((match) => match[1]));
    read.delete('convert');
    read.delete('setupXSSProtection');
    read.delete('xss');
    expect(read.size).toBeGreaterThan(30);
    for (const name of read) expect(rewritten.code).toContain(`${name}: util.${name},`);
    expect(rewritten.code).not.toContain('...util,');
    // The xss filter stays on: its getter is untouched.
    expect(rewritten.code).toContain('Object.defineProperty(availableUtils, "xss", {');
  });
});

describe('withoutUnusedParts on other code', () => {
  it('leaves availableUtils alone when it is used other than by property name', () => {
    const code = [
      "import * as util from 'vis-util';",
      'function Graph2d() {}',
      'const availableUtils = { ...util, convert };',
      'availableUtils.extend({}, {});',
      'export { availableUtils };',
    ].join('\n');
    const result = withoutUnusedParts(code, 'sample.mjs');
    expect(result.code).toContain('{ ...util, convert }');
    expect(result.problems).toContain('availableUtils used other than by property name');
    expect(result.problems).toContain('no single Group.add visibility check');
  });
});
