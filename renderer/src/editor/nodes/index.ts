import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { ListItemNode, ListNode } from '@lexical/list'
import { AutoLinkNode, LinkNode } from '@lexical/link'
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table'
import type { Klass, LexicalNode } from 'lexical'
import { FindingNode } from './FindingNode'
import { ImageNode } from './ImageNode'
import { MentionNode } from './MentionNode'

/** The one node registry of the dossier editor; the headless round-trip test uses it too. */
export const DOSSIER_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  FindingNode,
  MentionNode,
  ImageNode
]

export * from './FindingNode'
export * from './MentionNode'
export * from './ImageNode'
