import type {
  IndicatorInfo,
  ReportTemplate,
  ReportTemplatePatch,
  ReportTemplateSummary,
  ReportTemplateVersionInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";

const keys = {
  all: ["report-templates"] as const,
  one: (id: string, versionId?: string) => ["report-templates", id, versionId ?? "in-force"] as const,
};

/** Every report template with its versions. */
export function useReportTemplates() {
  return useQuery({ queryKey: keys.all, queryFn: () => api.get<ReportTemplateSummary[]>("/api/reports/templates") });
}

/** One version of a template: the one in force today, or `versionId`. */
export function useReportTemplate(id: string, versionId?: string) {
  return useQuery({
    queryKey: keys.one(id, versionId),
    queryFn: () => api.get<ReportTemplate>(`/api/reports/templates/${id}`, versionId ? { versionId } : {}),
    placeholderData: keepPreviousData,
  });
}

/** The indicators a template may use: the modules' computed ones, then the entered ones. */
export function useIndicators() {
  return useQuery({
    queryKey: ["report-indicators"],
    queryFn: () => api.get<IndicatorInfo[]>("/api/reports/indicators"),
    staleTime: 10 * 60_000,
  });
}

/** Adds a version in force from its date. */
export function useAddTemplateVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportTemplateVersionInput) =>
      api.post<ReportTemplate>(`/api/reports/templates/${id}/versions`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Edits a version no report has been submitted on. */
export function usePatchTemplateVersion(id: string, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ReportTemplatePatch) =>
      api.patch<ReportTemplate>(`/api/reports/templates/${id}/versions/${versionId}`, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
