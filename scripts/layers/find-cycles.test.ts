import { describe, expect, it } from 'vitest';
import { findCycles, shortestCycle, type Graph } from './find-cycles.js';

const g = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('returns nothing for a DAG', () => {
    expect(findCycles(g({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds each strongly connected component, and self-loops', () => {
    const graph = g({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'], f: ['f'], x: ['a'] });
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
  });

  it('handles a long chain without recursion', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 50_000; i++) edges[`n${i}`] = [`n${i + 1}`];
    edges['n50000'] = ['n0'];
    expect(findCycles(g(edges))[0]).toHaveLength(50_001);
  });
});

describe('shortestCycle', () => {
  it('returns a closed shortest path through the first node', () => {
    const graph = g({ a: ['b', 'x'], b: ['c'], c: ['a'], x: ['a'] });
    expect(shortestCycle(graph, ['a', 'b', 'c', 'x'])).toEqual(['a', 'x', 'a']);
    expect(shortestCycle(g({ f: ['f'] }), ['f'])).toEqual(['f', 'f']);
  });
});
