import type { ImportReport, Job } from "@dangvu/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "../../lib/api";
import { orgKeys } from "../org/org.api";
import { memberKeys, reminderKeys } from "./members.api";

/** Starts checking (dry run) or importing an Excel file of members; the server answers 202 with the job. */
export function useStartMemberImport() {
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      api.upload<Job>("/api/imports/members", file, { dryRun: String(dryRun) }),
  });
}

/**
 * An import job read back every half second while it runs (any app server answers); when an import has written
 * members, the lists that show them are refreshed.
 */
export function useMemberImportJob(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ["jobs", id],
    queryFn: async () => (await api.get<Job[]>("/api/jobs", { id: id ?? "" }))[0] ?? null,
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.state === "running" ? 500 : false),
  });
  const imported = query.data?.state === "done" ? ((query.data.result as ImportReport).imported ?? 0) : 0;
  useEffect(() => {
    if (imported === 0) return;
    void Promise.all([
      queryClient.invalidateQueries({ queryKey: memberKeys.all }),
      queryClient.invalidateQueries({ queryKey: reminderKeys.all }),
      queryClient.invalidateQueries({ queryKey: orgKeys.all }),
    ]);
  }, [imported, queryClient]);
  return query;
}

/**
 * What an ended import job says: its report (a confirmed import that found errors wrote nothing and failed with 422
 * and the report, shown like a dry run's), or the message of any other failure.
 */
export function importOutcome(job: Job | null | undefined): { report: ImportReport | null; failure: string | null } {
  if (!job || job.state === "running") return { report: null, failure: null };
  if (job.state === "done") return { report: job.result as ImportReport, failure: null };
  const report = job.error?.code === "import.hasErrors" ? (job.error.extra.report as ImportReport) : null;
  return { report, failure: report ? null : (job.error?.message ?? null) };
}

/** How far along a running job is, 0–100, for the progress bar: reading grows with the rows, then the checks in the database and the write. */
export function jobPercent(job: Job): number {
  const { stage, rowsRead } = job.progress;
  if (stage === "queued") return 2;
  if (stage === "reading") return Math.min(70, 5 + Math.round((65 * rowsRead) / (rowsRead + 5000)));
  if (stage === "checking") return 80;
  if (stage === "writing") return 90;
  return 100;
}
