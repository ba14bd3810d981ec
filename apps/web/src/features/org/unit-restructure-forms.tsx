import { Alert, App, Form } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { FormModal } from "../../lib/forms";
import { useUnitEvent } from "./org.api";
import { canBeUnder, subtreeIds } from "./org-tree.model";
import type { UnitModalProps } from "./unit-actions";
import { EventFields, type EventValues, eventBase } from "./unit-form-fields";
import { UnitPicker } from "./unit-picker";

/** Moves the unit under another parent from a date; only parents its type may sit under can be picked. */
export function MoveModal({ unit, index, open, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const send = useUnitEvent(unit.id);
  const exclude = useMemo(() => subtreeIds(index, unit.id), [index, unit.id]);
  return (
    <FormModal<EventValues & { newParentId: string }>
      open={open}
      onClose={onClose}
      title={t("actions.moveTitle", { name: unit.name })}
      initialValues={{ effectiveOn: dayjs() }}
      successMessage={t("actions.moved")}
      onSubmit={(values) =>
        send.mutateAsync({ kind: "move", newParentId: values.newParentId, ...eventBase(values, unit.version) })
      }
      width={640}
      testId="move-form"
    >
      <Form.Item
        name="newParentId"
        label={t("actions.newParent")}
        extra={t("actions.moveHint", { type: t(`unitType.${unit.type}`) })}
        rules={[{ required: true, message: t("validation.requiredSelect") }]}
      >
        <UnitPicker
          index={index}
          exclude={exclude}
          isDisabled={(node) => node.id === unit.parentId || !canBeUnder(unit.type, node.type)}
          testId="move-parent-picker"
        />
      </Form.Item>
      <EventFields />
    </FormModal>
  );
}

/** Merges the unit into another: its units below move there and it ceases. */
export function MergeModal({ unit, index, open, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const send = useUnitEvent(unit.id);
  const exclude = useMemo(() => subtreeIds(index, unit.id), [index, unit.id]);
  return (
    <FormModal<EventValues & { intoId: string }>
      open={open}
      onClose={onClose}
      title={t("actions.mergeTitle", { name: unit.name })}
      initialValues={{ effectiveOn: dayjs() }}
      successMessage={t("actions.merged")}
      onSubmit={(values) =>
        send.mutateAsync({ kind: "merge", intoId: values.intoId, ...eventBase(values, unit.version) })
      }
      width={640}
      testId="merge-form"
    >
      <Alert type="info" showIcon title={t("actions.mergeHint", { name: unit.name })} style={{ marginBottom: 16 }} />
      <Form.Item
        name="intoId"
        label={t("actions.mergeInto")}
        rules={[{ required: true, message: t("validation.requiredSelect") }]}
      >
        <UnitPicker index={index} exclude={exclude} testId="merge-target-picker" />
      </Form.Item>
      <EventFields />
    </FormModal>
  );
}

/** Dissolves the unit from a date, after a second confirmation. */
export function DissolveModal({ unit, open, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const send = useUnitEvent(unit.id);

  async function submit(values: EventValues) {
    const confirmed = await modal.confirm({
      title: t("actions.dissolveConfirmTitle"),
      content: t("actions.dissolveConfirm", {
        name: unit.name,
        date: formatDate(values.effectiveOn.format("YYYY-MM-DD")),
      }),
      okText: t("actions.dissolve"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
    });
    if (!confirmed) return false;
    return send.mutateAsync({ kind: "dissolve", ...eventBase(values, unit.version) });
  }

  return (
    <FormModal<EventValues>
      open={open}
      onClose={onClose}
      title={t("actions.dissolveTitle", { name: unit.name })}
      okText={t("actions.dissolve")}
      danger
      initialValues={{ effectiveOn: dayjs() }}
      successMessage={t("actions.dissolved")}
      onSubmit={submit}
      testId="dissolve-form"
    >
      <Alert type="warning" showIcon title={t("actions.dissolveHint")} style={{ marginBottom: 16 }} />
      <EventFields />
    </FormModal>
  );
}
