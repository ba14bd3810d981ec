import type { OrgUnit } from "@dangvu/contract";
import { Button, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../lib/forms";
import { useSetLocality } from "./org.api";

/**
 * The place name the unit's documents are dated from ("Bình Sơn, ngày …"), with its edit form for those who manage
 * the unit; without one, the documents take the nearest one above.
 */
export function UnitLocality({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const setLocality = useSetLocality(unit.id);
  const [open, setOpen] = useState(false);
  return (
    <Flex gap={8} align="center" wrap>
      {unit.locality ? (
        <Typography.Text data-testid="unit-locality">{unit.locality}</Typography.Text>
      ) : (
        <Typography.Text type="secondary" data-testid="unit-locality-none">
          {t("unit.localityNone")}
        </Typography.Text>
      )}
      {unit.can.update && (
        <Button size="small" onClick={() => setOpen(true)} data-testid="edit-locality">
          {t("unit.localityEdit")}
        </Button>
      )}
      <FormModal<{ locality: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={t("unit.localityEdit")}
        initialValues={{ locality: unit.locality ?? "" }}
        successMessage={t("unit.localitySaved")}
        onSubmit={(values) => setLocality.mutateAsync({ version: unit.version, locality: values.locality.trim() })}
        testId="locality-form"
      >
        <Form.Item name="locality" label={t("unit.locality")} extra={t("unit.localityHint")}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
