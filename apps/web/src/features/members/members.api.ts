import type {
  CreateMemberInput,
  Member,
  MemberEvent,
  MemberEventInput,
  MemberPage,
  Reminder,
  UpdateMemberInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";
import { orgKeys } from "../org/org.api";
import type { ListQuery } from "./member-list-query";

export const memberKeys = {
  all: ["members"] as const,
  list: (query: ListQuery) => ["members", "list", query] as const,
  detail: (id: string) => ["members", "detail", id] as const,
  events: (id: string) => ["members", "events", id] as const,
  search: (q: string) => ["members", "search", q] as const,
};
export const reminderKeys = {
  all: ["reminders"] as const,
  list: (orgUnitId?: string) => ["reminders", orgUnitId ?? "scope"] as const,
};

/** A page of members in the user's scope, filtered, sorted and paged by the server. */
export function useMembers(query: ListQuery) {
  return useQuery({
    queryKey: memberKeys.list(query),
    queryFn: () => api.get<MemberPage>("/api/members", { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** The most a print view loads: far above a committee's list, low enough for one browser tab. */
export const printRowLimit = 20_000;
const printPageSize = 200;

/**
 * Every row of the list's current filter, for printing: the server's pages of 200 read one after another (the list
 * endpoint's own paging and scope), up to `printRowLimit`.
 */
export function useAllMembers(query: ListQuery) {
  return useQuery({
    queryKey: [...memberKeys.list(query), "all"],
    queryFn: async (): Promise<MemberPage> => {
      const page = (n: number) => api.get<MemberPage>("/api/members", { ...query, page: n, pageSize: printPageSize });
      const first = await page(1);
      const items = [...first.items];
      const pages = Math.ceil(Math.min(first.total, printRowLimit) / printPageSize);
      for (let n = 2; n <= pages; n++) items.push(...(await page(n)).items);
      return { items, total: first.total };
    },
    staleTime: 60_000,
  });
}

/** Full members whose name matches, for picking a helper; nothing until two letters are typed. */
export function useMemberSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: memberKeys.search(text),
    queryFn: () => api.get<MemberPage>("/api/members", { q: text, status: "full", pageSize: 20 }),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useMember(id: string) {
  return useQuery({
    queryKey: memberKeys.detail(id),
    queryFn: () => api.get<Member>(`/api/members/${id}`),
    retry: false,
  });
}

/** The member's lifecycle events, oldest first. */
export function useMemberEvents(id: string, enabled = true) {
  return useQuery({
    queryKey: memberKeys.events(id),
    queryFn: () => api.get<MemberEvent[]>(`/api/members/${id}/events`),
    enabled,
  });
}

/** What needs doing in a unit's subtree, or in the whole scope of the user without one. */
export function useReminders(orgUnitId?: string, enabled = true) {
  return useQuery({
    queryKey: reminderKeys.list(orgUnitId),
    queryFn: () => api.get<Reminder[]>("/api/reminders", { orgUnitId }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** After any change to members, lists, profiles, reminders, unit member counts and the audit trail are reloaded. */
function useMemberMutation<I, R>(mutationFn: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.all }),
        queryClient.invalidateQueries({ queryKey: reminderKeys.all }),
        queryClient.invalidateQueries({ queryKey: orgKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["audit"] }),
      ]);
    },
  });
}

export function useCreateMember() {
  return useMemberMutation((input: CreateMemberInput) => api.post<Member>("/api/members", input));
}

export function useUpdateMember(id: string) {
  return useMemberMutation((input: UpdateMemberInput) => api.patch<Member>(`/api/members/${id}`, input));
}

export function useRecordMemberEvent(id: string) {
  return useMemberMutation((input: MemberEventInput) => api.post<Member>(`/api/members/${id}/events`, input));
}

/** Downloads a file from the API (the Excel export of a list, the import template) and saves it. */
export function useDownload() {
  return useMutation({
    mutationFn: async ({ path, query }: { path: string; query?: ListQuery | { orgUnitId?: string } }) =>
      saveFile(await api.download(path, { ...query })),
  });
}
