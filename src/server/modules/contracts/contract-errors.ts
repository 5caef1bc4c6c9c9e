import { AppError } from '../../platform/errors.js';

/** 409 with nothing changed: the contract is not (or no longer) in a state this action starts from. */
export const contractStateConflict = (status: string | null, action: string) =>
  new AppError('CONTRACT_STATE_CONFLICT', `A contract that is ${status ?? 'not generated'} cannot take "${action}"`, [
    { path: 'event', code: 'contract_state_conflict', params: { status: status ?? 'none', event: action } },
  ]);

/** Before the buyer's acceptance there is no contract yet: the actions on it are state conflicts. */
export const noContractYet = (action: string) => contractStateConflict(null, action);

/** A signed copy of anything but the confirmed version. */
export const versionOutdated = (versionNo: number, confirmed: number | null) =>
  new AppError('CONTRACT_VERSION_OUTDATED', `Version ${versionNo} is not the confirmed version`, [
    { path: 'versionNo', code: 'contract_version_outdated', params: { confirmed: confirmed ?? 0 } },
  ]);

export const staffReadOnly = () => new AppError('FORBIDDEN', 'Staff read contracts; only the parties act on them');
