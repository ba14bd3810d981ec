/** How a list shown as cards is paged: the part of the rows to show and whether a pager is needed. */
export interface CardPage {
  /** The first row to show, and how many. */
  offset: number;
  size: number;
  /** The page shown (from 1) and the number of rows in the whole list. */
  current: number;
  total: number;
  pager: boolean;
}

interface Paging {
  current?: number;
  pageSize?: number;
  total?: number;
}

/**
 * A list answered by the server one page at a time (a `total` larger than the rows held) shows all its rows; a list
 * held whole is cut into pages here, its page kept within the list when it shrinks. `false` shows everything.
 */
export function cardPage(count: number, paging: Paging | false, localPage: number): CardPage {
  if (paging === false) return { offset: 0, size: count, current: 1, total: count, pager: false };
  const size = paging.pageSize ?? 10;
  const total = paging.total ?? count;
  const serverPaged = count <= size && total > count;
  const lastPage = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, paging.current ?? localPage), lastPage);
  const pager = total > size;
  return serverPaged || count <= size
    ? { offset: 0, size: count, current, total, pager }
    : { offset: (current - 1) * size, size, current, total, pager };
}
