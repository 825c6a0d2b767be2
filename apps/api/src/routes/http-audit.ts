import type { LoginResult } from '@kntc/api';
import { appendAudit, digestRows, schema, vaultDigest, type Db, type SessionUser, type VaultKeyring } from '@kntc/db';

type Request = { id: string; ip: string };

const failureNotes: Partial<Record<Extract<LoginResult, { ok: false }>['reason'], string>> = {
  wrong: 'Sai tên đăng nhập hoặc mật khẩu',
  totpWrong: 'Sai mã xác thực hai bước',
  throttled: 'Từ chối do nhập sai quá nhiều lần',
};

/** Which failed sign-ins the log records: the steps that merely ask for more are not failures. */
export const isAuditedFailure = (reason: Extract<LoginResult, { ok: false }>['reason']) => reason in failureNotes;

const who = (user: SessionUser | null) => ({ agencyId: user?.agencyId ?? null, actorId: user?.id ?? null, actorRole: user?.role ?? null });

/** A successful sign-in, as the official it opened a session for. */
export const auditLogin = (db: Db, req: Request, at: Date, user: SessionUser | null) =>
  appendAudit(db, { at, action: 'auth.login', ...who(user), entity: 'users', entityId: user?.id ?? null, requestId: req.id, ipAddress: req.ip });

export const auditLogout = (db: Db, req: Request, at: Date, user: SessionUser) =>
  appendAudit(db, { at, action: 'auth.logout', ...who(user), entity: 'users', entityId: user.id, requestId: req.id, ipAddress: req.ip });

/**
 * A refused sign-in. The typed username is kept only as a keyed digest: it is sometimes a password
 * typed into the wrong field, yet the auditor can still see many failures aimed at one name.
 */
export function auditLoginFailure(
  db: Db,
  req: Request,
  at: Date,
  params: { reason: Extract<LoginResult, { ok: false }>['reason']; username: string; vault: VaultKeyring },
) {
  const digest = vaultDigest(params.vault, 'audit.login-username', params.username.trim().toLowerCase());
  const note = `${failureNotes[params.reason] ?? params.reason}; mã băm tên đăng nhập: ${digest.slice(0, 32)}`;
  return appendAudit(db, { at, action: 'auth.login_failed', entity: 'users', note, requestId: req.id, ipAddress: req.ip });
}

/** An uploaded attachment, in the transaction that records it; the digest covers the new row. */
export async function auditUpload(db: Db, req: Request, at: Date, user: SessionUser, attachmentId: string) {
  return appendAudit(db, {
    at,
    action: 'files.upload',
    ...who(user),
    entity: 'attachments',
    entityId: attachmentId,
    afterDigest: await digestRows(db, schema.attachments, schema.attachments.id, [attachmentId]),
    requestId: req.id,
    ipAddress: req.ip,
  });
}
