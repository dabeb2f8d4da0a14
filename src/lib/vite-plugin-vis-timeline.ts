/**
 * Build-time companion of `timeline.ts`: lets the bundler leave out the parts of
 * vis-timeline's esnext build that the app cannot reach (≈ 23 KB of its 116 KB gzipped),
 * and makes adding many items at once cost one layout instead of one per item.
 *
 * The esnext build is one module holding Timeline and Graph2d (the line and bar chart),
 * and the app imports only `Timeline`. Two patterns in that module defeat tree-shaking;
 * this plugin rewrites both without changing what any reachable code does.
 */
import MagicString from 'magic-string';
import { parseSync, Visitor, type ESTree, type Plugin } from 'vite';

const VIS_TIMELINE_ESNEXT = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

/** Constructors that only Graph2d uses, directly or through one another. */
export const GRAPH2D_ONLY_CONSTRUCTORS = [
  'Points',
  'Bargraph',
  'Line',
  'GraphGroup',
  'Legend',
  'LineGraph',
  'Graph2d',
];

/** The object vis-timeline fills with every vis-util export and reads named helpers from. */
const UTILITIES_OBJECT = 'availableUtils';

/**
 * Drops Graph2d and vis-util's unused exports from vis-timeline's esnext build, and has
 * added items shown in one batch. Build only: dev keeps vis as published.
 */
export function visTimelineWithoutUnusedParts(): Plugin {
  return {
    name: 'vis-timeline-without-unused-parts',
    apply: 'build',
    transform: {
      filter: { id: VIS_TIMELINE_ESNEXT },
      handler(code, id) {
        const { problems, ...transformed } = withoutUnusedParts(code, id);
        for (const problem of problems) {
          this.warn(`${problem}: vis-timeline has changed, more of it may be bundled`);
        }
        return transformed;
      },
    },
  };
}

/** The rewritten module, its source map, and what was not found where expected. */
export function withoutUnusedParts(code: string, id: string) {
  const program = parseSync(id, code).program;
  const source = new MagicString(code);
  const problems = [
    ...wrapConstructorsInPureCalls(program, source, GRAPH2D_ONLY_CONSTRUCTORS),
    ...spreadOnlyUsedUtilities(program, source, UTILITIES_OBJECT),
    ...showAddedItemsAtNextRedraw(code, source),
  ];
  return { code: source.toString(), map: source.generateMap({ hires: true }), problems };
}

/**
 * Graph2d's constructors are old-style functions whose methods are set by module-level
 * statements (`Graph2d.prototype.setItems = function …`). Such assignments count as side
 * effects, so Graph2d and all it reaches (LineGraph, DataAxis, Legend, …) were bundled
 * although nothing uses them. Each constructor and its assignments, in their order, become
 * one `/* @__PURE__ *\/` call placed where the last assignment was; unused, the call is
 * dropped like any pure expression. Every use of these names is inside a function or at the
 * end of the module, so none sees the binding before it is set.
 */
function wrapConstructorsInPureCalls(
  program: ESTree.Program,
  source: MagicString,
  names: readonly string[],
): string[] {
  const parts = new Map<string, ESTree.Statement[]>();
  for (const statement of program.body) {
    const name =
      statement.type === 'FunctionDeclaration'
        ? (statement.id?.name ?? null)
        : statement.type === 'ExpressionStatement' &&
            statement.expression.type === 'AssignmentExpression'
          ? assignmentRoot(statement.expression.left)
          : null;
    if (name !== null && names.includes(name)) {
      parts.set(name, [...(parts.get(name) ?? []), statement]);
    }
  }
  const problems: string[] = [];
  for (const name of names) {
    const statements = parts.get(name) ?? [];
    const last = statements.at(-1);
    if (statements[0]?.type !== 'FunctionDeclaration' || !last) {
      problems.push(`no function ${name}`);
      continue;
    }
    source.appendLeft(last.start, `var ${name} = /* @__PURE__ */ (() => {\n`);
    for (const statement of statements.slice(0, -1)) {
      source.move(statement.start, statement.end, last.start);
      source.appendLeft(statement.end, '\n');
    }
    source.appendRight(last.end, `\nreturn ${name};\n})();`);
  }
  return problems;
}

/** The identifier an assignment target hangs from: `Graph2d` for `Graph2d.prototype.setItems`. */
function assignmentRoot(target: ESTree.Node): string | null {
  let node = target;
  while (node.type === 'MemberExpression') node = node.object;
  return node.type === 'Identifier' ? node.name : null;
}

/**
 * `const availableUtils = { ...util, convert, … }` copies every export of vis-util's
 * namespace, which keeps all of vis-util, including its own Configurator, ColorPicker,
 * Validator and Hammer that duplicate vis-timeline's. The module only ever reads named
 * properties of it (`availableUtils.extend(…)`), so the spread becomes exactly those
 * properties. Any other use of the object (passed along, computed access) leaves it alone.
 */
function spreadOnlyUsedUtilities(
  program: ESTree.Program,
  source: MagicString,
  objectName: string,
): string[] {
  let spread: ESTree.SpreadElement | null = null;
  let ownKeys: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== objectName) continue;
      if (declarator.init?.type !== 'ObjectExpression') continue;
      const properties = declarator.init.properties;
      const spreads = properties.filter((property) => property.type === 'SpreadElement');
      if (spreads.length !== 1 || spreads[0]?.argument.type !== 'Identifier') continue;
      spread = spreads[0];
      ownKeys = properties.flatMap((property) =>
        property.type === 'Property' && property.key.type === 'Identifier'
          ? [property.key.name]
          : [],
      );
    }
  }
  if (!spread || spread.argument.type !== 'Identifier') return [`no ${objectName} spread`];
  const namespace = spread.argument.name;

  const read = new Set<string>();
  let references = 0;
  let accounted = 1; // the declaration itself
  new Visitor({
    Identifier(node) {
      if (node.name === objectName) references += 1;
    },
    MemberExpression(node) {
      if (node.object.type !== 'Identifier' || node.object.name !== objectName) return;
      if (node.computed || node.property.type !== 'Identifier') return;
      read.add(node.property.name);
      accounted += 1;
    },
    CallExpression(node) {
      // Object.defineProperty(availableUtils, "xss", { get … }) adds a property; it reads none.
      const [target] = node.arguments;
      if (target?.type === 'Identifier' && target.name === objectName && isDefineProperty(node)) {
        accounted += 1;
      }
    },
  }).visit(program);
  if (references !== accounted) return [`${objectName} used other than by property name`];

  const copied = [...read].filter((name) => !ownKeys.includes(name) && name !== 'xss').sort();
  source.overwrite(
    spread.start,
    spread.end,
    copied.map((name) => `${name}: ${namespace}.${name}`).join(', '),
  );
  return [];
}

/**
 * `Group.add` shows each added item at once when it is in view, and showing one reads its
 * size back from the DOM (getComputedStyle, offsetWidth): adding 3,000 items forced 3,000
 * layouts, seconds of frozen zooming at 10,000 events. `add` also marks the group for
 * restacking, and the redraw that every change triggers shows the items in view in one
 * batch (all DOM writes, then all reads: one layout). So the immediate showing goes.
 */
const SHOW_ON_ADD = `    if (!this.visibleItems.includes(item)) {
      const range = this.itemSet.body.range; // TODO: not nice accessing the range like this
      this._checkIfVisible(item, this.visibleItems, range);
    }
`;

function showAddedItemsAtNextRedraw(code: string, source: MagicString): string[] {
  const at = code.indexOf(SHOW_ON_ADD);
  if (at < 0 || code.indexOf(SHOW_ON_ADD, at + 1) >= 0)
    return ['no single Group.add visibility check'];
  const before = code.slice(Math.max(0, at - 400), at);
  if (!/\n {2}add\(item\) \{[^}]*this\.stackDirty = true;/.test(before)) {
    return ['the visibility check is not in Group.add after stackDirty'];
  }
  source.remove(at, at + SHOW_ON_ADD.length);
  return [];
}

function isDefineProperty(call: ESTree.CallExpression): boolean {
  const callee = call.callee;
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 'defineProperty'
  );
}
