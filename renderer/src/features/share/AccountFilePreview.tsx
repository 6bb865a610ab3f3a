import { useMemo, useState } from 'react'
import { errorMessage, useRepositories, type AccountFileRead } from '#data'
import type { AccountShareTable } from '#shared/domain/share/accountShare'
import type { ShareStatus } from '#shared/domain/share/sharePreview'
import { useI18n } from '#i18n'
import { Badge, Button, Dialog } from '#ui'
import { fieldsText, recordLabel } from './recordLabels'
import './share.css'

type Read = Extract<AccountFileRead, { ok: true }>
const LISTED: Exclude<ShareStatus, 'same'>[] = ['new', 'changes', 'keptLocal']
const TONE = { new: 'success', changes: 'info', keptLocal: 'warning' } as const

export interface ShareImportResult {
  accountId: string
  name: string
  counts: Record<ShareStatus, number>
  keptEdited: number
}

/** A colleague's account file before anything is written: every record that is new, updated from the file, or kept as it is here, and why. */
export function AccountFilePreview({ read, onClose, onImported }: { read: Read; onClose: () => void; onImported: (result: ShareImportResult) => void }) {
  const { t, language, formatDate } = useI18n()
  const { share } = useRepositories()
  const [writing, setWriting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const { counts, groups } = useMemo(() => {
    const rows = new Map<string, Record<string, unknown>>()
    for (const table of Object.keys(read.file.tables) as AccountShareTable[]) for (const row of (read.file.tables[table] ?? []) as unknown as Record<string, unknown>[]) rows.set(`${table}:${String(row.id)}`, row)
    const names = new Map<unknown, string>()
    for (const person of [...(read.local.stakeholders ?? []), ...read.file.tables.stakeholders]) names.set(person.id, String(person.name))
    const nameOf = (id: unknown) => names.get(id) ?? '?'
    const counts: Record<ShareStatus, number> = { new: 0, changes: 0, keptLocal: 0, same: 0 }
    const groups: Record<Exclude<ShareStatus, 'same'>, { key: string; table: AccountShareTable; label: string; fields: string }[]> = { new: [], changes: [], keptLocal: [] }
    for (const record of read.plan.records) {
      counts[record.status]++
      if (record.status === 'same') continue
      const row = rows.get(`${record.table}:${record.id}`) ?? {}
      groups[record.status].push({
        key: `${record.table}:${record.id}`,
        table: record.table,
        label: recordLabel(t, formatDate, record.table, row, nameOf),
        fields: record.fields.length ? fieldsText(t, language, record.table, record.fields) : ''
      })
    }
    return { counts, groups }
  }, [read, t, language, formatDate])

  const nothing = counts.new + counts.changes === 0

  async function runImport() {
    setWriting(true)
    setError(null)
    try {
      const { keptEdited } = await share.apply(read.plan)
      onImported({ accountId: read.share.accountId, name: read.share.accountName, counts, keptEdited })
    } catch (e) {
      setWriting(false)
      setError(t('share.writeFailed', { message: errorMessage(t, e) }))
    }
  }

  return (
    <Dialog
      open
      size="lg"
      onClose={() => !writing && onClose()}
      closeOnBackdrop={false}
      closeLabel={t('common.close')}
      title={t('share.import.title', { name: read.share.accountName })}
      description={t('share.import.body', { date: formatDate(read.file.exportedAt), notes: t(read.share.sensitiveIncluded ? 'share.import.notesIncluded' : 'share.import.notesLeftOut') })}
      className="sh-import"
      footer={
        <>
          <span className="sh-import__summary ui-small" data-testid="share-summary">
            {t('share.import.summary', { new: counts.new, changes: counts.changes, kept: counts.keptLocal, same: counts.same })}
          </span>
          <Button onClick={onClose} disabled={writing}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" onClick={() => void runImport()} disabled={writing || nothing} data-testid="share-import">
            {t('share.import.action')}
          </Button>
        </>
      }
    >
      {error && (
        <p className="sh-import__error" role="alert">
          {error}
        </p>
      )}
      {nothing && <p className="ui-muted">{t('share.import.nothing')}</p>}
      {LISTED.filter((status) => groups[status].length > 0).map((status) => (
        <section key={status} className="sh-import__group" aria-label={t(`share.status.${status}`)} data-testid={`share-${status}`}>
          <h3 className="sh-import__heading">
            {t(`share.status.${status}`)} <Badge tone={TONE[status]}>{groups[status].length}</Badge>
          </h3>
          <ul className="sh-import__list">
            {groups[status].map((item) => (
              <li key={item.key} className="sh-import__item">
                <span className="ui-muted ui-small sh-import__table">{t(`share.table.${item.table}`)}</span>
                <span className="sh-import__label">{item.label}</span>
                {item.fields && <span className="ui-small ui-muted">{item.fields}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Dialog>
  )
}
