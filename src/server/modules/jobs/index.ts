// Public surface of the jobs module: start a long job and report its progress.
export { type JobOutcome, allJobsSettled, failInterruptedJobs, failStaleJobs, jobSettled, startJob } from './jobs.service.js';
export { type ImportOutcome, type StoredImportResult, refusedImport } from './jobs.presenter.js';
