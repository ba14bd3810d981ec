import { z } from "zod";
import { Id, SafeString } from "./common";

export const RoleCode = z.enum(["admin", "inspection", "grassroots_staff", "cell_secretary", "member"]);
export type RoleCode = z.infer<typeof RoleCode>;

export const LoginInput = z.object({
  username: SafeString().trim().min(1, { message: "text.required" }).max(100),
  password: SafeString().min(1, { message: "text.required" }).max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const GrantView = z.object({
  id: Id,
  role: RoleCode,
  orgUnitId: Id,
  orgUnitName: z.string(),
});
export type GrantView = z.infer<typeof GrantView>;

/** A grant of the signed-in user, with the permissions its role holds (so screens never keep their own role tables). */
export const MyGrant = GrantView.extend({ permissions: z.array(z.string()) });
export type MyGrant = z.infer<typeof MyGrant>;

export const Me = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  language: z.enum(["vi", "en"]),
  grants: z.array(MyGrant),
  permissions: z.array(z.string()),
  /** The session's CSRF token, so a second tab of the same session can write too. */
  csrfToken: z.string().optional(),
});
export type Me = z.infer<typeof Me>;

export const LoginResult = z.object({ user: Me, csrfToken: z.string() });
export type LoginResult = z.infer<typeof LoginResult>;

export const UserView = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  isActive: z.boolean(),
  version: z.number().int(),
  grants: z.array(GrantView),
  can: z.object({ update: z.boolean(), grant: z.boolean() }),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{3,40}$/, { message: "user.usernameFormat" }),
  displayName: SafeString().trim().min(1, { message: "text.required" }).max(120),
  password: SafeString().min(8, { message: "user.passwordTooShort" }).max(200),
  role: RoleCode,
  orgUnitId: Id,
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  version: z.number().int().min(1),
  displayName: SafeString().trim().min(1, { message: "text.required" }).max(120).optional(),
  isActive: z.boolean().optional(),
  password: SafeString().min(8, { message: "user.passwordTooShort" }).max(200).optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const CreateGrantInput = z.object({ role: RoleCode, orgUnitId: Id });
export type CreateGrantInput = z.infer<typeof CreateGrantInput>;

export const ChangePasswordInput = z.object({
  currentPassword: SafeString().min(1, { message: "text.required" }),
  newPassword: SafeString().min(8, { message: "user.passwordTooShort" }).max(200),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
