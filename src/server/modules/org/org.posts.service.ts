// Posts of a unit: create, update, close. Each runs in the caller's transaction with its audit event.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { conflict, fieldError } from '../../errors.js';
import { recordAudit } from '../audit/index.js';
import { assertCanWrite } from './org.policy.js';
import { loadInScope } from '../../http/access.js';
import * as pq from './org.posts.queries.js';
import { presentPost } from './org.presenter.js';
import * as q from './org.tree.queries.js';

type Trx = Transaction<DB>;

export interface PostFields {
  title: string;
  isHead: boolean;
  isKey: boolean;
  cadreGroup?: string | null;
  rank: number;
}

const row = (b: PostFields) => ({ title: b.title, is_head: b.isHead, is_key: b.isKey, cadre_group: b.cadreGroup ?? null, rank: b.rank });

export async function createPost(trx: Trx, actor: Actor, ctx: AuditContext, unitId: string, body: PostFields & { validFrom: string }) {
  await assertCanWrite(trx, actor, unitId);
  const unit = (await q.unitById(trx, unitId))!;
  if (unit.valid_from > body.validFrom || unit.valid_to !== null) throw fieldError('validFrom', 'v.unit_not_valid');
  const post = await pq.insertPost(trx, { id: randomUUID(), unit_id: unitId, valid_from: body.validFrom, ...row(body) });
  const view = presentPost(post, [], true);
  await recordAudit(trx, ctx, [
    { action: 'post.create', entityType: 'post', entityId: post.id, unitId, after: { ...view, holders: undefined, actions: undefined } },
  ]);
  return view;
}

/** The post, after checking the actor may write its unit (404 otherwise, as for an unknown post). */
async function writablePost(trx: Trx, actor: Actor, id: string) {
  return loadInScope(
    trx,
    actor,
    'org.write',
    () => pq.postById(trx, id, true),
    (post) => post.unit_id,
  );
}

export async function updatePost(trx: Trx, actor: Actor, ctx: AuditContext, id: string, body: PostFields & { version: number }) {
  const before = await writablePost(trx, actor, id);
  const after = await pq.updatePost(trx, id, body.version, row(body));
  if (!after) throw conflict();
  const pick = (p: pq.PostRow) => ({ title: p.title, isHead: p.is_head, isKey: p.is_key, cadreGroup: p.cadre_group, rank: p.rank });
  await recordAudit(trx, ctx, [
    { action: 'post.update', entityType: 'post', entityId: id, unitId: after.unit_id, before: pick(before), after: pick(after) },
  ]);
  return presentPost(after, [], true);
}

export async function closePost(trx: Trx, actor: Actor, ctx: AuditContext, id: string, body: { validTo: string; version: number }) {
  const before = await writablePost(trx, actor, id);
  if (before.version !== body.version) throw conflict();
  if (before.valid_to !== null) throw fieldError('validTo', 'v.already_closed');
  if (body.validTo <= before.valid_from) throw fieldError('validTo', 'v.date_order');
  const after = await pq.closePost(trx, id, body.version, body.validTo);
  if (!after) throw conflict();
  await recordAudit(trx, ctx, [
    {
      action: 'post.close',
      entityType: 'post',
      entityId: id,
      unitId: after.unit_id,
      before: { validTo: null },
      after: { validTo: after.valid_to },
    },
  ]);
  return presentPost(after, [], true);
}
