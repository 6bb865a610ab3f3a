// English messages for the brief feature; merged into en.ts. Keys start with 'brief.'.
export const briefEn = {
  'brief.title': 'Account brief'
} as const
