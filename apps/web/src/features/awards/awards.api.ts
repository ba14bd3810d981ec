import type {
  AwardFormCatalogue,
  Campaign,
  CampaignListQuery,
  Commendation,
  CommendationDecision,
  CommendationListQuery,
  CommendationPage,
  CreateCampaignInput,
  CreateModelInput,
  DecideCommendationsInput,
  EmulationModel,
  ModelCatalogue,
  ModelListQuery,
  ModelPage,
  ProposeCommendationInput,
  RecogniseModelInput,
  RefuseCommendationInput,
  UpdateCampaignInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

export const awardKeys = {
  all: ["awards"] as const,
  forms: ["awards", "forms"] as const,
  modelTitles: ["awards", "model-titles"] as const,
  commendations: (query: Partial<CommendationListQuery>) => ["awards", "commendations", query] as const,
  campaigns: (query: Partial<CampaignListQuery>) => ["awards", "campaigns", query] as const,
  models: (query: Partial<ModelListQuery>) => ["awards", "models", query] as const,
};

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: awardKeys.all });
}

export function useAwardForms() {
  return useQuery({
    queryKey: awardKeys.forms,
    queryFn: () => api.get<AwardFormCatalogue>("/api/awards/forms"),
    staleTime: 5 * 60_000,
  });
}

export function useModelCatalogue() {
  return useQuery({
    queryKey: awardKeys.modelTitles,
    queryFn: () => api.get<ModelCatalogue>("/api/awards/model-titles"),
    staleTime: 5 * 60_000,
  });
}

export function useCommendations(query: Partial<CommendationListQuery>, enabled = true) {
  return useQuery({
    queryKey: awardKeys.commendations(query),
    queryFn: () => api.get<CommendationPage>("/api/awards/commendations", { pageSize: 200, ...query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePropose() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ProposeCommendationInput) => api.post<Commendation>("/api/awards/commendations", input),
    onSuccess: invalidate,
  });
}

export function useDecide() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: DecideCommendationsInput) =>
      api.post<CommendationDecision>("/api/awards/commendation-decisions", input),
    onSuccess: invalidate,
  });
}

export function useRefuse() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...input }: RefuseCommendationInput & { id: string }) =>
      api.post<Commendation>(`/api/awards/commendations/${id}/refuse`, input),
    onSuccess: invalidate,
  });
}

export function useCampaigns(query: Partial<CampaignListQuery>) {
  return useQuery({
    queryKey: awardKeys.campaigns(query),
    queryFn: () => api.get<Campaign[]>("/api/awards/campaigns", { ...query }),
  });
}

export function useSaveCampaign() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateCampaignInput | UpdateCampaignInput }) =>
      id
        ? api.patch<Campaign>(`/api/awards/campaigns/${id}`, input)
        : api.post<Campaign>("/api/awards/campaigns", input),
    onSuccess: invalidate,
  });
}

export function useDeleteCampaign() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/awards/campaigns/${id}`),
    onSuccess: invalidate,
  });
}

export function useModels(query: Partial<ModelListQuery>) {
  return useQuery({
    queryKey: awardKeys.models(query),
    queryFn: () => api.get<ModelPage>("/api/awards/models", { pageSize: 200, ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterModel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateModelInput) => api.post<EmulationModel>("/api/awards/models", input),
    onSuccess: invalidate,
  });
}

export function useRecogniseModel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...input }: RecogniseModelInput & { id: string }) =>
      api.post<EmulationModel>(`/api/awards/models/${id}/recognise`, input),
    onSuccess: invalidate,
  });
}

export async function downloadModels(query: Partial<ModelListQuery>) {
  const { page: _page, pageSize: _size, ...filter } = query;
  saveFile(await api.download("/api/awards/models/export.xlsx", { ...filter }));
}
