import type {
  CellCommentRequests,
  CellCommentRequestsInput,
  CommentRequestListQuery,
  CommentRequestPage,
  CreateCommentRequestInput,
  CreatedCommentRequest,
  CreateResidenceInput,
  EndResidenceInput,
  MemberResidence,
  PaperCommentInput,
  PublicResidenceForm,
  ResidenceCommentInput,
  ResidenceCommentRequest,
  ResidenceMemberRow,
  ResidenceMembersQuery,
  ResidenceRegistration,
  ResolvedShortCode,
  UpdateResidenceInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

export const residenceKeys = {
  all: ["residence"] as const,
  member: (memberId: string) => ["residence", "member", memberId] as const,
  requests: (query: CommentRequestListQuery) => ["residence", "requests", query] as const,
  public: (token: string) => ["residence", "public", token] as const,
  followUp: (query: ResidenceMembersQuery) => ["residence", "follow-up", query] as const,
};

/** A member's registrations and comment requests. */
export function useMemberResidence(memberId: string) {
  return useQuery({
    queryKey: residenceKeys.member(memberId),
    queryFn: () => api.get<MemberResidence>(`/api/members/${memberId}/residence`),
  });
}

/** Refreshes every residence view after a change. */
function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: residenceKeys.all });
}

export function useRegisterResidence(memberId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateResidenceInput) =>
      api.post<ResidenceRegistration>(`/api/members/${memberId}/residence`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateResidence(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: UpdateResidenceInput) =>
      api.patch<ResidenceRegistration>(`/api/residence/registrations/${id}`, input),
    onSuccess: invalidate,
  });
}

export function useEndResidence(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: EndResidenceInput) =>
      api.post<ResidenceRegistration>(`/api/residence/registrations/${id}/end`, input),
    onSuccess: invalidate,
  });
}

/** Downloads the introduction letter of a registration. */
export async function downloadLetter(registrationId: string) {
  saveFile(await api.download(`/api/residence/registrations/${registrationId}/letter`));
}

export function useRequestComment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateCommentRequestInput) => api.post<CreatedCommentRequest>("/api/residence/requests", input),
    onSuccess: invalidate,
  });
}

/** Records a paper comment, with the scan as multipart when one is attached. */
export function useRecordPaperComment(requestId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ input, scan }: { input: PaperCommentInput; scan: File | null }) => {
      if (!scan) return api.post<ResidenceCommentRequest>(`/api/residence/requests/${requestId}/paper`, input);
      const form = new FormData();
      for (const [key, value] of Object.entries(input)) form.append(key, String(value));
      form.append("scan", scan, scan.name);
      return api.post<ResidenceCommentRequest>(`/api/residence/requests/${requestId}/paper`, form);
    },
    onSuccess: invalidate,
  });
}

export function useCommentRequests(query: CommentRequestListQuery) {
  return useQuery({
    queryKey: residenceKeys.requests(query),
    queryFn: () => api.get<CommentRequestPage>("/api/residence/requests", { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** The public form's facts (member's name, cell, year) by the link's token. */
export function usePublicForm(token: string) {
  return useQuery({
    queryKey: residenceKeys.public(token),
    queryFn: () => api.get<PublicResidenceForm>(`/api/public/residence/${token}`),
    retry: false,
  });
}

export function useSubmitPublicComment(token: string) {
  return useMutation({
    mutationFn: (input: ResidenceCommentInput) => api.post<{ ok: true }>(`/api/public/residence/${token}`, input),
  });
}

/** Asks for the year's comment on every registered member of a cell not yet asked; the links come back this once. */
export function useRequestForCell() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CellCommentRequestsInput) =>
      api.post<CellCommentRequests>("/api/residence/requests/cell", input),
    onSuccess: invalidate,
  });
}

/** Downloads the letters (.docx, one page a member) for links just made, from their tokens. */
export async function downloadCommentLetters(links: string[]) {
  const tokens = links.map((link) => link.split("/").pop() ?? "");
  saveFile(await api.downloadPost("/api/residence/letters", { tokens }));
}

/** Members not registered at a residence, or registered and not yet asked for the year's comment. */
export function useResidenceFollowUp(query: ResidenceMembersQuery) {
  return useQuery({
    queryKey: residenceKeys.followUp(query),
    queryFn: () => api.get<ResidenceMemberRow[]>("/api/residence/members", { ...query }),
  });
}

export async function downloadFollowUp(query: ResidenceMembersQuery) {
  saveFile(await api.download("/api/residence/members/export", { ...query }));
}

/** The long link behind a short code typed from a letter. */
export function useResolveShortCode() {
  return useMutation({
    mutationFn: (code: string) => api.post<ResolvedShortCode>("/api/public/residence/code", { code }),
  });
}

/** Gives an open request a new link and short code (a lost letter); the old ones stop working. */
export function useReissueLink() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (requestId: string) => api.post<CreatedCommentRequest>(`/api/residence/requests/${requestId}/reissue`),
    onSuccess: invalidate,
  });
}
