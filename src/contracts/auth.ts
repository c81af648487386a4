import { z } from 'zod';
import { Id, Locale, RawText, RequiredText, Role } from './common.js';
import { TEXT } from './limits.js';
import { Capabilities } from './permissions.js';

export const LoginRequest = z.object({
  username: RequiredText(TEXT.username),
  password: RawText(TEXT.password).min(1, 'v.required'),
});

export const Me = z.object({
  accountId: Id,
  username: z.string(),
  displayName: z.string(),
  personId: Id.nullable(),
  locale: Locale,
  roles: z.array(z.object({ role: Role, unitId: Id, unitName: z.string() })),
  csrfToken: z.string(),
  /** What the UI may show (from the permission matrix); the server checks again on every call. */
  can: Capabilities,
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.object({
  currentPassword: RawText(TEXT.password).min(1, 'v.required'),
  newPassword: RawText(TEXT.password).min(1, 'v.required'),
});

export const SetLocaleRequest = z.object({ locale: Locale });
