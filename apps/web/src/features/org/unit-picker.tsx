import type { OrgTreeNode } from "@dangvu/contract";
import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { matchesTokens, searchTokens } from "../../lib/text";
import type { TreeIndex } from "./org-tree.model";

interface PickerNode {
  value: string;
  title: string;
  label: string;
  searchText: string;
  disabled?: boolean;
  children?: PickerNode[];
}

interface UnitPickerProps {
  index: TreeIndex;
  value?: string;
  onChange?: (value: string) => void;
  /** Units left out together with everything under them (for example the unit being moved). */
  exclude?: ReadonlySet<string>;
  /** Units shown but not choosable, for example because of their type. */
  isDisabled?: (node: OrgTreeNode) => boolean;
  id?: string;
  placeholder?: string;
  testId?: string;
}

/** Picks one organisation from the tree; typing searches names with or without accents. */
export function UnitPicker(props: UnitPickerProps) {
  const { index, value, onChange, exclude, isDisabled, id, placeholder, testId } = props;
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const build = (nodes: readonly OrgTreeNode[]): PickerNode[] =>
      nodes
        .filter((node) => !exclude?.has(node.id))
        .map((node) => {
          const children = index.childrenOf.get(node.id);
          const label = `${node.name} (${t(`unitType.${node.type}`)})`;
          return {
            value: node.id,
            title: label,
            label: node.name,
            searchText: node.name,
            disabled: isDisabled?.(node) ?? false,
            children: children ? build(children) : undefined,
          };
        });
    return build(index.roots);
  }, [index, exclude, isDisabled, t]);

  return (
    <TreeSelect<string>
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      treeNodeLabelProp="label"
      showSearch={{
        filterTreeNode: (input, node) => matchesTokens(String(node.searchText ?? ""), searchTokens(input)),
      }}
      treeDefaultExpandedKeys={index.roots.map((r) => r.id)}
      placeholder={placeholder ?? t("actions.pickUnit")}
      treeLine
      allowClear
      listHeight={360}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}
