import type { CreateGrantInput, CreateUserInput, UpdateUserInput, UserView } from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { meKey } from "../auth/auth.api";

export const userKeys = {
  all: ["users"] as const,
  list: (q: string) => ["users", "list", q] as const,
};

/** The users the signed-in user may manage, matched on user name or display name. */
export function useUsers(q: string) {
  return useQuery({
    queryKey: userKeys.list(q),
    queryFn: () => api.get<UserView[]>("/api/users", { q: q.trim() || undefined }),
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<I>(mutationFn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: meKey }),
        queryClient.invalidateQueries({ queryKey: ["audit"] }),
      ]);
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: CreateUserInput) => api.post<UserView>("/api/users", input));
}

export function useUpdateUser(id: string) {
  return useUserMutation((input: UpdateUserInput) => api.patch<UserView>(`/api/users/${id}`, input));
}

export function useAddGrant(userId: string) {
  return useUserMutation((input: CreateGrantInput) => api.post<UserView>(`/api/users/${userId}/grants`, input));
}

export function useRevokeGrant() {
  return useUserMutation((grantId: string) => api.delete<UserView>(`/api/grants/${grantId}`));
}
