import { isGovernment, type Actor } from '../../kernel/actor.js';

/** Business systems run checks with a consumer API key (SPEC §1, §13). */
const isConsumerSystem = (a: Actor) => a.kind === 'api_key' && a.apiKeyPurpose === 'consumer';

/** Credit checks: consumer API keys, government users (staff, reviewers, admins) and the local CLI; never anonymous, providers or subjects. */
export const canCheck = (a: Actor) => a.kind === 'system' || isConsumerSystem(a) || isGovernment(a);

/** Checks on persons (by ID number): government users and consumer systems only (SPEC §2: minimum necessary), each audited. */
export const canCheckPersons = (a: Actor) => canCheck(a);

/** Who made a receipt. */
export const isIssuer = (a: Actor, issuer: { type: string; id: string | null }) => a.kind !== 'anonymous' && a.kind === issuer.type && a.id === issuer.id;

/**
 * A receipt by its id (an unguessable UUID v7, handed out with the answer): anyone
 * may verify one about an organisation (SPEC §1: the public verifies a check receipt);
 * one about a person only its issuer, government users and auditors.
 */
export const canReadReceipt = (a: Actor, receipt: { issuerType: string; issuerId: string | null; subjectType: string }) =>
  receipt.subjectType !== 'person' || isIssuer(a, { type: receipt.issuerType, id: receipt.issuerId }) || isGovernment(a) || a.kind === 'system'
  || (a.kind !== 'anonymous' && a.role === 'auditor');

/** Implementation statistics (反馈率): the credit office and auditors. */
export const canSeeCheckStats = (a: Actor) => a.kind === 'system' || isGovernment(a) || (a.kind !== 'anonymous' && a.role === 'auditor');

/** The measure catalogue is edited by administrators (and the local CLI). */
export const canManageMeasures = (a: Actor) => a.kind !== 'anonymous' && a.role === 'admin';
