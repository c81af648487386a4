// Public surface of the evaluation outputs for other modules: the commendation suggestions. (The
// document model and its PDF/Excel renderers stay inside until another module prints such a form.)
export { commendations } from './evaluation-reports.service.js';

export { placeOf } from './evaluation-reports.documents.service.js';
