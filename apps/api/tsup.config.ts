import { defineConfig } from 'tsup';

// Workspace packages ship TypeScript source, so they are bundled; npm dependencies stay external.
export default defineConfig({
  entry: { main: 'src/main.ts', 'create-admin': 'src/cli/create-admin.ts', 'audit-verify': 'src/cli/audit-verify.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: [/^@kntc\//],
});
