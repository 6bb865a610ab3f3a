// A 10,000-row spreadsheet takes a few hundred milliseconds to decode, parse and match, and longer to
// write: here, none of it holds up the window.
import { AtlasDb } from '../db'
import { createContactsJob, type ContactsJob } from './contactsJob'
import type { ContactsMessage, ContactsRequest } from './contactsProtocol'
import { fileProblemOf } from './fileProblem'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ContactsRequest>) => void) | null
  postMessage(message: ContactsMessage): void
}

let job: ContactsJob | null = null

async function handle(request: ContactsRequest): Promise<ContactsMessage> {
  if (request.type === 'read') {
    job = createContactsJob(new AtlasDb(request.dbName))
    const problem = fileProblemOf(() => job!.read(request.bytes, request.fileName))
    return problem.ok ? { type: 'read', summary: problem.value } : { type: 'refused', problem: problem.problem }
  }
  if (!job) throw new Error('No contacts file was read')
  if (request.type === 'plan') return { type: 'planned', preview: await job.plan(request.mapping, request.accountId, request.labels) }
  return { type: 'written', receipt: await job.write(request.target, request.choices) }
}

scope.onmessage = ({ data }) => {
  handle(data).then(
    (answer) => scope.postMessage(answer),
    (error: unknown) => scope.postMessage({ type: 'error', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) })
  )
}
