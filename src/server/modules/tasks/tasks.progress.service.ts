// Progress reports (by the lead or a supporting assignee) with attached files, and the download
// of an attachment, which is allowed wherever the task itself may be read.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { unitInSubtrees } from '../org/index.js';
import * as dq from './tasks.detail.queries.js';
import { readRoots } from './tasks.policy.js';
import { applyChange, withTask } from './tasks.service.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

export interface UploadedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export async function reportProgress(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { version?: number; progress: number; note: string },
  files: UploadedFile[],
): Promise<string> {
  return withTask(db, actor, id, 'report', body.version, async (trx, t) => {
    const reportId = randomUUID();
    await dq.insertProgress(trx, {
      id: reportId,
      task_id: id,
      person_id: actor.personId,
      account_id: actor.accountId,
      progress: body.progress,
      note: body.note,
    });
    const stored = [];
    for (const f of files) {
      const sha256 = createHash('sha256').update(f.content).digest('hex');
      const fileId = randomUUID();
      await dq.insertAttachment(trx, {
        id: fileId,
        owner_type: 'task_progress',
        owner_id: reportId,
        file_name: f.fileName,
        mime_type: f.mimeType,
        size_bytes: f.content.length,
        sha256,
        content: f.content,
        uploaded_by: actor.accountId,
      });
      stored.push({ id: fileId, fileName: f.fileName, sizeBytes: f.content.length, sha256 });
    }
    const started = t.row.status === 'new' || t.row.status === 'accepted';
    await applyChange(
      trx,
      ctx,
      t,
      'task.progress',
      {
        progress: body.progress,
        ...(started ? { status: 'in_progress' as const, acknowledged_at: t.row.acknowledged_at ?? new Date() } : {}),
      },
      { reportId, note: body.note, attachments: stored },
    );
    return reportId;
  });
}

/** The attachment if its task lies in the actor's reading scope, else 404. */
export async function attachmentForDownload(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await dq.attachmentWithTask(db, id);
  if (!row || !(await unitInSubtrees(db, readRoots(actor), row.unit_id))) throw notFound();
  return row;
}
