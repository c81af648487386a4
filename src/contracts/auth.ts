import { z } from 'zod';
import { Id, Locale, RawText, RequiredText, Role } from './common.js';
import { TEXT } from './limits.js';

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
    /** The people list; the units' indicators; the evaluation periods (readers, or a person for their own). */
    readPeople: z.boolean(),
    readIndicators: z.boolean(),
    /** A unit's discipline, incidents and shortcomings (the unit dashboard's conduct card). */
    readConduct: z.boolean(),
    readEvaluation: z.boolean(),
  }),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.object({
  currentPassword: RawText(TEXT.password).min(1, 'v.required'),
  newPassword: RawText(TEXT.password).min(1, 'v.required'),
});

export const SetLocaleRequest = z.object({ locale: Locale });
