import type { shareEn } from './share.en'

export const shareZhCN: Record<keyof typeof shareEn, string> = {
  'share.placeholder': 'share'
}
