import type { OrgUnit, Position, PositionKind, Term } from "@dangvu/contract";
import { Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useCreatePosition, useCreateTerm, useEndPosition } from "./org.api";
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

interface PositionValues {
  holderName: string;
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

/** Records who holds a committee position, in which term, from when. */
export function AddPositionModal({ unit, terms, open, onClose }: AddPositionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreatePosition(unit.id);
  const kinds = unit.hasInspectionCommittee ? positionKinds : positionKinds.filter((k) => k !== "inspection_chair");
  const currentTerm = terms.find((term) => !term.endsOn);
  return (
    <FormModal<PositionValues>
      open={open}
      onClose={onClose}
      title={t("committee.addPosition")}
      initialValues={{ kind: "committee_member", termId: currentTerm?.id, startsOn: dayjs() }}
      successMessage={t("committee.positionAdded")}
      onSubmit={(values) =>
        create.mutateAsync({
          holderName: values.holderName.trim(),
          kind: values.kind,
          termId: values.termId || undefined,
          startsOn: toIsoDate(values.startsOn),
          endsOn: optionalIso(values.endsOn),
        })
      }
      testId="position-form"
    >
      <Form.Item name="holderName" label={t("committee.holderName")} rules={[required]}>
        <Input autoFocus maxLength={120} />
      </Form.Item>
      <Form.Item name="kind" label={t("committee.kind")} rules={[required]}>
        <Select options={kinds.map((kind) => ({ value: kind, label: t(`positionKind.${kind}`) }))} />
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
