/** The contracts module's public surface. */
export { registerContractsModule, type ContractsModuleDeps } from './contracts.module.js';
export { contracts, contractSignedCopies, contractVersions } from './contracts.tables.js';
/** The orders module runs it inside `accept`: the contract is generated with the acceptance. */
export { contractOnOrderTransition } from './contract-generation.js';
/** The contract's number and model, for the invoices (the commercial invoice names the contract). */
export { contractNumberFor, countryNames } from './contract-model.js';
