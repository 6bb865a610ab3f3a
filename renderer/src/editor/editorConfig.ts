import type { InitialConfigType } from '@lexical/react/LexicalComposer'
import { DOSSIER_NODES } from './nodes'
import { dossierTheme } from './theme'

/** The LexicalComposer config of one dossier section, opened with its stored content (null: empty). */
export function dossierEditorConfig(namespace: string, content: Record<string, unknown> | null, onError: (error: Error) => void): InitialConfigType {
  return {
    namespace,
    nodes: [...DOSSIER_NODES],
    theme: dossierTheme,
    editorState: content ? JSON.stringify(content) : undefined,
    onError
  }
}
