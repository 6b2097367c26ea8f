// Undo: snapshots of the graph (and the hidden set) taken before each change the analyst makes.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.js';

export interface Snapshot {
  graph: SerializedGraph<NodeAttrs, EdgeAttrs>;
  hidden: string[];
  label: string;
}

export class History {
  private readonly stack: Snapshot[] = [];
  constructor(private readonly max = 30) {}

  push(graph: ExplorerGraph, hidden: ReadonlySet<string>, label: string): void {
    this.stack.push({ graph: graph.export(), hidden: [...hidden], label });
    if (this.stack.length > this.max) this.stack.shift();
  }

  /** Restores the last snapshot into `graph` in place; returns it (for the hidden set), or null. */
  undo(graph: ExplorerGraph): Snapshot | null {
    const snap = this.stack.pop();
    if (!snap) return null;
    graph.clear();
    graph.import(snap.graph);
    return snap;
  }

  get size(): number {
    return this.stack.length;
  }

  /** What undo would revert, for the button's title. */
  peek(): string | null {
    return this.stack.at(-1)?.label ?? null;
  }
}
