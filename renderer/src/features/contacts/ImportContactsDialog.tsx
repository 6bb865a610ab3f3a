import { useEffect, useMemo, useState } from 'react'
import type { ColumnMapping } from '#shared/domain/contacts/csvColumns'
import { mostCommonCompany, type DuplicateChoice } from '#shared/domain/contacts/importPlan'
import { errorMessage, useAccounts, useContactsImport, type Account, type ContactsSession, type ImportPreview, type ImportReceipt } from '#data'
import { useI18n } from '#i18n'
import { Button, Dialog, ProgressBar, SelectField, Spinner, TextField } from '#ui'
import { ColumnMappingStep } from './ColumnMappingStep'
import { importCounts, type ImportCounts } from './importCounts'
import { importLabels } from './importLabels'
import { ImportPreviewList } from './ImportPreviewList'
import './contacts.css'

const NEW_ACCOUNT = 'new'

/** The performance mark benchmarks read: the import is in the database (the map's redraw comes after). */
export const CONTACTS_WRITTEN_MARK = 'atlas:contacts-written'
const markContactsWritten = () => typeof performance.mark === 'function' && performance.mark(CONTACTS_WRITTEN_MARK)

export interface ImportResult {
  receipt: ImportReceipt
  counts: ImportCounts
  accountName: string
}

export interface ImportContactsDialogProps {
  session: ContactsSession
  fileName: string
  /** The account the import was started from; null lets the rep pick one or make one from the file. */
  account: Account | null
  onClose: () => void
  onImported: (result: ImportResult) => void
}

/**
 * The one import flow for vCard and CSV: the columns (CSV), the account, every person with what
 * happens to them, then one write. Nothing is stored until Import.
 */
export function ImportContactsDialog({ session, fileName, account, onClose, onImported }: ImportContactsDialogProps) {
  const { t } = useI18n()
  const contacts = useContactsImport()
  const accounts = useAccounts()
  const labels = useMemo(() => importLabels(t), [t])
  const csv = session.summary.csv
  const [mapping, setMapping] = useState<ColumnMapping | null>(csv ? csv.guessed : null)
  const [target, setTarget] = useState(account?.id ?? NEW_ACCOUNT)
  const [newName, setNewName] = useState('')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map())
  /** How many people are being written, while they are. */
  const [writing, setWriting] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!csv) return
    let live = true
    void contacts.mappingFor(csv.headers).then((remembered) => live && remembered && setMapping(remembered))
    return () => {
      live = false
    }
  }, [contacts, csv])

  useEffect(() => {
    let live = true
    setPreview(null)
    session.plan(mapping, target === NEW_ACCOUNT ? null : target, labels).then(
      (planned) => {
        if (!live) return
        setPreview(planned)
        setChoices(new Map())
        setNewName((name) => name || mostCommonCompany(planned.plan))
      },
      (e: unknown) => live && setError(errorMessage(t, e))
    )
    return () => {
      live = false
    }
  }, [session, mapping, target, labels, t])

  const counts = preview ? importCounts(preview.plan, choices) : null
  const accountName = target === NEW_ACCOUNT ? newName.trim() : (accounts?.items.find((a) => a.id === target)?.name ?? account?.name ?? '')
  const needsName = target === NEW_ACCOUNT && !newName.trim()
  const canImport = counts !== null && counts.created + counts.merged > 0 && !needsName && writing === null

  async function runImport() {
    if (!canImport || !counts) return
    setError(null)
    setWriting(counts.created + counts.merged)
    try {
      const receipt = await session.write(target === NEW_ACCOUNT ? { newAccountName: newName.trim() } : { accountId: target }, [...choices])
      markContactsWritten()
      if (csv && mapping) await contacts.rememberMapping(csv.headers, mapping).catch(() => undefined)
      onImported({ receipt, counts, accountName })
    } catch (e) {
      setWriting(null)
      setError(t('contacts.writeFailed', { message: errorMessage(t, e) }))
    }
  }

  const accountOptions = [
    ...(accounts?.items ?? (account ? [account] : [])).map((a) => ({ value: a.id, label: a.name })),
    { value: NEW_ACCOUNT, label: t('contacts.target.new') }
  ]

  return (
    <Dialog
      open
      size="lg"
      onClose={() => writing === null && onClose()}
      closeOnBackdrop={false}
      closeLabel={t('common.close')}
      title={t('contacts.import.title')}
      description={t(session.summary.kind === 'csv' ? 'contacts.import.csvFile' : 'contacts.import.vcardFile', { file: fileName, count: session.summary.rows, encoding: session.summary.encoding.toUpperCase() })}
      className="ci-dialog"
      footer={
        <>
          {counts && <span className="ci-footer-summary ui-small">{t('contacts.import.summary', counts)}</span>}
          <Button onClick={onClose} disabled={writing !== null}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" onClick={() => void runImport()} disabled={!canImport} data-testid="contacts-import">
            {t('contacts.import.action', { count: counts ? counts.created + counts.merged : 0 })}
          </Button>
        </>
      }
    >
      {csv && mapping && <ColumnMappingStep headers={csv.headers} sample={csv.sample} mapping={mapping} onChange={setMapping} />}
      <div className="ci-target ui-row">
        <SelectField label={t('contacts.target.label')} options={accountOptions} value={target} onValueChange={setTarget} disabled={writing !== null} />
        {target === NEW_ACCOUNT && (
          <TextField label={t('contacts.target.newName')} value={newName} onChange={(e) => setNewName(e.target.value)} required error={needsName ? t('contacts.target.nameNeeded') : undefined} />
        )}
      </div>
      {error && (
        <p className="ci-error" role="alert">
          {error}
        </p>
      )}
      {writing !== null ? (
        <ProgressBar value={null} label={t('contacts.import.writing', { name: accountName })} valueText={t('contacts.import.writingCount', { count: writing })} />
      ) : preview ? (
        <ImportPreviewList preview={preview} choices={choices} onChoose={(row, choice) => setChoices((prev) => new Map(prev).set(row, choice))} />
      ) : (
        !error && <Spinner label={t('contacts.import.planning')} />
      )}
    </Dialog>
  )
}
