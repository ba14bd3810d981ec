import type { OrgUnitType } from "@dangvu/contract";
import { Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useCreateUnit, useUpdateUnit } from "./org.api";
import { childTypesOf } from "./org-tree.model";
import type { UnitModalProps } from "./unit-actions";
import { DateItem, EventFields, type EventValues } from "./unit-form-fields";

type RenameValues = EventValues & { name: string };

/** Renames the unit from a date; the old name stays in the history. */
export function RenameModal({ unit, open, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const update = useUpdateUnit(unit.id);
  return (
    <FormModal<RenameValues>
      open={open}
      onClose={onClose}
      title={t("actions.rename")}
      initialValues={{ name: unit.name, effectiveOn: dayjs() }}
      successMessage={t("actions.renamed")}
      onSubmit={(values) =>
        update.mutateAsync({
          version: unit.version,
          name: values.name.trim(),
          effectiveOn: toIsoDate(values.effectiveOn),
          decisionNo: values.decisionNo?.trim() || undefined,
        })
      }
      testId="rename-form"
    >
      <Form.Item
        name="name"
        label={t("actions.newName")}
        rules={[required]}
        extra={t("actions.currentName", { name: unit.name })}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <EventFields withNote={false} />
    </FormModal>
  );
}

interface CreateChildValues {
  name: string;
  type: OrgUnitType;
  establishedOn: Dayjs;
  decisionNo?: string;
}

/** Establishes a new unit directly under this one; only types allowed under it are offered. */
export function CreateChildModal({ unit, open, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateUnit();
  const types = childTypesOf(unit.type);
  return (
    <FormModal<CreateChildValues>
      open={open}
      onClose={onClose}
      title={`${t("actions.createChild")}: ${unit.name}`}
      initialValues={{ type: types.length === 1 ? types[0] : undefined, establishedOn: dayjs() }}
      successMessage={t("actions.createdChild")}
      onSubmit={(values) =>
        create.mutateAsync({
          name: values.name.trim(),
          type: values.type,
          parentId: unit.id,
          establishedOn: toIsoDate(values.establishedOn),
          decisionNo: values.decisionNo?.trim() || undefined,
        })
      }
      testId="create-child-form"
    >
      <Form.Item name="name" label={t("unit.name")} rules={[required]}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item
        name="type"
        label={t("unit.type")}
        rules={[{ required: true, message: t("validation.requiredSelect") }]}
      >
        <Select
          placeholder={t("validation.requiredSelect")}
          options={types.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
        />
      </Form.Item>
      <DateItem name="establishedOn" label={t("unit.establishedOn")} />
      <Form.Item name="decisionNo" label={t("actions.decisionNo")}>
        <Input placeholder={t("actions.decisionNoPlaceholder")} maxLength={50} style={{ maxWidth: 280 }} />
      </Form.Item>
    </FormModal>
  );
}
