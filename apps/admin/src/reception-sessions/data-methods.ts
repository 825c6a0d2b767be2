import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type ReceptionSession = RouterOutputs['receptionSessions']['getOne'];
export type ReceptionDirectionRow = RouterOutputs['receptionSessions']['directions']['data'][number];
export type MonthWarning = RouterOutputs['receptionSessions']['monthWarnings'][number];
export type SessionVisitChoice = RouterOutputs['receptionSessions']['visitsForRecord'][number];
type In = RouterInputs['receptionSessions'];

/** Lịch tiếp công dân: its named steps besides react-admin's verbs. */
export type ReceptionSessionMethods = {
  sessionMonthWarnings(params: { signal?: AbortSignal | undefined }): Promise<{ data: MonthWarning[] }>;
  publishSession(params: In['publish']): Promise<{ data: RouterOutputs['receptionSessions']['publish'] }>;
  cancelSession(params: In['cancel']): Promise<{ data: RouterOutputs['receptionSessions']['cancel'] }>;
  sessionVisitsForRecord(params: { id: string }): Promise<{ data: SessionVisitChoice[] }>;
  recordSession(params: In['record']): Promise<{ data: RouterOutputs['receptionSessions']['record'] }>;
  completeDirection(params: In['completeDirection']): Promise<{ data: RouterOutputs['receptionSessions']['completeDirection'] }>;
  sessionConclusionFile(params: { id: string }): Promise<{ data: RouterOutputs['receptionSessions']['conclusionFile'] }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const receptionSessionMethods = (client: KntcTrpcClient): ReceptionSessionMethods => ({
  sessionMonthWarnings: ({ signal }) => call(() => client.receptionSessions.monthWarnings.query(undefined, { signal })),
  publishSession: (input) => call(() => client.receptionSessions.publish.mutate(input)),
  cancelSession: (input) => call(() => client.receptionSessions.cancel.mutate(input)),
  sessionVisitsForRecord: (input) => call(() => client.receptionSessions.visitsForRecord.query(input)),
  recordSession: (input) => call(() => client.receptionSessions.record.mutate(input)),
  completeDirection: (input) => call(() => client.receptionSessions.completeDirection.mutate(input)),
  sessionConclusionFile: (input) => call(() => client.receptionSessions.conclusionFile.query(input)),
});
