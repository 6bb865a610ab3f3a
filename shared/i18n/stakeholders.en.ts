// English messages for the stakeholders feature; merged into en.ts. Keys start with 'stakeholders.'.
export const stakeholdersEn = {
  'stakeholders.title': 'Stakeholders'
} as const
