import type { Database } from '../../db/connect.js';
import type { AuditTrail } from '../../kernel/audit.js';
import type { Clock } from '../../kernel/clock.js';
import type { AccountsService } from '../accounts/index.js';
import type { AgencyRegistry } from '../agencies/index.js';
import type { CalendarService } from '../calendar/index.js';
import type { SubjectService } from '../subjects/index.js';
import type { Notify } from './ports.js';
import type { ComplaintDeadlines } from './schema.js';

export interface ComplaintServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  calendar: Pick<CalendarService, 'calendar'>;
  subjects: Pick<SubjectService, 'getByCode'>;
  accounts: Pick<AccountsService, 'getDepartment'>;
  agencies: Pick<AgencyRegistry, 'find'>;
  /** notifications.notify; by default nobody is told */
  notify?: Notify;
  /** working days per open status; DEFAULT_COMPLAINT_DEADLINES by default */
  deadlines?: Partial<ComplaintDeadlines>;
}
