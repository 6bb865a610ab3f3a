import { describe, expect, it } from 'vitest'
import { roleFromTitle } from './titleRoles'

describe('roleFromTitle', () => {
  it.each([
    ['采购部长', 'buyer'],
    ['采购总监', 'buyer'],
    ['Procurement Manager', 'buyer'],
    ['技术部长', 'technicalEvaluator'],
    ['总工程师', 'technicalEvaluator'],
    ['Chief Engineer', 'technicalEvaluator'],
    ['总经理', 'decisionMaker'],
    ['董事长', 'decisionMaker'],
    ['Plant Director', 'decisionMaker'],
    ['总经理助理', 'gatekeeper'],
    ['Receptionist', 'gatekeeper'],
    ['财务总监', 'finance'],
    ['CFO', 'finance'],
    ['出纳', 'finance'],
    ['车间主任', 'user'],
    ['仓库保管员', 'user'],
    ['生产部长', 'user'],
    ['跟单员', 'executor'],
    ['Order Clerk', 'executor'],
    ['设计院主任', 'influencer'],
    ['Technical Advisor', 'influencer']
  ])('%s suggests %s', (title, role) => {
    expect(roleFromTitle(title)).toBe(role)
  })

  it('falls back to the department, and suggests nothing it cannot tell', () => {
    expect(roleFromTitle('经理', '采购部')).toBe('buyer')
    expect(roleFromTitle('Manager')).toBeNull()
    expect(roleFromTitle('')).toBeNull()
  })
})
