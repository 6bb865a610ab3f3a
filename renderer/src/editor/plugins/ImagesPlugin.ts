import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  createCommand,
  type LexicalCommand
} from 'lexical'
import { useEffect } from 'react'
import { $createImageNode } from '../nodes'

/** Inserts photos already stored as attachments at the selection. */
export const INSERT_IMAGES_COMMAND: LexicalCommand<string[]> = createCommand('INSERT_IMAGES_COMMAND')

function imageFiles(data: DataTransfer | null): File[] {
  if (!data) return []
  return [...data.files].filter((file) => file.type.startsWith('image/'))
}

/**
 * Photos pasted or dropped into a section: the files go to `storeImages` (which stores them and returns
 * their attachment ids, or refuses them with a message) and come back as image nodes.
 */
export function ImagesPlugin({ storeImages }: { storeImages: (files: File[]) => Promise<string[]> }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const store = (files: File[]) => {
      void storeImages(files).then((ids) => {
        if (ids.length > 0) editor.dispatchCommand(INSERT_IMAGES_COMMAND, ids)
      })
    }
    return mergeRegister(
      editor.registerCommand(
        INSERT_IMAGES_COMMAND,
        (ids) => {
          editor.focus()
          const selection = $getSelection()
          if (!$isRangeSelection(selection)) return false
          $insertNodes(ids.map((id) => $createImageNode(id)))
          return true
        },
        COMMAND_PRIORITY_HIGH
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const files = imageFiles(event instanceof ClipboardEvent ? event.clipboardData : null)
          if (files.length === 0) return false
          event.preventDefault()
          store(files)
          return true
        },
        COMMAND_PRIORITY_HIGH
      ),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!event.dataTransfer?.types.includes('Files')) return false
          event.preventDefault()
          return true
        },
        COMMAND_PRIORITY_HIGH
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const files = imageFiles(event.dataTransfer)
          if (files.length === 0) return false
          event.preventDefault()
          store(files)
          return true
        },
        COMMAND_PRIORITY_HIGH
      )
    )
  }, [editor, storeImages])
  return null
}
