import { describe, expect, it } from 'vitest'
import { zhCN } from '#shared/i18n/zh-CN'
import { INTEL_CHANNELS, IntelChannel } from '#shared/schemas/enums'
import { CHANNEL_TABLE } from './channels'

// The codes already in users' databases. This is the one list that restates the table, on purpose:
// a new channel is added to the table only; a shipped code must never disappear or be renamed.
const SHIPPED = ['gatekeeper', 'warehouse', 'production', 'engineering', 'purchasing', 'external', 'notes']

describe('channel table', () => {
  it('still holds every shipped code, and the schema accepts each', () => {
    expect(INTEL_CHANNELS).toEqual(expect.arrayContaining(SHIPPED))
    for (const code of SHIPPED) expect(IntelChannel.safeParse(code).success, code).toBe(true)
  })

  it('has its prompts translated into Chinese, not copied from English', () => {
    for (const info of Object.values(CHANNEL_TABLE)) {
      for (const key of [info.label, info.hint, ...info.prompts]) expect(zhCN[key], key).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
