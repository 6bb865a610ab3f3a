import type { briefEn } from './brief.en'

export const briefZhCN: Record<keyof typeof briefEn, string> = {
  'brief.title': '客户简报'
}
