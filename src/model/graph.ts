/**
 * Cycles in small dependency graphs (module prerequisites, maintenance level inclusion).
 * A list order can be checked edge by edge, but a cycle deserves one report naming every
 * member, so rules find the cycles first and judge the remaining edges on their own.
 */

export interface Cycle {
  /** Every node caught in the cycle (one strongly connected component). */
  members: ReadonlySet<string>;
  /** One way round, starting and ending at the member listed first: [a, b, a]. */
  path: string[];
}

/**
 * The cycles among `nodes`, one per strongly connected component that has one, in the
 * order of their first-listed member. Edges to nodes not in `nodes` are ignored (a
 * dangling id is somebody else's report).
 */
export function findCycles(nodes: readonly string[], next: (id: string) => readonly string[]): Cycle[] {
  const known = new Set(nodes);
  const out = (id: string) => next(id).filter((n) => known.has(n));
  const order = new Map<string, number>();
  nodes.forEach((n, i) => order.has(n) || order.set(n, i));

  // Tarjan's algorithm; recursion depth is bounded by the size of a course or schedule.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of out(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const n of order.keys()) if (!index.has(n)) visit(n);

  const cycles: Cycle[] = [];
  for (const component of components) {
    const members = new Set(component);
    const first = [...members].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
    if (members.size === 1 && !out(first).includes(first)) continue;
    cycles.push({ members, path: pathBack(first, members, out) });
  }
  return cycles.sort((a, b) => order.get(a.path[0]!)! - order.get(b.path[0]!)!);
}

/** The shortest way from `start` back to itself inside one component (breadth first). */
function pathBack(start: string, members: ReadonlySet<string>, out: (id: string) => string[]): string[] {
  const from = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of out(v)) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = from.get(u)!) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start]; // unreachable for a real component
}

/** "a → b → a", for messages. */
export const describeCycle = (c: Cycle) => c.path.map((id) => `"${id}"`).join(' → ');
