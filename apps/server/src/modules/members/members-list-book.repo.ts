import type { MemberListBookRow } from "@dangvu/contract";
import { sql } from "drizzle-orm";
import { subtreeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { lastUnitNameSql } from "../org";
import { onListSql } from "./members-breakdowns.repo";
import { officialCellOn } from "./members-shared.repo";

type Stored = Omit<MemberListBookRow, "no" | "transferredInOn" | "transferredInFrom"> & {
  movedInOn: string | null;
  movedInFrom: string | null;
  createdInOn: string | null;
  createdInFrom: string | null;
};

const theory = sql`case m.political_theory_level when 'advanced' then 'Cao cấp' when 'intermediate' then 'Trung cấp'
  when 'elementary' then 'Sơ cấp' else null end`;

/**
 * The member list book (sổ danh sách đảng viên, mẫu 7-HSĐV) of a unit on a day: the members on the list then in its
 * subtree as it stood that day (as the "onList" indicator counts them), in Vietnamese name order, in one query.
 * Column 11 (transferred in) is the latest official move from a unit outside the subtree (as it stands on the day)
 * into one inside, or the transfer from outside the committee the record started with, whichever is later.
 */
export async function memberListBook(db: Db, orgUnitId: string, on: string): Promise<MemberListBookRow[]> {
  const cell = officialCellOn(sql`m.id`, sql`m.d`);
  const rows = rowsOf<Stored>(
    await db.execute(sql`with sub as (${subtreeUnitIds(orgUnitId, on)})
      select m.id as "memberId", m.full_name as "fullName",
        case when m.birth_name is not null and m.birth_name <> m.full_name then m.birth_name end as "birthName",
        m.birth_date::text as "birthDate", case m.sex when 'female' then 'Nữ' else 'Nam' end as sex,
        m.ethnicity, m.religion, m.home_town as "homeTown", m.general_education as "generalEducation",
        ${theory} as "politicalTheory", m.professional_qualification as "professionalQualification",
        m.academic_title as "academicTitle", null as "foreignLanguage", null as "occupationBeforeAdmission",
        m.occupation, m.job_title as "jobTitle", m.admission_decided_on::text as "admittedOn",
        case when m.full_membership_on <= m.d then m.full_membership_on::text end as "fullMembershipOn",
        coalesce((select pc.card_number from party_cards pc where pc.member_id = m.id and pc.issued_on <= m.d
            order by pc.issued_on desc limit 1),
          case when not exists (select 1 from party_cards pc where pc.member_id = m.id) then m.card_number end)
          as "cardNumber",
        m.file_number as "fileNumber", null as "badgeNumber", null as "armedForcesOrRetired",
        null as "transferredOutOn", null as "transferredOutTo", null as "diedOn", null as "leftOn", null as "leftHow",
        nullif(concat_ws('; ',
          case when (select e.kind from member_events e where e.member_id = m.id
              and e.kind in ('exemption', 'exemption_ended') and e.occurred_on <= m.d
              order by e.occurred_on desc, e.created_at desc limit 1) = 'exemption'
            then 'Miễn công tác và sinh hoạt đảng' end,
          (select 'Sinh hoạt tạm thời tại ' || ${lastUnitNameSql(sql`t.org_unit_id`)} from memberships t
            where t.member_id = m.id and t.kind = 'temporary' and t.valid_from <= m.d
              and (t.valid_to is null or t.valid_to > m.d) order by t.valid_from desc limit 1)), '') as note,
        ${cell} as "orgUnitId", ${lastUnitNameSql(cell)} as "orgUnitName",
        case when m.full_membership_on <= m.d then 'full' else 'probationary' end as status,
        mi.on::text as "movedInOn", mi.from_name as "movedInFrom",
        ci.occurred_on::text as "createdInOn", ci.details->>'transferredFrom' as "createdInFrom"
      from ${onListSql(orgUnitId, on)} m
      left join lateral (select b.valid_from as on, ${lastUnitNameSql(sql`a.org_unit_id`)} as from_name
          from memberships a join memberships b on b.member_id = a.member_id and b.kind = 'official'
            and b.valid_from = a.valid_to
          where a.member_id = m.id and a.kind = 'official' and b.valid_from <= m.d
            and a.org_unit_id not in (select id from sub) and b.org_unit_id in (select id from sub)
          order by b.valid_from desc limit 1) mi on true
      left join lateral (select e.occurred_on, e.details from member_events e
          where e.member_id = m.id and e.kind = 'transfer_in' and e.occurred_on <= m.d
          order by e.occurred_on desc limit 1) ci on true
      order by m.name_sort_key collate "C", m.id`),
  );
  return rows.map(({ movedInOn, movedInFrom, createdInOn, createdInFrom, ...row }, i) => {
    const created = createdInOn !== null && (movedInOn === null || createdInOn > movedInOn);
    return {
      no: i + 1,
      ...row,
      transferredInOn: created ? createdInOn : movedInOn,
      transferredInFrom: created ? createdInFrom : movedInFrom,
    };
  });
}
