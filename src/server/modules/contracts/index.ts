/** The contracts module's public surface. */
export { registerContractsModule, type ContractsModuleDeps } from './contracts.module.js';
export { contracts, contractSignedCopies, contractVersions } from './contracts.tables.js';
