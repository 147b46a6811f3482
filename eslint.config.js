import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'mocks/worker/mockServiceWorker.js', 'data', 'src/server/db/migrations'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The contract is the API's single source of truth: zod only.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\./).*', message: 'src/contract imports zod only.' }] }],
    },
  },
  {
    // The browser app never pulls in server code, and talks to the contract by type only: zod stays
    // out of the browser. The contract's plain lists are in src/contract/values.ts, which has no zod.
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: {
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/server/*', '**/server/*'], message: 'The app never imports server code.' },
            {
              group: ['@/contract/*', '!@/contract/values.ts', 'zod'],
              allowTypeImports: true,
              message: 'The app uses the contract by type only; plain values are in @/contract/values.ts.',
            },
          ],
        },
      ],
    },
  },
);
