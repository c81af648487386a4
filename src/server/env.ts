// Configuration from the environment, checked at start with a clear message per bad value.
import path from 'node:path';
import { z } from 'zod';
import { DEMO_ANCHOR_MAX, DEMO_ANCHOR_MIN, demoAnchorProblem } from '../domain/demo-calendar.js';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CANBO_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  CANBO_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  /** "Today" of the demo data when it is created (default: the day of the first start in Vietnam). */
  CANBO_DEMO_ANCHOR: z
    .string()
    .refine((s) => demoAnchorProblem(s) === null, `must be a real date YYYY-MM-DD from ${DEMO_ANCHOR_MIN} to ${DEMO_ANCHOR_MAX}`)
    .optional(),
  CANBO_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  CANBO_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  CANBO_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Turns on the e-mail hook of notifications (the sender is pluggable; see notifications.email.ts). */
  CANBO_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema> & { dataDir: string };

export class ConfigError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const input = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (cấu hình không hợp lệ):\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.CANBO_DATA_DIR) };
}
