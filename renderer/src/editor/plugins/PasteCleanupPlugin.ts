import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { $isParagraphNode, ParagraphNode, TextNode } from 'lexical'
import { useEffect } from 'react'

/**
 * Keeps pasted web and Word content in our formatting: inline styles (fonts, colours, sizes, Word's
 * mso-* rules) are dropped, and paragraphs lose pasted indents and alignment. Bold, italic, underline,
 * headings, lists, links, quotes and tables survive because they map to our own nodes and formats.
 */
export function PasteCleanupPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('')
        }),
        editor.registerNodeTransform(ParagraphNode, (node) => {
          if (!$isParagraphNode(node)) return
          if (node.getFormatType() !== '' && node.getFormatType() !== 'left') node.setFormat('')
          if (node.getStyle() !== '') node.setStyle('')
        })
      ),
    [editor]
  )
  return null
}
