import type { InspectingBody, Programme, ProgrammeItem, ProgrammeItemInput, ProgrammeSummary } from "@dangvu/contract";
import { DatePicker, Form, Input, InputNumber, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, optionalIso, parseIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { bodies, caseKinds } from "./case-form";
import { useCreateProgramme, useSaveProgrammeItem, useUpdateProgramme } from "./inspection.api";
import { SubjectFields, type SubjectValue, subjectValues, toSubjectInputs, useTreeIndex } from "./subject-fields";

interface ProgrammeValues {
  orgUnitId: string;
  year: number;
  body: InspectingBody;
  title: string;
  decisionNo?: string;
  approvedOn?: Dayjs | null;
}

/** Adds the year's programme of a body, or edits its title and decision. */
export function ProgrammeModal({
  programme,
  year,
  onClose,
  onSaved,
}: {
  programme?: ProgrammeSummary;
  year: number;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateProgramme();
  const update = useUpdateProgramme(programme?.id ?? "");
  const index = useTreeIndex();
  const me = useMe();
  const writable = useMemo(() => unitsWithPermission(me.data, index, "inspection.write"), [me.data, index]);

  async function submit(v: ProgrammeValues) {
    const common = {
      title: v.title,
      decisionNo: v.decisionNo?.trim() || undefined,
      approvedOn: optionalIso(v.approvedOn),
    };
    const saved: Programme = programme
      ? await update.mutateAsync({ version: programme.version, ...common })
      : await create.mutateAsync({ orgUnitId: v.orgUnitId, year: v.year, body: v.body, ...common });
    onSaved(saved.id);
  }

  return (
    <FormModal<ProgrammeValues>
      open
      title={programme ? t("inspection.editProgramme") : t("inspection.newProgramme")}
      successMessage={t("inspection.programmeSaved")}
      initialValues={
        programme
          ? {
              ...programme,
              decisionNo: programme.decisionNo ?? undefined,
              approvedOn: parseIsoDate(programme.approvedOn),
            }
          : { year, body: "inspection_committee" }
      }
      onSubmit={submit}
      onClose={onClose}
      testId="programme-form"
    >
      {!programme && (
        <>
          <Form.Item name="orgUnitId" label={t("inspection.unit")} rules={[required]}>
            <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="programme-unit" />
          </Form.Item>
          <Form.Item name="year" label={t("inspection.year")} rules={[required]}>
            <InputNumber min={2000} max={2100} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="body" label={t("inspection.body")} rules={[required]}>
            <Select options={bodies.map((b) => ({ value: b, label: t(`inspection.bodies.${b}`) }))} />
          </Form.Item>
        </>
      )}
      <Form.Item name="title" label={t("inspection.programmeTitle")} rules={[required]}>
        <Input maxLength={300} data-testid="programme-title" />
      </Form.Item>
      <Form.Item name="decisionNo" label={t("inspection.decisionNo")}>
        <Input maxLength={50} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="approvedOn" label={t("inspection.approvedOn")}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
    </FormModal>
  );
}

interface ItemValues {
  kind: ProgrammeItemInput["kind"];
  content: string;
  subjects: SubjectValue[];
  month: number;
  team?: string;
}

/** Adds a planned inspection or supervision to the programme, or edits one. */
export function ProgrammeItemModal({
  programmeId,
  programmeVersion,
  item,
  onClose,
}: {
  programmeId: string;
  /** An item is changed on the programme as it was read (a stale one is refused with the server's message). */
  programmeVersion: number;
  item?: ProgrammeItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const save = useSaveProgrammeItem(programmeId);
  const index = useTreeIndex();
  return (
    <FormModal<ItemValues>
      open
      width={720}
      title={item ? t("inspection.editItem") : t("inspection.newItem")}
      successMessage={t("inspection.itemSaved")}
      initialValues={
        item
          ? { ...item, team: item.team ?? undefined, subjects: subjectValues(item.subjects) }
          : { kind: "inspection_regular", month: new Date().getMonth() + 1, subjects: [{ type: "organisation" }] }
      }
      onSubmit={(v) =>
        save.mutateAsync({
          itemId: item?.id,
          version: programmeVersion,
          input: {
            kind: v.kind,
            content: v.content,
            subjects: toSubjectInputs(v.subjects),
            month: v.month,
            team: v.team?.trim() || undefined,
          },
        })
      }
      onClose={onClose}
      testId="programme-item-form"
    >
      <Form.Item name="kind" label={t("inspection.kind")} rules={[required]}>
        <Select options={caseKinds.map((k) => ({ value: k, label: t(`inspection.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="content" label={t("inspection.content")} rules={[required]}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="item-content" />
      </Form.Item>
      <SubjectFields index={index} />
      <Form.Item name="month" label={t("inspection.month")} rules={[required]}>
        <Select
          style={{ width: 140 }}
          options={Array.from({ length: 12 }, (_, i) => ({
            value: i + 1,
            label: t("inspection.monthN", { month: i + 1 }),
          }))}
        />
      </Form.Item>
      <Form.Item name="team" label={t("inspection.itemTeam")}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
