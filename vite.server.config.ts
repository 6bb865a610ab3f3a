import { defineConfig } from 'vite'
import { aliases } from './aliases.config.ts'

// The team sync server as one ES module for Node (`node out/server/main.js`). Packages stay in
// node_modules (better-sqlite3 is native and cannot be bundled); only our own sources are bundled.
export default defineConfig({
  resolve: { alias: aliases() },
  ssr: { target: 'node', noExternal: [] },
  build: {
    ssr: 'server/src/main.ts',
    outDir: 'out/server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } }
  }
})
