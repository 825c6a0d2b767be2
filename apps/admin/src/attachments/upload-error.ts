import { HttpError } from 'react-admin';
import { nestFieldErrors } from '../providers/http-error';

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.';

/** Refusals that may come from the proxy rather than the API, so without a JSON body. */
const statusMessages: Record<number, string> = {
  401: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  413: 'Tệp vượt quá dung lượng cho phép.',
  502: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
  503: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
  504: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const stringEntries = (value: unknown): Record<string, string> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};

/**
 * A refused upload as react-admin's HttpError: the server's Vietnamese message (size, type,
 * content that does not match its name…), its status so a 401 signs the user out, and any
 * field errors nested as the form expects. Status 0 means the request never got an answer.
 */
export function uploadError(status: number, body: unknown): HttpError {
  const serverMessage = isRecord(body) && typeof body.message === 'string' && body.message ? body.message : undefined;
  const message = serverMessage ?? statusMessages[status] ?? (status === 0 ? NETWORK_MESSAGE : `Tải tệp lên không thành công (mã lỗi ${status}).`);
  const fieldErrors = stringEntries(isRecord(body) ? body.fieldErrors : undefined);
  return new HttpError(message, status, Object.keys(fieldErrors).length > 0 ? { errors: nestFieldErrors(fieldErrors, message) } : {});
}

/** "1,5 MB", "820 KB": sizes as an official reads them. */
export function formatFileSize(bytes: number): string {
  const number = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
