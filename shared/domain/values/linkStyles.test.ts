import { describe, expect, it } from 'vitest'
import { RELATIONSHIP_KINDS } from '#shared/schemas/enums'
import { LINK_STYLE_TABLE, linkDashArray } from './linkStyles'

describe('link style table', () => {
  it('has a line for every kind of link, and no two kinds share a dash style or a dash pattern', () => {
    expect(Object.keys(LINK_STYLE_TABLE).sort()).toEqual([...RELATIONSHIP_KINDS].sort())
    const dashes = RELATIONSHIP_KINDS.map((kind) => LINK_STYLE_TABLE[kind].dash)
    expect(new Set(dashes).size).toBe(RELATIONSHIP_KINDS.length)
    expect(new Set(RELATIONSHIP_KINDS.map(linkDashArray)).size).toBe(RELATIONSHIP_KINDS.length)
  })

  it('draws a solid line without a pattern and every broken line with one that matches its name', () => {
    for (const kind of RELATIONSHIP_KINDS) {
      const { dash, dashPattern } = LINK_STYLE_TABLE[kind]
      expect(dashPattern === null, kind).toBe(dash === 'solid')
      // Dash, gap, dash, gap: a dash-dot has two dashes of different lengths per round, the others one.
      if (dashPattern) expect(dashPattern.length, kind).toBe(dash === 'dashDot' ? 4 : 2)
    }
    const [dot] = LINK_STYLE_TABLE.ally.dashPattern
    expect(dot).toBeLessThan(LINK_STYLE_TABLE.ally.width)
    expect(LINK_STYLE_TABLE.ally.cap).toBe('round')
  })

  it('gives the SVG dash array of each kind', () => {
    expect(linkDashArray('reportsTo')).toBe('none')
    expect(linkDashArray('influences')).toBe('9 5')
    expect(linkDashArray('ally')).toBe('0.5 7')
    expect(linkDashArray('rival')).toBe('12 4 2 4')
  })

  it('points a reports-to line at the manager and an influence at the person influenced; rivals meet head on', () => {
    expect([LINK_STYLE_TABLE.reportsTo.fromArrow, LINK_STYLE_TABLE.reportsTo.toArrow]).toEqual(['none', 'triangle'])
    expect([LINK_STYLE_TABLE.influences.fromArrow, LINK_STYLE_TABLE.influences.toArrow]).toEqual(['none', 'vee'])
    expect([LINK_STYLE_TABLE.ally.fromArrow, LINK_STYLE_TABLE.ally.toArrow]).toEqual(['none', 'none'])
    expect([LINK_STYLE_TABLE.rival.fromArrow, LINK_STYLE_TABLE.rival.toArrow]).toEqual(['tee', 'tee'])
  })
})
