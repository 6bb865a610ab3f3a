import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { aliases } from './aliases.config.ts'
import { withSyncServers } from './shared/sync/csp.ts'

const root = import.meta.dirname
// ATLAS_WEB_OUT lets two checkouts (or two measurements) build and serve side by side.
export const webOut = resolve(root, process.env.ATLAS_WEB_OUT ?? 'dist-web')

// The browser edition's CSP is a meta tag fixed at build time, so a build that talks to a team server names
// it here (space-separated http(s) addresses); without ATLAS_SYNC_SERVERS connect-src stays 'self'.
const syncServers = (process.env.ATLAS_SYNC_SERVERS ?? '').split(/\s+/).filter(Boolean)
const syncCsp: Plugin = {
  name: 'atlas-sync-csp',
  transformIndexHtml: (html) => html.replace(/(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/, (_, head: string, policy: string) => `${head}${withSyncServers(policy, syncServers)}"`)
}

// The same renderer built for a plain browser: the host layer picks the browser implementation
// when window.api (the Electron preload) is absent. Used by `npm run dev:web` and the e2e tests.
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react(), syncCsp],
  resolve: { alias: aliases() },
  build: { outDir: webOut, emptyOutDir: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 }
})
