import { describe, expect, it } from 'vitest'
import { orderKeyPeople, type RankedPerson } from './keyPeople'

const p = (name: string, roles: RankedPerson['roles'], influence: RankedPerson['influence'], departed = false) => ({ name, roles, influence, departed })

describe('orderKeyPeople', () => {
  it('puts the decision-makers first and the storekeeper last, however they were entered', () => {
    const people = [
      p('仓库保管员', ['user'], 'low'),
      p('采购员', ['buyer', 'executor'], 'medium'),
      p('财务总监', ['finance'], 'medium'),
      p('技术科长', ['technicalEvaluator', 'influencer'], 'high'),
      p('董事长', ['decisionMaker'], 'high')
    ]
    expect(orderKeyPeople(people).map((x) => x.name)).toEqual(['董事长', '技术科长', '财务总监', '采购员', '仓库保管员'])
  })

  it('orders people with the same role by influence, highest first, and keeps ties in their order', () => {
    const people = [p('甲', ['buyer'], 'low'), p('乙', ['buyer'], 'high'), p('丙', ['buyer'], 'medium'), p('丁', ['buyer'], 'medium')]
    expect(orderKeyPeople(people).map((x) => x.name)).toEqual(['乙', '丙', '丁', '甲'])
  })

  it('a person with several roles ranks by the most important one; people with no role and people who left come last', () => {
    const people = [p('无角色', [], 'high'), p('已离职总经理', ['decisionMaker'], 'high', true), p('兼任', ['user', 'decisionMaker'], 'low'), p('采购', ['buyer'], 'high')]
    expect(orderKeyPeople(people).map((x) => x.name)).toEqual(['兼任', '采购', '无角色', '已离职总经理'])
  })

  it('does not change the list it was given', () => {
    const people = [p('b', ['user'], 'low'), p('a', ['decisionMaker'], 'low')]
    orderKeyPeople(people)
    expect(people.map((x) => x.name)).toEqual(['b', 'a'])
  })
})
