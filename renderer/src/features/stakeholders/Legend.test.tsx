import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RELATIONSHIP_KINDS } from '#shared/schemas'
import { LINK_STYLE_TABLE, linkDashArray } from '#shared/domain/values'
import { renderScreen } from '#testing/renderScreen'
import { Legend } from './Legend'

describe('Legend', () => {
  it('draws each kind of link with the dashes and width the graph uses, each one different', () => {
    const { container } = renderScreen(<Legend />)
    const samples = RELATIONSHIP_KINDS.map((kind) => container.querySelector(`svg[data-kind="${kind}"] line`)!)
    expect(samples.map((line) => line.getAttribute('stroke-dasharray') ?? 'none')).toEqual(RELATIONSHIP_KINDS.map(linkDashArray))
    expect(samples.map((line) => Number(line.getAttribute('stroke-width')))).toEqual(RELATIONSHIP_KINDS.map((k) => LINK_STYLE_TABLE[k].width))
    expect(new Set(samples.map((line) => line.getAttribute('stroke-dasharray'))).size).toBe(4)
    // The rival's tees at both ends, the influence's arrow at one, none on an ally line.
    const marks = (kind: string) => container.querySelectorAll(`svg[data-kind="${kind}"] path`).length
    expect(RELATIONSHIP_KINDS.map(marks)).toEqual([1, 1, 0, 2])
  })

  it('says a dashed border is a vacant seat, and how the contact badge and other marks look', () => {
    renderScreen(<Legend />)
    expect(screen.getByText('Dashed border = vacant seat, find the successor')).toBeTruthy()
    expect(screen.getByText('“· 20 d since contact” under the name = contact due; faded fill = overdue')).toBeTruthy()
    expect(screen.getByText('Medium border = auxiliary line')).toBeTruthy()
    expect(screen.getByText('★ and yellow ring = coach')).toBeTruthy()
  })

  it('reads as a Chinese rep writes it', () => {
    renderScreen(<Legend />, { language: 'zh-CN' })
    expect(screen.getByText('虚线边框 = 空缺，待找接替者')).toBeTruthy()
    expect(screen.getByText('名字下「· 20天未联系」= 该联系了；底色变淡 = 太久没联系')).toBeTruthy()
  })
})
