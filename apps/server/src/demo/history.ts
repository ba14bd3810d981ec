import type { OrgUnitType } from "@dangvu/contract";

/**
 * The organisation tree's history written the way the org module writes it (org.repo's changeState, org-events.service):
 * each unit's dated versions over [validFrom, validTo), and the events that made them, with the same details. The demo
 * builds its tree with it instead of calling the services, which would take a transaction and an audit entry per step.
 */
export interface Version {
  unitId: string;
  name: string;
  type: OrgUnitType;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface UnitEvent {
  unitId: string;
  kind: "create" | "rename" | "retype" | "move" | "merge" | "absorb" | "split" | "dissolve";
  effectiveOn: string;
  decisionNo: string | null;
  details: Record<string, unknown>;
}

export interface HistoryUnit {
  id: string;
  establishedOn: string;
  dissolvedOn: string | null;
  /** Where its place name is kept (the province), for the papers' "Bình Sơn, ngày …". */
  locality?: string;
}

/** A cell merged into another: its members move there on the day (org's onMerge hook, members' moveAllMembers). */
export interface CellMerge {
  fromId: string;
  intoId: string;
  on: string;
}

export class TreeHistory {
  readonly units = new Map<string, HistoryUnit>();
  readonly versions: Version[] = [];
  readonly events: UnitEvent[] = [];
  readonly merges: CellMerge[] = [];
  /** Each unit's versions, oldest first: the generators ask "where was this unit on that day" thousands of times. */
  private readonly byUnit = new Map<string, Version[]>();

  constructor(private readonly newId: () => string) {}

  /** The open version of a unit (its state today, or its last one once dissolved). */
  current(unitId: string): Version {
    const own = this.byUnit.get(unitId) ?? [];
    return own.find((v) => v.validTo === null) ?? (own.at(-1) as Version);
  }

  /** The version of a unit in force on a day, if it existed then. */
  on(unitId: string, day: string): Version | undefined {
    return this.byUnit.get(unitId)?.find((v) => v.validFrom <= day && (!v.validTo || v.validTo > day));
  }

  /** The unit's first version: how it was founded. */
  first(unitId: string): Version {
    return (this.byUnit.get(unitId) as Version[])[0] as Version;
  }

  childrenOf(unitId: string): string[] {
    return this.versions.filter((v) => v.parentId === unitId && v.validTo === null).map((v) => v.unitId);
  }

  create(name: string, type: OrgUnitType, parentId: string | null, on: string, extra: Record<string, unknown> = {}) {
    const id = this.newId();
    this.units.set(id, { id, establishedOn: on, dissolvedOn: null });
    this.add({ unitId: id, name, type, parentId, validFrom: on, validTo: null });
    this.event(id, "create", on, null, { name, type, parentId, ...extra });
    return id;
  }

  rename(unitId: string, name: string, on: string, decisionNo: string) {
    const was = this.current(unitId);
    this.change(unitId, { name }, on);
    this.event(unitId, "rename", on, decisionNo, {
      fromName: was.name,
      toName: name,
      fromType: was.type,
      toType: was.type,
    });
  }

  move(unitId: string, parentId: string, on: string, decisionNo: string, extra: Record<string, unknown> = {}) {
    const was = this.current(unitId);
    this.change(unitId, { parentId }, on);
    this.event(unitId, "move", on, decisionNo, {
      fromParentId: was.parentId,
      fromParentName: was.parentId ? this.current(was.parentId).name : null,
      toParentId: parentId,
      toParentName: this.current(parentId).name,
      ...extra,
      note: null,
    });
  }

  /** Merges a unit into another: its children move there, its members too (for cells), and it is dissolved. */
  merge(fromId: string, intoId: string, on: string, decisionNo: string) {
    const children = this.childrenOf(fromId);
    for (const child of children) this.move(child, intoId, on, decisionNo, { byMergeOf: fromId });
    this.merges.push({ fromId, intoId, on });
    const from = this.current(fromId);
    const into = this.current(intoId);
    this.dissolve(fromId, on);
    this.event(fromId, "merge", on, decisionNo, {
      intoId,
      intoName: into.name,
      movedChildren: children,
      note: null,
    });
    this.event(intoId, "absorb", on, decisionNo, { fromId, fromName: from.name, note: null });
  }

  /** Splits a unit into new ones at its level, handing out its children, and dissolves it (a bloc wound up). */
  split(
    sourceId: string,
    parts: { name: string; type: OrgUnitType; childIds: string[] }[],
    on: string,
    decisionNo: string,
    note: string,
  ) {
    const parentId = this.current(sourceId).parentId;
    const partIds = parts.map((part) => {
      const id = this.create(part.name, part.type, parentId, on, { splitFrom: sourceId });
      const created = this.events.at(-1) as UnitEvent;
      created.decisionNo = decisionNo;
      for (const child of part.childIds) this.move(child, id, on, decisionNo, { bySplitOf: sourceId });
      return id;
    });
    this.dissolve(sourceId, on);
    this.event(sourceId, "split", on, decisionNo, { partIds, dissolvedSource: true, note });
    return partIds;
  }

  private dissolve(unitId: string, on: string) {
    const open = this.current(unitId);
    open.validTo = on;
    (this.units.get(unitId) as HistoryUnit).dissolvedOn = on;
  }

  /** Closes the open version the day the new one starts; a change on the day it began replaces it. */
  private change(unitId: string, next: Partial<Pick<Version, "name" | "type" | "parentId">>, on: string) {
    const open = this.current(unitId);
    if (open.validFrom === on) {
      Object.assign(open, next);
      return;
    }
    open.validTo = on;
    this.add({ ...open, ...next, validFrom: on, validTo: null });
  }

  private add(version: Version) {
    this.versions.push(version);
    this.byUnit.set(version.unitId, [...(this.byUnit.get(version.unitId) ?? []), version]);
  }

  private event(
    unitId: string,
    kind: UnitEvent["kind"],
    on: string,
    decisionNo: string | null,
    details: Record<string, unknown>,
  ) {
    this.events.push({ unitId, kind, effectiveOn: on, decisionNo, details });
  }
}
