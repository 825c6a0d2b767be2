#!/usr/bin/env node
// Every test in one command: lint, types, unit and integration (PGlite, plus PostgreSQL when
// TEST_DATABASE_URL or DATABASE_URL is set), then the browser journeys in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureInstalled, pnpm, root } from './ensure-install.mjs';

ensureInstalled();

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log('Cài Chromium của Debian cho các kiểm thử trình duyệt…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  } else {
    console.error(`Không tìm thấy Chromium tại ${chromium}. Cài bằng: sudo apt-get install -y chromium`);
    process.exit(1);
  }
}

const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
pnpm(['lint']);
// The database suites each seed real databases on both engines; running more of them at once
// than there are cores only makes every one of them slower (and their setup time out).
const concurrency = String(Math.max(2, os.availableParallelism()));
execFileSync(turbo, ['run', 'typecheck', 'test', '--output-logs=new-only', `--concurrency=${concurrency}`], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
pnpm(['test:e2e']);
