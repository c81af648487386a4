import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ExportQuery, ImportAccepted, ImportQuery, MAX_IMPORT_BYTES, XLSX_MIME } from '../../../contracts/people-excel.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { fieldError } from '../../errors.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { attachment, streamDownload } from '../../http/downloads.js';
import { readSingleFile } from '../../http/uploads.js';
import { t } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { startJob } from '../jobs/index.js';
import { iteratePeople } from '../people/index.js';
import { writePeopleExport } from './people-excel.export.js';
import { assertCanImportInto, exportAuditUnit, exportShowsCitizenIds, requireExporter, requireImporter } from './people-excel.policy.js';
import { cadreGroupNames, unitName } from './people-excel.queries.js';
import { importPeopleFromBuffer } from './people-excel.service.js';
import { looksLikeXlsx } from './people-excel.sheet.js';
import { buildTemplate } from './people-excel.template.js';

export const peopleExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/people/import/template.xlsx', { schema: { tags: ['people'], produces: [XLSX_MIME] } }, async (req, reply) => {
    requireImporter(actorOf(req));
    const body = await buildTemplate(req.locale);
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', attachment(`${t(req.locale, 'doc.file.template')}.xlsx`))
      .send(body);
  });

  app.post(
    '/people/import',
    { schema: { tags: ['people'], querystring: ImportQuery, consumes: ['multipart/form-data'], response: { 202: ImportAccepted } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const { unitId, mode } = req.query;
      await assertCanImportInto(app.db, actor, unitId);
      const { content: buffer } = await readSingleFile(req, {
        field: 'file',
        missingKey: 'v.xlsx_required',
        maxBytes: MAX_IMPORT_BYTES,
        fallbackName: 'tep.xlsx',
      }); // 413 above 20 MB
      if (!looksLikeXlsx(buffer)) throw fieldError('file', 'v.xlsx_not_xlsx');
      const ctx = { actor, audit: auditContextOf(req), locale: req.locale };
      const jobId = await startJob(
        app.db,
        { kind: 'people.import', accountId: actor.accountId, unitId, dbKind: app.dbKind, log: req.log },
        async (job) => {
          const out = await importPeopleFromBuffer(app.db, { ...ctx, jobId: job.id }, unitId, buffer, mode, (p) => job.progress(p));
          const total = out.result?.total ?? 0;
          return { status: out.status, total, done: total, result: out.result, error: out.error, errorFile: out.errorFile };
        },
      );
      return reply.code(202).send({ jobId });
    },
  );

  app.get('/people/export.xlsx', { schema: { tags: ['people'], querystring: ExportQuery, produces: [XLSX_MIME] } }, async (req, reply) => {
    const actor = actorOf(req);
    requireExporter(actor);
    const filters = req.query;
    const withCitizenId = exportShowsCitizenIds(actor);
    const pages = iteratePeople(app.db, actor, filters, 1000);
    // The first page runs the scope check (404 for a unit outside it) before anything is sent.
    const first = await pages.next();
    const auditUnit = exportAuditUnit(actor, filters.unitId);
    await app.db.transaction().execute((trx) =>
      recordAudit(trx, auditContextOf(req), [
        {
          action: 'people.export',
          entityType: 'people_export',
          entityId: randomUUID(),
          unitId: auditUnit,
          after: { filters, citizenIds: withCitizenId },
        },
      ]),
    );
    const title = (auditUnit && (await unitName(app.db, auditUnit))) || t(req.locale, 'xlsx.export.all_units');
    const groups = new Map((await cadreGroupNames(app.db)).map((g) => [g.code, req.locale === 'en' ? g.name_en : g.name_vi]));
    async function* all() {
      if (!first.done) yield first.value;
      yield* pages;
    }
    // Streamed page by page (memory stays flat for a province); a failure after the headers ends
    // the response cleanly and is logged, never a reset connection (http/downloads.ts).
    const out = streamDownload(req.log, 'people export', (stream) =>
      writePeopleExport(stream, all(), { locale: req.locale, unitName: title, withCitizenId, groups }),
    );
    return reply
      .header('content-type', XLSX_MIME)
      .header(
        'content-disposition',
        attachment(`${t(req.locale, 'doc.file.people')} - ${title} - ${formatViDate(todayInVietnam()).replaceAll('/', '-')}.xlsx`),
      )
      .send(out);
  });
};
