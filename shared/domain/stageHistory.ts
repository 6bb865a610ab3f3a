import type { StageChange } from '../schemas/account'
import type { PipelineStage } from '../schemas/enums'

/** The history with `stage` appended when the account was not already in it; the same history otherwise. */
export function withStageChange(history: readonly StageChange[], stage: PipelineStage, at: number): StageChange[] {
  const last = history[history.length - 1]
  return last?.stage === stage ? [...history] : [...history, { stage, at }]
}

/** How long the account spent in each stage it entered, newest first, for the account's timeline. */
export function stageTimeline(history: readonly StageChange[], now: number): { stage: PipelineStage; at: number; days: number; current: boolean }[] {
  return history
    .map((change, i) => {
      const until = history[i + 1]?.at ?? now
      return { stage: change.stage, at: change.at, days: Math.max(0, Math.floor((until - change.at) / 86_400_000)), current: i === history.length - 1 }
    })
    .reverse()
}
