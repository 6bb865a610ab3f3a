// `npm run bench`: builds the browser renderer, then runs every bench/*.bench.ts in Chromium.
// Each benchmark prints its figures (and ratios against its targets); none fails on timing.
import { execSync } from 'node:child_process'

const run = (command) => execSync(command, { stdio: 'inherit' })
run('node scripts/ensure-browser.mjs')
run('npm run build:web')
// The bare React page that firstPaint.bench.ts compares the app with, into dist-web/bench-bare.
run('npx vite build --config bench/bare/vite.config.ts')
run(`npx playwright test -c bench/bench.config.ts ${process.argv.slice(2).join(' ')}`)
