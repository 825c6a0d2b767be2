import { caseStatusLabels, type CaseStatus } from '@kntc/domain';
import { commandLabel } from './case-commands';

/** Timeline events that are not commands of the action bar, named by the translations. */
const recordedEvents = [
  'open',
  'verification_step',
  'measure_added',
  'measure_done',
  'publication_draft',
  'publication_review',
  'publication_approve',
  'publication_reopen',
  'publication_publish',
  'publication_take_down',
] as const;
/** Commands outside the state machine, which the translations name. */
const otherCommands: ReadonlySet<string> = new Set(['revise_draft', 'extend', 'set_flags', 'assign']);

/**
 * What a timeline event did, in words: a workflow step by its state-machine label, another
 * recorded event by its translation, and an event this screen does not know yet by its code.
 */
export function eventLabel(action: string): string {
  if ((recordedEvents as readonly string[]).includes(action)) return `kntc.cases.events.${action}`;
  const label = commandLabel(action);
  return label.startsWith('kntc.cases.commands.') && !otherCommands.has(action) ? action : label;
}

const isCaseStatus = (state: string): state is CaseStatus => Object.hasOwn(caseStatusLabels, state);

/** "Đang xác minh → Dự thảo…", or nothing for an event that did not move the case. */
export function stateChange(from: string | null, to: string | null): string | undefined {
  if (!to || from === to) return undefined;
  const name = (state: string) => (isCaseStatus(state) ? caseStatusLabels[state] : state);
  return from ? `${name(from)} → ${name(to)}` : name(to);
}
