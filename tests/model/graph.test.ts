import { describe, expect, it } from 'vitest';
import { describeCycle, findCycles } from '../../src/model/graph.ts';

const graph = (edges: Record<string, string[]>) => (id: string) => edges[id] ?? [];

describe('findCycles', () => {
  it('finds none in a chain or a diamond', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ b: ['a'], c: ['b'] }))).toEqual([]);
    expect(findCycles(['a', 'b', 'c', 'd'], graph({ b: ['a'], c: ['a'], d: ['b', 'c'] }))).toEqual([]);
  });

  it('reports a self-loop', () => {
    const [c] = findCycles(['a', 'b'], graph({ a: ['a'] }));
    expect(c!.path).toEqual(['a', 'a']);
    expect([...c!.members]).toEqual(['a']);
  });

  it('starts the path at the member listed first', () => {
    const cycles = findCycles(['x', 'a', 'b', 'c'], graph({ c: ['a'], a: ['b'], b: ['c'] }));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.path).toEqual(['a', 'b', 'c', 'a']);
    expect(describeCycle(cycles[0]!)).toBe('"a" → "b" → "c" → "a"');
  });

  it('gives one cycle per component, the whole component as members, the shortest way round', () => {
    const cycles = findCycles(['a', 'b', 'c', 'd', 'e'], graph({ a: ['b', 'c'], b: ['a'], c: ['b'], d: ['e'], e: ['d'] }));
    expect(cycles.map((c) => c.path)).toEqual([['a', 'b', 'a'], ['d', 'e', 'd']]);
    expect([...cycles[0]!.members].sort()).toEqual(['a', 'b', 'c']);
  });

  it('ignores edges to unknown nodes and repeated nodes', () => {
    expect(findCycles(['a', 'b', 'a'], graph({ a: ['zz'], b: ['a'] }))).toEqual([]);
  });
});
