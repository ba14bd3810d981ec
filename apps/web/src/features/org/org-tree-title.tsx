import type { OrgTreeNode } from "@dangvu/contract";
import { Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { highlightParts } from "../../lib/text";
import { UnitTypeTag } from "./unit-type-tag";

interface OrgTreeTitleProps {
  node: OrgTreeNode;
  /** Search words to highlight; empty when this node is shown only as the way to a match. */
  tokens: readonly string[];
}

/** One line of the tree: the name (search words highlighted), then how many units are under it and its type. */
export function OrgTreeTitle({ node, tokens }: OrgTreeTitleProps) {
  const { t } = useTranslation();
  const parts = tokens.length > 0 ? highlightParts(node.name, tokens) : [{ text: node.name, match: false }];
  return (
    <Flex
      justify="space-between"
      align="start"
      wrap
      gap={2}
      style={{ lineHeight: 1.45, paddingBlock: 4, columnGap: 8 }}
      data-testid="org-tree-node"
      data-unit-id={node.id}
    >
      {/* In a narrow panel the count and type move under the name instead of squeezing it. */}
      <span style={{ flex: "1 1 200px", minWidth: 0 }} data-testid="org-tree-node-name">
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
      <Flex align="center" gap={6} style={{ flexShrink: 0, paddingTop: 1, marginInlineStart: "auto" }}>
        {(node.childCount > 0 || node.memberCount > 0) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {node.childCount > 0
              ? t("org.childCount", { count: node.childCount })
              : t("org.memberCount", { count: node.memberCount })}
          </Typography.Text>
        )}
        <UnitTypeTag type={node.type} small />
      </Flex>
    </Flex>
  );
}
