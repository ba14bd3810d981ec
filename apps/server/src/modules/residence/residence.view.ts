import type { ResidenceCommentRequest, ResidenceRegistration } from "@dangvu/contract";
import type { ListedRequest, RegistrationRow } from "./residence.repo";
import { isOverdue } from "./residence.rules";

export function toRegistration(row: RegistrationRow): ResidenceRegistration {
  return {
    id: row.id,
    memberId: row.memberId,
    address: row.address,
    residenceOrgName: row.residenceOrgName,
    registeredOn: row.registeredOn,
    case: row.case as ResidenceRegistration["case"],
    endedOn: row.endedOn,
    version: row.version,
  };
}

export function toRequest(row: ListedRequest, today: string): ResidenceCommentRequest {
  return {
    ...row,
    year: Number(row.year),
    expiresAt: row.expiresAt ? new Date(row.expiresAt).toISOString() : null,
    status: row.status as ResidenceCommentRequest["status"],
    overdue: isOverdue(row.status, row.dueOn, today),
    via: row.via as ResidenceCommentRequest["via"],
    assessment: row.assessment as ResidenceCommentRequest["assessment"],
  };
}
