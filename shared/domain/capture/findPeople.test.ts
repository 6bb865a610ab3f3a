import { describe, expect, it } from 'vitest'
import { findPeople } from './findPeople'

const people = (text: string) => findPeople(text).map((p) => [p.name, p.title, p.department, p.role])

describe('Chinese names', () => {
  it('reads a title before the name', () => {
    expect(people('门卫说采购部长孙海燕每天八点前到厂')).toEqual([['孙海燕', '采购部长', '采购部', 'buyer']])
  })
  it('reads a full name followed by its title, and one stated with 是', () => {
    expect(people('李明经理下周来')).toEqual([['李明', '经理', '', null]])
    expect(people('张伟是设备科长')).toEqual([['张伟', '设备科长', '设备科', 'user']])
  })
  it('reads surname forms with the title they stand for and the department before 的', () => {
    expect(people('技术部的刘工说温度太高')).toEqual([['刘工', '工程师', '技术部', 'technicalEvaluator']])
    expect(people('张总这周出差')).toEqual([['张总', '总经理', '', 'decisionMaker']])
  })
  it('reads 老/小 + surname, and compound surnames', () => {
    expect(people('保管员老王说有假货').map((p) => p[0])).toEqual(['老王'])
    expect(people('欧阳明答应帮我们问问').map((p) => p[0])).toEqual(['欧阳明'])
  })
  it('reads no one from words that start with a surname', () => {
    expect(people('周一高温，黄油马上到货，方案下周定')).toEqual([])
    expect(people('部门经理说小时工不够')).toEqual([])
  })
  it('ends a given name where the next word starts', () => {
    expect(people('采购经理江志刚说今年要降价').map((p) => p[0])).toEqual(['江志刚'])
    expect(people('跟单员汪静天天催交期').map((p) => p[0])).toEqual(['汪静'])
  })
})

describe('English names', () => {
  it('reads a name with its title in apposition, before it, or in brackets', () => {
    expect(people('Met Sarah Lin, procurement manager, who runs the quarterly tender.')).toEqual([['Sarah Lin', 'procurement manager', 'Purchasing', 'buyer']])
    expect(people('Their chief engineer Tom Becker wants data')).toEqual([['Tom Becker', 'chief engineer', 'Engineering', 'technicalEvaluator']])
    expect(people('Dr. Anna Weber (head of R&D) asked for samples')).toEqual([['Dr. Anna Weber', 'head of R&D', 'R&D', 'technicalEvaluator']])
  })
  it('reads pinyin names and honorifics with a department', () => {
    expect(people('CFO Li Ming and Mr. Zhang from purchasing')).toEqual([
      ['Li Ming', 'CFO', 'Finance', 'finance'],
      ['Mr. Zhang', '', 'Purchasing', 'buyer']
    ])
  })
  it('reads no one from companies, places, months and brands', () => {
    expect(people('General Electric and Bosch quoted in May for the Shanghai Plant; Lin Bearing Co. too.')).toEqual([])
  })
  it('names a person once, however often the note mentions them', () => {
    expect(people('Bill Carter ran the test; Bill wants 500 h more.').map((p) => p[0])).toEqual(['Bill Carter'])
  })
})

describe('roles from the sentence', () => {
  it('tells a coach from what they do for us', () => {
    expect(findPeople('欧阳明答应帮我们介绍技术部长李明').map((p) => [p.name, p.coach])).toEqual([['欧阳明', true], ['李明', false]])
    expect(findPeople('Deepa Iyer tipped us off about the tender').map((p) => p.coach)).toEqual([true])
  })
  it('reads a duty when no title is given, and outsiders as influencers', () => {
    expect(people('老万负责采购，快退休了')).toEqual([['老万', '', '采购部', 'buyer']])
    expect(people('设计院的韩工说了算').map((p) => p[3])).toEqual(['influencer'])
  })
})
