import type {
  AnnounceResult,
  AssessmentDetail,
  AssessmentListQuery,
  AssessmentPage,
  ChangeInput,
  CreateCycleInput,
  CycleListQuery,
  CyclePage,
  DecisionInput,
  ProposalInput,
  RatingCycle,
  RatingCycleDetail,
  RatingResults,
  ResultsQuery,
  SelfAssessmentInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

export const ratingKeys = {
  all: ["ratings"] as const,
  cycles: (query: Partial<CycleListQuery>) => ["ratings", "cycles", query] as const,
  cycle: (id: string) => ["ratings", "cycle", id] as const,
  assessments: (cycleId: string, query: Partial<AssessmentListQuery>) =>
    ["ratings", "assessments", cycleId, query] as const,
  assessment: (id: string) => ["ratings", "assessment", id] as const,
  results: (query: ResultsQuery) => ["ratings", "results", query] as const,
};

/** Refreshes every rating view after a step is recorded (counts, rows, quota places left). */
export function useInvalidateRatings() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ratingKeys.all });
}

export function useCycles(query: Partial<CycleListQuery>) {
  return useQuery({
    queryKey: ratingKeys.cycles(query),
    queryFn: () => api.get<CyclePage>("/api/ratings/cycles", { pageSize: 200, ...query }),
  });
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: ratingKeys.cycle(id),
    queryFn: () => api.get<RatingCycleDetail>(`/api/ratings/cycles/${id}`),
  });
}

export function useCreateCycle() {
  const invalidate = useInvalidateRatings();
  return useMutation({
    mutationFn: (input: CreateCycleInput) => api.post<RatingCycle>("/api/ratings/cycles", input),
    onSuccess: invalidate,
  });
}

/** A cycle's assessments (members or organisations) in a unit's subtree, every row at once (a cell is small). */
export function useAssessments(cycleId: string, query: Partial<AssessmentListQuery>) {
  return useQuery({
    queryKey: ratingKeys.assessments(cycleId, query),
    queryFn: () => api.get<AssessmentPage>(`/api/ratings/cycles/${cycleId}/assessments`, { pageSize: 200, ...query }),
    placeholderData: keepPreviousData,
  });
}

/** One assessment with the framework, the evidence, the quota places left and what the user may do. */
export function useAssessment(id: string | undefined) {
  return useQuery({
    queryKey: ratingKeys.assessment(id ?? ""),
    queryFn: () => api.get<AssessmentDetail>(`/api/ratings/assessments/${id}`),
    enabled: Boolean(id),
  });
}

/** Fetches one assessment's detail outside a hook (the cell's proposal goes row after row). */
export function fetchAssessment(id: string) {
  return api.get<AssessmentDetail>(`/api/ratings/assessments/${id}`);
}

type Step =
  | { step: "self"; input: SelfAssessmentInput }
  | { step: "propose"; input: ProposalInput }
  | { step: "decide"; input: DecisionInput }
  | { step: "change"; input: ChangeInput };

/** Decides one assessment without refreshing the views (a batch refreshes them once at its end). */
export function postDecision(id: string, input: DecisionInput) {
  return api.post(`/api/ratings/assessments/${id}/decide`, input);
}

/** Records one step of an assessment: self-assessment, the cell's proposal, the decision, or a change with a reason. */
export function useAssessmentStep() {
  const invalidate = useInvalidateRatings();
  return useMutation({
    mutationFn: ({ id, ...step }: Step & { id: string }) =>
      api.post(`/api/ratings/assessments/${id}/${step.step}`, step.input),
    onSuccess: invalidate,
  });
}

export function useAnnounce(cycleId: string) {
  const invalidate = useInvalidateRatings();
  return useMutation({
    mutationFn: (orgUnitId: string) =>
      api.post<AnnounceResult>(`/api/ratings/cycles/${cycleId}/announce`, { orgUnitId }),
    onSuccess: invalidate,
  });
}

export function useResults(query: ResultsQuery) {
  return useQuery({
    queryKey: ratingKeys.results(query),
    queryFn: () => api.get<RatingResults>("/api/ratings/results", { ...query }),
    enabled: Boolean(query.orgUnitId),
    placeholderData: keepPreviousData,
  });
}

export async function downloadResults(query: ResultsQuery) {
  saveFile(await api.download("/api/ratings/results.xlsx", { ...query }));
}

export async function downloadDecision(cycleId: string, orgUnitId?: string) {
  saveFile(await api.download(`/api/ratings/cycles/${cycleId}/decision.docx`, { orgUnitId }));
}
