import { useI18n } from '#i18n'
import { useMentionPerson } from '../people'

/** How a mention looks: the person's current name, or struck through with "(removed)" once deleted. */
export function MentionChip({ stakeholderId, fallbackName }: { stakeholderId: string; fallbackName: string }) {
  const { t } = useI18n()
  const person = useMentionPerson(stakeholderId)
  const name = person?.name ?? fallbackName
  const removed = !person || person.deleted
  return (
    <span
      className={removed ? 'mention mention--removed' : 'mention'}
      data-stakeholder-id={stakeholderId}
      data-testid="mention"
    >
      @{removed ? t('dossier.mention.removed', { name }) : name}
    </span>
  )
}
