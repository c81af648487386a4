// Public surface of the evaluation outputs: the document model and its two renderers (another
// module printing a form-like document can reuse them), and who reads the outputs.
export { type Block, type DocumentModel } from './evaluation-reports.document.js';
export { renderDocumentPdf } from './evaluation-reports.pdf.js';
export { writeDocumentXlsx } from './evaluation-reports.xlsx.js';
export { commendations } from './evaluation-reports.service.js';
