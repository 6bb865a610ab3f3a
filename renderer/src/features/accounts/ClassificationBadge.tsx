import type { Classification } from '#shared/schemas/enums'
import type { QualificationVerdict } from '#shared/domain/qualification'
import { useI18n } from '#i18n'
import { Badge } from '#ui'

const CLASS_TONE = { target: 'success', watch: 'warning', other: 'neutral' } as const
const VERDICT_TONE = { qualified: 'success', standard1Only: 'info', standard2Only: 'info', notQualified: 'neutral' } as const

export function ClassificationBadge({ value }: { value: Classification }) {
  const { t } = useI18n()
  return (
    <Badge tone={CLASS_TONE[value]} dot>
      {t(`classification.${value}`)}
    </Badge>
  )
}

export function VerdictBadge({ verdict }: { verdict: QualificationVerdict }) {
  const { t } = useI18n()
  return <Badge tone={VERDICT_TONE[verdict]}>{t(`qualification.verdict.${verdict}`)}</Badge>
}
