import {
  $applyNodeReplacement,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  booleanValue,
  ElementNode,
  enumValue,
  nodeSchema,
  nullable,
  numberValue,
  stringValue,
  withField,
  type EditorConfig,
  type LexicalNode,
  type NodeKey
} from 'lexical'
import { $findMatchingParent } from '@lexical/utils'
import { CONFIDENCE_LEVELS, FINDING_NODE_TYPE, needsConfirmation, type FindingAttributes } from '#shared/domain/dossier'
import { INTEL_CHANNELS } from '#shared/schemas/enums'

/** What Lexical constructs a node with before its clone or JSON import fills the fields in. */
const BLANK: FindingAttributes = { findingId: '', channel: INTEL_CHANNELS[0], sourceId: null, date: 0, confidence: CONFIDENCE_LEVELS[0], verified: false, verifiedAt: null }

// Each attribute is a top-level JSON property of the node, as stored dossiers have always had them.
const findingSchema = nodeSchema<FindingNode>()({
  findingId: withField(stringValue(), { field: '__findingId' }),
  channel: withField(enumValue(INTEL_CHANNELS), { field: '__channel' }),
  sourceId: withField(nullable(stringValue()), { field: '__sourceId' }),
  date: withField(numberValue(), { field: '__date' }),
  confidence: withField(enumValue(CONFIDENCE_LEVELS), { field: '__confidence' }),
  verified: withField(booleanValue(), { field: '__verified' }),
  verifiedAt: withField(nullable(numberValue()), { field: '__verifiedAt' })
})

function applyClasses(dom: HTMLElement, node: FindingNode, config: EditorConfig): void {
  const base = (config.theme.finding as string | undefined) ?? 'finding'
  dom.className = base
  dom.classList.add(node.__verified ? `${base}--verified` : `${base}--unverified`)
  if (needsConfirmation({ channel: node.__channel, verified: node.__verified })) dom.classList.add(`${base}--web`)
  dom.dataset.findingId = node.__findingId
  dom.dataset.channel = node.__channel
}

/**
 * A passage the rep marked as a finding: an inline element around the text, carrying the finding's id,
 * source channel, source person, date, confidence and verification. A passage marked across paragraphs
 * becomes one FindingNode per paragraph with the same id.
 */
export class FindingNode extends ElementNode {
  __findingId: string
  __channel: FindingAttributes['channel']
  __sourceId: string | null
  __date: number
  __confidence: FindingAttributes['confidence']
  __verified: boolean
  __verifiedAt: number | null

  override $config() {
    return this.config(FINDING_NODE_TYPE, { extends: ElementNode, json: findingSchema })
  }

  constructor(attrs: FindingAttributes = BLANK, key?: NodeKey) {
    super(key)
    this.__findingId = attrs.findingId
    this.__channel = attrs.channel
    this.__sourceId = attrs.sourceId
    this.__date = attrs.date
    this.__confidence = attrs.confidence
    this.__verified = attrs.verified
    this.__verifiedAt = attrs.verifiedAt
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('mark')
    applyClasses(dom, this, config)
    return dom
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__verified !== this.__verified || prevNode.__channel !== this.__channel) applyClasses(dom, this, config)
    return false
  }

  getAttributes(): FindingAttributes {
    const self = this.getLatest()
    return {
      findingId: self.__findingId,
      channel: self.__channel,
      sourceId: self.__sourceId,
      date: self.__date,
      confidence: self.__confidence,
      verified: self.__verified,
      verifiedAt: self.__verifiedAt
    }
  }

  /** The finding's id never changes: every paragraph's node of one finding keeps it. */
  setAttributes(patch: Partial<Omit<FindingAttributes, 'findingId'>>): this {
    const self = this.getWritable()
    if (patch.channel !== undefined) self.__channel = patch.channel
    if (patch.sourceId !== undefined) self.__sourceId = patch.sourceId
    if (patch.date !== undefined) self.__date = patch.date
    if (patch.confidence !== undefined) self.__confidence = patch.confidence
    if (patch.verified !== undefined) self.__verified = patch.verified
    if (patch.verifiedAt !== undefined) self.__verifiedAt = patch.verifiedAt
    return self
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
