import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { aliases } from './aliases.config.ts'

export default defineConfig({
  resolve: { alias: aliases() },
  test: {
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}'],
      exclude: [
        '**/*.test.{ts,tsx}',
        '**/*.d.ts',
        '**/__fixtures__/**',
        // Test helpers and fixtures, shared by tests, e2e and benchmarks.
        'renderer/src/testing/**',
        'renderer/src/data/testSupport.ts',
        'shared/domain/brief/briefFixture.ts',
        'shared/domain/dossier/fixtures.ts',
        'shared/domain/stakeholders/testPeople.ts'
      ],
      reporter: ['text-summary'],
      thresholds: {
        'shared/**': { lines: 80 },
        'renderer/src/**': { lines: 70 }
      }
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/data/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto']
        }
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.tsx'],
          // Screen tests click and type through whole screens; on a busy machine a few take seconds.
          testTimeout: 30_000,
          setupFiles: ['fake-indexeddb/auto']
        }
      }
    ]
  }
})
