// /api/party-cells: new-member development (targets, progress, candidates) and upper-level cadres at
// cells (the monthly roster, reports, the task a concern becomes) — decision 0033. Registered by
// party-cells.routes.ts. Thin: validate, authorise, call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id, QueryInt } from '../../../contracts/common.js';
import {
  AssignRosterRequest,
  CandidatePage,
  CandidateView,
  CandidatesQuery,
  CreateCandidateRequest,
  ProgressQuery,
  ProgressView,
  RosterQuery,
  RosterReportRequest,
  RosterRow,
  RosterTaskRequest,
  RosterView,
  StageRequest,
  TargetRequest,
  TargetView,
} from '../../../contracts/party-cells-recruitment.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { candidates, createCandidate, progress, recordStage, setTarget } from './party-cells.recruitment.service.js';
import { assignRoster, myRoster, reportRoster, roster, rosterTask } from './party-cells.roster.service.js';

const ById = z.object({ id: Id });
const ByCell = z.object({ cellId: Id });
const ByUnit = z.object({ unitId: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['party-cells'];

export const partyCellsRecruitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/party-cells/units/:unitId/recruitment',
    {
      schema: {
        tags,
        summary: 'New members against the year’s target per unit at a date, last year beside it, and the pipeline',
        params: ByUnit,
        querystring: ProgressQuery,
        response: { 200: ProgressView, ...errors },
      },
    },
    async (req) => progress(app.db, actorOf(req), req.params.unitId, req.query),
  );

  app.put(
    '/party-cells/units/:unitId/recruitment/targets/:year',
    {
      schema: {
        tags,
        summary: 'Set a unit’s new-member target for a year (the level above; a split over the parent needs its reason)',
        params: ByUnit.extend({ year: QueryInt(1930, 2200) }),
        body: TargetRequest,
        response: { 200: TargetView, ...errors },
      },
    },
    async (req) => setTarget(app.db, actorOf(req), auditContextOf(req), req.params.unitId, req.params.year, req.body),
  );

  app.get(
    '/party-cells/units/:unitId/candidates',
    {
      schema: {
        tags,
        summary: 'Candidates for admission in the unit’s cells, paged',
        params: ByUnit,
        querystring: CandidatesQuery,
        response: { 200: CandidatePage, ...errors },
      },
    },
    async (req) => candidates(app.db, actorOf(req), req.params.unitId, req.query),
  );

  app.post(
    '/party-cells/cells/:cellId/candidates',
    {
      schema: {
        tags,
        summary: 'Add an outstanding non-member to the cell’s candidates',
        params: ByCell,
        body: CreateCandidateRequest,
        response: { 201: CandidateView, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCandidate(app.db, actorOf(req), auditContextOf(req), req.params.cellId, req.body)),
  );

  app.post(
    '/party-cells/candidates/:id/stage',
    {
      schema: {
        tags,
        summary: 'Record a candidate’s step (in order; the age rule at the cell’s consideration; the decision creates the membership)',
        params: ById,
        body: StageRequest,
        response: { 200: CandidateView, ...errors },
      },
    },
    async (req) => recordStage(app.db, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body),
  );

  app.get(
    '/party-cells/units/:unitId/roster',
    {
      schema: {
        tags,
        summary: 'The month’s roster of upper-level cadres attending the unit’s cells, paged, with attendance and reports',
        params: ByUnit,
        querystring: RosterQuery,
        response: { 200: RosterView, ...errors },
      },
    },
    async (req) => roster(app.db, actorOf(req), req.params.unitId, req.query),
  );

  app.get(
    '/party-cells/roster/mine',
    { schema: { tags, summary: 'The cells I am assigned to attend', response: { 200: z.array(RosterRow), ...errors } } },
    async (req) => myRoster(app.db, actorOf(req)),
  );

  app.post(
    '/party-cells/cells/:cellId/roster',
    {
      schema: {
        tags,
        summary: 'Assign a cadre to attend the cell’s meeting in a month (the committee above the cell)',
        params: ByCell,
        body: AssignRosterRequest,
        response: { 201: RosterRow, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await assignRoster(app.db, actorOf(req), auditContextOf(req), req.params.cellId, req.body)),
  );

  app.put(
    '/party-cells/roster/:id/report',
    {
      schema: {
        tags,
        summary: 'Report attendance at the cell’s meeting and what was heard (the cadre, or the committee)',
        params: ById,
        body: RosterReportRequest,
        response: { 200: RosterRow, ...errors },
      },
    },
    async (req) => reportRoster(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );

  app.post(
    '/party-cells/roster/:id/task',
    {
      schema: {
        tags,
        summary: 'Turn a cadre’s report into a task of the committee',
        params: ById,
        body: RosterTaskRequest,
        response: { 200: RosterRow, ...errors },
      },
    },
    async (req) => rosterTask(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );
};
