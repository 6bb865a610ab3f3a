import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

// A real team-sync cluster for tests, Playwright and the benchmark: one redis-server and N server
// processes (out/server/main.js) on loopback, sharing one SQLite file.

export interface SyncInstance {
  name: string
  port: number
  wsUrl: string
  httpUrl: string
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>
  /** Restart on the same port. */
  start(): Promise<void>
  /** RSS from /proc/<pid>/status. */
  memoryBytes(): Promise<number>
  /** Every stdout line (JSON log lines) of every run of this instance, oldest first. */
  readonly logs: string[]
  /** How the last run ended, once it has. */
  readonly lastExit: { code: number | null; signal: NodeJS.Signals | null } | null
}

export interface SyncCluster {
  dir: string
  dbFile: string
  redisPort: number
  instances: SyncInstance[]
  /** Issues a token with the CLI's add-user. */
  addUser(id: string, name: string): Promise<string>
  /** Stops every process; the files stay in dir (a temporary dir is removed when the process exits). */
  stop(): Promise<void>
}

const root = join(import.meta.dirname, '..', '..')
const serverMain = join(root, 'out', 'server', 'main.js')
const run = promisify(execFile)

const STOP_TIMEOUT_MS = 15_000
const START_TIMEOUT_MS = 30_000

const running = new Set<ChildProcess>()
const tempDirs = new Set<string>()
let exitHooked = false

function hookProcessExit() {
  if (exitHooked) return
  exitHooked = true
  const killAll = () => {
    for (const child of running) child.kill('SIGKILL')
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  }
  process.on('exit', killAll)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Only where nobody else handles the signal: then dying by it again after cleaning up is the default.
    if (process.listenerCount(signal) > 0) continue
    process.once(signal, () => {
      killAll()
      process.kill(process.pid, signal)
    })
  }
}

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }, 0)
}

function isBuilt(): boolean {
  try {
    const built = statSync(serverMain).mtimeMs
    return built >= Math.max(newestMtime(join(root, 'server', 'src')), newestMtime(join(root, 'shared', 'sync')), statSync(join(root, 'vite.server.config.ts')).mtimeMs)
  } catch {
    return false
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let building: Promise<void> | undefined

/** Builds out/server/main.js when it is missing or older than its sources; test files in parallel workers take turns. */
export function ensureServerBuilt(): Promise<void> {
  building ??= (async () => {
    // Checked under the lock too: another worker's build may be half written.
    const lock = join(root, 'out', '.server-build.lock')
    mkdirSync(join(root, 'out'), { recursive: true })
    const deadline = Date.now() + 120_000
    for (;;) {
      try {
        mkdirSync(lock)
        break
      } catch {
        if (Date.now() > deadline) throw new Error(`${lock} is held for too long; remove it if no build is running`)
        await sleep(200)
      }
    }
    try {
      if (isBuilt()) return
      const { build } = await import('vite')
      await build({ configFile: join(root, 'vite.server.config.ts'), logLevel: 'warn' })
    } finally {
      rmdirSync(lock)
    }
  })()
  building.catch(() => {
    building = undefined
  })
  return building
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

async function stopChild(child: ChildProcess | undefined, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  child.kill(signal)
  const done = exited(child)
  const timedOut = await Promise.race([done.then(() => false), sleep(STOP_TIMEOUT_MS).then(() => true)])
  if (timedOut) {
    child.kill('SIGKILL')
    await done
  }
}

function spawnTracked(command: string, args: string[], cwd: string): ChildProcess {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

function lines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void) {
  let rest = ''
  stream?.setEncoding('utf8')
  stream?.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop() ?? ''
    for (const part of parts) if (part) onLine(part)
  })
}

async function startRedis(dir: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort()
  const child = spawnTracked('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir], dir)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), START_TIMEOUT_MS)
    lines(child.stdout, (line) => {
      if (line.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)))
  })
  return { port, child }
}

async function waitForHealth(httpUrl: string, child: ChildProcess, stderr: string[]): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the sync server exited (${child.exitCode ?? child.signalCode}) while starting: ${stderr.join('\n')}`)
    try {
      const response = await fetch(`${httpUrl}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new Error(`${httpUrl} did not become healthy`)
}

function createInstance(name: string, port: number, dir: string, args: string[]): SyncInstance {
  const httpUrl = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  const logs: string[] = []
  const stderr: string[] = []
  let lastExit: SyncInstance['lastExit'] = null

  return {
    name,
    port,
    wsUrl: `ws://127.0.0.1:${port}`,
    httpUrl,
    logs,
    get lastExit() {
      return lastExit
    },
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) throw new Error(`${name} is already running`)
      lastExit = null
      const started = spawnTracked(process.execPath, [serverMain, 'serve', '--port', String(port), '--instance', name, ...args], dir)
      child = started
      started.once('exit', (code, signal) => {
        lastExit = { code, signal }
      })
      lines(started.stdout, (line) => logs.push(line))
      lines(started.stderr, (line) => stderr.push(line))
      await waitForHealth(httpUrl, started, stderr)
    },
    stop: (signal = 'SIGTERM') => stopChild(child, signal),
    async memoryBytes() {
      if (!child?.pid) throw new Error(`${name} is not running`)
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]
      if (!kib) throw new Error(`no VmRSS for ${name}`)
      return Number(kib) * 1024
    }
  }
}

export async function startSyncCluster(options: { instances?: number; dir?: string; debounceMs?: number; ports?: readonly number[] } = {}): Promise<SyncCluster> {
  hookProcessExit()
  await ensureServerBuilt()
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'atlas-sync-'))
  if (options.dir) mkdirSync(dir, { recursive: true })
  else tempDirs.add(dir)
  const dbFile = join(dir, 'atlas-sync.sqlite')

  const redis = await startRedis(dir)
  const instances: SyncInstance[] = []
  const cluster: SyncCluster = {
    dir,
    dbFile,
    redisPort: redis.port,
    instances,
    async addUser(id, name) {
      const { stdout } = await run(process.execPath, [serverMain, 'add-user', id, name, '--db', dbFile], { cwd: dir })
      const token = /atl_[A-Za-z0-9_-]{43}/.exec(stdout)?.[0]
      if (!token) throw new Error(`add-user printed no token: ${stdout}`)
      return token
    },
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop('SIGTERM')))
      await stopChild(redis.child, 'SIGTERM')
    }
  }

  try {
    const args = ['--host', '127.0.0.1', '--db', dbFile, '--redis', `redis://127.0.0.1:${redis.port}`, '--debounce', String(options.debounceMs ?? 300)]
    for (let i = 0; i < (options.instances ?? 2); i++) {
      // The first instance creates the database; starting the others in parallel is safe once it exists.
      instances.push(createInstance(`sync-${String.fromCharCode(97 + i)}`, options.ports?.[i] ?? (await freePort()), dir, args))
    }
    await instances[0]?.start()
    await Promise.all(instances.slice(1).map((instance) => instance.start()))
  } catch (error) {
    await cluster.stop()
    throw error
  }
  return cluster
}
