import {
  $applyNodeReplacement,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread
} from 'lexical'
import { $findMatchingParent } from '@lexical/utils'
import { FINDING_NODE_TYPE, needsConfirmation, type FindingAttributes } from '#shared/domain/dossier'

export type SerializedFindingNode = Spread<FindingAttributes, SerializedElementNode>

function applyClasses(dom: HTMLElement, attrs: FindingAttributes, config: EditorConfig): void {
  const base = (config.theme.finding as string | undefined) ?? 'finding'
  dom.className = base
  dom.classList.add(attrs.verified ? `${base}--verified` : `${base}--unverified`)
  if (needsConfirmation(attrs)) dom.classList.add(`${base}--web`)
  dom.dataset.findingId = attrs.findingId
  dom.dataset.channel = attrs.channel
}

/**
 * A passage the rep marked as a finding: an inline element around the text, carrying the finding's id,
 * source channel, source person, date, confidence and verification. A passage marked across paragraphs
 * becomes one FindingNode per paragraph with the same id.
 */
export class FindingNode extends ElementNode {
  __attrs: FindingAttributes

  static override getType(): string {
    return FINDING_NODE_TYPE
  }

  static override clone(node: FindingNode): FindingNode {
    return new FindingNode(node.__attrs, node.__key)
  }

  constructor(attrs: FindingAttributes, key?: NodeKey) {
    super(key)
    this.__attrs = attrs
  }

  static override importJSON(json: SerializedFindingNode): FindingNode {
    return $createFindingNode(pickAttributes(json)).updateFromJSON(json)
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFindingNode>): this {
    return super.updateFromJSON(json)
  }

  override exportJSON(): SerializedFindingNode {
    return { ...super.exportJSON(), ...this.getAttributes() }
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('mark')
    applyClasses(dom, this.__attrs, config)
    return dom
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__attrs !== this.__attrs) applyClasses(dom, this.__attrs, config)
    return false
  }

  getAttributes(): FindingAttributes {
    return this.getLatest().__attrs
  }

  setAttributes(patch: Partial<Omit<FindingAttributes, 'findingId'>>): this {
    const writable = this.getWritable()
    writable.__attrs = { ...writable.__attrs, ...patch }
    return writable
  }

  override isInline(): true {
    return true
  }

  override canBeEmpty(): false {
    return false
  }

  override canInsertTextBefore(): false {
    return false
  }

  override canInsertTextAfter(): false {
    return false
  }

  override extractWithChild(): boolean {
    return true
  }

  /** Copying a finding copies its text, not the mark: a pasted copy must not share the finding's id. */
  override excludeFromCopy(): boolean {
    return true
  }
}

function pickAttributes(json: FindingAttributes): FindingAttributes {
  const { findingId, channel, sourceId, date, confidence, verified, verifiedAt } = json
  return { findingId, channel, sourceId, date, confidence, verified, verifiedAt }
}

export function $createFindingNode(attrs: FindingAttributes): FindingNode {
  return $applyNodeReplacement(new FindingNode(attrs))
}

export function $isFindingNode(node: LexicalNode | null | undefined): node is FindingNode {
  return node instanceof FindingNode
}

/** All nodes of one finding (one per paragraph it spans). */
export function $findingNodesById(root: ElementNode, findingId: string): FindingNode[] {
  const found: FindingNode[] = []
  const visit = (node: LexicalNode) => {
    if ($isFindingNode(node) && node.getAttributes().findingId === findingId) found.push(node)
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child)
  }
  visit(root)
  return found
}

/**
 * Wraps the selected text in finding nodes (one per run of inline siblings). Text already inside a
 * finding is left as it is. Returns false when nothing is selected.
 */
export function $markSelectionAsFinding(attrs: FindingAttributes): boolean {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false
  const nodes = selection.extract()
  const picked = new Set(nodes.map((n) => n.getKey()))
  let current: FindingNode | null = null
  let wrapped = false
  for (const node of nodes) {
    if ($isElementNode(node) && !node.isInline()) {
      current = null
      continue
    }
    if ($findMatchingParent(node, (p) => $isFindingNode(p)) !== null) continue
    const parent = node.getParent()
    if (parent && parent.isInline() && picked.has(parent.getKey())) continue
    const previous = node.getPreviousSibling()
    if (current !== null && previous !== null && previous.is(current)) {
      current.append(node)
    } else {
      current = $createFindingNode(attrs)
      node.insertBefore(current)
      current.append(node)
    }
    wrapped = true
  }
  return wrapped
}

/** Removes a finding's marks, keeping the text. */
export function $unwrapFinding(node: FindingNode): void {
  for (const child of node.getChildren()) node.insertBefore(child)
  node.remove()
}
