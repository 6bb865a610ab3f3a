import type { CoverageSettings, CoverageWarning } from '#shared/domain/stakeholders'
import type { PipelineStage } from '#shared/schemas'
import type { Translate } from '#i18n'
import { roleLabel, stageLabel } from './labels'

/** A coverage warning in words: its title, what to do about it, and the people involved (if any). */
export function coverageWarningText(
  t: Translate,
  w: CoverageWarning,
  { settings, stage, nameOf }: { settings: CoverageSettings; stage: PipelineStage; nameOf(id: string): string }
): { title: string; hint: string; people: string | null } {
  const title =
    t(`stakeholders.coverage.${w.rule}`) +
    (w.rule === 'vacantSeat' && w.stakeholderIds[0] ? ` · ${t('stakeholders.successor.of', { name: nameOf(w.stakeholderIds[0]) })}` : '')
  const hint = (() => {
    switch (w.rule) {
      case 'singleThreaded':
        return t('stakeholders.coverage.singleThreaded.hint', {
          min: settings.minThreads,
          stage: stageLabel(t, settings.threadStage)
        })
      case 'stageRolesMissing':
        return t('stakeholders.coverage.stageRolesMissing.hint', {
          stage: t(`stage.${stage}`),
          roles: w.roles.map((r) => roleLabel(t, r)).join('、')
        })
      default:
        return t(`stakeholders.coverage.${w.rule}.hint`)
    }
  })()
  const people = w.stakeholderIds.length > 0 ? t('stakeholders.coverage.people', { names: w.stakeholderIds.map(nameOf).join('、') }) : null
  return { title, hint, people }
}
