import type {
  CaseFromLetterInput,
  CaseListQuery,
  CasePage,
  CaseStepInput,
  CreateCaseInput,
  CreateLetterInput,
  CreateProgrammeInput,
  DecideDisciplineInput,
  Discipline,
  DisciplineListQuery,
  DisciplinePage,
  FileComplaintInput,
  InspectionCase,
  InspectionSummary,
  InspectionSummaryQuery,
  Letter,
  LetterActionInput,
  LetterListQuery,
  LetterPage,
  Programme,
  ProgrammeItemInput,
  ProgrammeListQuery,
  ProgrammeSummary,
  ProposeDisciplineInput,
  ResolveComplaintInput,
  UpdateProgrammeInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

const base = "/api/inspection";

export const inspectionKeys = {
  all: ["inspection"] as const,
  programmes: (query: ProgrammeListQuery) => ["inspection", "programmes", query] as const,
  programme: (id: string) => ["inspection", "programme", id] as const,
  cases: (query: Partial<CaseListQuery>) => ["inspection", "cases", query] as const,
  case: (id: string) => ["inspection", "case", id] as const,
  letters: (query: Partial<LetterListQuery>) => ["inspection", "letters", query] as const,
  letter: (id: string) => ["inspection", "letter", id] as const,
  disciplines: (query: Partial<DisciplineListQuery>) => ["inspection", "discipline", query] as const,
  discipline: (id: string) => ["inspection", "discipline-one", id] as const,
  summary: (query: InspectionSummaryQuery) => ["inspection", "summary", query] as const,
};

/** The keys of one case or one letter: reading one again is recorded as an opening, so it is never refetched idly. */
const isRecord = (key: readonly unknown[]) => key[1] === "case" || key[1] === "letter";

/**
 * Every write may change the lists, the programme's progress and other records: the lists are read again; a case or
 * a letter the write answered with is put in the cache as it came, and the others are only marked stale (read again
 * when next shown), so that no one's list of openings grows with readings nobody made.
 */
function useWrite<I, O>(send: (input: I) => Promise<O>, recordKey?: (out: O) => readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (out) => {
      if (recordKey) client.setQueryData(recordKey(out), out);
      void client.invalidateQueries({
        queryKey: inspectionKeys.all,
        predicate: (q) => isRecord(q.queryKey),
        refetchType: "none",
      });
      return client.invalidateQueries({
        queryKey: inspectionKeys.all,
        predicate: (q) => !isRecord(q.queryKey),
      });
    },
  });
}

const caseKey = (c: InspectionCase) => inspectionKeys.case(c.id);
const letterKey = (l: Letter) => inspectionKeys.letter(l.id);

// --- Programmes ---

export function useProgrammes(query: ProgrammeListQuery) {
  return useQuery({
    queryKey: inspectionKeys.programmes(query),
    queryFn: () => api.get<ProgrammeSummary[]>(`${base}/programmes`, { ...query }),
  });
}

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.programme(id ?? ""),
    queryFn: () => api.get<Programme>(`${base}/programmes/${id}`),
    enabled: Boolean(id),
  });
}

export const useCreateProgramme = () =>
  useWrite((input: CreateProgrammeInput) => api.post<Programme>(`${base}/programmes`, input));

export const useUpdateProgramme = (id: string) =>
  useWrite((input: UpdateProgrammeInput) => api.patch<Programme>(`${base}/programmes/${id}`, input));

export const useSaveProgrammeItem = (programmeId: string) =>
  useWrite(({ itemId, version, input }: { itemId?: string; version: number; input: ProgrammeItemInput }) =>
    itemId
      ? api.patch<Programme>(`${base}/programmes/${programmeId}/items/${itemId}`, { ...input, version })
      : api.post<Programme>(`${base}/programmes/${programmeId}/items`, input),
  );

export const useDeleteProgrammeItem = (programmeId: string) =>
  useWrite((itemId: string) => api.delete<unknown>(`${base}/programmes/${programmeId}/items/${itemId}`));

// --- Cases ---

export function useCases(query: Partial<CaseListQuery>) {
  return useQuery({
    queryKey: inspectionKeys.cases(query),
    queryFn: () => api.get<CasePage>(`${base}/cases`, { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** One case; every reading is recorded by the server as an opening. */
export function useCase(id: string) {
  return useQuery({
    queryKey: inspectionKeys.case(id),
    queryFn: () => api.get<InspectionCase>(`${base}/cases/${id}`),
    retry: false,
  });
}

export const useCreateCase = () =>
  useWrite((input: CreateCaseInput) => api.post<InspectionCase>(`${base}/cases`, input), caseKey);

export const useCaseStep = (id: string) =>
  useWrite((input: CaseStepInput) => api.post<InspectionCase>(`${base}/cases/${id}/steps`, input), caseKey);

export const useUploadCaseDocument = (id: string) =>
  useWrite((file: File) => api.upload<InspectionCase>(`${base}/cases/${id}/documents`, file), caseKey);

export async function downloadCaseDocument(caseId: string, docId: string) {
  saveFile(await api.download(`${base}/cases/${caseId}/documents/${docId}`));
}

export async function downloadCases(query: Partial<CaseListQuery>) {
  const { page: _page, pageSize: _size, ...filter } = query;
  saveFile(await api.download(`${base}/cases/export.xlsx`, { ...filter }));
}

// --- Letters ---

export function useLetters(query: Partial<LetterListQuery>) {
  return useQuery({
    queryKey: inspectionKeys.letters(query),
    queryFn: () => api.get<LetterPage>(`${base}/letters`, { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useLetter(id: string) {
  return useQuery({
    queryKey: inspectionKeys.letter(id),
    queryFn: () => api.get<Letter>(`${base}/letters/${id}`),
    retry: false,
  });
}

export const useCreateLetter = () => useWrite((input: CreateLetterInput) => api.post<Letter>(`${base}/letters`, input));

export const useLetterAction = (id: string) =>
  useWrite((input: LetterActionInput) => api.post<Letter>(`${base}/letters/${id}/actions`, input), letterKey);

export const useCaseFromLetter = (id: string) =>
  useWrite((input: CaseFromLetterInput) => api.post<InspectionCase>(`${base}/letters/${id}/case`, input), caseKey);

export async function downloadLetters(query: Partial<LetterListQuery>) {
  const { page: _page, pageSize: _size, ...filter } = query;
  saveFile(await api.download(`${base}/letters/export`, { ...filter }));
}

// --- Discipline ---

export function useDisciplines(query: Partial<DisciplineListQuery>) {
  return useQuery({
    queryKey: inspectionKeys.disciplines(query),
    queryFn: () => api.get<DisciplinePage>(`${base}/discipline`, { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useDiscipline(id: string) {
  return useQuery({
    queryKey: inspectionKeys.discipline(id),
    queryFn: () => api.get<Discipline>(`${base}/discipline/${id}`),
    retry: false,
  });
}

export const useProposeDiscipline = () =>
  useWrite((input: ProposeDisciplineInput) => api.post<Discipline>(`${base}/discipline`, input));

export const useDecideDiscipline = (id: string) =>
  useWrite((input: DecideDisciplineInput) => api.post<Discipline>(`${base}/discipline/${id}/decide`, input));

export const useFileComplaint = (id: string) =>
  useWrite((input: FileComplaintInput) => api.post<Discipline>(`${base}/discipline/${id}/complaints`, input));

export const useResolveComplaint = (id: string) =>
  useWrite((input: ResolveComplaintInput) =>
    api.post<Discipline>(`${base}/discipline/${id}/complaints/resolve`, input),
  );

// --- Counts ---

export function useInspectionSummary(query: InspectionSummaryQuery | null) {
  return useQuery({
    queryKey: inspectionKeys.summary(query ?? { orgUnitId: "", from: "", to: "" }),
    queryFn: () => api.get<InspectionSummary>(`${base}/summary`, { ...query }),
    enabled: Boolean(query?.orgUnitId),
  });
}
