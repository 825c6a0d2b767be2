#!/usr/bin/env node
// Starts the whole system — API, back office and public site — and prints where they are.
// `--dev` runs the same three in watch mode. Ports and the database come from the environment.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './ensure-install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const host = process.env.HOST ?? '127.0.0.1';
const apiPort = Number(process.env.API_PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 5173);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const apiUrl = `http://${host}:${apiPort}`;
const adminUrl = `http://${host}:${adminPort}`;
const siteUrl = `http://${host}:${sitePort}`;
const bin = (pkg, name) => path.join(root, pkg, 'node_modules', '.bin', name);

ensureInstalled();
// Built directly rather than through turbo, so starting never depends on a package manager on PATH.
if (!dev) {
  console.log('Đang biên dịch API, trang quản trị và cổng công khai…');
  for (const [cwd, tool, args] of [
    ['apps/api', 'tsup', ['--silent']],
    ['apps/admin', 'vite', ['build', '--logLevel', 'warn']],
    ['apps/site', 'astro', ['build', '--silent']],
  ]) {
    execFileSync(bin(cwd, tool), args, { cwd: path.join(root, cwd), stdio: 'inherit' });
  }
}

const children = [];
function start(name, command, args, cwd, env = {}) {
  const child = spawn(command, args, { cwd: path.join(root, cwd), env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} đã dừng (mã ${code ?? signal}). Đang dừng toàn bộ hệ thống.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', r))))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, label, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${label} không khởi động được tại ${url}`);
}

const apiEnv = {
  HOST: host,
  PORT: String(apiPort),
  TRUSTED_ORIGINS: [adminUrl, `http://localhost:${adminPort}`, apiUrl].join(','),
  // Plain HTTP on this machine: Secure cookies would never be sent back. Behind TLS set SECURE_COOKIES=true.
  SECURE_COOKIES: process.env.SECURE_COOKIES ?? 'false',
  // The public site's server calls the API for its visitors and names each one in X-Forwarded-For:
  // trusting it from this machine lets tracking lookups be limited per visitor, not for the whole site.
  TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback',
  // Request logs would bury the addresses printed below; LOG_LEVEL=info shows them.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
if (dev) start('API', bin('apps/api', 'tsx'), ['watch', 'src/main.ts'], 'apps/api', apiEnv);
else start('API', process.execPath, ['dist/main.js'], 'apps/api', { NODE_ENV: process.env.NODE_ENV ?? 'production', ...apiEnv, DEMO_SEED: process.env.DEMO_SEED ?? 'auto' });
await waitFor(`${apiUrl}/healthz`, 'API');

const adminEnv = { KNTC_API_URL: apiUrl };
start('Trang quản trị', bin('apps/admin', 'vite'), [dev ? 'dev' : 'preview', '--host', host, '--port', String(adminPort), '--strictPort'], 'apps/admin', adminEnv);
// Canonical, Open Graph, feed and sitemap links name the site where it is served; behind a proxy set SITE_URL.
const siteEnv = { HOST: host, PORT: String(sitePort), KNTC_API_URL: apiUrl, SITE_URL: process.env.SITE_URL ?? siteUrl };
if (dev) start('Cổng công khai', bin('apps/site', 'astro'), ['dev', '--host', host, '--port', String(sitePort)], 'apps/site', siteEnv);
else start('Cổng công khai', process.execPath, ['dist/server/entry.mjs'], 'apps/site', siteEnv);
await Promise.all([waitFor(adminUrl, 'Trang quản trị'), waitFor(siteUrl, 'Cổng công khai')]);

const db = process.env.DATABASE_URL
  ? 'PostgreSQL (DATABASE_URL)'
  : process.env.PGLITE_DIR === ':memory:'
    ? 'PGlite nhúng, trong bộ nhớ (mất khi dừng)'
    : 'PGlite nhúng trong .data/ (chỉ để dùng thử)';
console.log(`
KNTC đã sẵn sàng — cơ sở dữ liệu: ${db}
  API:               ${apiUrl}   (kiểm tra: ${apiUrl}/healthz)
  Trang quản trị:    ${adminUrl}
  Cổng công khai:    ${siteUrl}

Tài khoản dùng thử (mật khẩu chung: kntc-demo-2026):
  giamdoc (Giám đốc) · phogiamdoc (Phó Giám đốc) · chanhthanhtra (Chánh Thanh tra)
  thanhtravien (Thanh tra viên) · tiepdan (Cán bộ tiếp công dân) · vanthu (Phòng HC-TH)
  quantri (Quản trị hệ thống) · kiemtra (Kiểm tra viên, chỉ xem)
Nhấn Ctrl+C để dừng.
`);
