import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import type { CaseDraft } from '@kntc/domain';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type Case = RouterOutputs['cases']['getOne'];
export type CaseDeadline = RouterOutputs['cases']['deadline'];
export type CaseEvent = RouterOutputs['cases']['timeline'][number];
export type VerificationStep = RouterOutputs['cases']['verificationSteps'][number];
export type Measure = RouterOutputs['cases']['measures'][number];
export type IssuedDocument = RouterOutputs['documents']['list'][number];
export type DocumentSubject = RouterInputs['documents']['list']['subjectType'];
export type NewVerificationStep = RouterInputs['cases']['addVerificationStep'];
export type NewMeasure = RouterInputs['cases']['addMeasure'];
export type Official = RouterOutputs['users']['list']['data'][number];
export type BulkAssignResult = RouterOutputs['cases']['assignMany'];

type Versioned = { id: string; version: number };

/** The steps that need nothing but the user's go-ahead (and an optional note for the timeline). */
export const plainCaseSteps = [
  'start_verification',
  'start_dialogue',
  'submit',
  'return_draft',
  'start_enforcement',
  'close',
  'resume',
] as const;
export type PlainCaseStep = (typeof plainCaseSteps)[number];
export type ReasonedCaseStep = 'suspend' | 'terminate' | 'extend';

/**
 * Every change a user can make to a case, named like the timeline names it. Each carries the
 * version the user saw, so a change made meanwhile by someone else is refused, not overwritten.
 */
export type CaseCommand =
  | (Versioned & { action: PlainCaseStep; note?: string | undefined })
  | (Versioned & { action: ReasonedCaseStep; reason: string })
  | (Versioned & { action: 'sign'; resultSummary: string })
  | (Versioned & { action: 'draft' | 'revise_draft'; draft: CaseDraft })
  | (Versioned & { action: 'set_flags'; isComplex: boolean; isRemote: boolean })
  | (Versioned & { action: 'assign'; assigneeId: string });
export type CaseCommandName = CaseCommand['action'];

/** An empty note is no note: the timeline shows nothing rather than a blank line. */
const step = ({ id, version, note }: Versioned & { note?: string | undefined }) => ({
  id,
  version,
  ...(note?.trim() ? { note: note.trim() } : {}),
});

/** Sends a command to its procedure; the switch is exhaustive, so a new command cannot be forgotten. */
export function runCaseCommand(client: KntcTrpcClient, command: CaseCommand): Promise<Case> {
  const { cases } = client;
  switch (command.action) {
    case 'start_verification':
      return cases.startVerification.mutate(step(command));
    case 'start_dialogue':
      return cases.startDialogue.mutate(step(command));
    case 'submit':
      return cases.submit.mutate(step(command));
    case 'return_draft':
      return cases.returnDraft.mutate(step(command));
    case 'start_enforcement':
      return cases.startEnforcement.mutate(step(command));
    case 'close':
      return cases.close.mutate(step(command));
    case 'resume':
      return cases.resume.mutate(step(command));
    case 'suspend':
      return cases.suspend.mutate({ id: command.id, version: command.version, reason: command.reason });
    case 'terminate':
      return cases.terminate.mutate({ id: command.id, version: command.version, reason: command.reason });
    case 'extend':
      return cases.extend.mutate({ id: command.id, version: command.version, reason: command.reason });
    case 'sign':
      return cases.sign.mutate({ id: command.id, version: command.version, resultSummary: command.resultSummary });
    case 'draft':
      return cases.draft.mutate({ id: command.id, version: command.version, draft: command.draft });
    case 'revise_draft':
      return cases.reviseDraft.mutate({ id: command.id, version: command.version, draft: command.draft });
    case 'set_flags':
      return cases.setFlags.mutate({ id: command.id, version: command.version, isComplex: command.isComplex, isRemote: command.isRemote });
    case 'assign':
      return cases.assign.mutate({ id: command.id, version: command.version, assigneeId: command.assigneeId });
  }
}

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

type Read = { id: string; signal?: AbortSignal | undefined };

/**
 * The case screens' calls beyond react-admin's verbs. They join the data provider, so react-admin
 * handles an ended session (401) for them as for any other call.
 */
export function createCaseApi(client: KntcTrpcClient) {
  return {
    caseDeadline: ({ id, signal }: Read) => call(() => client.cases.deadline.query({ id }, { signal })),
    caseTimeline: ({ id, signal }: Read) => call(() => client.cases.timeline.query({ id }, { signal })),
    caseVerificationSteps: ({ id, signal }: Read) => call(() => client.cases.verificationSteps.query({ id }, { signal })),
    caseMeasures: ({ id, signal }: Read) => call(() => client.cases.measures.query({ id }, { signal })),
    /** Documents issued for the case, or for the letter it came from. */
    caseDocuments: ({
      subjectType,
      subjectId,
      signal,
    }: {
      subjectType: DocumentSubject;
      subjectId: string;
      signal?: AbortSignal | undefined;
    }) => call(() => client.documents.list.query({ subjectType, subjectId }, { signal })),
    caseCommand: (command: CaseCommand) => call(() => runCaseCommand(client, command)),
    /** Bulk assignment: each case moves on its own, so one changed meanwhile does not block the rest. */
    caseAssignMany: (input: { ids: string[]; assigneeId: string }) => call(() => client.cases.assignMany.mutate(input)),
    /** The agency's active officials, to assign cases to. */
    caseOfficials: ({ signal }: { signal?: AbortSignal | undefined } = {}) =>
      call(async () => (await client.users.list.query(undefined, { signal })).data),
    caseAddVerificationStep: (input: NewVerificationStep) => call(() => client.cases.addVerificationStep.mutate(input)),
    caseAddMeasure: (input: NewMeasure) => call(() => client.cases.addMeasure.mutate(input)),
    caseCompleteMeasure: (input: { measureId: string; note?: string | undefined }) =>
      call(() =>
        client.cases.completeMeasure.mutate({ measureId: input.measureId, ...(input.note?.trim() ? { note: input.note.trim() } : {}) }),
      ),
  };
}
export type CaseApi = ReturnType<typeof createCaseApi>;
