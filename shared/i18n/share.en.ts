// English messages for share; merged into en.ts.
export const shareEn = {
  'share.placeholder': 'share'
} as const
