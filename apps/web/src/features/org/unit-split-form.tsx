import type { OrgUnitType } from "@dangvu/contract";
import { Alert, Button, Card, Checkbox, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal, useRequired } from "../../lib/forms";
import { useUnitEvent } from "./org.api";
import { childTypesOf, unitTypes } from "./org-tree.model";
import type { UnitModalProps } from "./unit-actions";
import { EventFields, type EventValues, eventBase } from "./unit-form-fields";

interface PartValues {
  name: string;
  type: OrgUnitType;
  childIds?: string[];
}

type SplitValues = EventValues & { parts: PartValues[]; dissolveSource?: boolean };

/**
 * Splits the unit into new units at its own level. Each part gets a name, a type and the units below that move to
 * it; the source may be dissolved at the same time.
 */
export function SplitModal({ unit, index, open, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const send = useUnitEvent(unit.id);
  const parentType = unit.parentId ? index.byId.get(unit.parentId)?.type : undefined;
  const types = parentType
    ? childTypesOf(parentType)
    : unitTypes.filter((type) => type !== "provincial_committee" && type !== "upper_committee");
  const defaultType = types.includes(unit.type) ? unit.type : types[0];
  const children = index.childrenOf.get(unit.id) ?? [];
  const childOptions = children.map((c) => ({ value: c.id, label: `${c.name} (${t(`unitType.${c.type}`)})` }));

  return (
    <FormModal<SplitValues>
      open={open}
      onClose={onClose}
      title={t("actions.splitTitle", { name: unit.name })}
      width={760}
      initialValues={{
        effectiveOn: dayjs(),
        dissolveSource: false,
        parts: [
          { name: "", type: defaultType, childIds: [] },
          { name: "", type: defaultType, childIds: [] },
        ] as PartValues[],
      }}
      successMessage={t("actions.splitDone")}
      onSubmit={(values) =>
        send.mutateAsync({
          kind: "split",
          parts: values.parts.map((p) => ({ name: p.name.trim(), type: p.type, childIds: p.childIds ?? [] })),
          dissolveSource: values.dissolveSource ?? false,
          ...eventBase(values, unit.version),
        })
      }
      testId="split-form"
    >
      <Alert type="info" showIcon title={t("actions.splitHint")} style={{ marginBottom: 16 }} />
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={t("actions.part", { n: i + 1 })}
                style={{ marginBottom: 12 }}
                extra={
                  fields.length > 1 && (
                    <Button type="link" danger onClick={() => remove(field.name)}>
                      {t("actions.removePart")}
                    </Button>
                  )
                }
                data-testid={`split-part-${i}`}
              >
                <Form.Item name={[field.name, "name"]} label={t("actions.partName")} rules={[required]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name={[field.name, "type"]} label={t("actions.partType")} rules={[required]}>
                  <Select options={types.map((type) => ({ value: type, label: t(`unitType.${type}`) }))} />
                </Form.Item>
                {childOptions.length > 0 && (
                  <Form.Item name={[field.name, "childIds"]} label={t("actions.partChildren")}>
                    <Select
                      mode="multiple"
                      allowClear
                      options={childOptions}
                      optionFilterProp="label"
                      placeholder={t("actions.pickUnit")}
                    />
                  </Form.Item>
                )}
              </Card>
            ))}
            {fields.length < 20 && (
              <Button type="dashed" block onClick={() => add({ name: "", type: defaultType, childIds: [] })}>
                {t("actions.addPart")}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="dissolveSource" valuePropName="checked" style={{ marginTop: 16 }}>
        <Checkbox data-testid="split-dissolve-source">{t("actions.dissolveSource", { name: unit.name })}</Checkbox>
      </Form.Item>
      <EventFields />
    </FormModal>
  );
}
