import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { systemActor, anonymousActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { createAuditLog } from '../accounts/index.js';
import { DEFAULT_TYPE_INPUTS } from './defaults/index.js';
import { adminPenalty } from './defaults/admin-penalty.js';
import type { RecordTypeDefinitionInput } from './definition.js';
import { createCatalogService, type CatalogService } from './service.js';
import { samplePenaltyRow } from './testing.js';

const admin: Actor = { ...systemActor, kind: 'user', id: 'admin-1' };
const staff: Actor = { ...admin, id: 'staff-1', role: 'staff' };

/** A small custom type: a street's own honour roll. */
const streetHonour = (overrides: Partial<RecordTypeDefinitionInput> = {}): RecordTypeDefinitionInput => ({
  code: 'street_honour', name: '街道诚信示范户', nameEn: 'Street integrity model', domain: 'society', category: 'commendation', polarity: 'positive',
  fields: [
    { key: 'subjectName', label: '名称', labelEn: 'Name', type: 'text', required: true },
    { key: 'subjectCode', label: '统一社会信用代码', labelEn: 'USCC', type: 'uscc', required: true },
    { key: 'decisionNo', label: '文号', labelEn: 'Number', type: 'text', required: true },
    { key: 'decisionDate', label: '日期', labelEn: 'Date', type: 'date', required: true },
  ],
  roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', docNo: 'decisionNo', decisionDate: 'decisionDate' },
  disclosure: 'public', severity: { kind: 'none' }, legalBasis: ['《南山区社会信用体系建设规划（2013-2020年）》第十一章第三节'],
  source: '粤海街道办事处', subjectTypes: ['enterprise'],
  ...overrides,
});

describeEachDialect('catalogue store', (get) => {
  let catalog: CatalogService;
  beforeAll(() => {
    catalog = createCatalogService({ db: get().db, clock: fixedClock('2026-06-15T02:00:00.000Z'), audit: createAuditLog({ clock: fixedClock('2026-06-15T02:00:00.000Z') }) });
  });
  const auditActions = async () => (await get().db.selectFrom('auditLog').select(['action', 'targetId']).orderBy('seq').execute());

  it('installs the defaults as version 1, once', async () => {
    const first = await catalog.ensureDefaults();
    expect(first.installed).toHaveLength(DEFAULT_TYPE_INPUTS.length);
    expect((await catalog.ensureDefaults()).installed).toEqual([]);
    const again = createCatalogService({ db: get().db, clock: fixedClock('2026-06-16T00:00:00Z'), audit: createAuditLog({ clock: fixedClock('2026-06-16T00:00:00Z') }) });
    expect((await again.ensureDefaults()).installed).toEqual([]);
    expect((await auditActions()).filter((a) => a.action === 'catalog.defaults_install')).toHaveLength(1);
  });

  it('lists the current version of every type and reads one by code', async () => {
    const list = await catalog.list();
    expect(list.map((t) => t.definition.code)).toEqual(DEFAULT_TYPE_INPUTS.map((d) => d.code).sort());
    expect(list.every((t) => t.version === 1)).toBe(true);
    const penalty = await catalog.current('admin_penalty');
    expect(penalty).toMatchObject({ version: 1, publishedAt: '2026-06-15T02:00:00.000Z', publishedBy: null, definition: { name: '行政处罚' } });
  });

  it('refuses unknown types with RECORD_TYPE_UNKNOWN', async () => {
    await expect(catalog.current('no_such_type')).rejects.toMatchObject({ code: 'RECORD_TYPE_UNKNOWN', status: 404 });
    await expect(catalog.get('admin_penalty', 9)).rejects.toMatchObject({ code: 'RECORD_TYPE_UNKNOWN' });
  });

  it('adds a type (admin only, audited) and refuses an existing code', async () => {
    await expect(catalog.addType(staff, streetHonour())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(catalog.addType(anonymousActor(), streetHonour())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const added = await catalog.addType(admin, streetHonour());
    expect(added).toMatchObject({ version: 1, publishedBy: 'admin-1', definition: { code: 'street_honour', rules: [] } });
    await expect(catalog.addType(admin, streetHonour())).rejects.toMatchObject({ code: 'RECORD_TYPE_EXISTS', status: 409 });
    await expect(catalog.addType(admin, { ...adminPenalty })).rejects.toMatchObject({ code: 'RECORD_TYPE_EXISTS' });
    expect(await auditActions()).toContainEqual({ action: 'catalog.type_add', targetId: 'street_honour' });
  });

  it('refuses an incoherent definition with DEFINITION_INVALID', async () => {
    const broken = streetHonour({ code: 'broken_type', roles: { subjectName: 'subjectName', docNo: 'missingField', decisionDate: 'decisionDate' } });
    await expect(catalog.addType(admin, broken)).rejects.toMatchObject({
      code: 'DEFINITION_INVALID', errors: [expect.objectContaining({ field: 'roles.docNo', code: 'DEFINITION_REFERENCE' })],
    });
  });

  it('publishes new versions; old versions stay readable; validators follow the version', async () => {
    const v1 = await catalog.validator('admin_penalty');
    const stricter = { ...adminPenalty, fields: adminPenalty.fields.map((f) => (f.key === 'legalRep' ? { ...f, required: true } : f)) };
    await expect(catalog.publishVersion(staff, 'admin_penalty', stricter)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(catalog.publishVersion(admin, 'admin_license', stricter)).rejects.toMatchObject({ code: 'RECORD_TYPE_CODE_MISMATCH', status: 400 });
    const v2 = await catalog.publishVersion(admin, 'admin_penalty', stricter);
    expect(v2.version).toBe(2);
    expect((await catalog.current('admin_penalty')).version).toBe(2);
    expect((await catalog.get('admin_penalty', 1)).definition.fields.find((f) => f.key === 'legalRep')!.required).toBe(false);
    expect((await catalog.list()).find((t) => t.definition.code === 'admin_penalty')!.version).toBe(2);

    const row = samplePenaltyRow({ subjectCategory: '个体工商户', legalRep: undefined });
    expect(v1.validate(row, { today: '2026-06-15' }).ok).toBe(true);
    const current = await catalog.validator('admin_penalty');
    expect(current.version).toBe(2);
    expect(current.validate(row, { today: '2026-06-15' })).toMatchObject({ ok: false, errors: [{ field: 'legalRep', code: 'FIELD_REQUIRED' }] });
    expect(await catalog.validator('admin_penalty', 2)).toBe(current);
    expect(await catalog.validator('admin_penalty', 1)).toBe(v1);
    expect((await catalog.publishVersion(admin, 'admin_penalty', stricter)).version).toBe(3);
    expect(await auditActions()).toContainEqual({ action: 'catalog.version_publish', targetId: 'admin_penalty' });
  });

  it('installs the defaults on first use when start-up did not', async () => {
    const fresh = createCatalogService({ db: get().db, clock: fixedClock('2026-06-15T02:00:00.000Z'), audit: createAuditLog({ clock: fixedClock('2026-06-15T02:00:00.000Z') }) });
    expect((await fresh.current('street_honour')).version).toBe(1);
    await expect(fresh.current('nothing_here')).rejects.toMatchObject({ code: 'RECORD_TYPE_UNKNOWN' });
  });
});
