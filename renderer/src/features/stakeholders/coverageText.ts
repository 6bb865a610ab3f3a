import type { CoverageSettings, CoverageWarning } from '#shared/domain/stakeholders'
import type { PipelineStage } from '#shared/schemas'
import type { Translate } from '#i18n'
import { formatList } from '#shared/i18n/translate'
import type { Language } from '#shared/ipc/contract'
import { roleLabel, stageLabel } from './labels'

/** A coverage warning in words: its title, what to do about it, and the people involved (if any). */
export function coverageWarningText(
  t: Translate,
  w: CoverageWarning,
  { settings, stage, nameOf, language }: { settings: CoverageSettings; stage: PipelineStage; nameOf(id: string): string; language: Language }
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
          roles: formatList(language, w.roles.map((r) => roleLabel(t, r)))
        })
      default:
        return t(`stakeholders.coverage.${w.rule}.hint`)
    }
  })()
  const people = w.stakeholderIds.length > 0 ? t('stakeholders.coverage.people', { names: formatList(language, w.stakeholderIds.map(nameOf)) }) : null
  return { title, hint, people }
}
