import type {
  AttendanceInput,
  CreateMeetingInput,
  CreateNoticeInput,
  CreateScoringTemplateInput,
  Meeting,
  MeetingAlert,
  MeetingDocument,
  MeetingListItem,
  MeetingPage,
  MeetingTask,
  MinutesInput,
  Notice,
  NoticePage,
  PlanYearInput,
  ScoreInput,
  ScoringTemplate,
  UpdateMeetingInput,
  YearlyRating,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

/** The meeting as answered; `documents` may be absent from a server without meeting documents. */
export type MeetingView = Omit<Meeting, "documents"> & { documents?: MeetingDocument[] };

export interface MeetingListFilter {
  orgUnitId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export const meetingKeys = {
  all: ["meetings"] as const,
  list: (filter: MeetingListFilter) => ["meetings", "list", filter] as const,
  detail: (id: string) => ["meetings", "detail", id] as const,
  checkin: (id: string) => ["meetings", "checkin", id] as const,
  tasks: (orgUnitId: string) => ["meetings", "tasks", orgUnitId] as const,
};

export function useMeetings(filter: MeetingListFilter) {
  return useQuery({
    queryKey: meetingKeys.list(filter),
    queryFn: () => api.get<MeetingPage>("/api/meetings", { ...filter }),
    placeholderData: keepPreviousData,
  });
}

/** The meeting scoring templates, oldest first. */
export function useScoringTemplates() {
  return useQuery({
    queryKey: ["scoring-templates"],
    queryFn: () => api.get<ScoringTemplate[]>("/api/scoring-templates"),
    staleTime: 10 * 60_000,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => api.get<MeetingView>(`/api/meetings/${id}`),
    retry: false,
  });
}

/** The code shown at the meeting; it changes every minute, so it is fetched again every ten seconds. */
export function useCheckinCode(id: string, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.checkin(id),
    queryFn: () => api.get<{ code: string; validUntil: string }>(`/api/meetings/${id}/checkin-code`),
    refetchInterval: 10_000,
    enabled,
  });
}

/** The open follow-up tasks of a unit (resolutions of earlier meetings). */
export function useMeetingTasks(orgUnitId: string) {
  return useQuery({
    queryKey: meetingKeys.tasks(orgUnitId),
    queryFn: () => api.get<MeetingTask[]>("/api/meeting-tasks", { orgUnitId }),
  });
}

/** After a change, the answer becomes the meeting on screen and lists, tasks and the audit trail are reloaded. */
function useMeetingMutation<I>(id: string, mutationFn: (input: I) => Promise<MeetingView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(id), meeting);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["meetings", "list"] }),
        queryClient.invalidateQueries({ queryKey: ["meetings", "tasks"] }),
        queryClient.invalidateQueries({ queryKey: ["audit"] }),
      ]);
    },
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) => api.post<MeetingView>("/api/meetings", input),
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: ["meetings", "list"] });
    },
  });
}

export function useUpdateMeeting(id: string) {
  return useMeetingMutation(id, (input: UpdateMeetingInput) => api.patch<MeetingView>(`/api/meetings/${id}`, input));
}

export function useSaveAttendance(id: string) {
  return useMeetingMutation(id, (input: AttendanceInput) =>
    api.put<MeetingView>(`/api/meetings/${id}/attendance`, input),
  );
}

export function useSaveMinutes(id: string) {
  return useMeetingMutation(id, (input: MinutesInput) => api.put<MeetingView>(`/api/meetings/${id}/minutes`, input));
}

export function useSaveScore(id: string) {
  return useMeetingMutation(id, (input: ScoreInput) => api.put<MeetingView>(`/api/meetings/${id}/score`, input));
}

export function useCloseMeeting(id: string) {
  return useMeetingMutation(id, () => api.post<MeetingView>(`/api/meetings/${id}/close`));
}

export function useReopenMeeting(id: string) {
  return useMeetingMutation(id, (reason: string) => api.post<MeetingView>(`/api/meetings/${id}/reopen`, { reason }));
}

/** Issues the invitation: it takes the next number of the unit's register (kept if issued already). */
export function useIssueInvitation(id: string) {
  return useMeetingMutation(id, () => api.post<MeetingView>(`/api/meetings/${id}/invitation`));
}

export function useUploadDocument(id: string) {
  return useMeetingMutation(id, (file: File) => api.upload<MeetingView>(`/api/meetings/${id}/documents`, file));
}

export function useRemoveDocument(id: string) {
  return useMeetingMutation(id, (docId: string) => api.delete<MeetingView>(`/api/meetings/${id}/documents/${docId}`));
}

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, done }: { task: MeetingTask; done: boolean }) =>
      api.patch<MeetingTask>(`/api/meeting-tasks/${task.id}`, {
        version: task.version,
        status: done ? "done" : "open",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["meetings", "tasks"] }),
  });
}

/** Downloads a file of the meeting (minutes, invitation, an attached document) and saves it. */
export function useMeetingDownload() {
  return useMutation({ mutationFn: async (path: string) => saveFile(await api.download(path)) });
}

export function useMeetingAlerts(orgUnitId?: string) {
  return useQuery({
    queryKey: ["meetings", "alerts", orgUnitId ?? ""],
    queryFn: () => api.get<MeetingAlert[]>("/api/meetings/alerts", { orgUnitId }),
  });
}

export function useYearlyRatings(year: number, orgUnitId?: string) {
  return useQuery({
    queryKey: ["meetings", "ratings", year, orgUnitId ?? ""],
    queryFn: () => api.get<YearlyRating[]>("/api/meetings/yearly-ratings", { year, orgUnitId }),
  });
}

export function usePlanYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanYearInput) => api.post<MeetingListItem[]>("/api/meetings/plan-year", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["meetings"] }),
  });
}

export function useCreateScoringTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateScoringTemplateInput) => api.post<ScoringTemplate>("/api/scoring-templates", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["scoring-templates"] }),
  });
}

/** A page of the notices of a unit still posted, newest first. */
export function useNotices(orgUnitId: string | undefined, page = 1, pageSize = 20) {
  return useQuery({
    queryKey: ["notices", orgUnitId ?? "", page, pageSize],
    queryFn: () => api.get<NoticePage>("/api/notices", { orgUnitId, page, pageSize }),
    enabled: Boolean(orgUnitId),
    placeholderData: keepPreviousData,
  });
}

export function usePostNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNoticeInput) => api.post<Notice>("/api/notices", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notices"] }),
  });
}

export function useWithdrawNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/notices/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notices"] }),
  });
}
