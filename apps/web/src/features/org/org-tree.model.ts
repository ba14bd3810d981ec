import { canBeUnder, type OrgTreeNode, type OrgUnitType, unitParentTypes } from "@dangvu/contract";
import { matchesTokens } from "../../lib/text";

/** The flat list from the API, indexed: children keep the server's Vietnamese order. */
export interface TreeIndex {
  byId: Map<string, OrgTreeNode>;
  childrenOf: Map<string, OrgTreeNode[]>;
  roots: OrgTreeNode[];
}

/** Nodes whose parent is absent from the list (outside the user's grants) are roots. */
export function indexTree(nodes: readonly OrgTreeNode[]): TreeIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const childrenOf = new Map<string, OrgTreeNode[]>();
  const roots: OrgTreeNode[] = [];
  for (const node of nodes) {
    if (node.parentId && byId.has(node.parentId)) {
      const siblings = childrenOf.get(node.parentId);
      if (siblings) siblings.push(node);
      else childrenOf.set(node.parentId, [node]);
    } else {
      roots.push(node);
    }
  }
  return { byId, childrenOf, roots };
}

/** The ids above `id`, nearest first, as far as the list goes. */
export function ancestorIds(index: TreeIndex, id: string): string[] {
  const result: string[] = [];
  const seen = new Set<string>([id]);
  for (let at = index.byId.get(id)?.parentId; at && index.byId.has(at) && !seen.has(at); ) {
    result.push(at);
    seen.add(at);
    at = index.byId.get(at)?.parentId;
  }
  return result;
}

/** `id` and everything below it. */
export function subtreeIds(index: TreeIndex, id: string): Set<string> {
  const result = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    if (result.has(at)) continue;
    result.add(at);
    for (const child of index.childrenOf.get(at) ?? []) stack.push(child.id);
  }
  return result;
}

export interface TreeFilter {
  /** Units whose name matches every search word. */
  matches: Set<string>;
  /** Units to show: the matches, their ancestors and everything under a match. */
  visible: Set<string>;
  /** Units to open so that every match can be seen. */
  expanded: Set<string>;
}

/** Which units a search shows; null when nothing was typed. */
export function filterTree(index: TreeIndex, tokens: readonly string[]): TreeFilter | null {
  if (tokens.length === 0) return null;
  const matches = new Set<string>();
  for (const node of index.byId.values()) if (matchesTokens(node.name, tokens)) matches.add(node.id);
  const visible = new Set<string>();
  const expanded = new Set<string>();
  for (const id of matches) {
    for (const below of subtreeIds(index, id)) visible.add(below);
    for (const above of ancestorIds(index, id)) {
      visible.add(above);
      expanded.add(above);
    }
  }
  return { matches, visible, expanded };
}

/** Units in tree order (depth first), each with its depth, for pickers and lists. */
export function flattenTree(index: TreeIndex): { node: OrgTreeNode; depth: number }[] {
  const result: { node: OrgTreeNode; depth: number }[] = [];
  const walk = (nodes: readonly OrgTreeNode[], depth: number) => {
    for (const node of nodes) {
      result.push({ node, depth });
      walk(index.childrenOf.get(node.id) ?? [], depth + 1);
    }
  };
  walk(index.roots, 0);
  return result;
}

// Which unit types may sit directly under which: the contract's table, which the server enforces; the UI uses it only
// to offer sensible choices, the commonest first.
export const unitTypes = Object.keys(unitParentTypes) as OrgUnitType[];

export { canBeUnder };

/** The types a new unit directly under `parent` may have. */
export function childTypesOf(parent: OrgUnitType): OrgUnitType[] {
  return unitTypes.filter((type) => canBeUnder(type, parent));
}

/** Members belong to cells: a cell of a base committee, or a base-level cell directly under the bloc. */
export function isCellType(type: OrgUnitType): boolean {
  return type === "cell" || type === "grassroots_cell";
}

/**
 * The units where the signed-in user holds a permission: the subtrees of the grants whose role holds it (the server
 * says which, with each grant; it judges again on every request).
 */
export function unitsWithPermission(
  me: { grants: readonly { orgUnitId: string; permissions: readonly string[] }[] } | undefined,
  index: TreeIndex,
  permission: string,
): Set<string> {
  const ids = new Set<string>();
  for (const grant of me?.grants ?? []) {
    if (!grant.permissions.includes(permission)) continue;
    for (const id of subtreeIds(index, grant.orgUnitId)) ids.add(id);
  }
  return ids;
}
