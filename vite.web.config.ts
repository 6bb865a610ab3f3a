import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { aliases } from './aliases.config.ts'

const root = import.meta.dirname
// ATLAS_WEB_OUT lets two checkouts (or two measurements) build and serve side by side.
export const webOut = resolve(root, process.env.ATLAS_WEB_OUT ?? 'dist-web')

// The same renderer built for a plain browser: the host layer picks the browser implementation
// when window.api (the Electron preload) is absent. Used by `npm run dev:web` and the e2e tests.
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: aliases() },
  build: { outDir: webOut, emptyOutDir: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 }
})
