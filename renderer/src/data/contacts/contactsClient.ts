import type { ColumnMapping } from '#shared/domain/contacts/csvColumns'
import type { DuplicateChoice, ImportLabels } from '#shared/domain/contacts/importPlan'
import type { ContactsFileProblem } from '#shared/domain/contacts/parsedContact'
import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import { ReadOnlyDatabaseError } from '../errors'
import { startWorker } from '../startWorker'
import type { ContactsFileSummary, ImportPreview } from './contactsJob'
import type { ContactsAnswer, ContactsMessage, ContactsRequest } from './contactsProtocol'
import { fileProblemOf } from './fileProblem'
import type { ImportReceipt, ImportTarget } from './importContacts'

const log = createLogger('contacts')

export type ContactsWorker = Pick<Worker, 'terminate'> & {
  postMessage(request: ContactsRequest): void
  onmessage: ((event: MessageEvent<ContactsMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}
export type CreateContactsWorker = () => ContactsWorker | null

export function createContactsWorker(): ContactsWorker | null {
  return startWorker<ContactsWorker>(() => new Worker(new URL('./contacts.worker.ts', import.meta.url), { type: 'module', name: 'atlas-contacts' }), log, 'Contacts worker unavailable; importing on the UI thread')
}

/** A read contacts file waiting for the rep's mapping, account and choices; close it to let the file go. */
export interface ContactsSession {
  summary: ContactsFileSummary
  plan(mapping: ColumnMapping | null, accountId: string | null, labels: ImportLabels): Promise<ImportPreview>
  write(target: ImportTarget, choices: [number, DuplicateChoice][]): Promise<ImportReceipt>
  close(): void
}
export type OpenContacts = { ok: true; session: ContactsSession } | { ok: false; problem: ContactsFileProblem }

const WORKER_FAILED = Symbol('worker failed')

function asker(worker: ContactsWorker) {
  return (request: ContactsRequest) =>
    new Promise<ContactsAnswer>((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.type === 'error') reject(data.name === 'ReadOnlyDatabaseError' ? new ReadOnlyDatabaseError() : Object.assign(new Error(data.message), { name: data.name }))
        else resolve(data)
      }
      worker.onerror = (event) => {
        event.preventDefault()
        log.warn('Contacts worker failed', event.message || event.type)
        reject(WORKER_FAILED)
      }
      worker.postMessage(request)
    })
}

function expect<T extends ContactsAnswer['type']>(answer: ContactsAnswer, type: T): Extract<ContactsAnswer, { type: T }> {
  if (answer.type !== type) throw new Error(`Unexpected answer ${answer.type}`)
  return answer as Extract<ContactsAnswer, { type: T }>
}

/** Reads a contacts file off the UI thread (on it where no worker runs); nothing is written until the session's `write`. */
export async function openContactsFile(db: AtlasDb, bytes: Uint8Array, fileName: string, createWorker: CreateContactsWorker = createContactsWorker): Promise<OpenContacts> {
  const worker = createWorker()
  if (worker) {
    const ask = asker(worker)
    try {
      const answer = await ask({ type: 'read', dbName: db.name, bytes, fileName })
      if (answer.type === 'refused') {
        worker.terminate()
        return { ok: false, problem: answer.problem }
      }
      return {
        ok: true,
        session: {
          summary: expect(answer, 'read').summary,
          plan: async (mapping, accountId, labels) => expect(await ask({ type: 'plan', mapping, accountId, labels }), 'planned').preview,
          write: async (target, choices) => {
            const receipt = expect(await ask({ type: 'write', target, choices }), 'written').receipt
            worker.terminate()
            return receipt
          },
          close: () => worker.terminate()
        }
      }
    } catch (error) {
      worker.terminate()
      if (error !== WORKER_FAILED) throw error
    }
  }
  // The parsers load only here, where no worker runs, so they stay out of the window's first bundle.
  const { createContactsJob } = await import('./contactsJob')
  const job = createContactsJob(db)
  const read = fileProblemOf(() => job.read(bytes, fileName))
  if (!read.ok) return { ok: false, problem: read.problem }
  return { ok: true, session: { summary: read.value, plan: job.plan, write: job.write, close: () => undefined } }
}
