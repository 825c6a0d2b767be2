import type { AppRouter, RouterInputs, RouterOutputs } from '@kntc/api/client';
import { isTRPCClientError } from '@trpc/client';
import { trpc, type KntcTrpcClient } from '../providers/trpc-client';

export type AccountSecurity = RouterOutputs['account']['security'];
export type TotpEnrolment = RouterOutputs['account']['startTotp'];
export type ChangePasswordInput = RouterInputs['account']['changePassword'];

/** What a small form shows after a refused submission: the server's message and one per input. */
export type FormFailure = { message: string; fieldErrors: Record<string, string>; status: number };

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.';

export function formFailureOf(error: unknown): FormFailure {
  if (!isTRPCClientError<AppRouter>(error)) return { message: NETWORK_MESSAGE, fieldErrors: {}, status: 0 };
  const data = error.data;
  return { message: error.message || NETWORK_MESSAGE, fieldErrors: data?.fieldErrors ?? {}, status: data?.httpStatus ?? 0 };
}

/** "Tài khoản của tôi": the signed-in official's own password and authenticator. */
export const accountApi = (client: KntcTrpcClient = trpc) => ({
  security: (signal?: AbortSignal) => client.account.security.query(undefined, { signal }),
  changePassword: (input: ChangePasswordInput) => client.account.changePassword.mutate(input),
  startTotp: (currentPassword: string) => client.account.startTotp.mutate({ currentPassword }),
  confirmTotp: (code: string) => client.account.confirmTotp.mutate({ code }),
  disableTotp: (code: string) => client.account.disableTotp.mutate({ code }),
});

/** The QR code the server drew, as an image source the back office's CSP allows (img-src data:). */
export const qrImageSource = (svg: string) => `data:image/svg+xml;base64,${btoa(svg)}`;
