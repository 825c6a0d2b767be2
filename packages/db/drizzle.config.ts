import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; they never need a live database to generate.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
