import type { OrgTreeNode } from "@dangvu/contract";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { highlightParts } from "../../lib/text";
import { UnitTypeTag } from "./unit-type-tag";

/** One line of the tree: the name (search words highlighted), its type and how many units are under it. */
export function OrgTreeTitle({ node, tokens }: { node: OrgTreeNode; tokens: readonly string[] }) {
  const { t } = useTranslation();
  const parts = tokens.length > 0 ? highlightParts(node.name, tokens) : [{ text: node.name, match: false }];
  return (
    <span data-testid="org-tree-node" data-unit-id={node.id} data-unit-name={node.name}>
      <span style={{ marginInlineEnd: 8 }}>
        {parts.map((part, i) =>
          part.match ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one name never reorder
            <mark key={i} style={{ background: "#ffe58f", padding: 0, borderRadius: 2 }}>
              {part.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one name never reorder
            <span key={i}>{part.text}</span>
          ),
        )}
      </span>
      <UnitTypeTag type={node.type} small />
      {node.childCount > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6, whiteSpace: "nowrap" }}>
          {t("org.childCount", { count: node.childCount })}
        </Typography.Text>
      )}
    </span>
  );
}
