import type { Database } from '../../db/connect.js';
import type { AuditTrail } from '../../kernel/audit.js';
import type { Clock } from '../../kernel/clock.js';
import type { PersonalDataCipher } from '../../kernel/crypto.js';
import type { AccountsService } from '../accounts/index.js';
import type { RecordService } from '../records/index.js';
import type { SubjectService } from '../subjects/index.js';

/** What the archive service needs, and nothing more. */
export interface ArchiveDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  /** the keyed hash that matches a person's ID number on activation (the number itself is never read) */
  cipher: Pick<PersonalDataCipher, 'lookupHash'>;
  subjects: Pick<SubjectService, 'getByCode' | 'getById'>;
  records: Pick<RecordService, 'listForSubject' | 'tallyForSubject'>;
  accounts: Pick<AccountsService, 'getDepartment' | 'createSubjectAccount'>;
}
