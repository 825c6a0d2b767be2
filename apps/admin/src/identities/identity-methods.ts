import type { RouterOutputs } from '@kntc/api/client';
import { HttpError, type Identifier } from 'react-admin';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type RevealedIdentities = RouterOutputs['identities']['reveal'];
export type RevealedSigner = RevealedIdentities['signers'][number];

/** The identity vault's two doors; each call is audited with its reason on the server. */
export type IdentityMethods = {
  revealIdentity(params: { petitionId: Identifier; reason: string }): Promise<{ data: RevealedIdentities }>;
  openSealedDocument(params: { documentId: Identifier; reason: string }): Promise<{ data: { fileName: string; contentBase64: string } }>;
  openSealedAttachment(params: { attachmentId: Identifier; reason: string }): Promise<{ data: Blob }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

/** The sealed scan through POST /api/files/:id/reveal (a file, so not tRPC); refusals keep the server's message. */
async function openSealedAttachment(fetchImpl: typeof fetch, attachmentId: Identifier, reason: string): Promise<{ data: Blob }> {
  const response = await fetchImpl(`/api/files/${encodeURIComponent(String(attachmentId))}/reveal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string; fieldErrors?: Record<string, string> };
    throw new HttpError(body.message ?? 'Không mở được tệp.', response.status, { errors: body.fieldErrors ?? {} });
  }
  return { data: await response.blob() };
}

export const identityMethods = (client: KntcTrpcClient, fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)): IdentityMethods => ({
  openSealedAttachment: ({ attachmentId, reason }) => openSealedAttachment(fetchImpl, attachmentId, reason),
  revealIdentity: ({ petitionId, reason }) => call(() => client.identities.reveal.mutate({ petitionId: String(petitionId), reason })),
  openSealedDocument: ({ documentId, reason }) => call(() => client.identities.openDocument.mutate({ documentId: String(documentId), reason })),
});

/** The reason is the audit log's record of why; the server asks for at least 10 characters. */
export const REASON_MIN_LENGTH = 10;
export const reasonError = (reason: string): string | null =>
  reason.trim().length < REASON_MIN_LENGTH ? 'kntc.identities.reason_too_short' : null;

/** Saves a file in the browser under its name. */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const downloadBase64 = (fileName: string, contentBase64: string, mimeType = DOCX) =>
  downloadBlob(fileName, new Blob([Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0))], { type: mimeType }));
