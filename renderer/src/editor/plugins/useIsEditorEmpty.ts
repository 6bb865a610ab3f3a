import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $isElementNode, $isParagraphNode } from 'lexical'
import { useEffect, useState } from 'react'

function $isEmpty(): boolean {
  const root = $getRoot()
  if (root.getChildrenSize() > 1) return false
  const first = root.getFirstChild()
  return first === null || ($isParagraphNode(first) && $isElementNode(first) && first.getChildrenSize() === 0)
}

/** True while the editor holds nothing but one empty paragraph. */
export function useIsEditorEmpty(): boolean {
  const [editor] = useLexicalComposerContext()
  const [empty, setEmpty] = useState(() => editor.getEditorState().read($isEmpty))
  useEffect(() => {
    setEmpty(editor.getEditorState().read($isEmpty))
    return editor.registerUpdateListener(({ editorState }) => setEmpty(editorState.read($isEmpty)))
  }, [editor])
  return empty
}
