// `canbo seed demo --refresh`: moves a demo database to a new anchor (today by default) by
// rebuilding it — every application object dropped, the migrations and reference data applied again,
// the demo seeded as of the anchor. Refused, changing nothing, on a database that is not a demo
// (no demo marker) or that holds anything else: units outside the demo province's subtree, or
// accounts other than the demo's.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { DEMO_USERNAMES } from './demo.js';
import { demoMarker, dropApplicationObjects, foreignData } from './demo-refresh.queries.js';

export type RefreshRefusal = { reason: 'not_demo' } | { reason: 'foreign_data'; units: number; accounts: string[] };

export class DemoRefreshRefused extends Error {
  constructor(readonly refusal: RefreshRefusal) {
    super(refusalMessage(refusal));
  }
}

export function refusalMessage(r: RefreshRefusal): string {
  const tail = ' --refresh only rebuilds a database that holds the demo and nothing else; nothing was changed.';
  if (r.reason === 'not_demo') return `This database carries no demo marker (it was not created by the demo seed).${tail}`;
  const parts = [];
  if (r.units) parts.push(`${r.units} organisation unit(s) outside the demo province`);
  if (r.accounts.length)
    parts.push(`account(s) that are not the demo's: ${r.accounts.slice(0, 10).join(', ')}${r.accounts.length > 10 ? ', …' : ''}`);
  return `This database holds data that is not the demo's (${parts.join('; ')}).${tail}`;
}

/** Throws DemoRefreshRefused unless the database holds the demo and nothing else; returns the marker's anchor (null for a demo made before the marker). */
export async function assertDemoOnly(db: Kysely<DB>): Promise<{ anchor: string | null }> {
  const marker = await demoMarker(db);
  if (!marker) throw new DemoRefreshRefused({ reason: 'not_demo' });
  const foreign = await foreignData(db, marker.provinceUnitId, DEMO_USERNAMES);
  if (foreign.units || foreign.accounts.length) throw new DemoRefreshRefused({ reason: 'foreign_data', ...foreign });
  return { anchor: marker.anchor };
}

/** Checks (assertDemoOnly), then drops the application's objects; the caller prepares the database again and seeds. */
export async function clearDemoDatabase(db: Kysely<DB>): Promise<{ previousAnchor: string | null }> {
  const { anchor } = await assertDemoOnly(db);
  await dropApplicationObjects(db);
  return { previousAnchor: anchor };
}
