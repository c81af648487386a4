// /api/tasks: the board, the calendar, the detail, creating (slip, programme, volunteered) and
// the life of a task. Thin: validate, authorise (in the services via the policy), call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  CalendarQuery,
  CalendarResponse,
  TaskAppraise,
  TaskCancel,
  TaskComplete,
  TaskCreate,
  TaskDetail,
  TaskDueChange,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
  VersionBody,
  VolunteerCreate,
} from '../../../contracts/tasks.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { issueTask } from './tasks.create.js';
import { tasksProgressRoutes } from './tasks.progress.routes.js';
import { calendar, listTasks, taskDetail } from './tasks.read.service.js';
import { acknowledgeTask, appraiseTask, cancelTask, changeDueDate, completeTask, startTask, updateTask } from './tasks.service.js';
import { createVolunteerTask } from './tasks.volunteer.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['tasks'];

export const tasksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/tasks', { schema: { tags, querystring: TaskListQuery, response: { 200: TaskPage, ...errors } } }, async (req) =>
    listTasks(app.db, actorOf(req), req.query),
  );

  app.get(
    '/tasks/calendar',
    { schema: { tags, querystring: CalendarQuery, response: { 200: CalendarResponse, ...errors } } },
    async (req) => calendar(app.db, actorOf(req), req.query),
  );

  app.get('/tasks/:id', { schema: { tags, params: ById, response: { 200: TaskDetail, ...errors } } }, async (req) =>
    taskDetail(app.db, actorOf(req), req.params.id),
  );

  app.post('/tasks', { schema: { tags, body: TaskCreate, response: { 201: TaskDetail, ...errors } } }, async (req, reply) => {
    const actor = actorOf(req);
    const id = await issueTask(app.db, actor, auditContextOf(req), req.body);
    return reply.status(201).send(await taskDetail(app.db, actor, id));
  });

  app.post(
    '/tasks/volunteer',
    { schema: { tags, body: VolunteerCreate, response: { 201: TaskDetail, ...errors } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createVolunteerTask(app.db, actor, auditContextOf(req), req.body);
      return reply.status(201).send(await taskDetail(app.db, actor, id));
    },
  );

  app.patch('/tasks/:id', { schema: { tags, params: ById, body: TaskUpdate, response: { 200: TaskDetail, ...errors } } }, async (req) => {
    const actor = actorOf(req);
    await updateTask(app.db, actor, auditContextOf(req), req.params.id, req.body);
    return taskDetail(app.db, actor, req.params.id);
  });

  // The state changes share one shape: validate the body, run the service, answer the detail.
  const action = <S extends z.ZodType>(
    path: string,
    body: S,
    run: (actor: ReturnType<typeof actorOf>, ctx: ReturnType<typeof auditContextOf>, id: string, b: z.infer<S>) => Promise<void>,
  ) =>
    app.post(`/tasks/:id/${path}`, { schema: { tags, params: ById, body, response: { 200: TaskDetail, ...errors } } }, async (req) => {
      const actor = actorOf(req);
      await run(actor, auditContextOf(req), req.params.id, req.body as z.infer<S>);
      return taskDetail(app.db, actor, req.params.id);
    });

  action('acknowledge', VersionBody, (a, c, id, b) => acknowledgeTask(app.db, a, c, id, b.version));
  action('start', VersionBody, (a, c, id, b) => startTask(app.db, a, c, id, b.version));
  action('complete', TaskComplete, (a, c, id, b) => completeTask(app.db, a, c, id, b));
  action('appraise', TaskAppraise, (a, c, id, b) => appraiseTask(app.db, a, c, id, b));
  action('due-date', TaskDueChange, (a, c, id, b) => changeDueDate(app.db, a, c, id, b));
  action('cancel', TaskCancel, (a, c, id, b) => cancelTask(app.db, a, c, id, b));

  await app.register(tasksProgressRoutes);
};
