/**
 * `npm run lint` step: fails on any import cycle among the project's own modules, type-only
 * imports included (ESLint's import-x/no-cycle skips those, yet a type cycle still ties two
 * modules into one unit that cannot be understood or moved apart).
 *
 * Prints each cycle as `a.ts → b.ts → a.ts`; exits 1 when there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runCommand } from '../src/loader/cli/run-command.ts';

/** The folders whose modules may not import each other in a circle. */
const ROOTS = ['src', 'tests', 'bench', 'scripts'];

/**
 * Cycles tolerated for now, each as its files: none. A cycle listed here that is gone
 * fails the check too, so that the list never outlives its reason.
 */
const KNOWN_CYCLES: string[][] = [];

/** The module's relative imports, resolved to files (packages are not the project's). */
export function importsOf(file: string, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier))
    .filter((target) => existsSync(target));
}

/** Every cycle's modules, as strongly connected components of two or more (or a self-import). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iteratively: one visit per module and per import.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfImport) cycles.push(component.reverse());
    }
  }
  return cycles;
}

async function main(): Promise<number> {
  const files = ts.sys
    .readDirectory(
      '.',
      ['.ts', '.tsx'],
      ['node_modules', 'dist', '.cache'],
      ROOTS.map((root) => `${root}/**/*`),
    )
    .map((file) => path.resolve(file));
  const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
  const cycles = findCycles(graph).map((cycle) =>
    cycle.map((file) => path.relative(process.cwd(), file)).sort(),
  );
  const key = (cycle: readonly string[]) => [...cycle].sort().join(', ');
  const known = new Set(KNOWN_CYCLES.map(key));
  const found = new Set(cycles.map(key));
  let failed = false;
  for (const cycle of cycles.filter((cycle) => !known.has(key(cycle)))) {
    console.error(`import cycle among: ${cycle.join(', ')}`);
    failed = true;
  }
  for (const cycle of KNOWN_CYCLES.filter((cycle) => !found.has(key(cycle)))) {
    console.error(`no longer a cycle, strike it off KNOWN_CYCLES: ${key(cycle)}`);
    failed = true;
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) runCommand(main);
