import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import {
  type Block,
  bodyLine,
  cellBody,
  documentTitle,
  fileSlug,
  partyDocx,
  partyHeading,
  signatureBlock,
} from "../../platform/party-document";
import { dmy } from "../../rules/dates";
import { requireMember } from "../members";
import { unitAndParentNames } from "../org";
import * as repo from "./residence.repo";

interface LetterFacts {
  memberName: string;
  birthDate: string;
  status: string;
  jobTitle: string | null;
  cellName: string;
  parentName: string | null;
  address: string;
  residenceOrgName: string;
  today: string;
}

/** The introduction letter (giấy giới thiệu) of a member to the residence party organisation, as .docx. */
export async function introductionLetter(
  ctx: Ctx,
  registrationId: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const registration = await repo.findRegistration(ctx.db, registrationId);
  if (!registration) throw new NotFound();
  const { member } = await requireMember(ctx, registration.memberId);
  const unit = await unitAndParentNames(ctx.db, member.orgUnitId);
  const facts: LetterFacts = {
    memberName: member.fullName,
    birthDate: member.birthDate,
    status: member.status,
    jobTitle: member.jobTitle,
    cellName: unit.name,
    parentName: unit.parentName,
    address: registration.address,
    residenceOrgName: registration.residenceOrgName,
    today: ctx.today,
  };
  const buffer = await partyDocx([
    partyHeading({
      parentBody: facts.parentName,
      issuingBody: cellBody(facts.cellName),
      number: "Số       -GGT/CB",
      date: facts.today,
    }),
    ...documentTitle("GIẤY GIỚI THIỆU"),
    ...body(facts),
    signatureBlock({ authority: "T/M CHI ỦY", title: "BÍ THƯ" }),
  ]);
  return { fileName: `giay-gioi-thieu-${fileSlug(member.fullName)}.docx`, buffer };
}

function body(facts: LetterFacts): Block[] {
  const kind = facts.status === "probationary" ? "đảng viên dự bị" : "đảng viên chính thức";
  return [
    bodyLine(`Chi ủy ${facts.cellName} trân trọng giới thiệu:`),
    bodyLine(`Đồng chí: ${facts.memberName}, sinh ngày ${dmy(facts.birthDate)}.`),
    bodyLine(`Là ${kind} của ${facts.cellName}${facts.parentName ? `, ${facts.parentName}` : ""}.`),
    ...(facts.jobTitle ? [bodyLine(`Chức vụ, công việc: ${facts.jobTitle}.`)] : []),
    bodyLine(`Nơi cư trú: ${facts.address}.`),
    bodyLine(`Được giới thiệu đến: ${facts.residenceOrgName}.`),
    bodyLine(
      "Để đồng chí liên hệ, đăng ký và thực hiện nhiệm vụ của đảng viên đang công tác ở nơi cư trú theo Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị.",
    ),
    bodyLine(
      "Đề nghị chi ủy, chi bộ nơi cư trú tiếp nhận, tạo điều kiện để đồng chí hoàn thành nhiệm vụ và nhận xét đảng viên hằng năm.",
    ),
  ];
}
