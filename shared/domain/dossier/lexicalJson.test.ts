import { describe, expect, it } from 'vitest'
import { checkSectionContent, extractPlainText } from './lexicalJson'
import { cell, doc, finding, heading, image, linebreak, list, listItem, mention, paragraph, row, table, text } from './fixtures'

describe('extractPlainText', () => {
  it('gives one line per block, Chinese and English alike, with mentions and findings inline', () => {
    const state = doc(
      heading('h2', text('门卫')),
      paragraph(text('门卫说'), text('老板姓王', 1), text('，每周二进货。')),
      paragraph(text('Buyer is '), mention('s1', '李总'), text('.')),
      paragraph(text('采购'), finding({ findingId: 'f1' }, text('每月用 200 套')), text('左右')),
      list('check', listItem([text('主要产品')], false), listItem([text('Owner phone')], true)),
      paragraph(),
      paragraph(text('line one'), linebreak(), text('line two')),
      paragraph(image('a1'))
    )
    expect(extractPlainText(state)).toBe(
      ['门卫', '门卫说老板姓王，每周二进货。', 'Buyer is @李总.', '采购每月用 200 套左右', '主要产品', 'Owner phone', 'line one', 'line two'].join('\n')
    )
  })

  it('writes table rows as tab-separated cells', () => {
    const state = doc(
      table(row(cell(paragraph(text('品牌'))), cell(paragraph(text('型号')))), row(cell(paragraph(text('SKF'))), cell(paragraph(text('6204-2RS')))))
    )
    expect(extractPlainText(state)).toBe('品牌\t型号\nSKF\t6204-2RS')
  })

  it('gives an empty string for null, empty or invalid content', () => {
    expect(extractPlainText(null)).toBe('')
    expect(extractPlainText(doc(paragraph()))).toBe('')
    expect(extractPlainText({ root: { type: 'root', children: [{ type: 'youtube' }] } })).toBe('')
  })
})

describe('checkSectionContent', () => {
  it('accepts what the editor writes', () => {
    const state = doc(paragraph(text('x'), finding({ findingId: 'f', channel: 'external' }, text('y')), mention('s', 'A')))
    expect(checkSectionContent(state).ok).toBe(true)
    // …and survives a JSON round trip unchanged (what IndexedDB stores is a structured clone of it).
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
  })

  it.each([
    ['not an object', 'nonsense', '(root)'],
    ['no root', {}, 'root'],
    ['children not a list', { root: { type: 'root', children: 'x' } }, 'root.children'],
    ['unknown node type', doc(paragraph({ type: 'video' })), 'unknown node type "video"'],
    ['text without text', doc(paragraph({ type: 'text' })), 'text node without text'],
    ['finding with a bad confidence', doc(paragraph(finding({ findingId: 'f', confidence: 'sure' as never }, text('a')))), 'invalid finding'],
    ['mention without a person', doc(paragraph({ type: 'mention', name: 'x' })), 'invalid mention']
  ])('rejects %s with a reason', (_name, content, reason) => {
    const result = checkSectionContent(content)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })
})
