import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import {
  appendAudit,
  assertInScope,
  findAttachmentSubject,
  findSessionUser,
  getAttachmentForDownload,
  loadRolePermissions,
  open,
  seal,
  type DbHandle,
  type VaultKeyring,
} from '@kntc/db';
import { IdSchema, IdentityRevealReasonSchema, isDomainError } from '@kntc/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Env } from '../env.js';
import type { Secrets } from '../secrets.js';
import { idleTimeoutMs, sessionToken } from '../session-cookie.js';
import type { BlobStore, ReceivedFile } from '../storage/blob-store.js';
import { attachmentDisposition } from '../storage/content-disposition.js';

/**
 * Scans that show a protected sender (a denouncer's handwriting, signature, ID card) are stored
 * sealed with the vault key, like the identity itself: the files folder and its backups alone show
 * nothing. They download only through the reveal route below, with a reason, audited.
 */
const BLOB_AAD = 'kntc/attachment-blob';

/** Replaces an upload's temporary file by its sealed form; its address becomes the sealed bytes' hash. */
export async function sealReceived<T extends ReceivedFile>(store: BlobStore, received: T, vault: VaultKeyring): Promise<T> {
  const sealed = seal(vault, await readFile(received.tempPath), BLOB_AAD);
  const sealedPath = `${received.tempPath}.sealed`;
  await writeFile(sealedPath, sealed, { mode: 0o600 });
  await store.discard(received.tempPath);
  return { ...received, tempPath: sealedPath, sha256: createHash('sha256').update(sealed).digest('hex'), size: sealed.length };
}

const RevealBodySchema = z.strictObject({ reason: IdentityRevealReasonSchema });

const refusal = (statusCode: number, message: string, fieldErrors?: Record<string, string>) => ({ statusCode, body: { message, ...(fieldErrors ? { fieldErrors } : {}) } });

/** POST /api/files/:attachmentId/reveal {reason}: the sealed scan in clear, for those allowed to reveal identities. */
export function registerSealedFileRoutes(app: FastifyInstance, handle: DbHandle, env: Env, secrets: Secrets, store: BlobStore, now: () => Date = () => new Date()) {
  app.post<{ Params: { attachmentId: string } }>('/api/files/:attachmentId/reveal', async (req, reply) => {
    const refuse = (r: ReturnType<typeof refusal>) => reply.code(r.statusCode).send(r.body);
    const token = sessionToken(req, env);
    const user = token ? await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env) }) : null;
    if (!user) return refuse(refusal(401, 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn.'));
    const permissions = await loadRolePermissions(handle.db, user.role);
    if (!permissions['identity.reveal'] || !permissions['attachment.read']) return refuse(refusal(403, 'Bạn không có quyền thực hiện thao tác này.'));
    if (env.REQUIRE_TOTP_FOR_REVEAL && !user.secondFactor) {
      return refuse(refusal(403, 'Để xem danh tính được bảo mật, phiên làm việc phải được mở bằng mã xác thực hai bước.'));
    }
    const id = IdSchema.safeParse(req.params.attachmentId);
    if (!id.success) return refuse(refusal(404, 'Không tìm thấy tệp đính kèm.'));
    const body = RevealBodySchema.safeParse(req.body);
    if (!body.success) {
      const fieldErrors = Object.fromEntries(body.error.issues.map((i) => [i.path.join('.') || 'root', i.message]));
      return refuse(refusal(400, 'Dữ liệu nhập chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.', fieldErrors));
    }
    try {
      const subject = await findAttachmentSubject(handle.db, { agencyId: user.agencyId, id: id.data });
      if (subject) {
        const scope = permissions[subject.subjectType === 'petition' ? 'petition.read' : 'case.read'];
        if (!scope) return refuse(refusal(404, 'Không tìm thấy tệp hoặc hồ sơ.'));
        await assertInScope(handle.db, { agencyId: user.agencyId, subject: subject.subjectType, id: subject.subjectId, scope: { scope, userId: user.id, unitId: user.unitId } });
      }
      const file = await getAttachmentForDownload(handle.db, { agencyId: user.agencyId, id: id.data });
      const stored = await readFile(store.pathOf(file.sha256));
      const content = file.containsIdentity ? open(secrets.vault, stored, BLOB_AAD) : stored;
      // Recorded before a byte leaves: no audit row, no file.
      await appendAudit(handle.db, {
        at: now(),
        action: 'attachments.reveal',
        entity: 'attachments',
        entityId: id.data,
        agencyId: user.agencyId,
        actorId: user.id,
        actorRole: user.role,
        requestId: req.id,
        ipAddress: req.ip,
        note: body.data.reason,
      });
      return reply
        .header('Content-Type', file.mimeType)
        .header('Content-Length', String(content.length))
        .header('Content-Disposition', attachmentDisposition(file.originalName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'no-store')
        .send(content);
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return refuse(refusal(404, error.message));
      throw error;
    }
  });
}
