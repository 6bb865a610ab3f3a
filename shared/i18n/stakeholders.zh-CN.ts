import type { stakeholdersEn } from './stakeholders.en'

export const stakeholdersZhCN: Record<keyof typeof stakeholdersEn, string> = {
  'stakeholders.title': '关系图谱'
}
