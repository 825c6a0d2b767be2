import { DomainError } from '../errors/domain-error.js';

/** One step of a workflow: from which states it may run, where it leads, and its Vietnamese name. */
export type Transition<S extends string, A extends string, K extends string = never> = {
  action: A;
  label: string;
  from: readonly S[];
  /** 'previous' returns to the state recorded before (resume, unlink). */
  to: S | 'previous';
  /** Restricts the step to some kinds of item (e.g. dialogue for complaints only). */
  kinds?: readonly K[];
};

export type StateMachine<S extends string, A extends string, K extends string = never> = {
  name: string;
  stateLabels: Record<S, string>;
  transitions: readonly Transition<S, A, K>[];
};

export function availableActions<S extends string, A extends string, K extends string>(
  machine: StateMachine<S, A, K>,
  state: S,
  kind?: K,
): A[] {
  return machine.transitions
    .filter((t) => t.from.includes(state) && (!t.kinds || (kind !== undefined && t.kinds.includes(kind))))
    .map((t) => t.action);
}

/**
 * The state after `action`, or a typed refusal with a reason a user can act on:
 * which states the step needs and what the item is now.
 */
export function nextState<S extends string, A extends string, K extends string>(
  machine: StateMachine<S, A, K>,
  params: { state: S; action: A; kind?: K; previous?: S | null },
): S {
  const transition = machine.transitions.find((t) => t.action === params.action);
  if (!transition) throw new DomainError('INVALID_TRANSITION', `Thao tác không hợp lệ cho ${machine.name}.`);
  if (transition.kinds && (params.kind === undefined || !transition.kinds.includes(params.kind))) {
    throw new DomainError('INVALID_TRANSITION', `Thao tác "${transition.label}" không áp dụng cho loại ${machine.name} này.`);
  }
  if (!transition.from.includes(params.state)) {
    const allowed = transition.from.map((s) => `"${machine.stateLabels[s]}"`).join(', ');
    throw new DomainError(
      'INVALID_TRANSITION',
      `Không thể "${transition.label}" khi ${machine.name} đang ở trạng thái "${machine.stateLabels[params.state]}". Thao tác này chỉ thực hiện được khi ở trạng thái ${allowed}.`,
    );
  }
  if (transition.to === 'previous') {
    if (!params.previous) throw new DomainError('INVALID_TRANSITION', `Không xác định được trạng thái trước đó của ${machine.name}.`);
    return params.previous;
  }
  return transition.to;
}
