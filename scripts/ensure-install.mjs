// Lets `pnpm start` and `pnpm test` work on a fresh clone: installs the locked dependencies first if needed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs pnpm with the same pnpm that started this script (npx pnpm@… sets npm_execpath). */
export function pnpm(args, options = {}) {
  const execpath = process.env.npm_execpath;
  const [command, commandArgs] =
    execpath && /pnpm/.test(execpath) ? [process.execPath, [execpath, ...args]] : ['npx', ['--yes', 'pnpm@10.34.9', ...args]];
  execFileSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
}

export function ensureInstalled() {
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  const lockfile = path.join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs) return;
  console.log('Cài đặt các gói phụ thuộc (lần đầu)…');
  pnpm(['install', '--frozen-lockfile']);
}
