// The import of spreadsheets, shared by `npm run import` and the web app's import page:
// the template (sheets and columns), reading rows, the row checks of the dry run and the
// load in batches through the gateway's import mutations. Browser-safe: no Node APIs.
export * from './template.js';
export * from './vocabulary.js';
export * from './sheet-reader.js';
export * from './plan.js';
export * from './gateway.js';
export * from './load.js';
export * from './summary.js';
