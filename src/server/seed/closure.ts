// Closure of the organisation tree, computed in memory from parent links and history links.
//
// The closure (org_unit_closure) is insert-only and covers every parent link that was ever valid
// and every merge/split history link: for every unit a reflexive row (u, u), a row (a, u) for
// every ancestor a through any parent link, and for each history link (predecessor → successor)
// every ancestor-or-self of the successor gets a row to every descendant-or-self of the
// predecessor, so that a scope on a new unit covers the records of the units it came from.
//
// That is reachability in one graph whose edges are parent → child and successor → predecessor:
// a reaches d iff (a, d) is in the closure (applied transitively, chains of mergers work too).

export interface ClosureLink {
  parent_id: string;
  child_id: string;
}
export interface ClosureHistory {
  predecessor_id: string;
  successor_id: string;
}
export interface ClosureRow {
  ancestor_id: string;
  descendant_id: string;
}

/**
 * All closure rows for `unitIds` given the links and history among them. Units named only in
 * links or history are included too. Rows come out grouped by ancestor, in input order, so the
 * result is deterministic.
 */
export function computeClosure(
  unitIds: Iterable<string>,
  links: Iterable<ClosureLink>,
  history: Iterable<ClosureHistory> = [],
): ClosureRow[] {
  const order: string[] = [];
  const edges = new Map<string, string[]>();
  const touch = (id: string): string[] => {
    let list = edges.get(id);
    if (!list) {
      list = [];
      edges.set(id, list);
      order.push(id);
    }
    return list;
  };
  for (const id of unitIds) touch(id);
  const seenEdge = new Set<string>();
  const addEdge = (from: string, to: string) => {
    const key = from + '>' + to;
    if (from === to || seenEdge.has(key)) return;
    seenEdge.add(key);
    touch(from).push(to);
    touch(to);
  };
  for (const l of links) addEdge(l.parent_id, l.child_id);
  for (const h of history) addEdge(h.successor_id, h.predecessor_id);

  const rows: ClosureRow[] = [];
  for (const a of order) {
    const seen = new Set<string>([a]);
    const stack = [a];
    rows.push({ ancestor_id: a, descendant_id: a });
    while (stack.length) {
      const u = stack.pop()!;
      for (const v of edges.get(u)!) {
        if (seen.has(v)) continue;
        seen.add(v);
        stack.push(v);
        rows.push({ ancestor_id: a, descendant_id: v });
      }
    }
  }
  return rows;
}
