import { defaultPermissionMatrix } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { listPath, quickCountsFor } from './quick-counts';

describe('quickCountsFor', () => {
  it('gives officers their cases and the letters to classify, leaders also the proposals to approve', () => {
    expect(quickCountsFor(defaultPermissionMatrix.inspector).map((c) => c.id)).toEqual(['my_cases', 'to_classify']);
    expect(quickCountsFor(defaultPermissionMatrix.unit_head).map((c) => c.id)).toEqual(['my_cases', 'to_classify', 'to_approve']);
    expect(quickCountsFor(defaultPermissionMatrix.director).map((c) => c.id)).toEqual(['my_cases', 'to_classify', 'to_approve']);
  });

  it('gives nothing to roles that handle no letters', () => {
    for (const role of ['sysadmin', 'admin_clerk', 'auditor'] as const) expect(quickCountsFor(defaultPermissionMatrix[role])).toEqual([]);
    expect(quickCountsFor(undefined)).toEqual([]);
  });

  it('counts with the filters of the queues they open', () => {
    const [cases, toClassify, toApprove] = quickCountsFor(defaultPermissionMatrix.director);
    expect(cases?.filter).toEqual({ mine: true, active: true });
    expect(toClassify?.filter).toEqual({ status: 'registered' });
    expect(toApprove?.filter).toEqual({ status: 'pending_approval' });
  });
});

describe('listPath', () => {
  it('puts the filter in the URL as react-admin reads it back', () => {
    const path = listPath('petitions', { status: 'registered' });
    expect(path.startsWith('/petitions?')).toBe(true);
    const query = new URLSearchParams(path.slice(path.indexOf('?') + 1));
    expect(JSON.parse(query.get('filter') ?? 'null')).toEqual({ status: 'registered' });
  });
});
