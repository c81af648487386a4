// Public surface of the evaluation outputs for other modules: the commendation suggestions, and the
// document model with its PDF/Excel renderers and the Party form heading (planning prints the HD 45
// forms with them).
export { commendations } from './evaluation-reports.service.js';
export { type Block, type DocumentModel, fileTitle, placeDateLine, upper } from './evaluation-reports.document.js';
export { type Issuer, formHeader, issuerOf } from './evaluation-reports.header.js';
export { lineageAt } from './evaluation-reports.documents.queries.js';
export { renderDocumentPdf } from './evaluation-reports.pdf.js';
export { writeDocumentXlsx } from './evaluation-reports.xlsx.js';
export { placeOf } from './evaluation-reports.documents.service.js';
