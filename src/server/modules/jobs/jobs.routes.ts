import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobParams, JobView } from '../../../contracts/jobs.js';
import { XLSX_MIME } from '../../../contracts/people-excel.js';
import { AppError, notFound } from '../../errors.js';
import { actorOf } from '../../http/context.js';
import { attachment } from '../../http/downloads.js';
import { t } from '../../i18n.js';
import { assertOwner } from './jobs.policy.js';
import { presentJob } from './jobs.presenter.js';
import * as q from './jobs.queries.js';

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/jobs/:id', { schema: { tags: ['jobs'], params: JobParams, response: { 200: JobView } } }, async (req) => {
    const actor = actorOf(req);
    const job = await q.jobById(app.db, req.params.id);
    assertOwner(actor, job);
    // The row is the state: any instance answers, whichever one runs the job.
    return presentJob(job, req.locale);
  });

  app.get('/jobs/:id/errors.xlsx', { schema: { tags: ['jobs'], params: JobParams, produces: [XLSX_MIME] } }, async (req, reply) => {
    const actor = actorOf(req);
    const job = await q.errorFileOf(app.db, req.params.id);
    assertOwner(actor, job);
    if (job.status === 'running') throw new AppError(409, 'job_running');
    if (!job.error_file) throw notFound();
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', attachment(`${t(req.locale, 'doc.file.import_errors')} ${req.params.id.slice(0, 8)}.xlsx`))
      .send(Buffer.from(job.error_file));
  });
};
