import type { InitialConfigType } from '@lexical/react/LexicalComposer'
import { DOSSIER_NODES } from './nodes'
import { dossierTheme } from './theme'

/**
 * The LexicalComposer config of one dossier section, opened with its stored content (null: empty), or
 * with nothing when its text document fills it (CollaborationPlugin asks for no initial state).
 */
export function dossierEditorConfig(
  namespace: string,
  content: Record<string, unknown> | null | 'fromTextDocument',
  onError: (error: Error) => void
): InitialConfigType {
  return {
    namespace,
    nodes: [...DOSSIER_NODES],
    theme: dossierTheme,
    editorState: content === 'fromTextDocument' ? null : content ? JSON.stringify(content) : undefined,
    onError
  }
}
