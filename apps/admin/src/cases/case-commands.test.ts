import { availableActions, caseMachine, caseStatuses, defaultPermissionMatrix, type CaseKind, type CaseStatus } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import {
  canRecordMeasures,
  canRecordVerification,
  canRunCaseCommand,
  canSetFlags,
  canTakeOver,
  caseCommandsFor,
  commandLabel,
} from './case-commands';

/** A case as the API would send it in a state: the actions are the state machine's own. */
const at = (status: CaseStatus, kind: CaseKind = 'complaint_first', assigneeId: string | null = 'officer') => ({
  kind,
  status,
  assigneeId,
  availableActions: availableActions(caseMachine, status, kind),
});

describe('caseCommandsFor', () => {
  it('offers an inspector the steps the state machine allows, without the signers’ ones', () => {
    expect(caseCommandsFor(at('accepted'), defaultPermissionMatrix.inspector)).toEqual(['start_verification', 'suspend']);
    expect(caseCommandsFor(at('verifying'), defaultPermissionMatrix.inspector)).toEqual(['start_dialogue', 'draft', 'suspend']);
    expect(caseCommandsFor(at('pending_signature'), defaultPermissionMatrix.inspector)).toEqual(['suspend']);
  });

  it('offers the director signing, returning and termination', () => {
    expect(caseCommandsFor(at('pending_signature'), defaultPermissionMatrix.director)).toEqual(['return_draft', 'sign', 'suspend', 'terminate']);
    expect(caseCommandsFor(at('suspended'), defaultPermissionMatrix.deputy_director)).toEqual(['resume', 'terminate']);
  });

  it('puts revising the draft first while drafting', () => {
    expect(caseCommandsFor(at('drafting'), defaultPermissionMatrix.inspector)).toEqual(['revise_draft', 'submit', 'suspend']);
  });

  it('offers extension for running denunciations only, and only to signers', () => {
    expect(caseCommandsFor(at('verifying', 'denunciation'), defaultPermissionMatrix.director)).toContain('extend');
    expect(caseCommandsFor(at('verifying', 'denunciation'), defaultPermissionMatrix.inspector)).not.toContain('extend');
    expect(caseCommandsFor(at('verifying', 'complaint_first'), defaultPermissionMatrix.director)).not.toContain('extend');
    expect(caseCommandsFor(at('issued', 'denunciation'), defaultPermissionMatrix.director)).not.toContain('extend');
    expect(caseCommandsFor(at('suspended', 'denunciation'), defaultPermissionMatrix.director)).not.toContain('extend');
  });

  it('denies dialogue to denunciations, as the state machine does', () => {
    expect(caseCommandsFor(at('verifying', 'denunciation'), defaultPermissionMatrix.inspector)).not.toContain('start_dialogue');
  });

  it('offers nothing to the auditor, to roles outside case work, or before the role is known', () => {
    for (const status of caseStatuses) {
      expect(caseCommandsFor(at(status), defaultPermissionMatrix.auditor)).toEqual([]);
      expect(caseCommandsFor(at(status), defaultPermissionMatrix.admin_clerk)).toEqual([]);
      expect(caseCommandsFor(at(status), undefined)).toEqual([]);
    }
  });

  it('never offers a state-machine step the API did not list', () => {
    for (const status of caseStatuses) {
      const record = at(status, 'denunciation');
      const machineSteps = caseCommandsFor(record, defaultPermissionMatrix.director).filter((c) => caseMachine.transitions.some((t) => t.action === c));
      expect(machineSteps.every((c) => (record.availableActions as readonly string[]).includes(c))).toBe(true);
    }
  });
});

describe('the other case decisions', () => {
  it('changes the flags only while the clock runs', () => {
    expect(canSetFlags(at('verifying'), defaultPermissionMatrix.inspector)).toBe(true);
    expect(canSetFlags(at('issued'), defaultPermissionMatrix.inspector)).toBe(false);
    expect(canSetFlags(at('verifying'), defaultPermissionMatrix.auditor)).toBe(false);
  });

  it('lets an official take over a case held by someone else, until it ends', () => {
    expect(canTakeOver(at('verifying', 'complaint_first', 'someone'), defaultPermissionMatrix.inspector, 'me')).toBe(true);
    expect(canTakeOver(at('verifying', 'complaint_first', 'me'), defaultPermissionMatrix.inspector, 'me')).toBe(false);
    expect(canTakeOver(at('closed', 'complaint_first', 'someone'), defaultPermissionMatrix.inspector, 'me')).toBe(false);
    expect(canTakeOver(at('verifying', 'complaint_first', null), defaultPermissionMatrix.auditor, 'me')).toBe(false);
    expect(canTakeOver(at('verifying', 'complaint_first', null), defaultPermissionMatrix.inspector, undefined)).toBe(false);
  });

  it('records verification while verifying or in dialogue, measures once signed', () => {
    expect(caseStatuses.filter((s) => canRecordVerification(s, defaultPermissionMatrix.inspector))).toEqual(['verifying', 'dialogue']);
    expect(caseStatuses.filter((s) => canRecordMeasures(s, defaultPermissionMatrix.inspector))).toEqual(['issued', 'enforcing']);
    expect(canRecordMeasures('enforcing', defaultPermissionMatrix.auditor)).toBe(false);
  });

  it('checks the permission matrix the way the API does, and knows no other command', () => {
    expect(canRunCaseCommand(defaultPermissionMatrix.inspector, 'draft')).toBe(true);
    expect(canRunCaseCommand(defaultPermissionMatrix.inspector, 'sign')).toBe(false);
    expect(canRunCaseCommand(defaultPermissionMatrix.deputy_director, 'sign')).toBe(true);
    expect(canRunCaseCommand(defaultPermissionMatrix.director, 'purge')).toBe(false);
  });
});

describe('commandLabel', () => {
  it('names a workflow step as the state machine does, the others by a translation key', () => {
    expect(commandLabel('sign')).toBe('Ký ban hành');
    expect(commandLabel('extend')).toBe('kntc.cases.commands.extend');
  });
});
