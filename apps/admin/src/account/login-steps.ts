/**
 * Sign-in can take up to three steps on the same address (apps/api routes/auth.ts): the password,
 * then a new password when the current one is an administrator's temporary one, then the code of
 * the authenticator app. The server answers each unfinished step without opening a session; the
 * login form reads which step comes next from the error the auth provider throws.
 */
export type LoginStepName = 'newPassword' | 'totp';

export class LoginStepRequired extends Error {
  constructor(
    readonly step: LoginStepName,
    message: string,
    /** Messages for the inputs of this step (a new password refused, a wrong code). */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'LoginStepRequired';
  }
}

export const isLoginStep = (error: unknown): error is LoginStepRequired => error instanceof LoginStepRequired;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * The next step the server asks for, or undefined when the answer is a plain success or failure.
 * A wrong code keeps the form on the code step, with the server's message under the input.
 */
export function loginStepOf(status: number, body: unknown): LoginStepRequired | undefined {
  if (!isRecord(body)) return undefined;
  const message = text(body.message) ?? '';
  if (body.passwordChangeRequired === true) return new LoginStepRequired('newPassword', message);
  if (status === 400 && isRecord(body.fieldErrors) && 'newPassword' in body.fieldErrors) {
    return new LoginStepRequired('newPassword', message, stringRecord(body.fieldErrors));
  }
  if (body.totpRequired === true) {
    return new LoginStepRequired('totp', message, status === 401 ? { totpCode: message } : {});
  }
  return undefined;
}
