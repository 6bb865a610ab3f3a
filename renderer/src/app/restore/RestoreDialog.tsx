import { restoreLosses, type RestoreMode, type RestorePreview, type RowComparison } from '#shared/domain/restorePreview'
import { useI18n } from '#i18n'
import { Button, Dialog } from '#ui'

const COLUMNS = ['inFile', 'here', 'onlyInFile', 'newerInFile', 'newerHere', 'onlyHere'] as const satisfies readonly (keyof RowComparison)[]

export interface RestoreDialogProps {
  preview: RestorePreview | null
  title: string
  /** Whether a snapshot of what is here is taken first (desktop), or the rep is told to export one. */
  snapshotFirst: boolean
  onChoose: (mode: RestoreMode) => void
  onCancel: () => void
}

/** What restoring a backup would change, table by table, and the choice between merge and replace. */
export function RestoreDialog({ preview, title, snapshotFirst, onChoose, onCancel }: RestoreDialogProps) {
  const { t, language } = useI18n()
  if (!preview) return null
  const date = (at: number, time = false) => new Intl.DateTimeFormat(language, time ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(at)
  const number = new Intl.NumberFormat(language)
  // A replace keeps settings only here, so that cell of the settings row is no loss.
  const rows: { label: string; counts: RowComparison; keepsOnlyHere?: boolean }[] = [
    ...preview.tables.filter((table) => table.inFile + table.here + table.onlyHere > 0).map((table) => ({ label: t(`backup.table.${table.table}`), counts: table })),
    ...(preview.settings.inFile + preview.settings.here > 0 ? [{ label: t('restore.settings'), counts: preview.settings, keepsOnlyHere: true }] : [])
  ]
  const isLoss = (column: (typeof COLUMNS)[number], count: number, keepsOnlyHere = false) =>
    count > 0 && (column === 'newerHere' || (column === 'onlyHere' && !keepsOnlyHere))
  const losses = restoreLosses(preview, 'replace')
  return (
    <Dialog
      open
      size="lg"
      onClose={onCancel}
      title={title}
      closeLabel={t('common.cancel')}
      description={
        preview.range
          ? t('restore.made', { date: date(preview.exportedAt, true), from: date(preview.range.from), to: date(preview.range.to) })
          : t('restore.madeEmpty', { date: date(preview.exportedAt, true) })
      }
      footer={
        <>
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={() => onChoose('replace')}>
            {t('restore.replace')}
          </Button>
          <Button variant="primary" data-autofocus onClick={() => onChoose('merge')}>
            {t('restore.merge')}
          </Button>
        </>
      }
    >
      <div className="ui-stack restore-preview">
        <table className="data-table restore-preview__table">
          <thead>
            <tr>
              <th scope="col">{t('restore.column.table')}</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column} className="data-table__number">
                  {t(`restore.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, counts, keepsOnlyHere }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {COLUMNS.map((column) => (
                  <td key={column} className={isLoss(column, counts[column], keepsOnlyHere) ? 'data-table__number restore-preview__loss' : 'data-table__number'}>
                    {counts[column] > 0 ? number.format(counts[column]) : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="restore-preview__choices">
          <dt>{t('restore.merge')}</dt>
          <dd>{t('restore.merge.hint')}</dd>
          <dt>{t('restore.replace.term')}</dt>
          <dd>{t('restore.replace.hint', losses)}</dd>
        </dl>
        <p className="ui-muted">{t(snapshotFirst ? 'restore.snapshotFirst' : 'restore.downloadFirst')}</p>
      </div>
    </Dialog>
  )
}
