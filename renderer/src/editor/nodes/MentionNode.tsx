import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical'
import type { JSX } from 'react'
import { MENTION_NODE_TYPE, type MentionAttributes } from '#shared/domain/dossier'
import { MentionChip } from './MentionChip'

export type SerializedMentionNode = Spread<MentionAttributes, SerializedLexicalNode>

/**
 * A mention of one of the account's stakeholders. Stores the person's id (and the name at the time, for
 * plain text); the chip shows the current name, or "removed" once the person is deleted.
 */
export class MentionNode extends DecoratorNode<JSX.Element> {
  __stakeholderId: string
  __name: string

  static override getType(): string {
    return MENTION_NODE_TYPE
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__stakeholderId, node.__name, node.__key)
  }

  constructor(stakeholderId: string, name: string, key?: NodeKey) {
    super(key)
    this.__stakeholderId = stakeholderId
    this.__name = name
  }

  static override importJSON(json: SerializedMentionNode): MentionNode {
    return $createMentionNode(json.stakeholderId, json.name).updateFromJSON(json)
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedMentionNode>): this {
    return super.updateFromJSON(json)
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), stakeholderId: this.getStakeholderId(), name: this.getLatest().__name }
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
