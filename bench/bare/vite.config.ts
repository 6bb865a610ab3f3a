import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const repo = resolve(import.meta.dirname, '..', '..')

// The bare React page for bench/firstPaint.bench.ts, built exactly like the app (vite.web.config.ts:
// same Vite, plugin-react, base './', default build options). It lands in dist-web/bench-bare so the
// same `vite preview` server serves both pages in one run; `npm run build:web` wipes it again.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: resolve(repo, process.env.ATLAS_WEB_OUT ?? 'dist-web', 'bench-bare'), emptyOutDir: true }
})
