import { z } from 'zod';
import { Id, Locale, Role } from './common.js';

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const Me = z.object({
  accountId: Id,
  username: z.string(),
  displayName: z.string(),
  personId: Id.nullable(),
  locale: Locale,
  roles: z.array(z.object({ role: Role, unitId: Id, unitName: z.string() })),
  csrfToken: z.string(),
  /** What the UI may show; the server checks again on every call. */
  can: z.object({
    manageAccounts: z.boolean(),
    editOrg: z.boolean(),
    editPeople: z.boolean(),
    importPeople: z.boolean(),
    exportPeople: z.boolean(),
    readAudit: z.boolean(),
    verifyAudit: z.boolean(),
    /** Work screens: issue task slips, schedule briefings, oversee weekly plans, assign responsibilities. */
    issueTasks: z.boolean(),
    writeMeetings: z.boolean(),
    overseePlans: z.boolean(),
    writeResponsibilities: z.boolean(),
    /** Volunteer for a hard task, write one's own weekly plan (a person is linked to the account). */
    volunteer: z.boolean(),
    writePlan: z.boolean(),
  }),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const SetLocaleRequest = z.object({ locale: Locale });
