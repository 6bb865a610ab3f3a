import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_NAME_PATTERN, type SnapshotContent, type SnapshotInfo, type SnapshotReason } from '#shared/ipc/contract'
import { BACKUP_FORMAT } from '#shared/schemas/backup'

/** A snapshot refused or failed for a reason the rep can act on; the message is safe to show. */
export class SnapshotError extends Error {
  constructor(
    readonly code: 'invalidName' | 'notFound' | 'tooLarge' | 'notBackup' | 'notVerified',
    message: string
  ) {
    super(message)
    this.name = 'SnapshotError'
  }
}

export interface SnapshotService {
  /**
   * Writes atomically, reads back and verifies, then keeps only the newest `keep()` (of both kinds).
   * Text is a backup's JSON, written as `.json`; bytes are a zip backup, written as `.zip`.
   */
  write(reason: SnapshotReason, content: SnapshotContent): Promise<SnapshotInfo>
  /** Newest first; each file re-hashed against its checksum (cached while size and mtime stay the same). */
  list(): Promise<SnapshotInfo[]>
  /** Text for a `.json` snapshot, a plain Uint8Array (not a Buffer) for a `.zip` one. */
  read(name: string): Promise<{ snapshot: SnapshotInfo; content: SnapshotContent }>
}

export interface SnapshotServiceOptions {
  /** `<userData>/snapshots`; created on the first write. */
  dir: string
  keep: () => number
  now?: () => number
  maxBytes?: number
}

const CHECKSUM_SUFFIX = '.sha256'
const TEMP_PREFIX = '.tmp-'
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

export const isSnapshotName = (name: string): boolean => SNAPSHOT_NAME_PATTERN.test(name)

export type SnapshotKind = 'json' | 'zip'

/** `atlas-snapshot-2025-03-04T05-06-07-089Z-daily.json` (or `.zip`): sortable, and the time is read back from it. */
export function snapshotName(at: number, reason: SnapshotReason, kind: SnapshotKind = 'json'): string {
  return `atlas-snapshot-${new Date(at).toISOString().replace(/[:.]/g, '-')}-${reason}.${kind}`
}

const stem = (name: string) => name.replace(/\.(json|zip)$/, '')

function parseName(name: string): { createdAt: number; reason: SnapshotReason } | null {
  const match = SNAPSHOT_NAME_PATTERN.exec(name)
  if (!match) return null
  const [, y, mo, d, h, mi, s, ms] = /^atlas-snapshot-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name) ?? []
  const createdAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms))
  return Number.isFinite(createdAt) ? { createdAt, reason: match[1] as SnapshotReason } : null
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function isBackupJson(bytes: Buffer): boolean {
  try {
    const json: unknown = JSON.parse(bytes.toString('utf8'))
    return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BACKUP_FORMAT
  } catch {
    return false
  }
}

/** A zip begins with a local file header. */
const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** A Uint8Array over exactly these bytes: structured clone sends a view's whole backing buffer, which for a Buffer may be Node's shared pool. */
const plainBytes = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes)

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

export function createSnapshotService(options: SnapshotServiceOptions): SnapshotService {
  const { dir } = options
  const now = options.now ?? Date.now
  const maxBytes = options.maxBytes ?? SNAPSHOT_MAX_BYTES
  // name → the size, mtime, inode and checksum it was last hashed at, and whether it matched.
  const verifiedCache = new Map<string, { key: string; verified: boolean }>()
  let queue: Promise<unknown> = Promise.resolve()

  /** Reads a snapshot (or its checksum) by a name this service produced, never through a symlink. */
  async function readInside(name: string, limit: number): Promise<Buffer> {
    const path = join(dir, name)
    const info = await lstat(path)
    if (!info.isFile()) throw new SnapshotError('notFound', 'Not a snapshot file')
    if (info.size > limit) throw new SnapshotError('tooLarge', 'The snapshot is larger than the limit')
    const handle = await open(path, constants.O_RDONLY | NO_FOLLOW)
    try {
      const opened = await handle.stat()
      if (!opened.isFile() || opened.ino !== info.ino) throw new SnapshotError('notFound', 'The snapshot changed while opening it')
      const bytes = await handle.readFile()
      if (bytes.length > limit) throw new SnapshotError('tooLarge', 'The snapshot is larger than the limit')
      return bytes
    } finally {
      await handle.close()
    }
  }

  async function storedChecksum(name: string): Promise<string | null> {
    try {
      const text = (await readInside(name + CHECKSUM_SUFFIX, 1024)).toString('utf8')
      return /^([0-9a-f]{64}) {2}/.exec(text)?.[1] ?? null
    } catch {
      return null
    }
  }

  async function infoOf(name: string, bytes?: Buffer): Promise<SnapshotInfo | null> {
    const parsed = parseName(name)
    if (!parsed) return null
    const stat = await lstat(join(dir, name)).catch(() => null)
    if (!stat?.isFile()) return null
    // The checksum is tiny and read every time, so a removed or edited one is noticed too.
    const expected = await storedChecksum(name)
    const key = `${stat.size}:${stat.mtimeMs}:${stat.ino}:${expected}`
    const cached = verifiedCache.get(name)
    let verified = !bytes && cached?.key === key ? cached.verified : undefined
    if (verified === undefined) {
      const content = bytes ?? (await readInside(name, maxBytes).catch(() => null))
      verified = expected !== null && content !== null && content.length === stat.size && sha256(content) === expected
      verifiedCache.set(name, { key, verified })
    }
    return { name, createdAt: parsed.createdAt, reason: parsed.reason, bytes: stat.size, verified }
  }

  async function names(): Promise<string[]> {
    try {
      // Newest first across both kinds: names start with a fixed-width time, so it decides before the extension.
      return (await readdir(dir)).filter(isSnapshotName).sort().reverse()
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
  }

  async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
    const handle = await open(path, 'wx', 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  async function syncDir(): Promise<void> {
    // Makes the renames durable on POSIX; Windows cannot open a folder for this and needs no such step.
    try {
      const handle = await open(dir, 'r')
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
    } catch {
      /* best effort */
    }
  }

  async function remove(name: string): Promise<void> {
    verifiedCache.delete(name)
    await rm(join(dir, name), { force: true })
    await rm(join(dir, name + CHECKSUM_SUFFIX), { force: true })
  }

  async function prune(): Promise<void> {
    const keep = Math.max(1, Math.floor(options.keep()))
    for (const name of (await names()).slice(keep)) await remove(name)
    // Left over by a crash mid-write, or a checksum whose snapshot is gone.
    const present = new Set(await names())
    for (const entry of await readdir(dir)) {
      const orphan = entry.endsWith(CHECKSUM_SUFFIX) && !present.has(entry.slice(0, -CHECKSUM_SUFFIX.length))
      if (entry.startsWith(TEMP_PREFIX) || orphan) await rm(join(dir, entry), { force: true })
    }
  }

  async function freeName(reason: SnapshotReason, kind: SnapshotKind): Promise<string> {
    // Unique across kinds too, so a .json and a .zip never share a time and a reason.
    const taken = new Set((await readdir(dir)).filter(isSnapshotName).map(stem))
    let at = now()
    while (taken.has(stem(snapshotName(at, reason)))) at += 1
    return snapshotName(at, reason, kind)
  }

  async function write(reason: SnapshotReason, content: SnapshotContent): Promise<SnapshotInfo> {
    const kind: SnapshotKind = typeof content === 'string' ? 'json' : 'zip'
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    if (kind === 'zip' && !isZip(bytes)) throw new SnapshotError('notBackup', 'The content is not an Account Atlas backup')
    if (bytes.length > maxBytes) throw new SnapshotError('tooLarge', `The snapshot is larger than ${Math.round(maxBytes / 1048576)} MB`)
    await mkdir(dir, { recursive: true })
    const name = await freeName(reason, kind)
    const written = sha256(bytes)
    const temp = join(dir, `${TEMP_PREFIX}${name}`)
    try {
      await writeDurably(temp, bytes)
      await rename(temp, join(dir, name))
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    const readBack = await readInside(name, maxBytes).catch(async (error: unknown) => {
      await remove(name)
      throw error
    })
    const problem =
      readBack.length !== bytes.length || sha256(readBack) !== written
        ? new SnapshotError('notVerified', 'The snapshot read back differs from what was written')
        : (kind === 'zip' ? isZip(readBack) : isBackupJson(readBack))
          ? null
          : new SnapshotError('notBackup', 'The content is not an Account Atlas backup')
    if (problem) {
      await remove(name)
      throw problem
    }
    const checksumTemp = join(dir, `${TEMP_PREFIX}${name}${CHECKSUM_SUFFIX}`)
    await writeDurably(checksumTemp, Buffer.from(`${written}  ${name}\n`, 'utf8'))
    await rename(checksumTemp, join(dir, name + CHECKSUM_SUFFIX))
    await syncDir()
    const info = await infoOf(name, readBack)
    if (!info?.verified) throw new SnapshotError('notVerified', 'The snapshot could not be verified')
    await prune()
    return info
  }

  return {
    write(reason, content) {
      // One write at a time, so names stay unique and pruning never races a write.
      const done = queue.then(() => write(reason, content))
      queue = done.catch(() => undefined)
      return done
    },
    async list() {
      const infos: SnapshotInfo[] = []
      // One at a time: each may be read whole to re-hash it.
      for (const name of await names()) {
        const info = await infoOf(name)
        if (info) infos.push(info)
      }
      return infos
    },
    async read(name) {
      if (!isSnapshotName(name)) throw new SnapshotError('invalidName', 'Not a snapshot name')
      let bytes: Buffer
      try {
        bytes = await readInside(name, maxBytes)
      } catch (error) {
        if (isMissing(error) || (error as NodeJS.ErrnoException)?.code === 'ELOOP') throw new SnapshotError('notFound', 'No such snapshot')
        throw error
      }
      const snapshot = await infoOf(name, bytes)
      if (!snapshot) throw new SnapshotError('notFound', 'No such snapshot')
      return { snapshot, content: name.endsWith('.zip') ? plainBytes(bytes) : bytes.toString('utf8') }
    }
  }
}
