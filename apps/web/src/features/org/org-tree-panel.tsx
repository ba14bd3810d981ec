import type { OrgTreeNode } from "@dangvu/contract";
import { Alert, DatePicker, Empty, Flex, Input, Spin, Tree, type TreeDataNode, Typography } from "antd";
import dayjs from "dayjs";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { displayDateFormat, parseIsoDate, toIsoDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { searchTokens } from "../../lib/text";
import { useOrgTree } from "./org.api";
import { ancestorIds, filterTree, indexTree, type TreeFilter, type TreeIndex } from "./org-tree.model";
import { OrgTreeTitle } from "./org-tree-title";
import { useAsOf } from "./use-as-of";

function toTreeData(index: TreeIndex, filter: TreeFilter | null, tokens: readonly string[]): TreeDataNode[] {
  const build = (nodes: readonly OrgTreeNode[]): TreeDataNode[] =>
    nodes
      .filter((node) => !filter || filter.visible.has(node.id))
      .map((node) => {
        const children = index.childrenOf.get(node.id);
        return {
          key: node.id,
          title: <OrgTreeTitle node={node} tokens={filter?.matches.has(node.id) ? tokens : []} />,
          children: children ? build(children) : undefined,
          isLeaf: !children,
        };
      });
  return build(index.roots);
}

function useMaxTreeHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const update = () => setHeight(window.innerHeight);
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return Math.max(320, height - 300);
}

/** The organisation tree: accent-insensitive search, an "as of" date, and a click opens the unit. */
export function OrgTreePanel() {
  const { t } = useTranslation();
  const { id: selectedId } = useParams();
  const navigate = useNavigate();
  const { asOf, setAsOf, withAsOf } = useAsOf();
  const tree = useOrgTree(asOf);
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search);
  const tokens = useMemo(() => searchTokens(deferredSearch), [deferredSearch]);
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const filter = useMemo(() => filterTree(index, tokens), [index, tokens]);
  const treeData = useMemo(() => toTreeData(index, filter, tokens), [index, filter, tokens]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const maxHeight = useMaxTreeHeight();

  // First load: open the top level.
  const rootKey = index.roots.map((r) => r.id).join();
  useEffect(() => {
    if (rootKey) setExpanded((keys) => (keys.length > 0 ? keys : rootKey.split(",")));
  }, [rootKey]);

  // A search opens the way to every match; clearing it opens the top level again and the way to the unit shown.
  const shown = useRef({ rootKey, selectedId, index, searched: false });
  shown.current = { ...shown.current, rootKey, selectedId, index };
  useEffect(() => {
    const now = shown.current;
    if (filter) setExpanded([...filter.expanded]);
    else if (now.searched && now.rootKey) {
      const above = now.selectedId && now.index.byId.has(now.selectedId) ? ancestorIds(now.index, now.selectedId) : [];
      setExpanded([...new Set([...now.rootKey.split(","), ...above])]);
    }
    now.searched = filter !== null;
  }, [filter]);

  // The unit shown on the right is opened and scrolled to in the tree.
  useEffect(() => {
    if (!selectedId || !index.byId.has(selectedId)) return;
    const above = ancestorIds(index, selectedId);
    setExpanded((keys) => (above.every((k) => keys.includes(k)) ? keys : [...new Set([...keys, ...above])]));
    // Scroll only the tree's own box, never the page.
    const scrollIntoView = () => {
      const box = scrollRef.current;
      const row = box?.querySelector(`[data-unit-id="${selectedId}"]`);
      if (!box || !row) return;
      const outer = box.getBoundingClientRect();
      const inner = row.getBoundingClientRect();
      if (inner.top < outer.top || inner.bottom > outer.bottom)
        box.scrollTop += inner.top - outer.top - outer.height / 3;
    };
    const timer = window.setTimeout(scrollIntoView, 100);
    return () => window.clearTimeout(timer);
  }, [selectedId, index]);

  return (
    <PageCard title={t("org.treeTitle")} styles={{ body: { paddingTop: 12 } }} data-testid="org-tree-panel">
      <Flex vertical gap={10}>
        <Input
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t("org.searchPlaceholder")}
          aria-label={t("org.searchPlaceholder")}
          data-testid="org-tree-search"
        />
        <Flex align="center" gap={8} wrap>
          <Typography.Text id="as-of-label">{t("org.asOf")}:</Typography.Text>
          <DatePicker
            format={displayDateFormat}
            value={parseIsoDate(asOf)}
            onChange={(date) => setAsOf(date ? toIsoDate(date) : undefined)}
            disabledDate={(date) => date.isAfter(dayjs(), "day")}
            placeholder={t("org.asOfPlaceholder")}
            aria-labelledby="as-of-label"
            data-testid="as-of-date"
            style={{ flex: 1, minWidth: 160 }}
          />
        </Flex>
        {filter && (
          <Typography.Text type={filter.matches.size > 0 ? "secondary" : "warning"} data-testid="org-tree-match-count">
            {filter.matches.size > 0 ? t("org.found", { count: filter.matches.size }) : t("org.noMatch")}
          </Typography.Text>
        )}
        {!filter && tree.data && (
          <Typography.Text type="secondary">{t("org.total", { count: tree.data.length })}</Typography.Text>
        )}
        {tree.isError && (
          <Alert type="error" showIcon title={t("errors.loadFailed")} description={tree.error.message} />
        )}
        {tree.isPending && <Spin style={{ padding: 24 }} />}
        {tree.data && tree.data.length === 0 && <Empty description={t("org.empty")} />}
        {treeData.length > 0 && (
          <Spin spinning={tree.isFetching && tree.isPlaceholderData}>
            <div ref={scrollRef} style={{ maxHeight, overflowY: "auto", marginInline: -8, paddingInline: 8 }}>
              <Tree
                treeData={treeData}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys.map(String))}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => {
                  const key = keys[0];
                  if (key !== undefined) void navigate(withAsOf(`/org/${String(key)}`));
                }}
                showLine
                blockNode
                data-testid="org-tree"
              />
            </div>
          </Spin>
        )}
      </Flex>
    </PageCard>
  );
}
