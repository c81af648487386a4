// /api/planning: the post ladder, the terms, plans per unit and term, candidates, approval, ballots and
// the yearly review. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  AddCandidateRequest,
  AddCandidateResult,
  ApprovePlanRequest,
  CreatePlanRequest,
  LadderCodeParams,
  LadderPostView,
  LadderView,
  OverviewQuery,
  PlanningOverview,
  PlanQuery,
  PlanView,
  RecordBallotRequest,
  RecordProcedureRequest,
  CommitteeSizeParams,
  CommitteeSizeView,
  UpdateCommitteeSizeRequest,
  RemoveCandidateRequest,
  ReviewQuery,
  ReviewView,
  SetPostLadderCodeRequest,
  TermList,
  UnitPlans,
  UpdateLadderPostRequest,
} from '../../../contracts/planning.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { recordAudit } from '../audit/index.js';
import { renderDocumentPdf, writeDocumentXlsx } from '../evaluation-reports/index.js';
import { onDisciplineRecorded } from '../conduct/index.js';
import { approvePlan, recordBallot } from './planning.approval.service.js';
import { PLAN_FORMS } from './planning.documents.js';
import { planningOverview } from './planning.overview.service.js';
import { planDocument } from './planning.documents.service.js';
import { getLadder, setPostLadderCode, termViews, updateCommitteeSize, updateLadderPost } from './planning.ladder.service.js';
import { recordProcedure } from './planning.procedure.service.js';
import { removeDisciplined } from './planning.review.service.js';
import { reviewPlan } from './planning.review.service.js';
import { addCandidate, createPlan, getPlan, listUnitPlans, removeCandidate } from './planning.service.js';

const ById = z.object({ id: Id });
const ByUnit = z.object({ unitId: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['planning'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = ['pdf', 'xlsx'] as const;

export const planningRoutes: FastifyPluginAsyncZod = async (app) => {
  // A discipline recorded by the conduct module removes the person from their plans at once (decision 0019).
  onDisciplineRecorded((trx, ctx, event) => removeDisciplined(trx, ctx, event));

  app.get('/planning/ladder', { schema: { tags, response: { 200: LadderView, ...errors } } }, async (req) =>
    getLadder(app.db, actorOf(req), req.locale),
  );

  app.put(
    '/planning/ladder/:code',
    { schema: { tags, params: LadderCodeParams, body: UpdateLadderPostRequest, response: { 200: LadderPostView, ...errors } } },
    async (req) =>
      app.db
        .transaction()
        .execute((trx) => updateLadderPost(trx, actorOf(req), auditContextOf(req), req.locale, req.params.code, req.body)),
  );

  app.put(
    '/planning/posts/:id/ladder-code',
    {
      schema: {
        tags,
        params: ById,
        body: SetPostLadderCodeRequest,
        response: { 200: z.object({ postId: z.string(), ladderCode: z.string().nullable() }), ...errors },
      },
    },
    async (req) =>
      app.db.transaction().execute((trx) => setPostLadderCode(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  app.get('/planning/terms', { schema: { tags, response: { 200: TermList, ...errors } } }, async () => ({
    items: await termViews(app.db),
  }));

  app.get('/planning/units/:unitId/plans', { schema: { tags, params: ByUnit, response: { 200: UnitPlans, ...errors } } }, async (req) =>
    listUnitPlans(app.db, actorOf(req), req.params.unitId),
  );

  app.post(
    '/planning/units/:unitId/procedure',
    { schema: { tags, params: ByUnit, body: RecordProcedureRequest, response: { 201: UnitPlans, ...errors } } },
    async (req, reply) => {
      await app.db.transaction().execute((trx) => recordProcedure(trx, actorOf(req), auditContextOf(req), req.params.unitId, req.body));
      return reply.status(201).send(await listUnitPlans(app.db, actorOf(req), req.params.unitId));
    },
  );

  app.put(
    '/planning/committee-sizes/:unitKind/:termId/:committee',
    { schema: { tags, params: CommitteeSizeParams, body: UpdateCommitteeSizeRequest, response: { 200: CommitteeSizeView, ...errors } } },
    async (req) => app.db.transaction().execute((trx) => updateCommitteeSize(trx, actorOf(req), auditContextOf(req), req.params, req.body)),
  );

  app.post('/planning/plans', { schema: { tags, body: CreatePlanRequest, response: { 201: PlanView, ...errors } } }, async (req, reply) => {
    const view = await app.db.transaction().execute((trx) => createPlan(trx, actorOf(req), auditContextOf(req), req.locale, req.body));
    return reply.status(201).send(view);
  });

  app.get(
    '/planning/plans/:id',
    { schema: { tags, params: ById, querystring: PlanQuery, response: { 200: PlanView, ...errors } } },
    async (req) => getPlan(app.db, actorOf(req), req.locale, req.params.id, req.query.asOf),
  );

  app.post(
    '/planning/plans/:id/candidates',
    { schema: { tags, params: ById, body: AddCandidateRequest, response: { 201: AddCandidateResult, ...errors } } },
    async (req, reply) => {
      const result = await app.db
        .transaction()
        .execute((trx) => addCandidate(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body));
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/planning/candidates/:id/remove',
    { schema: { tags, params: ById, body: RemoveCandidateRequest, response: { 200: PlanView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => removeCandidate(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body)),
  );

  app.post(
    '/planning/plans/:id/approve',
    { schema: { tags, params: ById, body: ApprovePlanRequest, response: { 200: PlanView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => approvePlan(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body)),
  );

  app.post(
    '/planning/plans/:id/ballots',
    { schema: { tags, params: ById, body: RecordBallotRequest, response: { 200: PlanView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => recordBallot(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body)),
  );

  app.get(
    '/planning/overview',
    { schema: { tags, querystring: OverviewQuery, response: { 200: PlanningOverview, ...errors } } },
    async (req) => planningOverview(app.db, actorOf(req), req.locale, req.query),
  );

  app.get(
    '/planning/plans/:id/review',
    { schema: { tags, params: ById, querystring: ReviewQuery, response: { 200: ReviewView, ...errors } } },
    async (req) => reviewPlan(app.db, actorOf(req), req.locale, req.params.id, req.query.year),
  );

  // The HD 45 forms (planning.documents.ts): rendered whole, the export audited, then sent.
  for (const format of FORMATS) {
    for (const form of PLAN_FORMS) {
      app.get(
        `/planning/plans/:id/${form}.${format}`,
        { schema: { tags, params: ById, querystring: PlanQuery, produces: [format === 'pdf' ? 'application/pdf' : XLSX_MIME] } },
        async (req, reply) => {
          const { doc, unitId, asOf } = await planDocument(app.db, actorOf(req), req.locale, req.params.id, form, req.query.asOf);
          const body = format === 'pdf' ? await renderDocumentPdf(doc) : await renderToBuffer((out) => writeDocumentXlsx(out, doc));
          await app.db.transaction().execute((trx) =>
            recordAudit(trx, auditContextOf(req), [
              {
                action: 'planning.export',
                entityType: 'planning_plan',
                entityId: req.params.id,
                unitId,
                after: { document: form, format, asOf },
              },
            ]),
          );
          return reply
            .header('content-disposition', attachment(`${doc.fileName}.${format}`))
            .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
            .send(body);
        },
      );
    }
  }
};
