import { $applyNodeReplacement, DecoratorNode, nodeSchema, stringValue, withField, type LexicalNode, type NodeKey } from 'lexical'
import type { JSX } from 'react'
import { IMAGE_NODE_TYPE } from '#shared/domain/dossier'
import { AttachmentImage } from './AttachmentImage'

const imageSchema = nodeSchema<ImageNode>()({
  attachmentId: withField(stringValue(), { field: '__attachmentId' }),
  altText: withField(stringValue(), { field: '__altText' })
})

/** A photo pasted or dropped into the dossier; the image data lives in the attachments table. */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __attachmentId: string
  __altText: string

  override $config() {
    return this.config(IMAGE_NODE_TYPE, { extends: DecoratorNode, json: imageSchema })
  }

  constructor(attachmentId = '', altText = '', key?: NodeKey) {
    super(key)
    this.__attachmentId = attachmentId
    this.__altText = altText
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
