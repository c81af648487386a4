// Public surface of the evaluation outputs for other modules: the commendation suggestions, and the
// printable document model with its PDF and Excel renderers and the heading of a Party document (the
// register of exemplars prints its report with them).
export { commendations } from './evaluation-reports.service.js';
export type { DocumentModel } from './evaluation-reports.document.js';
export { placeDateLine } from './evaluation-reports.document.js';
export { formHeader, issuerOf } from './evaluation-reports.header.js';
export { lineageAt } from './evaluation-reports.documents.queries.js';
export { renderDocumentPdf } from './evaluation-reports.pdf.js';
export { writeDocumentXlsx } from './evaluation-reports.xlsx.js';
