import { $applyNodeReplacement, DecoratorNode, nodeSchema, stringValue, withField, type LexicalNode, type NodeKey } from 'lexical'
import type { JSX } from 'react'
import { MENTION_NODE_TYPE } from '#shared/domain/dossier'
import { MentionChip } from './MentionChip'

const mentionSchema = nodeSchema<MentionNode>()({
  stakeholderId: withField(stringValue(), { field: '__stakeholderId' }),
  name: withField(stringValue(), { field: '__name' })
})

/**
 * A mention of one of the account's stakeholders. Stores the person's id (and the name at the time, for
 * plain text); the chip shows the current name, or "removed" once the person is deleted.
 */
export class MentionNode extends DecoratorNode<JSX.Element> {
  __stakeholderId: string
  __name: string

  override $config() {
    return this.config(MENTION_NODE_TYPE, { extends: DecoratorNode, json: mentionSchema })
  }

  constructor(stakeholderId = '', name = '', key?: NodeKey) {
    super(key)
    this.__stakeholderId = stakeholderId
    this.__name = name
  }

  getStakeholderId(): string {
    return this.getLatest().__stakeholderId
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span')
    span.className = 'mention-host'
    return span
  }

  override updateDOM(): false {
    return false
  }

  override isInline(): true {
    return true
  }

  override getTextContent(): string {
    return `@${this.getLatest().__name}`
  }

  override decorate(): JSX.Element {
    return <MentionChip stakeholderId={this.__stakeholderId} fallbackName={this.__name} />
  }
}

export function $createMentionNode(stakeholderId: string, name: string): MentionNode {
  return $applyNodeReplacement(new MentionNode(stakeholderId, name))
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode
}
