import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import type { Identifier } from 'react-admin';
import { uploadError } from '../attachments/upload-error';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

type Petition = RouterOutputs['petitions']['getOne'];
/** One outcome of the current classification: allowed, or refused with the rule's reason. */
export type OutcomeOption = RouterOutputs['petitions']['outcomes'][number];
export type DuplicateSuggestion = RouterOutputs['petitions']['suggestDuplicates'][number];
export type TimelineEvent = RouterOutputs['petitions']['timeline'][number];
export type IssuedDocument = RouterOutputs['documents']['list'][number];
export type Attachment = RouterOutputs['attachments']['list'][number];
export type CaseSummary = RouterOutputs['cases']['list']['data'][number];
export type ClassificationInput = RouterInputs['petitions']['classify']['classification'];
export type DocumentSubject = RouterInputs['documents']['list']['subjectType'];
export type AttachmentSubject = RouterInputs['attachments']['list']['subjectType'];
export type SplitItemInput = RouterInputs['petitions']['split']['items'][number];

type Step = { id: Identifier; version: number; note?: string | undefined };
type Loading = { signal?: AbortSignal | undefined };

/** The named steps of a letter's life and the records around it (timeline, documents, files, case). */
export type LetterMethods = {
  classifyPetition(params: { id: Identifier; version: number; classification: ClassificationInput }): Promise<{ data: Petition }>;
  petitionOutcomes(params: { id: Identifier } & Loading): Promise<{ data: OutcomeOption[] }>;
  proposeOutcome(params: Step & { outcome: string; target?: string | undefined }): Promise<{ data: Petition }>;
  approveProposal(params: Step): Promise<{ data: Petition }>;
  rejectProposal(params: Step & { note: string }): Promise<{ data: Petition }>;
  suggestDuplicates(
    params: { sender: { fullName: string; address: string; idNumber?: string | null }; summary: string; excludeId?: Identifier } & Loading,
  ): Promise<{ data: DuplicateSuggestion[] }>;
  markDuplicate(params: Step & { duplicateOfId: Identifier }): Promise<{ data: Petition }>;
  unlinkDuplicate(params: Step): Promise<{ data: Petition }>;
  splitPetition(params: Step & { items: SplitItemInput[] }): Promise<{ data: Petition }>;
  unsplitPetition(params: Step): Promise<{ data: Petition }>;
  splitItems(params: { id: Identifier } & Loading): Promise<{ data: Petition[] }>;
  petitionTimeline(params: { id: Identifier } & Loading): Promise<{ data: TimelineEvent[] }>;
  petitionCases(params: { id: Identifier } & Loading): Promise<{ data: CaseSummary[] }>;
  subjectDocuments(params: { subjectType: DocumentSubject; subjectId: Identifier } & Loading): Promise<{ data: IssuedDocument[] }>;
  subjectAttachments(params: { subjectType: AttachmentSubject; subjectId: Identifier } & Loading): Promise<{ data: Attachment[] }>;
  deleteAttachment(params: { id: Identifier }): Promise<{ data: Attachment }>;
  uploadAttachment(params: {
    subjectType: AttachmentSubject;
    subjectId: Identifier;
    file: File;
    description?: string | undefined;
  }): Promise<{ data: Attachment }>;
};

/** Every failure leaves as react-admin's HttpError, field paths stripped of the input's nesting prefix. */
async function call<T>(run: () => Promise<T>, fieldPrefix?: string): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error, fieldPrefix);
  }
}

/** An omitted optional note is sent as absent, not as an empty string the server would store. */
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

const stepInput = ({ id, version, note }: Step) => {
  const trimmed = optional(note);
  return { id: String(id), version, ...(trimmed === undefined ? {} : { note: trimmed }) };
};

/**
 * The letter workflow over tRPC, and the file upload over plain HTTP (files do not travel as
 * JSON). `fetchImpl` is the browser's fetch; tests pass their own.
 */
export function letterMethods(client: KntcTrpcClient, fetchImpl: typeof fetch = (...args: Parameters<typeof fetch>) => fetch(...args)): LetterMethods {
  const { petitions } = client;
  return {
    classifyPetition: ({ id, version, classification }) =>
      call(() => petitions.classify.mutate({ id: String(id), version, classification }), 'classification.'),

    petitionOutcomes: ({ id, signal }) => call(() => petitions.outcomes.query({ id: String(id) }, { signal })),

    proposeOutcome: ({ outcome, target, ...step }) =>
      call(() => {
        const trimmed = optional(target);
        return petitions.propose.mutate({
          ...stepInput(step),
          // The router checks the outcome against its enum and answers in Vietnamese.
          outcome: outcome as RouterInputs['petitions']['propose']['outcome'],
          ...(trimmed === undefined ? {} : { target: trimmed }),
        });
      }),

    approveProposal: (step) => call(() => petitions.approve.mutate(stepInput(step))),

    rejectProposal: ({ note, ...step }) => call(() => petitions.reject.mutate({ ...stepInput(step), note: note.trim() })),

    suggestDuplicates: ({ sender, summary, excludeId, signal }) =>
      call(() =>
        petitions.suggestDuplicates.query(
          {
            sender: { fullName: sender.fullName, address: sender.address, idNumber: optional(sender.idNumber ?? undefined) ?? null },
            summary,
            ...(excludeId === undefined ? {} : { excludeId: String(excludeId) }),
          },
          { signal },
        ),
      ),

    markDuplicate: ({ duplicateOfId, ...step }) =>
      call(() => petitions.markDuplicate.mutate({ ...stepInput(step), duplicateOfId: String(duplicateOfId) })),

    unlinkDuplicate: (step) => call(() => petitions.unlinkDuplicate.mutate(stepInput(step))),
    splitPetition: ({ items, ...step }) => call(() => petitions.split.mutate({ ...stepInput(step), items })),
    unsplitPetition: (step) => call(() => petitions.unsplit.mutate(stepInput(step))),
    splitItems: ({ id, signal }) =>
      call(async () => (await petitions.list.query({ pagination: { page: 1, perPage: 20 }, sort: { field: 'receiptNumber', order: 'ASC' }, filter: { splitFromId: String(id) } }, { signal })).data),

    petitionTimeline: ({ id, signal }) => call(() => petitions.timeline.query({ id: String(id) }, { signal })),

    petitionCases: ({ id, signal }) =>
      call(async () => {
        // A letter opens at most one case; a page of 10 also shows any reopened by mistake.
        const { data } = await client.cases.list.query({ pagination: { page: 1, perPage: 10 }, filter: { petitionId: String(id) } }, { signal });
        return data;
      }),

    subjectDocuments: ({ subjectType, subjectId, signal }) =>
      call(() => client.documents.list.query({ subjectType, subjectId: String(subjectId) }, { signal })),

    subjectAttachments: ({ subjectType, subjectId, signal }) =>
      call(() => client.attachments.list.query({ subjectType, subjectId: String(subjectId) }, { signal })),

    deleteAttachment: ({ id }) => call(() => client.attachments.delete.mutate({ id: String(id) })),

    uploadAttachment: async ({ subjectType, subjectId, file, description }) => {
      const form = new FormData();
      // Fields before the file: the server reads the multipart stream in order.
      form.append('subjectType', subjectType);
      form.append('subjectId', String(subjectId));
      const trimmed = optional(description);
      if (trimmed !== undefined) form.append('description', trimmed);
      form.append('file', file, file.name);
      let response: Response;
      try {
        response = await fetchImpl('/api/files', { method: 'POST', body: form, headers: { Accept: 'application/json' } });
      } catch {
        throw uploadError(0, null);
      }
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw uploadError(response.status, body);
      return { data: body as Attachment };
    },
  };
}
