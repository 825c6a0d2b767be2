import { describe, expect, it } from 'vitest';
import { caseMachine, caseActions } from '../cases/workflow.js';
import { caseStatuses, type CaseStatus } from '../cases/enums.js';
import { petitionMachine } from '../petitions/workflow.js';
import { availableActions, nextState } from './state-machine.js';

describe('case workflow', () => {
  it('runs a complaint from acceptance to closure through dialogue', () => {
    let state: CaseStatus = 'accepted';
    for (const action of ['start_verification', 'start_dialogue', 'draft', 'submit', 'sign', 'start_enforcement', 'close'] as const) {
      state = nextState(caseMachine, { state, action, kind: 'complaint_first' });
    }
    expect(state).toBe('closed');
  });

  it('refuses dialogue for a denunciation and explains a step out of order', () => {
    expect(() => nextState(caseMachine, { state: 'verifying', action: 'start_dialogue', kind: 'denunciation' })).toThrow(/không áp dụng/);
    expect(() => nextState(caseMachine, { state: 'accepted', action: 'sign', kind: 'denunciation' })).toThrow(
      'Không thể "Ký ban hành" khi vụ việc đang ở trạng thái "Đã thụ lý". Thao tác này chỉ thực hiện được khi ở trạng thái "Trình lãnh đạo ký".',
    );
  });

  it('resumes a suspended case where it stopped', () => {
    const suspended = nextState(caseMachine, { state: 'dialogue', action: 'suspend', kind: 'complaint_second' });
    expect(nextState(caseMachine, { state: suspended, action: 'resume', kind: 'complaint_second', previous: 'dialogue' })).toBe('dialogue');
  });

  it('offers exactly the actions that nextState accepts', () => {
    for (const state of caseStatuses) {
      for (const kind of ['complaint_first', 'denunciation'] as const) {
        const offered = new Set(availableActions(caseMachine, state, kind));
        for (const action of caseActions) {
          const ok = (() => {
            try {
              nextState(caseMachine, { state, action, kind, previous: 'verifying' });
              return true;
            } catch {
              return false;
            }
          })();
          expect(ok, `${state} ${kind} ${action}`).toBe(offered.has(action));
        }
      }
    }
  });
});

describe('petition workflow', () => {
  it('registers a draft once', () => {
    expect(nextState(petitionMachine, { state: 'draft', action: 'register' })).toBe('registered');
    expect(() => nextState(petitionMachine, { state: 'registered', action: 'register' })).toThrow(/Vào sổ/);
  });
});
