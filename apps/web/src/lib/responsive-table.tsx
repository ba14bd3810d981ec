import { Empty, Grid, Pagination, Spin, Table, type TableColumnType, type TableProps } from "antd";
import { type HTMLAttributes, isValidElement, type Key, type ReactNode, useState } from "react";
import { cardPage } from "./card-page";

/**
 * A column of a list. On a phone, `phone: "title"` heads each record's card (by default the first column does),
 * `phone: "full"` puts the label above a value that needs the card's whole width (a choice of three), and
 * `phone: "hide"` leaves a column out there (a figure that only means something when compared down a column).
 */
export type ResponsiveColumn<T> = TableColumnType<T> & { phone?: "title" | "full" | "hide" };

type Props<T> = Omit<TableProps<T>, "columns"> & { columns: ResponsiveColumn<T>[]; "data-testid"?: string };

/**
 * Every list of records in the desk app: an antd table from 768 px up, one card per record below, with the same
 * columns, row attributes (test ids, a highlight), paging, loading and empty text. Nothing is cut off and nothing
 * scrolls sideways on a phone; a page never needs a phone-only copy of its list.
 */
export function ResponsiveTable<T extends object>(props: Props<T>) {
  const screens = Grid.useBreakpoint();
  if (screens.md !== false) {
    const columns = props.columns.map(({ phone: _phone, ...column }) => column);
    return <Table<T> {...props} columns={columns} />;
  }
  return <RecordCards {...props} />;
}

function valueAt(record: object, path: TableColumnType<object>["dataIndex"]): unknown {
  if (path === undefined || path === null) return undefined;
  const keys = Array.isArray(path) ? path : [path];
  let value: unknown = record;
  for (const key of keys) value = value == null ? undefined : (value as Record<string | number, unknown>)[key];
  return value;
}

function cellOf<T extends object>(column: ResponsiveColumn<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex as TableColumnType<object>["dataIndex"]);
  const rendered = column.render ? column.render(value, record, index) : value;
  // A render may answer { children, props } for a table cell; a card wants the children only.
  if (rendered && typeof rendered === "object" && !isValidElement(rendered) && "children" in rendered)
    return (rendered as { children: ReactNode }).children;
  return rendered as ReactNode;
}

const isBlank = (node: ReactNode) => node === null || node === undefined || node === "" || node === false;

function keyOf<T extends object>(rowKey: Props<T>["rowKey"], record: T, index: number): Key {
  if (typeof rowKey === "function") return rowKey(record, index) as Key;
  if (typeof rowKey === "string") return (record as Record<string, Key>)[rowKey] ?? index;
  return index;
}

function titleText<T>(column: ResponsiveColumn<T>): ReactNode {
  return typeof column.title === "function" ? column.title({}) : column.title;
}

function RecordCards<T extends object>(props: Props<T>) {
  const rows = [...(props.dataSource ?? [])];
  const shown = props.columns.filter((c) => c.phone !== "hide");
  const head = shown.find((c) => c.phone === "title") ?? shown[0];
  const paging = typeof props.pagination === "object" ? props.pagination : {};
  const [localPage, setLocalPage] = useState(1);
  const page = cardPage(rows.length, props.pagination === false ? false : paging, localPage);
  const visible = rows.slice(page.offset, page.offset + page.size);
  const loading = typeof props.loading === "object" ? Boolean(props.loading.spinning) : Boolean(props.loading);
  const emptyText = props.locale?.emptyText;

  function goTo(next: number, size: number) {
    setLocalPage(next);
    paging.onChange?.(next, size);
    props.onChange?.({ ...paging, current: next, pageSize: size }, {}, [], {
      action: "paginate",
      currentDataSource: rows,
    });
  }

  return (
    <Spin spinning={loading}>
      <div className="record-cards" data-testid={props["data-testid"]}>
        {visible.length === 0 && !loading && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={typeof emptyText === "function" ? emptyText() : emptyText}
          />
        )}
        {visible.map((record, i) => {
          const index = page.offset + i;
          const attributes = (props.onRow?.(record, index) ?? {}) as HTMLAttributes<HTMLDivElement>;
          return (
            <div
              key={keyOf(props.rowKey, record, index)}
              {...attributes}
              className={["record-card", attributes.className].filter(Boolean).join(" ")}
            >
              {head && <div className="record-card-title">{cellOf(head, record, index)}</div>}
              {shown
                .filter((c) => c !== head)
                .map((column, c) => {
                  const cell = cellOf(column, record, index);
                  if (isBlank(cell)) return null;
                  const label = titleText(column);
                  const layout = !label
                    ? "record-card-actions"
                    : column.phone === "full"
                      ? "record-card-full"
                      : "record-card-field";
                  return (
                    <div key={String(column.key ?? c)} className={layout}>
                      {label && <span className="record-card-label">{label}</span>}
                      <span className="record-card-value">{cell}</span>
                    </div>
                  );
                })}
            </div>
          );
        })}
        {page.pager && (
          <Pagination
            simple
            current={page.current}
            pageSize={paging.pageSize ?? 10}
            total={page.total}
            onChange={goTo}
            style={{ marginTop: 12, justifyContent: "center" }}
          />
        )}
      </div>
    </Spin>
  );
}
