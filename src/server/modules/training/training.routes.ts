// /api/training and /api/exemplars: the training record of a person (profile, courses, support payments,
// the standards of the posts held and planned), the unit reports, the Excel import; the register of
// exemplary collectives and individuals with its printed report. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { ImportAccepted, MAX_IMPORT_BYTES } from '../../../contracts/people-excel.js';
import {
  CourseInput,
  DeclineRequest,
  DeleteCourseRequest,
  ExemplarList,
  ExemplarPage,
  ExemplarQuery,
  ExemplarReportQuery,
  ExemplarView,
  NominateRequest,
  PaymentRequest,
  RecogniseRequest,
  StandardsGapList,
  StandardsGapQuery,
  StructureQuery,
  SupportList,
  SupportQuery,
  TrainingRecordView,
  TrainingStructure,
  UnitQuery,
  UpdateCourseRequest,
  UpdateProfileRequest,
} from '../../../contracts/training.js';
import {
  CreatePlanItemRequest,
  DeletePlanItemRequest,
  PlanQuery,
  TrainingPlanView,
  TrainingReportQuery,
  UpdatePlanItemRequest,
} from '../../../contracts/training-plan.js';
import { fieldError } from '../../errors.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { readSingleFile } from '../../http/uploads.js';
import { recordAudit } from '../audit/index.js';
import { renderDocumentPdf, writeDocumentXlsx } from '../evaluation-reports/index.js';
import { startJob } from '../jobs/index.js';
import { looksLikeXlsx } from '../people-excel/index.js';
import { exemplarReport } from './exemplars.report.js';
import { decline, listExemplars, nominate, personExemplars, recognise, unitExemplars } from './exemplars.service.js';
import { createPlanItem, deletePlanItem, trainingPlan, updatePlanItem } from './training-plan.service.js';
import { trainingReport } from './training-reports.documents.js';
import { importTraining } from './training.import.js';
import { assertCanWriteUnitTraining } from './training.policy.js';
import { standardsGaps, supportOfYear, trainingStructure } from './training.reports.js';
import { addCourse, deleteCourse, recordPayment, trainingRecord, updateCourse, updateProfile } from './training.service.js';

const ById = z.object({ id: Id });
const ByUnit = z.object({ unitId: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['training'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ReportQuery = ExemplarReportQuery.extend({ format: z.enum(['pdf', 'xlsx']).default('xlsx') });

export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/training/people/:id', { schema: { tags, params: ById, response: { 200: TrainingRecordView, ...errors } } }, async (req) =>
    trainingRecord(app.db, actorOf(req), req.locale, req.params.id),
  );
  app.put(
    '/training/people/:id/profile',
    { schema: { tags, params: ById, body: UpdateProfileRequest, response: { 200: TrainingRecordView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => updateProfile(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body)),
  );
  app.post(
    '/training/people/:id/courses',
    { schema: { tags, params: ById, body: CourseInput, response: { 201: TrainingRecordView, ...errors } } },
    async (req, reply) => {
      const view = await app.db
        .transaction()
        .execute((trx) => addCourse(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body));
      return reply.status(201).send(view);
    },
  );
  app.put(
    '/training/courses/:id',
    { schema: { tags, params: ById, body: UpdateCourseRequest, response: { 200: TrainingRecordView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => updateCourse(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body)),
  );
  app.post(
    '/training/courses/:id/delete',
    { schema: { tags, params: ById, body: DeleteCourseRequest, response: { 200: TrainingRecordView, ...errors } } },
    async (req) =>
      app.db
        .transaction()
        .execute((trx) => deleteCourse(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body.version)),
  );
  app.post(
    '/training/courses/:id/payments',
    { schema: { tags, params: ById, body: PaymentRequest, response: { 201: TrainingRecordView, ...errors } } },
    async (req, reply) => {
      const view = await app.db
        .transaction()
        .execute((trx) => recordPayment(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/training/units/:unitId/standards-gaps',
    { schema: { tags, params: ByUnit, querystring: StandardsGapQuery, response: { 200: StandardsGapList, ...errors } } },
    async (req) => standardsGaps(app.db, actorOf(req), req.locale, req.params.unitId, req.query),
  );
  app.get(
    '/training/units/:unitId/structure',
    { schema: { tags, params: ByUnit, querystring: StructureQuery, response: { 200: TrainingStructure, ...errors } } },
    async (req) => trainingStructure(app.db, actorOf(req), req.params.unitId, req.query),
  );
  app.get(
    '/training/units/:unitId/support',
    { schema: { tags, params: ByUnit, querystring: SupportQuery, response: { 200: SupportList, ...errors } } },
    async (req) => supportOfYear(app.db, actorOf(req), req.params.unitId, req.query),
  );
  app.get(
    '/training/units/:unitId/report',
    { schema: { tags, params: ByUnit, querystring: TrainingReportQuery, produces: ['application/pdf', XLSX_MIME] } },
    async (req, reply) => {
      const { format, ...query } = req.query;
      const { unitId } = req.params;
      const doc = await trainingReport(app.db, actorOf(req), req.locale, unitId, query);
      const body = format === 'pdf' ? await renderDocumentPdf(doc) : await renderToBuffer((out) => writeDocumentXlsx(out, doc));
      await app.db
        .transaction()
        .execute((trx) =>
          recordAudit(trx, auditContextOf(req), [
            { action: 'training.report', entityType: 'training_report', entityId: unitId, unitId, after: { ...query, format } },
          ]),
        );
      return reply
        .header('content-disposition', attachment(`${doc.fileName}.${format}`))
        .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
        .send(body);
    },
  );

  app.get(
    '/training/units/:unitId/plan',
    { schema: { tags, params: ByUnit, querystring: PlanQuery, response: { 200: TrainingPlanView, ...errors } } },
    async (req) => trainingPlan(app.db, actorOf(req), req.params.unitId, req.query.year),
  );
  app.post(
    '/training/plans',
    { schema: { tags, body: CreatePlanItemRequest, response: { 201: TrainingPlanView, ...errors } } },
    async (req, reply) => {
      const view = await app.db.transaction().execute((trx) => createPlanItem(trx, actorOf(req), auditContextOf(req), req.body));
      return reply.status(201).send(view);
    },
  );
  app.put(
    '/training/plans/:id',
    { schema: { tags, params: ById, body: UpdatePlanItemRequest, response: { 200: TrainingPlanView, ...errors } } },
    async (req) => app.db.transaction().execute((trx) => updatePlanItem(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/training/plans/:id/delete',
    { schema: { tags, params: ById, body: DeletePlanItemRequest, response: { 200: TrainingPlanView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => deletePlanItem(trx, actorOf(req), auditContextOf(req), req.params.id, req.body.version)),
  );

  app.post(
    '/training/import',
    { schema: { tags, querystring: UnitQuery, consumes: ['multipart/form-data'], response: { 202: ImportAccepted, ...errors } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const { unitId } = req.query;
      await assertCanWriteUnitTraining(app.db, actor, unitId);
      const { content } = await readSingleFile(req, {
        field: 'file',
        missingKey: 'v.xlsx_required',
        maxBytes: MAX_IMPORT_BYTES,
        fallbackName: 'tep.xlsx',
      });
      if (!looksLikeXlsx(content)) throw fieldError('file', 'v.xlsx_not_xlsx');
      const ctx = { actor, audit: auditContextOf(req), locale: req.locale };
      const jobId = await startJob(
        app.db,
        { kind: 'training.import', accountId: actor.accountId, unitId, dbKind: app.dbKind, log: req.log },
        async (job) => {
          const out = await importTraining(app.db, { ...ctx, jobId: job.id }, unitId, content, (p) => job.progress(p));
          const total = out.result?.total ?? 0;
          return { status: out.status, total, done: total, result: out.result, error: out.error, errorFile: out.errorFile };
        },
      );
      return reply.code(202).send({ jobId });
    },
  );

  app.get('/exemplars', { schema: { tags, querystring: ExemplarQuery, response: { 200: ExemplarPage, ...errors } } }, async (req) =>
    listExemplars(app.db, actorOf(req), req.query),
  );
  app.post('/exemplars', { schema: { tags, body: NominateRequest, response: { 201: ExemplarView, ...errors } } }, async (req, reply) => {
    const view = await app.db.transaction().execute((trx) => nominate(trx, actorOf(req), auditContextOf(req), req.locale, req.body));
    return reply.status(201).send(view);
  });
  app.post(
    '/exemplars/:id/recognise',
    { schema: { tags, params: ById, body: RecogniseRequest, response: { 200: ExemplarView, ...errors } } },
    async (req) => app.db.transaction().execute((trx) => recognise(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/exemplars/:id/decline',
    { schema: { tags, params: ById, body: DeclineRequest, response: { 200: ExemplarView, ...errors } } },
    async (req) => app.db.transaction().execute((trx) => decline(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );
  app.get('/exemplars/people/:id', { schema: { tags, params: ById, response: { 200: ExemplarList, ...errors } } }, async (req) =>
    personExemplars(app.db, actorOf(req), req.params.id),
  );
  app.get('/exemplars/units/:unitId', { schema: { tags, params: ByUnit, response: { 200: ExemplarList, ...errors } } }, async (req) =>
    unitExemplars(app.db, actorOf(req), req.params.unitId),
  );
  app.get(
    '/exemplars/report',
    { schema: { tags, querystring: ReportQuery, produces: ['application/pdf', XLSX_MIME] } },
    async (req, reply) => {
      const { format, ...query } = req.query;
      const doc = await exemplarReport(app.db, actorOf(req), req.locale, query);
      const body = format === 'pdf' ? await renderDocumentPdf(doc) : await renderToBuffer((out) => writeDocumentXlsx(out, doc));
      await app.db.transaction().execute((trx) =>
        recordAudit(trx, auditContextOf(req), [
          {
            action: 'exemplar.report',
            entityType: 'exemplar',
            entityId: query.unitId,
            unitId: query.unitId,
            after: { ...query, format },
          },
        ]),
      );
      return reply
        .header('content-disposition', attachment(`${doc.fileName}.${format}`))
        .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
        .send(body);
    },
  );
};
