import multipart, { type MultipartFile } from '@fastify/multipart';
import {
  assertInScope,
  findAttachmentOwner,
  findAttachmentSubject,
  getDocumentFile,
  findSessionUser,
  loadRolePermissions,
  getAttachmentForDownload,
  insertAttachment,
  isProtectedSubject,
  isFileRecorded,
  lockFileContent,
  subjectExists,
  uploadRouteSubjects,
  type AttachmentRecord,
  type DbHandle,
  type ScopedSubject,
  type SessionUser,
} from '@kntc/db';
import { IdSchema, isDomainError, normalizeMultiline, type ActionCode, type PermissionRow } from '@kntc/domain';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { filesDir, type Env } from '../env.js';
import type { Secrets } from '../secrets.js';
import { registerSealedFileRoutes, sealReceived } from './sealed-files.js';
import { idleTimeoutMs, sessionToken } from '../session-cookie.js';
import { auditUpload } from './http-audit.js';
import { BlobStore, FileTooLargeError, type ReceivedFile } from '../storage/blob-store.js';
import { attachmentDisposition, cleanFileName } from '../storage/content-disposition.js';
import { allowedFormatsText, contentMatchesFormat, formatForName, isDeclaredTypeConsistent, type FileFormat } from '../storage/file-types.js';

/** A refusal with its status and the Vietnamese message the user reads. */
class Refusal extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** An upload on its way in: in the temporary folder, hashed, with its checked name and format. */
type IncomingFile = ReceivedFile & { name: string; format: FileFormat };

const UploadFieldsSchema = z.strictObject({
  subjectType: z.enum(uploadRouteSubjects, { error: 'Hãy chọn hồ sơ cần đính kèm tệp (đơn, vụ việc, hoạt động xác minh hoặc mục kế hoạch).' }),
  subjectId: IdSchema,
  description: z
    .string()
    .max(1000, { error: 'Mô tả tệp không được dài quá 1000 ký tự.' })
    .optional()
    .transform((v) => (v === undefined ? null : normalizeMultiline(v) || null)),
  /** The scan shows a protected sender's identity; unsaid, it does whenever the letter is protected. */
  containsIdentity: z
    .enum(['true', 'false'], { error: 'Giá trị "có danh tính" phải là true hoặc false.' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

const errorCode = (error: unknown) =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
const isSystemError = (error: unknown) => error instanceof Error && 'syscall' in error;
/** Errors @fastify/multipart raises with their own 4xx status (too many parts, fields…). */
const hasClientStatus = (error: unknown) =>
  error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;

/** "20 MB", "512 KB": the limit as an official reads it. */
function formatLimit(bytes: number): string {
  const number = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024)} KB`;
  return `${bytes} byte`;
}

export async function registerFileRoutes(app: FastifyInstance, handle: DbHandle, env: Env, secrets: Secrets) {
  const store = new BlobStore(filesDir(env));
  registerSealedFileRoutes(app, handle, env, secrets, store);
  await store.sweepIncoming();
  const tooLarge = () => new Refusal(413, `Tệp vượt quá dung lượng cho phép (tối đa ${formatLimit(env.FILE_MAX_BYTES)}).`);

  /**
   * The signed-in official, if the permission matrix grants their role `action` (as `can` does for
   * tRPC), or one of several actions when which one applies is known only once the request is read.
   */
  async function requireUser(req: FastifyRequest, action: ActionCode | readonly ActionCode[]): Promise<SessionUser & { permissions: PermissionRow }> {
    const token = sessionToken(req, env);
    const user = token ? await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env) }) : null;
    if (!user) throw new Refusal(401, 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
    const permissions = await loadRolePermissions(handle.db, user.role);
    const actions: readonly ActionCode[] = typeof action === 'string' ? [action] : action;
    if (!actions.some((a) => permissions[a])) throw new Refusal(403, 'Bạn không có quyền thực hiện thao tác này.');
    return { ...user, permissions };
  }

  function requirePermission(user: { permissions: PermissionRow }, action: ActionCode) {
    if (!user.permissions[action]) throw new Refusal(403, 'Bạn không có quyền thực hiện thao tác này.');
  }

  /** A plan item's evidence goes by the plan's permissions (the administration office has no case files); everything else by the attachment ones. */
  const uploadActionFor = (subjectType: string): ActionCode => (subjectType === 'plan_item' ? 'plan.write' : 'attachment.write');
  const downloadActionFor = (subjectType: string): ActionCode => (subjectType === 'plan_item' ? 'plan.read' : 'attachment.read');

  /** A file is reachable exactly where the letter or case it belongs to is (the reader's scope); elsewhere NOT_FOUND. */
  async function requireSubjectInScope(user: SessionUser & { permissions: PermissionRow }, subject: { subjectType: string; subjectId: string } | null) {
    if (!subject || subject.subjectType === 'document' || subject.subjectType === 'plan_item') return;
    const subjectType = subject.subjectType as ScopedSubject;
    const scope = user.permissions[subjectType === 'petition' ? 'petition.read' : 'case.read'];
    if (!scope) throw new Refusal(404, 'Không tìm thấy tệp hoặc hồ sơ.');
    await assertInScope(handle.db, { agencyId: user.agencyId, subject: subjectType, id: subject.subjectId, scope: { scope, userId: user.id, unitId: user.unitId } });
  }

  function refuse(reply: FastifyReply, error: unknown) {
    if (error instanceof Refusal) {
      return reply.code(error.statusCode).send({ message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) });
    }
    if (isDomainError(error) && error.code === 'NOT_FOUND') return reply.code(404).send({ message: error.message });
    throw error;
  }

  /** Reads the form; the one file goes to a temporary file as it arrives, never into memory. */
  async function readUpload(req: FastifyRequest) {
    const fields: Record<string, string> = {};
    let received: IncomingFile | undefined;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'field') {
          if (typeof part.value !== 'string' || part.valueTruncated) throw new Refusal(400, `Trường "${part.fieldname}" của biểu mẫu quá dài.`);
          fields[part.fieldname] = part.value;
          continue;
        }
        if (part.fieldname !== 'file' || received) throw new Refusal(400, 'Mỗi lần chỉ tải lên một tệp, trong trường "file".');
        const { name, format } = checkDeclaration(part);
        const file = await store.receive(part.file, env.FILE_MAX_BYTES);
        received = { ...file, name, format };
        if (part.file.truncated) throw tooLarge();
      }
    } catch (error) {
      if (received) await store.discard(received.tempPath);
      if (error instanceof FileTooLargeError || errorCode(error) === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      // Disk and other system errors are ours (500); a body busboy cannot parse is the client's.
      if (error instanceof Refusal || isSystemError(error) || hasClientStatus(error)) throw error;
      throw new Refusal(400, 'Dữ liệu tải lên không hợp lệ hoặc bị gián đoạn. Vui lòng gửi lại tệp.');
    }
    return { fields, received };
  }

  /** Name and declared type are checked before a byte is stored. */
  function checkDeclaration(part: MultipartFile): { name: string; format: FileFormat } {
    const name = cleanFileName(part.filename);
    if (!name) throw new Refusal(400, 'Tệp tải lên phải có tên.', { file: 'Tệp tải lên phải có tên.' });
    const format = formatForName(name);
    if (!format) {
      throw new Refusal(415, `Định dạng tệp không được hỗ trợ. Chỉ nhận các tệp ${allowedFormatsText}.`, {
        file: `Chỉ nhận các tệp ${allowedFormatsText}.`,
      });
    }
    if (!isDeclaredTypeConsistent(format, part.mimetype)) {
      throw new Refusal(400, `Loại tệp được khai báo không khớp với định dạng ${format.label} của tên tệp.`);
    }
    return { name, format };
  }

  /**
   * Puts the blob in place and records it in one transaction, under the per-hash lock. If
   * the database write fails, a blob this upload created is removed unless a committed
   * row has meanwhile come to reference it.
   */
  async function saveAttachment(
    received: IncomingFile,
    user: SessionUser,
    data: z.output<typeof UploadFieldsSchema>,
    req: { id: string; ip: string; log: FastifyBaseLogger },
  ): Promise<AttachmentRecord> {
    const log = req.log;
    let placed = { isNew: false };
    try {
      return await handle.db.transaction(async (tx) => {
        await lockFileContent(tx, received.sha256);
        placed = await store.place(received.tempPath, received.sha256);
        const record = await insertAttachment(tx, {
          agencyId: user.agencyId,
          subjectType: data.subjectType,
          subjectId: data.subjectId,
          userId: user.id,
          file: { sha256: received.sha256, size: received.size, mimeType: received.format.mimeType },
          originalName: received.name,
          description: data.description,
          containsIdentity: data.containsIdentity ?? false,
        });
        await auditUpload(tx, req, new Date(), user, record.id);
        return record;
      });
    } catch (error) {
      if (placed.isNew) {
        await handle.db
          .transaction(async (tx) => {
            await lockFileContent(tx, received.sha256);
            if (!(await isFileRecorded(tx, received.sha256))) await store.remove(received.sha256);
          })
          .catch((err: unknown) => log.error({ err, sha256: received.sha256 }, 'orphan blob clean-up failed'));
      }
      throw error;
    }
  }

  await app.register(async (scope) => {
    // Scoped: only this route accepts multipart bodies.
    await scope.register(multipart, {
      limits: { fileSize: env.FILE_MAX_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12, headerPairs: 50 },
    });

    scope.post('/api/files', async (req, reply) => {
      let received: IncomingFile | undefined;
      try {
        const user = await requireUser(req, ['attachment.write', 'plan.write']);
        if (!req.isMultipart()) throw new Refusal(415, 'Hãy gửi tệp bằng biểu mẫu tải lên (multipart/form-data).');
        const upload = await readUpload(req);
        received = upload.received;
        const parsed = UploadFieldsSchema.safeParse(upload.fields);
        if (!parsed.success) {
          const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'root', i.message]));
          throw new Refusal(400, 'Dữ liệu nhập chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.', fieldErrors);
        }
        requirePermission(user, uploadActionFor(parsed.data.subjectType));
        if (!received) throw new Refusal(400, 'Hãy chọn tệp cần tải lên.', { file: 'Hãy chọn tệp cần tải lên.' });
        if (received.size === 0) throw new Refusal(400, 'Tệp tải lên đang rỗng.', { file: 'Tệp tải lên đang rỗng.' });
        const ref = { agencyId: user.agencyId, subjectType: parsed.data.subjectType, subjectId: parsed.data.subjectId };
        if (!(await subjectExists(handle.db, ref))) throw new Refusal(404, 'Không tìm thấy hồ sơ cần đính kèm tệp.');
        await requireSubjectInScope(user, ref);
        if (!(await contentMatchesFormat(received.format, received.head, received.tempPath))) {
          throw new Refusal(400, `Nội dung tệp không khớp với định dạng ${received.format.label}.`, {
            file: `Nội dung tệp không khớp với định dạng ${received.format.label}.`,
          });
        }
        // A scan showing a protected sender is stored sealed, like the identity itself.
        const containsIdentity = parsed.data.containsIdentity ?? (await isProtectedSubject(handle.db, ref));
        if (containsIdentity) received = await sealReceived(store, received, secrets.vault);
        const record = await saveAttachment(received, user, { ...parsed.data, containsIdentity }, req);
        return reply.code(201).send(record);
      } catch (error) {
        return refuse(reply, error);
      } finally {
        // Gone already when the upload was placed; otherwise nothing may be left behind.
        if (received) await store.discard(received.tempPath);
      }
    });

    scope.get<{ Params: { attachmentId: string } }>('/api/files/:attachmentId', async (req, reply) => {
      try {
        const user = await requireUser(req, ['attachment.read', 'plan.read']);
        const id = IdSchema.safeParse(req.params.attachmentId);
        if (!id.success) throw new Refusal(404, 'Không tìm thấy tệp đính kèm.');
        const owner = await findAttachmentOwner(handle.db, { agencyId: user.agencyId, id: id.data });
        if (!owner) throw new Refusal(404, 'Không tìm thấy tệp đính kèm.');
        requirePermission(user, downloadActionFor(owner.subjectType));
        await requireSubjectInScope(user, await findAttachmentSubject(handle.db, { agencyId: user.agencyId, id: id.data }));
        const file = await getAttachmentForDownload(handle.db, { agencyId: user.agencyId, id: id.data });
        if (file.containsIdentity) throw new Refusal(403, 'Tệp này thể hiện danh tính được bảo mật. Người có quyền hãy mở bằng nút "Xem tệp" và ghi lý do.');
        const stream = await store.open(file.sha256);
        return reply
          .header('Content-Type', file.mimeType)
          .header('Content-Length', String(file.size))
          .header('Content-Disposition', attachmentDisposition(file.originalName))
          .header('X-Content-Type-Options', 'nosniff')
          .header('Cache-Control', 'no-store')
          .send(stream);
      } catch (error) {
        return refuse(reply, error);
      }
    });

    /** A document the agency issued (.docx rendered at issue time), as an attachment. */
    scope.get<{ Params: { documentId: string } }>('/api/documents/:documentId', async (req, reply) => {
      try {
        const user = await requireUser(req, 'document.read');
        const id = IdSchema.safeParse(req.params.documentId);
        if (!id.success) throw new Refusal(404, 'Không tìm thấy văn bản.');
        const doc = await getDocumentFile(handle.db, { agencyId: user.agencyId, id: id.data });
        await requireSubjectInScope(user, doc);
        // Stored sealed because it names a protected sender: opened only through identities.openDocument, with a reason.
        if (doc.isSealed) throw new Refusal(403, 'Văn bản này ghi danh tính được bảo mật. Người có quyền hãy mở bằng nút "Xem danh tính" và ghi lý do.');
        return reply
          .header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('Content-Length', String(doc.content.length))
          .header('Content-Disposition', attachmentDisposition(doc.fileName))
          .header('X-Content-Type-Options', 'nosniff')
          .header('Cache-Control', 'no-store')
          .send(doc.content);
      } catch (error) {
        return refuse(reply, error);
      }
    });
  });
}
