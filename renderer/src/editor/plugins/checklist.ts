import { $createListItemNode, $createListNode } from '@lexical/list'
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'

/** Replaces an empty section with a checklist of `items` (the channel's prompts) and puts the caret after it. */
export function $insertChecklist(items: readonly string[]): void {
  const root = $getRoot()
  root.clear()
  const list = $createListNode('check')
  for (const item of items) list.append($createListItemNode(false).append($createTextNode(item)))
  const after = $createParagraphNode()
  root.append(list, after)
  after.select()
}
