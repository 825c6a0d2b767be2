import { spawn } from 'node:child_process';

/** The environment a child process inherits; the caller (a CLI) passes its own process.env. */
export type ChildEnv = Record<string, string | undefined>;

export class ToolMissingError extends Error {}

const missingMessage = (tool: string) =>
  `Không tìm thấy lệnh ${tool}. Sao lưu và khôi phục PostgreSQL cần gói postgresql-client cùng phiên bản chính với máy chủ (15 trở lên), ví dụ: apt-get install postgresql-client-15.`;

/**
 * Runs a PostgreSQL client tool. The password travels in PGPASSWORD, not on the command line,
 * where any user of the machine could read it from the process list.
 */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string, env: ChildEnv): Promise<string> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  const childEnv = { ...env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${target.toString()}`], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new ToolMissingError(missingMessage(tool)) : error));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${tool} dừng với mã ${code}:\n${stderr.trim()}`))));
  });
}

export function pgToolVersion(tool: 'pg_dump' | 'pg_restore', env: ChildEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, ['--version'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new ToolMissingError(missingMessage(tool)) : error));
    child.on('close', (code) => (code === 0 ? resolve(stdout.trim()) : reject(new ToolMissingError(missingMessage(tool)))));
  });
}
