import type { OrgUnit } from "@dangvu/contract";
import { Button, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { childTypesOf, type TreeIndex } from "./org-tree.model";
import { CreateChildModal, RenameModal } from "./unit-edit-forms";
import { DissolveModal, MergeModal, MoveModal } from "./unit-restructure-forms";
import { SplitModal } from "./unit-split-form";

type Action = "rename" | "createChild" | "move" | "merge" | "split" | "dissolve";

/** The changes the user may make to this unit, as the server's `can` flags allow. */
export function UnitActions({ unit, index }: { unit: OrgUnit; index: TreeIndex }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const buttons: { action: Action; label: string; allowed: boolean; danger?: boolean }[] = [
    { action: "rename", label: t("actions.rename"), allowed: unit.can.update },
    {
      action: "createChild",
      label: t("actions.createChild"),
      allowed: unit.can.createChild && childTypesOf(unit.type).length > 0,
    },
    { action: "move", label: t("actions.move"), allowed: unit.can.restructure },
    { action: "merge", label: t("actions.merge"), allowed: unit.can.restructure },
    { action: "split", label: t("actions.split"), allowed: unit.can.restructure },
    { action: "dissolve", label: t("actions.dissolve"), allowed: unit.can.restructure, danger: true },
  ];
  const shown = buttons.filter((b) => b.allowed);
  if (shown.length === 0) return null;

  const props = { unit, index, onClose: close };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="unit-actions">
        {shown.map((b) => (
          <Button
            key={b.action}
            type={b.action === "createChild" ? "primary" : "default"}
            danger={b.danger}
            onClick={() => setOpen(b.action)}
            data-testid={`unit-action-${b.action}`}
          >
            {b.label}
          </Button>
        ))}
      </Flex>
      <RenameModal {...props} open={open === "rename"} />
      <CreateChildModal {...props} open={open === "createChild"} />
      <MoveModal {...props} open={open === "move"} />
      <MergeModal {...props} open={open === "merge"} />
      <SplitModal {...props} open={open === "split"} />
      <DissolveModal {...props} open={open === "dissolve"} />
    </>
  );
}

export interface UnitModalProps {
  unit: OrgUnit;
  index: TreeIndex;
  open: boolean;
  onClose: () => void;
}
