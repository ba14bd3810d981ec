import type {
  Completeness,
  CompletenessQuery,
  ReportChildRow,
  ReportDetail,
  ReportInbox,
  ReportInboxRow,
  ReportParams,
  ReportPatch,
  ReportTemplateSummary,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

/** A report in the inbox: one the user's units must file, or a child's waiting for the user's approval. */
export type InboxRow = ReportInboxRow;

export const reportKeys = {
  all: ["reports"] as const,
  inbox: ["reports", "inbox"] as const,
  templates: ["reports", "templates"] as const,
  report: (p: ReportParams) => ["reports", "report", p.templateId, p.orgUnitId, p.period] as const,
  children: (p: ReportParams, indicator: string) =>
    ["reports", "children", p.templateId, p.orgUnitId, p.period, indicator] as const,
  completeness: (q: CompletenessQuery) => ["reports", "completeness", q] as const,
};

const urlOf = (p: ReportParams) => `/api/reports/${p.templateId}/${p.orgUnitId}/${encodeURIComponent(p.period)}`;

export function useInbox() {
  return useQuery({ queryKey: reportKeys.inbox, queryFn: () => api.get<ReportInbox>("/api/reports/inbox") });
}

export function useTemplates() {
  return useQuery({
    queryKey: reportKeys.templates,
    queryFn: () => api.get<ReportTemplateSummary[]>("/api/reports/templates"),
    staleTime: 5 * 60_000,
  });
}

/** A unit's report for a period (nothing is created by reading it). */
export function useReport(params: ReportParams) {
  return useQuery({ queryKey: reportKeys.report(params), queryFn: () => api.get<ReportDetail>(urlOf(params)) });
}

/** Autosaves edits of a draft; the answer (the report with its new version) replaces the one in the cache. */
export function patchReport(params: ReportParams, patch: ReportPatch) {
  return api.patch<ReportDetail>(urlOf(params), patch);
}

/** Puts a report the server answered with in the cache, so that the page shows it with its new version. */
export function useSetReport(params: ReportParams) {
  const client = useQueryClient();
  return (detail: ReportDetail) => client.setQueryData(reportKeys.report(params), detail);
}

type Step =
  | { step: "refresh" | "submit" | "approve"; body: { version: number } }
  | { step: "return"; body: { version: number; comment: string } }
  | { step: "reopen"; body: { version: number; reason: string } };

/** A step of the workflow; the answer replaces the report in the cache and every list is asked again. */
export function useReportStep(params: ReportParams) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: Step) => api.post<ReportDetail | undefined>(`${urlOf(params)}/${step}`, body),
    onSuccess: async (detail) => {
      if (detail && typeof detail === "object" && "status" in detail)
        client.setQueryData(reportKeys.report(params), detail);
      await client.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
}

/** Each child unit's part of an entered figure. */
export function useChildren(params: ReportParams, indicator: string | undefined) {
  return useQuery({
    queryKey: reportKeys.children(params, indicator ?? ""),
    queryFn: () => api.get<ReportChildRow[]>(`${urlOf(params)}/children`, { indicator }),
    enabled: Boolean(indicator),
  });
}

export function useCompleteness(query: Partial<CompletenessQuery>) {
  const complete = Boolean(query.templateId && query.period && query.orgUnitId);
  return useQuery({
    queryKey: reportKeys.completeness(query as CompletenessQuery),
    queryFn: () => api.get<Completeness>("/api/reports/completeness", { ...query }),
    enabled: complete,
    placeholderData: keepPreviousData,
  });
}

/** Downloads the report as a party document (.docx) or its tables (.xlsx). */
export async function downloadReport(params: ReportParams, kind: "docx" | "xlsx") {
  saveFile(await api.download(`${urlOf(params)}/${kind}`));
}
