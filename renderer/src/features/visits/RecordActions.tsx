import { useI18n } from '#i18n'
import { IconButton, Icons } from '#ui'

/** Edit and delete buttons at the end of a record row. */
export function RecordActions({ editLabel, onEdit, onDelete }: { editLabel: string; onEdit(): void; onDelete(): void }) {
  const { t } = useI18n()
  return (
    <div className="record-list__actions">
      <IconButton label={editLabel} onClick={onEdit}>
        <Icons.Edit />
      </IconButton>
      <IconButton label={t('common.delete')} onClick={onDelete}>
        <Icons.Trash />
      </IconButton>
    </div>
  )
}
