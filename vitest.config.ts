import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { aliases } from './aliases.config'

export default defineConfig({
  resolve: { alias: aliases() },
  test: {
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
          setupFiles: ['fake-indexeddb/auto']
        }
      }
    ]
  }
})
