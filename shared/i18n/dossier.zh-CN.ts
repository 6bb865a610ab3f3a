import type { dossierEn } from './dossier.en'

export const dossierZhCN: Record<keyof typeof dossierEn, string> = {
  'dossier.title': '情报档案'
}
