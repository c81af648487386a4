// /api/meetings: briefing meetings (giao ban). Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  AgendaInput,
  AttendanceInput,
  ConclusionsInput,
  MeetingDetail,
  MeetingInput,
  MeetingList,
  MeetingListQuery,
  MeetingUpdate,
  VersionInput,
} from '../../../contracts/meetings.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { agendaFromSummary, setAgenda } from './meetings.agenda.js';
import { closeMeeting, setConclusions } from './meetings.conclusions.js';
import { meetingDocumentRoutes } from './meetings.documents.routes.js';
import { createMeeting, listMeetings, meetingDetail, setAttendance, updateMeeting } from './meetings.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['meetings'];

export const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/meetings', { schema: { tags, body: MeetingInput, response: { 201: MeetingDetail, ...errors } } }, async (req, reply) => {
    const actor = actorOf(req);
    const id = await createMeeting(app.db, actor, auditContextOf(req), req.body);
    return reply.status(201).send(await meetingDetail(app.db, actor, id));
  });

  app.get('/meetings', { schema: { tags, querystring: MeetingListQuery, response: { 200: MeetingList, ...errors } } }, async (req) => {
    return listMeetings(app.db, actorOf(req), req.query);
  });

  app.get('/meetings/:id', { schema: { tags, params: ById, response: { 200: MeetingDetail, ...errors } } }, async (req) => {
    return meetingDetail(app.db, actorOf(req), req.params.id);
  });

  app.patch(
    '/meetings/:id',
    { schema: { tags, params: ById, body: MeetingUpdate, response: { 200: MeetingDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await updateMeeting(app.db, actor, auditContextOf(req), req.params.id, req.body);
      return meetingDetail(app.db, actor, req.params.id);
    },
  );

  app.post(
    '/meetings/:id/agenda/from-summary',
    { schema: { tags, params: ById, body: VersionInput, response: { 200: MeetingDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await agendaFromSummary(app.db, actor, auditContextOf(req), req.locale, req.params.id, req.body.version);
      return meetingDetail(app.db, actor, req.params.id);
    },
  );

  app.put(
    '/meetings/:id/agenda',
    { schema: { tags, params: ById, body: AgendaInput, response: { 200: MeetingDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await setAgenda(app.db, actor, auditContextOf(req), req.params.id, req.body);
      return meetingDetail(app.db, actor, req.params.id);
    },
  );

  app.put(
    '/meetings/:id/attendance',
    { schema: { tags, params: ById, body: AttendanceInput, response: { 200: MeetingDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await setAttendance(app.db, actor, auditContextOf(req), req.params.id, req.body);
      return meetingDetail(app.db, actor, req.params.id);
    },
  );

  app.put(
    '/meetings/:id/conclusions',
    { schema: { tags, params: ById, body: ConclusionsInput, response: { 200: MeetingDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await setConclusions(app.db, actor, auditContextOf(req), req.params.id, req.body);
      return meetingDetail(app.db, actor, req.params.id);
    },
  );

  app.post(
    '/meetings/:id/close',
    { schema: { tags, params: ById, body: VersionInput, response: { 200: MeetingDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await closeMeeting(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
      return meetingDetail(app.db, actor, req.params.id);
    },
  );

  await app.register(meetingDocumentRoutes);
};
