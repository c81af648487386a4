// Seed accounts: one role binding each, the password hashed with argon2id.
import { hash } from '@node-rs/argon2';
import type { Role } from '../db/schema.js';
import type { SeedBatch } from './batch.js';

export const DEMO_PASSWORD = 'CanBo@2026';

export interface SeedAccount {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  personId?: string | null;
}

/** Adds the accounts and their role bindings to the batch (hashes in parallel). */
export async function addAccounts(batch: SeedBatch, accounts: SeedAccount[], password = DEMO_PASSWORD): Promise<void> {
  const hashes = await Promise.all(accounts.map(() => hash(password)));
  accounts.forEach((a, i) => {
    const id = batch.id();
    batch.accounts.push({
      id,
      username: a.username,
      display_name: a.displayName,
      password_hash: hashes[i],
      person_id: a.personId ?? null,
      locale: 'vi',
    });
    batch.roleBindings.push({ id: batch.id(), account_id: id, role: a.role, unit_id: a.unitId });
  });
}
