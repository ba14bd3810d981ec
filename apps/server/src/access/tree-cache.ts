/**
 * The organisation tree as it stands now (each unit's current version: `valid_to is null`), held in memory so that
 * a request's access checks need no query: the units above a unit, and the units under a grant. Filled on first
 * use by one query and emptied whenever the tree changes (the `dangvu_tree` notice, see db/notify.ts).
 */
export interface CurrentTree {
  parents: ReadonlyMap<string, string | null>;
  children: ReadonlyMap<string, readonly string[]>;
}

export function buildTree(rows: readonly { id: string; parentId: string | null }[]): CurrentTree {
  const parents = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  for (const row of rows) {
    parents.set(row.id, row.parentId);
    if (!row.parentId) continue;
    const list = children.get(row.parentId);
    if (list) list.push(row.id);
    else children.set(row.parentId, [row.id]);
  }
  return { parents, children };
}

/** A unit and the units above it, as `ancestorsOrSelf` answers for today; empty when the unit is not in the tree. */
export function ancestorsIn(tree: CurrentTree, unitId: string): Set<string> {
  const found = new Set<string>();
  let id: string | null | undefined = unitId;
  // The same depth bound as the SQL walk: a cycle can never hang a request.
  for (let depth = 0; id && tree.parents.has(id) && depth <= 50; depth++) {
    found.add(id);
    id = tree.parents.get(id);
  }
  return found;
}

/** The given units and every unit under them (the units themselves even when no longer in the tree, as in SQL). */
export function subtreesIn(tree: CurrentTree, roots: readonly string[]): Set<string> {
  const found = new Set<string>(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const child of tree.children.get(id) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}
