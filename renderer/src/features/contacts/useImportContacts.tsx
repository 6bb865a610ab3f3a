import { useState, type ReactNode } from 'react'
import { errorMessage, useContactsImport, type Account, type ContactsSession } from '#data'
import { useHost } from '#app/host'
import { useNavigation } from '#app/navigation'
import { useUndo } from '#app/undo'
import { useI18n } from '#i18n'
import { Dialog, Spinner, useToast } from '#ui'
import { ImportContactsDialog, type ImportResult } from './ImportContactsDialog'
import { contactFileFilters } from './importLabels'

const UNDO_WINDOW_MS = 15_000

type Step = { kind: 'reading'; fileName: string } | { kind: 'preview'; fileName: string; session: ContactsSession } | null

/**
 * "Import people…": picks a vCard or CSV file, reads it off the UI thread, shows the import preview,
 * and after the write says what happened with an Undo that takes the whole import back.
 */
export function useImportContacts(account: Account | null): { start: () => void; element: ReactNode } {
  const { t } = useI18n()
  const host = useHost()
  const toast = useToast()
  const undo = useUndo()
  const { navigate } = useNavigation()
  const contacts = useContactsImport()
  const [step, setStep] = useState<Step>(null)

  async function start() {
    let file: { name: string; bytes: Uint8Array } | null
    try {
      file = await host.openFile({ filters: contactFileFilters(t), as: 'bytes' })
    } catch (e) {
      toast.show({ tone: 'danger', message: t('contacts.openFailed', { message: errorMessage(t, e) }) })
      return
    }
    if (!file) return
    setStep({ kind: 'reading', fileName: file.name })
    try {
      const opened = await contacts.open(file.bytes, file.name)
      if (!opened.ok) {
        setStep(null)
        toast.show({ tone: 'danger', message: t(`contacts.refused.${opened.problem}`, { file: file.name }) })
        return
      }
      setStep({ kind: 'preview', fileName: file.name, session: opened.session })
    } catch (e) {
      setStep(null)
      toast.show({ tone: 'danger', message: t('contacts.readFailed', { file: file.name, message: errorMessage(t, e) }) })
    }
  }

  function imported({ receipt, counts, accountName }: ImportResult) {
    setStep(null)
    const label = t('contacts.undo.label', { count: counts.created + counts.merged, name: accountName })
    undo.push(
      {
        label,
        undo: async () => {
          const { keptEdited } = await contacts.undo(receipt)
          if (keptEdited > 0) toast.show({ tone: 'info', message: t('contacts.undo.keptEdited', { count: keptEdited }) })
        }
      },
      { message: t('contacts.imported', { ...counts, name: accountName }), durationMs: UNDO_WINDOW_MS }
    )
    navigate({ name: 'account', id: receipt.accountId, tab: 'stakeholders' })
  }

  const close = () => {
    if (step?.kind === 'preview') step.session.close()
    setStep(null)
  }

  const element =
    step?.kind === 'reading' ? (
      <Dialog open onClose={() => undefined} title={t('contacts.import.title')} size="sm">
        <div className="ui-row">
          <Spinner size="sm" />
          <p className="ui-small">{t('contacts.import.reading', { file: step.fileName })}</p>
        </div>
      </Dialog>
    ) : step?.kind === 'preview' ? (
      <ImportContactsDialog session={step.session} fileName={step.fileName} account={account} onClose={close} onImported={imported} />
    ) : null

  return { start: () => void start(), element }
}
