// Preloaded (node --require) into Electron's own installer by installElectron.mjs. The installer draws its
// progress bar on the terminal and, on failure, prints a bare stack trace ("TypeError: fetch failed")
// that hides the network cause. This keeps the progress bar, sends the failure to fd 3 instead of the
// terminal, and adds the cause (e.g. "getaddrinfo ENOTFOUND github.com") so start.mjs can say it plainly.
'use strict'
const { writeSync } = require('node:fs')
const { format } = require('node:util')

let lastCause = ''
const realFetch = globalThis.fetch
globalThis.fetch = async (...args) => {
  try {
    return await realFetch(...args)
  } catch (error) {
    const cause = error && error.cause
    lastCause = !cause ? String(error && error.message) : String(cause.message).includes(cause.code) ? cause.message : `${cause.code} ${cause.message}`
    throw error
  }
}

const realError = console.error
console.error = (...args) => {
  const text = format(...args)
  try {
    writeSync(3, JSON.stringify({ message: text.split('\n')[0], cause: lastCause }) + '\n')
  } catch {
    realError(...args)
  }
}
