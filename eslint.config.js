// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Package boundaries from docs/architecture.md, enforced rather than hoped for. */
const boundaries = {
  'packages/domain/**': ['@kntc/db', '@kntc/api', 'drizzle-orm', 'postgres', '@electric-sql/*', 'fastify'],
  'packages/db/**': ['@kntc/api', '@trpc/*', 'fastify'],
  'packages/api/**': ['fastify', 'react', 'react-admin'],
  'apps/admin/**': ['@kntc/db', 'drizzle-orm', 'postgres', '@electric-sql/*', '@node-rs/*', '@trpc/server', '@trpc/server/*'],
  'apps/site/**': ['@kntc/db', 'drizzle-orm', 'postgres', '@electric-sql/*', '@node-rs/*', '@trpc/server', '@trpc/server/*'],
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.astro/**', '**/.data/**', '**/.turbo/**', '**/test-results/**', '**/playwright-report/**', '**/*.astro', 'packages/db/migrations/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  ...Object.entries(boundaries).map(([glob, banned]) => ({
    files: [glob],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: banned.map((group) => ({
            group: [group],
            message: 'This import crosses a package boundary (see docs/architecture.md).',
          })),
        },
      ],
    },
  })),
  {
    // Only env modules read process.env, so every setting is parsed and documented in one place.
    files: ['apps/**/src/**/*.{ts,tsx}', 'packages/**/src/**/*.ts'],
    ignores: ['**/env.ts', '**/*.test.ts', '**/testing/**', '**/cli/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through env.ts.' }],
    },
  },
  {
    files: ['apps/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
