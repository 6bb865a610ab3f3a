import { describe, expect, it } from 'vitest'
import { buildBriefModel, defaultBriefOptions } from '../domain/brief/briefModel'
import { briefInput } from '../domain/brief/briefFixture'
import { renderBriefHtml } from '../domain/brief/renderBriefHtml'
import { halfWidthPunctuation } from './punctuation'
import { zhCN } from './zh-CN'

describe('full-width punctuation in Chinese', () => {
  it('flags ASCII : , ( ) ; ? ! next to Chinese text', () => {
    expect(halfWidthPunctuation('见到的人: 张伟')).toEqual(['见到的人: 张伟'])
    expect(halfWidthPunctuation('采购经理,技术部')).toHaveLength(1)
    expect(halfWidthPunctuation('新建客户 (Ctrl+N)')).toHaveLength(1)
    expect(halfWidthPunctuation('确定删除吗?')).toHaveLength(1)
    expect(halfWidthPunctuation('已保存!')).toHaveLength(1)
    expect(halfWidthPunctuation('先联系;再拜访')).toHaveLength(1)
  })

  it('leaves placeholders, times, URLs, shortcuts and full-width text alone', () => {
    expect(halfWidthPunctuation('见到的人：张伟（采购），好吗？')).toEqual([])
    expect(halfWidthPunctuation('如 09:30 开会')).toEqual([])
    expect(halfWidthPunctuation('按 Ctrl+K 搜索')).toEqual([])
    expect(halfWidthPunctuation('{count, plural, one {# 天} other {# 天}}')).toEqual([])
    expect(halfWidthPunctuation('官网 https://example.com/a,b 上写的')).toEqual([])
    expect(halfWidthPunctuation('Account Atlas (beta)')).toEqual([])
  })

  it('every zh-CN message uses full-width punctuation', () => {
    const hits = Object.entries(zhCN).flatMap(([key, text]) => halfWidthPunctuation(text).map((hit) => `${key}: ${hit}`))
    expect(hits).toEqual([])
  })

  it('the Chinese brief puts a full-width colon after its labels', () => {
    const input = briefInput()
    const html = renderBriefHtml(
      buildBriefModel(
        { ...input, account: { ...input.account, address: '江苏省苏州市工业园区星湖街 1 号', productLines: '数控车床' } },
        { ...defaultBriefOptions(), includeSensitive: true, channels: ['gatekeeper', 'external'] }
      ),
      'zh-CN'
    )
    const text = html
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ')
    expect(text).toContain('地址：江苏省苏州市')
    expect(halfWidthPunctuation(text)).toEqual([])
  })
})
