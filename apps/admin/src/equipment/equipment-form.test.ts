import { maintenanceStateLabels, maintenanceStates } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { equipmentResolver, maintenanceLineResolver, prepareEquipment } from './equipment-form';
import { dueText, maintenanceChip } from './maintenance-chip';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('maintenanceChip', () => {
  it('says each state in the domain words, overdue as danger, due soon as a warning, in time as success', () => {
    expect(maintenanceChip('overdue')).toEqual({ label: 'Quá hạn bảo trì', tone: 'danger' });
    expect(maintenanceChip('due_soon')).toEqual({ label: 'Sắp đến hạn bảo trì', tone: 'warning' });
    expect(maintenanceChip('ok')).toEqual({ label: 'Trong hạn bảo trì', tone: 'success' });
    expect(maintenanceChip('not_applicable')).toMatchObject({ tone: 'neutral' });
  });

  it('never relies on colour alone: every state has its own words', () => {
    const labels = maintenanceStates.map((s) => maintenanceChip(s).label);
    expect(new Set(labels).size).toBe(maintenanceStates.length);
    expect(labels).toEqual(maintenanceStates.map((s) => maintenanceStateLabels[s]));
  });
});

describe('dueText', () => {
  it('counts the days past or before the due date, and says nothing for a device not followed', () => {
    expect(dueText({ dueDate: '2026-10-01', daysLeft: -45 })).toEqual({ key: 'kntc.office.equipment.days_overdue', args: { days: 45, date: '01/10/2026' } });
    expect(dueText({ dueDate: '2026-12-31', daysLeft: 0 })).toEqual({ key: 'kntc.office.equipment.days_left', args: { days: 0, date: '31/12/2026' } });
    expect(dueText({ dueDate: null, daysLeft: null })).toBeNull();
  });
});

describe('equipment forms', () => {
  const device = {
    type: 'printer',
    name: 'Máy in laser A4',
    serial: 'PRN-TCD-2026-01',
    location: 'Phòng tiếp công dân',
    assignedToUserId: '',
    acquiredDate: '2024-01-15',
    status: 'in_use',
    maintenanceIntervalMonths: '',
    note: '',
  };

  it('reads an emptied interval as "not followed" rather than 0 months', async () => {
    expect(prepareEquipment(device)).toMatchObject({ assignedToUserId: null, maintenanceIntervalMonths: null, note: null });
    const result = await equipmentResolver(device, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values.maintenanceIntervalMonths).toBeNull();
  });

  it('refuses an interval of 0 months with the field named', async () => {
    const result = await equipmentResolver({ ...device, maintenanceIntervalMonths: 0 }, undefined, options);
    expect(result.errors).toMatchObject({ maintenanceIntervalMonths: { message: 'Chu kỳ bảo trì ít nhất 1 tháng.' } });
  });

  it('takes a log line without the device and its version, which are added on saving', async () => {
    const line = { date: '2026-11-30', kind: 'security_check', performedBy: 'Trung tâm CNTT', result: 'Đã cập nhật bản vá.', statusAfter: '' };
    const result = await maintenanceLineResolver(line, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ ...line, statusAfter: null });
  });
});
