// Disjoint sets over string keys (union by size, path halving): which reports are one victim.

export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  add(x: string): void {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      this.size.set(x, 1);
    }
  }

  find(x: string): string {
    this.add(x);
    let p = this.parent.get(x) as string;
    while (p !== x) {
      const gp = this.parent.get(p) as string;
      this.parent.set(x, gp);
      x = gp;
      p = this.parent.get(x) as string;
    }
    return x;
  }

  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size.get(ra) ?? 1) < (this.size.get(rb) ?? 1)) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, (this.size.get(ra) ?? 1) + (this.size.get(rb) ?? 1));
  }

  /** The sets of the given members (each member once), members in input order, sets by first member. */
  groups(members: readonly string[]): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const m of members) {
      const root = this.find(m);
      const g = byRoot.get(root);
      if (g) g.push(m);
      else byRoot.set(root, [m]);
    }
    return [...byRoot.values()];
  }
}
