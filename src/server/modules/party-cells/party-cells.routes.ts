// /api/party-cells: a cell (members on a day, meetings, flags), memberships, meetings with documents,
// attendance, guests and tasks, dues, the committee's dashboard, a person's Party timeline and a
// member's own cell. Thin: validate, authorise, call, present.
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  AddGuestRequest,
  AssignTaskRequest,
  AttendanceRequest,
  CellQuery,
  CellView,
  CreateMeetingRequest,
  CreateMembershipRequest,
  DashboardQuery,
  DashboardView,
  DuesQuery,
  DuesRequest,
  DuesView,
  EndMembershipRequest,
  FullMembershipRequest,
  MeetingView,
  MembershipView,
  MyCellsView,
  PostDocumentsRequest,
  TimelineView,
  UpdateMeetingRequest,
} from '../../../contracts/party-cells.js';
import { EndStandingRequest, StartStandingRequest } from '../../../contracts/party-cells.js';
import { endStanding, startStanding } from './party-cells.standing.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { renderDocumentPdf, writeDocumentXlsx } from '../evaluation-reports/index.js';
import { audited } from './party-cells.audited.js';
import { meetingReport } from './party-cells.reports.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MeetingReportQuery = z.object({ kind: z.enum(['attendance', 'minutes']), format: z.enum(['pdf', 'xlsx']).default('pdf') });
import { notFound } from '../../errors.js';
import { inScope } from '../../http/access.js';
import { type Actor, type AuditContext, actorOf, auditContextOf } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { dashboard, getCell } from './party-cells.cells.service.js';
import { getDues, myCells, recordDues } from './party-cells.dues.service.js';
import {
  addGuest,
  assignTask,
  createMeeting,
  getMeeting,
  postDocuments,
  takeAttendance,
  updateMeeting,
} from './party-cells.meetings.service.js';
import { createMembership, endMembership, recordFullMembership, timeline } from './party-cells.membership.service.js';
import { personById } from './party-cells.queries.js';
import { partyCellsAdminRoutes } from './party-cells.admin.routes.js';
import { partyCellsRecruitmentRoutes } from './party-cells.recruitment.routes.js';
import { unitOfPerson } from './party-cells.writes.queries.js';

const ById = z.object({ id: Id });
const ByCell = z.object({ cellId: Id });
const ByUnit = z.object({ unitId: Id });
const ByPerson = z.object({ personId: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['party-cells'];

type MeetingWrite<B> = (
  db: FastifyInstance['db'],
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: B,
) => Promise<z.infer<typeof MeetingView>>;

export const partyCellsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/party-cells/cells/:cellId',
    { schema: { tags, params: ByCell, querystring: CellQuery, response: { 200: CellView, ...errors } } },
    async (req) => getCell(app.db, actorOf(req), req.locale, req.params.cellId, req.query.asOf),
  );

  app.post(
    '/party-cells/cells/:cellId/memberships',
    { schema: { tags, params: ByCell, body: CreateMembershipRequest, response: { 201: MembershipView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await createMembership(app.db, actorOf(req), auditContextOf(req), req.locale, req.params.cellId, req.body)),
  );

  app.post(
    '/party-cells/memberships/:id/full',
    { schema: { tags, params: ById, body: FullMembershipRequest, response: { 200: MembershipView, ...errors } } },
    async (req) => recordFullMembership(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );

  app.post(
    '/party-cells/memberships/:id/end',
    { schema: { tags, params: ById, body: EndMembershipRequest, response: { 200: MembershipView, ...errors } } },
    async (req) => endMembership(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );

  app.get(
    '/party-cells/people/:personId/timeline',
    { schema: { tags, params: ByPerson, response: { 200: TimelineView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      const person = await personById(app.db, req.params.personId);
      if (!person) throw notFound();
      const unitId = await unitOfPerson(app.db, person.id);
      const own = actor.personId === person.id;
      if (!own && !(unitId && (await inScope(app.db, actor, 'people.read', unitId)))) throw notFound();
      return { personId: person.id, name: person.name, memberships: await timeline(app.db, person.id) };
    },
  );

  app.post(
    '/party-cells/cells/:cellId/meetings',
    { schema: { tags, params: ByCell, body: CreateMeetingRequest, response: { 201: MeetingView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await createMeeting(app.db, actorOf(req), auditContextOf(req), req.locale, req.params.cellId, req.body)),
  );

  app.get('/party-cells/meetings/:id', { schema: { tags, params: ById, response: { 200: MeetingView, ...errors } } }, async (req) =>
    getMeeting(app.db, actorOf(req), req.locale, req.params.id),
  );

  // The meeting's writes: each takes the body with its version and answers the meeting as it now stands.
  const meetingWrite = <B extends z.ZodTypeAny>(method: 'post' | 'put', suffix: string, body: B, write: MeetingWrite<z.infer<B>>) =>
    app.route({
      method: method.toUpperCase(),
      url: `/party-cells/meetings/:id${suffix}`,
      schema: { tags, params: ById, body, response: { 200: MeetingView, ...errors } },
      handler: async (req) => write(app.db, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body as z.infer<B>),
    });
  meetingWrite('put', '', UpdateMeetingRequest, updateMeeting);
  meetingWrite('post', '/documents', PostDocumentsRequest, postDocuments);
  meetingWrite('put', '/attendance', AttendanceRequest, takeAttendance);
  meetingWrite('post', '/guests', AddGuestRequest, addGuest);
  meetingWrite('post', '/tasks', AssignTaskRequest, assignTask);

  app.get(
    '/party-cells/cells/:cellId/dues',
    { schema: { tags, params: ByCell, querystring: DuesQuery, response: { 200: DuesView, ...errors } } },
    async (req) => getDues(app.db, actorOf(req), req.params.cellId, req.query.month),
  );

  app.put(
    '/party-cells/cells/:cellId/dues',
    { schema: { tags, params: ByCell, body: DuesRequest, response: { 200: DuesView, ...errors } } },
    async (req) => recordDues(app.db, actorOf(req), auditContextOf(req), req.params.cellId, req.body),
  );

  app.get(
    '/party-cells/units/:unitId/dashboard',
    { schema: { tags, params: ByUnit, querystring: DashboardQuery, response: { 200: DashboardView, ...errors } } },
    async (req) => dashboard(app.db, actorOf(req), req.locale, req.params.unitId, req.query),
  );

  app.get('/party-cells/mine', { schema: { tags, response: { 200: MyCellsView, ...errors } } }, async (req) =>
    myCells(app.db, actorOf(req), req.locale),
  );

  // New-member development and upper-level cadres at cells (decision 0033).
  await app.register(partyCellsRecruitmentRoutes);
  // Members from and to Excel, transfers, the HD 06 check, the quarterly reports (decision 0041).
  await app.register(partyCellsAdminRoutes);
  // Session 6 (members): exemption and suspension.
  app.post(
    '/party-cells/memberships/:id/standing',
    { schema: { tags, params: ById, body: StartStandingRequest, response: { 200: MembershipView, ...errors } } },
    async (req) => startStanding(app.db, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body),
  );
  app.post(
    '/party-cells/memberships/:id/standing/end',
    { schema: { tags, params: ById, body: EndStandingRequest, response: { 200: MembershipView, ...errors } } },
    async (req) => endStanding(app.db, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body),
  );
  // Session 6 (members): the meeting's attendance register and minutes, printed as offices print them.
  app.get(
    '/party-cells/meetings/:id/report',
    { schema: { tags, params: ById, querystring: MeetingReportQuery, produces: ['application/pdf', XLSX_MIME] } },
    async (req, reply) => {
      const { doc, cellId } = await meetingReport(app.db, actorOf(req), req.locale, req.params.id, req.query.kind);
      const body = req.query.format === 'pdf' ? await renderDocumentPdf(doc) : await renderToBuffer((out) => writeDocumentXlsx(out, doc));
      await audited(app.db, auditContextOf(req), async () => undefined, {
        action: 'cells.report.download',
        entityType: 'cell_meeting',
        entityId: req.params.id,
        unitId: cellId,
        after: req.query,
      });
      return reply
        .header('content-disposition', attachment(`${doc.fileName}.${req.query.format}`))
        .header('content-type', req.query.format === 'pdf' ? 'application/pdf' : XLSX_MIME)
        .send(body);
    },
  );
};
