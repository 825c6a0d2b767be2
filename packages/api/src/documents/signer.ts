import type { Signer } from '@kntc/documents';
import type { SessionUser } from '@kntc/db';

/**
 * How the signing official appears under a document: the director signs in their own name,
 * a deputy "KT." (on behalf of) the director, a unit head "TL." (by delegation).
 */
export function signerOf(user: Pick<SessionUser, 'fullName' | 'position' | 'role'>): Signer {
  const title = (user.position || 'Giám đốc').toLocaleUpperCase('vi');
  switch (user.role) {
    case 'director':
      return { title, name: user.fullName };
    case 'deputy_director':
      return { authority: 'KT. GIÁM ĐỐC', title, name: user.fullName };
    default:
      return { authority: 'TL. GIÁM ĐỐC', title, name: user.fullName };
  }
}
