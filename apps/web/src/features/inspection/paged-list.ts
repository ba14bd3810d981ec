import { App } from "antd";
import { useState } from "react";

/** The filters of a paged list with the page in them: any filter changed starts again at page 1. */
export function usePagedFilter<Q extends { page?: number; pageSize?: number }>(pageSize: number) {
  const [filter, setFilter] = useState<Partial<Q>>({ page: 1, pageSize } as Partial<Q>);
  const set = (patch: Partial<Q>) => setFilter((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));
  /** The table's pager over the list's total. */
  const pagination = (total: number | undefined) => ({
    current: filter.page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: false,
    onChange: (page: number) => set({ page } as Partial<Q>),
  });
  return { filter, set, pagination };
}

/** A download started from a button, its failure said in a message instead of lost. */
export function useDownload(download: () => Promise<void>) {
  const { message } = App.useApp();
  return async () => {
    try {
      await download();
    } catch (error) {
      void message.error((error as Error).message);
    }
  };
}
