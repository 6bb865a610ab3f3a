// English messages for the dossier feature; merged into en.ts. Keys start with 'dossier.'.
export const dossierEn = {
  'dossier.title': 'Dossier'
} as const
