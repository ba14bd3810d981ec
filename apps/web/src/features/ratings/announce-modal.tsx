import type { RatingCycleDetail } from "@dangvu/contract";
import { Form, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, isCellType } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useAnnounce } from "./ratings.api";
import { ratingDecideUnits } from "./ratings.model";

/** The deciding body announces its decisions of the cycle; members then see their level in the handbook. */
export function AnnounceModal({ cycle, onClose }: { cycle: RatingCycleDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const announce = useAnnounce(cycle.id);
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  // Committees (not cells) where the user decides; the server checks that the body decided in this cycle.
  const allowed = useMemo(
    () =>
      new Set(
        [...ratingDecideUnits(me.data, index)].filter((id) => {
          const type = index.byId.get(id)?.type;
          return type !== undefined && !isCellType(type);
        }),
      ),
    [me.data, index],
  );
  // The body the user works for: the unit of their own grant, or the cycle's committee when the user sees it.
  const own =
    me.data?.grants.map((g) => g.orgUnitId).find((id) => allowed.has(id)) ??
    (allowed.has(cycle.orgUnitId) ? cycle.orgUnitId : undefined);
  return (
    <FormModal<{ orgUnitId: string }>
      open
      title={t("ratings.announce")}
      okText={t("ratings.announce")}
      successMessage={t("ratings.announced")}
      initialValues={{ orgUnitId: own }}
      onSubmit={(values) => announce.mutateAsync(values.orgUnitId)}
      onClose={onClose}
      testId="announce-form"
    >
      <Typography.Paragraph>{t("ratings.announceConfirm")}</Typography.Paragraph>
      <Form.Item name="orgUnitId" label={t("ratings.decidingBody")} rules={[required]}>
        <UnitPicker index={index} isDisabled={(node) => !allowed.has(node.id)} testId="announce-unit" />
      </Form.Item>
    </FormModal>
  );
}
