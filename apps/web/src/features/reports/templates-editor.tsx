import { OrgUnitType, type ReportTemplate } from "@dangvu/contract";
import { DatePicker, Divider, Flex, Form, Input, InputNumber, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useAddTemplateVersion, useIndicators, usePatchTemplateVersion } from "./templates-api";
import { RulesEditor, SectionsEditor } from "./templates-editor-sections";
import { type EditorValues, nextPeriodStart, toInput } from "./templates-model";

interface Props {
  mode: "edit" | "new";
  template: ReportTemplate;
  onClose: () => void;
  /** The version saved, to show it. */
  onSaved: (versionId: string) => void;
}

/**
 * The form of a version: "edit" changes the version shown (only when no report was submitted on it), "new" starts
 * from it as a new version in force from a date. The server's field errors land on the matching inputs.
 */
export function TemplateEditor({ mode, template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const required = useRequired();
  const indicators = useIndicators().data ?? [];
  const add = useAddTemplateVersion(template.id);
  const patch = usePatchTemplateVersion(template.id, template.versionId);
  const initialValues: EditorValues = {
    name: template.name,
    validFrom: mode === "edit" ? dayjs(template.validFrom) : nextPeriodStart(template.periodType, dayjs()),
    dueOffsetDays: template.dueOffsetDays,
    reportingUnitTypes: template.reportingUnitTypes,
    sections: template.sections,
    rules: template.rules.map((r) => ({ ...r, right: String(r.right) })),
    document: template.document,
  };
  return (
    <FormModal<EditorValues>
      open
      onClose={onClose}
      width={1040}
      title={
        mode === "edit" ? t("reportTemplates.editTitle", { no: template.versionNo }) : t("reportTemplates.newVersion")
      }
      initialValues={initialValues}
      successMessage={mode === "edit" ? t("reportTemplates.saved") : t("reportTemplates.versionAdded")}
      testId="template-editor"
      onSubmit={async (values) => {
        const input = toInput(values, template.periodType);
        const saved =
          mode === "edit"
            ? await patch.mutateAsync({ ...input, version: template.version })
            : await add.mutateAsync(input);
        onSaved(saved.versionId);
      }}
    >
      <Flex gap={16} wrap>
        <Form.Item name="name" label={t("reportTemplates.name")} rules={[required]} style={{ flex: "2 1 320px" }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="validFrom" label={t("reportTemplates.validFrom")} rules={[required]}>
          <DatePicker format={displayDateFormat} data-testid="valid-from" />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name="reportingUnitTypes"
          label={t("reportTemplates.unitTypes")}
          rules={[required]}
          style={{ flex: "2 1 320px" }}
        >
          <Select mode="multiple" options={OrgUnitType.options.map((u) => ({ value: u, label: t(`unitType.${u}`) }))} />
        </Form.Item>
        <Form.Item name="dueOffsetDays" label={t("reportTemplates.dueOffsetDays")} rules={[required]}>
          <InputNumber min={-60} max={120} />
        </Form.Item>
      </Flex>
      <Divider titlePlacement="start">{t("reportTemplates.sections")}</Divider>
      <SectionsEditor indicators={indicators} />
      <Divider titlePlacement="start">{t("reportTemplates.rules")}</Divider>
      <RulesEditor indicators={indicators} />
      <Divider titlePlacement="start">{t("reportTemplates.document")}</Divider>
      <Flex gap={16} wrap>
        <Form.Item name={["document", "typeCode"]} label={t("reportTemplates.typeCode")} rules={[required]}>
          <Input maxLength={5} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item
          name={["document", "summary"]}
          label={t("reportTemplates.summary")}
          rules={[required]}
          style={{ flex: "1 1 320px" }}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name={["document", "signerAuthority"]}
          label={t("reportTemplates.signerAuthority")}
          style={{ flex: "1 1 220px" }}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name={["document", "signerTitle"]}
          label={t("reportTemplates.signerTitle")}
          rules={[required]}
          style={{ flex: "1 1 220px" }}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Flex>
      <Form.Item name={["document", "recipients"]} label={t("reportTemplates.recipients")}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[";"]} />
      </Form.Item>
    </FormModal>
  );
}
