import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Database work lives in repositories (see docs/development.md, "Writing code that changes data").
    files: ['**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.entity.ts',
      'src/database/**',
      'migrations/**',
      'scripts/**',
      'bench/**',
      'test/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', 'typeorm/*', '@nestjs/typeorm'],
              message:
                'Only repositories, entities and src/database/ use TypeORM: call a repository, and take a Transaction from src/database/transaction.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure heart of each capability: read and tested on its own, with neither Nest nor TypeORM.
    files: [
      'src/inspections/ingest/**/*.ts',
      'src/plans/breakdown/**/*.ts',
      'src/clock/**/*.ts',
      'src/notifications/reminders.ts',
      'src/signoff/sign-off-rules.ts',
      'src/rag/rules.ts',
      'src/rag/movement.ts',
      'src/rag/plan-status.ts',
      'src/rag/snapshot.ts',
      'src/frameworks/**/*.ts',
      'src/presentation/**/*.ts',
    ],
    // The clock's response shapes are API DTOs, documented with Nest's OpenAPI decorators.
    ignores: ['src/clock/clock.dto.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', 'typeorm/*', '@nestjs/*'],
              message: 'Rule modules are pure: no Nest, no TypeORM. Do the I/O in a service or repository.',
            },
          ],
        },
      ],
    },
  },
);
