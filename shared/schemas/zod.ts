import { z } from 'zod'

// zod compiles object parsers with `new Function` unless told not to, and probes for that when an object
// schema is built: under our CSP (no unsafe-eval) the probe is a script-src violation on every page load.
// Every module that builds schemas imports z from here, so the flag is set before the first schema is
// built, whatever order the bundler puts chunks in. Type-only imports may still come from 'zod'.
z.config({ jitless: true })

export { z }
