import type { Database } from '../../db/connect.js';
import type { AuditTrail } from '../../kernel/audit.js';
import type { Clock } from '../../kernel/clock.js';
import type { PersonalDataCipher } from '../../kernel/crypto.js';
import type { CatalogService } from '../catalog/index.js';
import type { SubjectService } from '../subjects/index.js';
import type { WebhookTransport } from './webhook-transport.js';

export interface MonitoringDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  subjects: Pick<SubjectService, 'getByCode'>;
  /** record type names for notices */
  catalog: Pick<CatalogService, 'get'>;
  /** seals webhook signing secrets at rest (the platform cipher, AES-256-GCM) */
  secretBox: Pick<PersonalDataCipher, 'encrypt' | 'decrypt'>;
  /**
   * Let webhooks target loopback, private and link-local addresses. Off in
   * production (SSRF: a URL must not reach the platform's own network); on
   * elsewhere, so a developer can point a webhook at localhost.
   */
  allowPrivateWebhookTargets: boolean;
  /** how old an outbox row must be before the pump reads it (default 10 s; see docs/monitoring.md) */
  feedLagMs?: number;
  /** the HTTP client for deliveries (default: node:http(s) with the private-address guard) */
  transport?: WebhookTransport;
  /** most subjects one follower may follow (default 1,000) */
  maxFollows?: number;
}
