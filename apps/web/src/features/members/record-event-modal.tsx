import type { Member } from "@dangvu/contract";
import { Alert, Form, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../lib/forms";
import type { TreeIndex } from "../org/org-tree.model";
import { EventFields, todayDefaults } from "./event-fields";
import { type EventKind, exitKinds, toEventInput } from "./member-events.model";
import { useRecordMemberEvent } from "./members.api";

interface Props {
  member: Member;
  kinds: EventKind[];
  index: TreeIndex;
  open: boolean;
  onClose: () => void;
}

/**
 * Records one lifecycle event. Only the kinds that fit the member's state are offered; the server judges dates and
 * rules and its Vietnamese messages show on the fields.
 */
export function RecordEventModal({ member, kinds, index, open, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRecordMemberEvent(member.id);
  const [kind, setKind] = useState<EventKind | undefined>(undefined);
  const chosen = kind && kinds.includes(kind) ? kind : kinds.length === 1 ? kinds[0] : undefined;

  function close() {
    setKind(undefined);
    onClose();
  }

  return (
    <FormModal<Record<string, unknown>>
      open={open}
      onClose={close}
      title={t("eventForm.title", { name: member.fullName })}
      okText={t("eventForm.save")}
      danger={chosen !== undefined && exitKinds.has(chosen)}
      width={640}
      initialValues={{
        ...todayDefaults(),
        kind: chosen,
        transferKind: "official",
        temporaryPurpose: "work_or_residence",
        reason: member.cards.length > 0 ? "exchange" : "first",
        introducers: [{}, {}],
      }}
      successMessage={chosen ? t("eventForm.recorded", { kind: t(`memberEvent.${chosen}`) }) : undefined}
      onSubmit={async (values) => {
        if (!chosen) return false;
        await record.mutateAsync(toEventInput(chosen, values));
        setKind(undefined);
      }}
      testId="record-event-form"
    >
      {kinds.length === 0 && <Alert type="info" showIcon title={t("eventForm.noKinds")} />}
      <Form.Item
        name="kind"
        label={t("eventForm.kind")}
        rules={[{ required: true, message: t("validation.requiredSelect") }]}
      >
        <Select<EventKind>
          onChange={setKind}
          placeholder={t("eventForm.kindPlaceholder")}
          options={kinds.map((k) => ({ value: k, label: t(`memberEvent.${k}`) }))}
          data-testid="event-kind-select"
        />
      </Form.Item>
      {chosen && exitKinds.has(chosen) && (
        <Alert type="warning" showIcon title={t("eventForm.dangerHint")} style={{ marginBottom: 16 }} />
      )}
      {chosen && <EventFields kind={chosen} member={member} index={index} />}
    </FormModal>
  );
}
