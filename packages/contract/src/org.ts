import { z } from "zod";
import { Id, IsoDate, OptionalText, Text } from "./common";

/** Unit types of the party organisation tree (domain.md §1): the province above the upper-grassroots committees. */
export const OrgUnitType = z.enum([
  "provincial_committee",
  "upper_committee",
  "grassroots_committee",
  "grassroots_cell",
  "sub_committee",
  "cell",
  "party_group",
]);
export type OrgUnitType = z.infer<typeof OrgUnitType>;

/**
 * Which unit types may sit directly under which (domain.md §1.1, §1.2; Điều lệ Đảng, Điều 21, 24): the province's party
 * organisation leads the upper-grassroots committees (a bloc, the committees of the provincial party bodies or of the
 * provincial government) and grassroots organisations directly under it. The server enforces this table; the web
 * offers choices from it, the commonest first.
 */
export const unitParentTypes: Readonly<Record<OrgUnitType, readonly OrgUnitType[]>> = {
  provincial_committee: [],
  upper_committee: ["provincial_committee"],
  grassroots_committee: ["upper_committee", "provincial_committee"],
  grassroots_cell: ["upper_committee", "provincial_committee"],
  cell: ["grassroots_committee", "sub_committee"],
  sub_committee: ["grassroots_committee"],
  party_group: ["cell", "grassroots_cell"],
};

export function canBeUnder(child: OrgUnitType, parent: OrgUnitType): boolean {
  return unitParentTypes[child].includes(parent);
}

export const OrgUnitActions = z.object({
  update: z.boolean(),
  createChild: z.boolean(),
  restructure: z.boolean(),
  manageCommittee: z.boolean(),
});

export const OrgUnit = z.object({
  id: Id,
  name: z.string(),
  type: OrgUnitType,
  parentId: Id.nullable(),
  version: z.number().int(),
  validFrom: IsoDate,
  establishedOn: IsoDate,
  dissolvedOn: IsoDate.nullable(),
  childCount: z.number().int(),
  memberCount: z.number().int(),
  fullMemberCount: z.number().int(),
  path: z.array(z.object({ id: Id, name: z.string() })),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  hasInspectionCommittee: z.boolean(),
  /** Whether the unit's committee can have a standing committee (ban thường vụ): a base committee or higher. */
  hasStandingCommittee: z.boolean(),
  /** The place name the unit's documents are dated from ("Bình Sơn, ngày …"); null when it has none of its own. */
  locality: z.string().nullable(),
  can: OrgUnitActions,
});
export type OrgUnit = z.infer<typeof OrgUnit>;

/** Sets (or, with an empty text, clears) the place name of a unit's documents. */
export const SetLocalityInput = z.object({
  version: z.number().int().min(1),
  locality: OptionalText(100),
});
export type SetLocalityInput = z.infer<typeof SetLocalityInput>;

export const OrgTreeNode = z.object({
  id: Id,
  name: z.string(),
  type: OrgUnitType,
  parentId: Id.nullable(),
  version: z.number().int(),
  childCount: z.number().int(),
  /** Party members (probationary and full) whose official unit this is, on the date shown. */
  memberCount: z.number().int(),
  path: z.string(),
});
export type OrgTreeNode = z.infer<typeof OrgTreeNode>;

export const OrgTreeQuery = z.object({
  asOf: IsoDate.optional(),
  q: OptionalText(100),
});

export const CreateOrgUnitInput = z.object({
  name: Text(200),
  type: OrgUnitType,
  parentId: Id,
  establishedOn: IsoDate,
  decisionNo: OptionalText(50),
});
export type CreateOrgUnitInput = z.infer<typeof CreateOrgUnitInput>;

export const UpdateOrgUnitInput = z.object({
  version: z.number().int().min(1),
  name: Text(200).optional(),
  type: OrgUnitType.optional(),
  effectiveOn: IsoDate.optional(),
  decisionNo: OptionalText(50),
});
export type UpdateOrgUnitInput = z.infer<typeof UpdateOrgUnitInput>;

const EventBase = {
  version: z.number().int().min(1),
  effectiveOn: IsoDate,
  decisionNo: OptionalText(50),
  note: OptionalText(1000),
};

export const SplitPart = z.object({
  name: Text(200),
  type: OrgUnitType,
  childIds: z.array(Id).max(500).default([]),
});

export const OrgUnitEventInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("move"), newParentId: Id, ...EventBase }),
  z.object({ kind: z.literal("merge"), intoId: Id, ...EventBase }),
  z.object({
    kind: z.literal("split"),
    parts: z.array(SplitPart).min(1).max(20),
    dissolveSource: z.boolean().default(false),
    ...EventBase,
  }),
  z.object({ kind: z.literal("dissolve"), ...EventBase }),
]);
export type OrgUnitEventInput = z.infer<typeof OrgUnitEventInput>;

export const OrgUnitEventKind = z.enum(["create", "rename", "retype", "move", "merge", "absorb", "split", "dissolve"]);

export const OrgUnitEvent = z.object({
  id: Id,
  orgUnitId: Id,
  kind: OrgUnitEventKind,
  effectiveOn: IsoDate,
  decisionNo: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type OrgUnitEvent = z.infer<typeof OrgUnitEvent>;

export const PositionKind = z.enum([
  "secretary",
  "deputy_secretary",
  "committee_member",
  "standing_committee_member",
  "inspection_chair",
]);
export type PositionKind = z.infer<typeof PositionKind>;

export const Term = z.object({
  id: Id,
  orgUnitId: Id,
  name: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
});
export type Term = z.infer<typeof Term>;

export const CreateTermInput = z.object({
  name: Text(50),
  startsOn: IsoDate,
  endsOn: IsoDate.optional(),
});
export type CreateTermInput = z.infer<typeof CreateTermInput>;

export const Position = z.object({
  id: Id,
  orgUnitId: Id,
  termId: Id.nullable(),
  kind: PositionKind,
  holderName: z.string(),
  /** The member record of the holder; always set for a cell's seats, optional for a committee's. */
  memberId: Id.nullable(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
});
export type Position = z.infer<typeof Position>;

/**
 * A seat from a date. A cell's seats name the member (`memberId`); a committee's may name a member or only a
 * person (`holderName`), for a holder whose record is kept elsewhere.
 */
export const CreatePositionInput = z.object({
  termId: Id.optional(),
  kind: PositionKind,
  memberId: Id.optional(),
  holderName: Text(120).optional(),
  startsOn: IsoDate,
  endsOn: IsoDate.optional(),
});
export type CreatePositionInput = z.infer<typeof CreatePositionInput>;

export const EndPositionInput = z.object({ endsOn: IsoDate });
