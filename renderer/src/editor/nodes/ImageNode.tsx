import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical'
import type { JSX } from 'react'
import { IMAGE_NODE_TYPE } from '#shared/domain/dossier'
import { AttachmentImage } from './AttachmentImage'

export type SerializedImageNode = Spread<{ attachmentId: string; altText: string }, SerializedLexicalNode>

/** A photo pasted or dropped into the dossier; the image data lives in the attachments table. */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __attachmentId: string
  __altText: string

  static override getType(): string {
    return IMAGE_NODE_TYPE
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__attachmentId, node.__altText, node.__key)
  }

  constructor(attachmentId: string, altText: string, key?: NodeKey) {
    super(key)
    this.__attachmentId = attachmentId
    this.__altText = altText
  }

  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode(json.attachmentId, json.altText).updateFromJSON(json)
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedImageNode>): this {
    return super.updateFromJSON(json)
  }

  override exportJSON(): SerializedImageNode {
    const self = this.getLatest()
    return { ...super.exportJSON(), attachmentId: self.__attachmentId, altText: self.__altText }
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span')
    span.className = 'editor-image-host'
    return span
  }

  override updateDOM(): false {
    return false
  }

  override isInline(): true {
    return true
  }

  override getTextContent(): string {
    return ''
  }

  override decorate(): JSX.Element {
    return <AttachmentImage attachmentId={this.__attachmentId} altText={this.__altText} />
  }
}

export function $createImageNode(attachmentId: string, altText = ''): ImageNode {
  return $applyNodeReplacement(new ImageNode(attachmentId, altText))
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode
}
