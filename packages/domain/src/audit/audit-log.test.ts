import { describe, expect, it } from 'vitest';
import { AuditExportInputSchema, AuditFilterSchema, auditActionLabel } from './audit-log.js';

describe('audit log labels and filters', () => {
  it('names known actions, falls back to the area for new ones, and keeps unknown codes', () => {
    expect(auditActionLabel('auth.login_failed')).toBe('Đăng nhập không thành công');
    expect(auditActionLabel('petitions.someNewStep')).toBe('Đơn: someNewStep');
    expect(auditActionLabel('something.else')).toBe('something.else');
  });

  it('accepts a day range in order and refuses one backwards, naming the end date', () => {
    expect(AuditFilterSchema.parse({ from: '2026-01-01', to: '2026-01-31', action: ' petitions ' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      action: 'petitions',
    });
    const backwards = AuditFilterSchema.safeParse({ from: '2026-02-01', to: '2026-01-01' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.path).toEqual(['to']);
    expect(AuditFilterSchema.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(AuditFilterSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });

  it('exports to Excel unless CSV is asked for', () => {
    expect(AuditExportInputSchema.parse({})).toEqual({ format: 'xlsx' });
    expect(AuditExportInputSchema.safeParse({ format: 'pdf' }).success).toBe(false);
  });
});
