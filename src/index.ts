export { importFile, importBytes, importSource, draftProfile, type ImportOptions } from './pipeline.js';
export { run } from './cli/run.js';
export * from './records/schema.js';
export type { Profile } from './profiles/profile-schema.js';
export { builtinProfiles, loadProfileFile, parseProfile } from './profiles/load-profiles.js';
export { documentsToCsv, type CsvTable } from './write/csv.js';
export { isPdfjsRejection } from './cli/stray-rejections.js';
