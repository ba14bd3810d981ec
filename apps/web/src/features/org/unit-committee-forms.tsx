import type { OrgUnit, Position, PositionKind, Term } from "@dangvu/contract";
import { Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useCellFullMembers, useCreatePosition, useCreateTerm, useEndPosition } from "./org.api";
import { DateItem } from "./unit-form-fields";

interface TermValues {
  name: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
}

/** Adds a term of the unit's committee (for example 2025–2030). */
export function AddTermModal({ unit, open, onClose }: { unit: OrgUnit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateTerm(unit.id);
  return (
    <FormModal<TermValues>
      open={open}
      onClose={onClose}
      title={t("committee.addTerm")}
      successMessage={t("committee.termAdded")}
      onSubmit={(values) =>
        create.mutateAsync({
          name: values.name.trim(),
          startsOn: toIsoDate(values.startsOn),
          endsOn: optionalIso(values.endsOn),
        })
      }
      testId="term-form"
    >
      <Form.Item name="name" label={t("committee.termName")} rules={[required]}>
        <Input autoFocus maxLength={50} placeholder={t("committee.termNamePlaceholder")} style={{ maxWidth: 280 }} />
      </Form.Item>
      <DateItem name="startsOn" label={t("committee.startsOn")} allowFuture />
      <DateItem name="endsOn" label={t("committee.endsOn")} optional allowFuture />
    </FormModal>
  );
}

const positionKinds: PositionKind[] = [
  "secretary",
  "deputy_secretary",
  "standing_committee_member",
  "committee_member",
  "inspection_chair",
];

/** The seats a unit's committee has: a cell's bí thư, phó and chi ủy; a committee's standing and inspection seats. */
function kindsOf(unit: OrgUnit): PositionKind[] {
  return positionKinds.filter(
    (kind) =>
      (kind !== "inspection_chair" || unit.hasInspectionCommittee) &&
      (kind !== "standing_committee_member" || unit.hasStandingCommittee),
  );
}

export function isCellUnit(unit: OrgUnit): boolean {
  return unit.type === "cell" || unit.type === "grassroots_cell";
}

interface PositionValues {
  memberId?: string;
  holderName?: string;
  kind: PositionKind;
  termId?: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
}

interface AddPositionProps {
  unit: OrgUnit;
  terms: Term[];
  open: boolean;
  onClose: () => void;
}

/**
 * Records who holds a committee seat, in which term, from when. A cell's seats go to its own full members, chosen
 * from its list; a committee's holder may be typed by name.
 */
export function AddPositionModal({ unit, terms, open, onClose }: AddPositionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreatePosition(unit.id);
  const cell = isCellUnit(unit);
  const fullMembers = useCellFullMembers(unit.id, open && cell);
  const currentTerm = terms.find((term) => !term.endsOn);
  return (
    <FormModal<PositionValues>
      open={open}
      onClose={onClose}
      title={t("committee.addPosition")}
      initialValues={{ kind: cell ? "secretary" : "committee_member", termId: currentTerm?.id, startsOn: dayjs() }}
      successMessage={t("committee.positionAdded")}
      onSubmit={(values) =>
        create.mutateAsync({
          memberId: values.memberId || undefined,
          holderName: values.holderName?.trim() || undefined,
          kind: values.kind,
          termId: values.termId || undefined,
          startsOn: toIsoDate(values.startsOn),
          endsOn: optionalIso(values.endsOn),
        })
      }
      testId="position-form"
    >
      {cell ? (
        <Form.Item name="memberId" label={t("committee.member")} rules={[required]} extra={t("committee.memberHint")}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={fullMembers.isPending}
            placeholder={t("committee.memberPlaceholder")}
            notFoundContent={t("committee.noFullMembers")}
            options={(fullMembers.data?.items ?? []).map((m) => ({ value: m.id, label: m.fullName }))}
            data-testid="position-member"
          />
        </Form.Item>
      ) : (
        <Form.Item name="holderName" label={t("committee.holderName")} rules={[required]}>
          <Input autoFocus maxLength={120} />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t("committee.kind")} rules={[required]}>
        <Select options={kindsOf(unit).map((kind) => ({ value: kind, label: positionKindLabel(t, kind, cell) }))} />
      </Form.Item>
      <Form.Item name="termId" label={t("committee.term")}>
        <Select
          allowClear
          placeholder={t("common.none")}
          options={terms.map((term) => ({ value: term.id, label: term.name }))}
        />
      </Form.Item>
      <DateItem name="startsOn" label={t("committee.startsOn")} allowFuture />
      <DateItem name="endsOn" label={t("committee.endsOn")} optional allowFuture />
    </FormModal>
  );
}

/** A seat's name as the unit calls it: a cell's committee member is a chi ủy viên. */
export function positionKindLabel(t: TFunction, kind: PositionKind, cell: boolean): string {
  return cell && kind === "committee_member" ? t("committee.cellCommitteeMember") : t(`positionKind.${kind}`);
}

/** Ends a position on a date; the record stays in the list of ended positions. */
export function EndPositionModal({ position, onClose }: { position: Position | null; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndPosition();
  return (
    <FormModal<{ endsOn: Dayjs }>
      open={position !== null}
      onClose={onClose}
      title={
        position
          ? t("committee.endPositionTitle", { kind: t(`positionKind.${position.kind}`), name: position.holderName })
          : ""
      }
      okText={t("committee.endPosition")}
      initialValues={{ endsOn: dayjs() }}
      successMessage={t("committee.positionEnded")}
      onSubmit={(values) =>
        position ? end.mutateAsync({ positionId: position.id, endsOn: toIsoDate(values.endsOn) }) : Promise.resolve()
      }
      testId="end-position-form"
    >
      <DateItem name="endsOn" label={t("committee.endsOn")} allowFuture />
    </FormModal>
  );
}
