/** Generated PDFs (contracts, invoices): models, hashing and the rendering service. */
export * from './document-models.js';
export { canonicalJson, contentSha256, RENDERER_VERSION, type PdfService, type RenderedPdf } from './pdf-service.js';
export { createPdfService, type PdfRenderService, type PdfServiceDeps, type PdfStats } from './create-pdf-service.js';
export { currentContractTemplate } from './layouts/templates.js';
export * from './from-order.js';
