// Helpers for the data layer's own tests (not exported from index.ts).
import { emptyAccountDraft, type AccountDraft, type StakeholderDraft } from '#shared/schemas'
import { AtlasDb } from './db'

/** A fresh database with a unique name, so tests never share state. */
export function freshDb(): AtlasDb {
  return new AtlasDb(`atlas-test-${globalThis.crypto.randomUUID()}`)
}

/** A clock that advances by `step` ms on each call, starting at `start`. */
export function fakeClock(start = 1_700_000_000_000, step = 1000): { now: () => number; peek: () => number } {
  let t = start - step
  return {
    now: () => (t += step),
    peek: () => t
  }
}

/** An account draft with every field set to a non-default value, Chinese text included. */
export function fullAccountDraft(): AccountDraft {
  return {
    name: '华东精密机械有限公司',
    industry: '汽车零部件',
    address: '上海市浦东新区张江路 88 号',
    ownership: 'jointVenture',
    employees: 1200,
    annualRevenue: 350_000_000.5,
    productLines: '变速箱壳体、转向节\n第二行',
    productionTechnology: '高压铸造 + CNC',
    informationSource: '展会 (Auto China 2024)',
    creditNotes: '付款周期 90 天，信用良好',
    projectInfo: '新工厂二期扩建，预计 Q3 招标',
    responsibleDepartment: '采购部',
    responsiblePerson: '王经理',
    responsiblePhone: '+86 21 5555 0100',
    classification: 'target',
    positioning: 'long',
    orgGrade: 'A',
    buyerGrade: 'B',
    cadenceOverrideDays: 10,
    pyramidTier: 'vip',
    stage: 'negotiate',
    stageHistory: [{ stage: 'negotiate', at: 1_700_000_000_000 }],
    qualification: {
      productFitsIndustry: true,
      projectKnown: true,
      technologyMatches: false,
      goodCredit: true,
      healthyOperations: true,
      talksToUsingDepartment: false,
      talksToDecisionMaker: true,
      needConfirmed: false
    },
    financial: {
      currentRatio: 1.8,
      netMarginPct: -2.5,
      returnOnAssetsPct: 6.1,
      collectionDays: 90,
      inventoryDays: 45
    }
  }
}

export function accountDraft(overrides: Partial<AccountDraft> = {}): AccountDraft {
  return { ...emptyAccountDraft(), name: 'Acme', ...overrides }
}

export function stakeholderDraft(accountId: string, overrides: Partial<StakeholderDraft> = {}): StakeholderDraft {
  return {
    accountId,
    name: '李总',
    title: '总经理',
    department: '总经办',
    phone: '138 0000 0000',
    email: 'li@example.cn',
    messaging: 'WeChat: li_zong',
    roles: ['decisionMaker', 'finance'],
    stance: 'supporter',
    influence: 'high',
    relationshipStage: 'trust',
    isCoach: false,
    line: 'main',
    personality: 'rational',
    caresAbout: '交期与质量',
    sensitiveNotes: '孩子在读高三',
    departedAt: null,
    position: { x: 10, y: -20.5 },
    talkingPoints: [],
    ...overrides
  }
}
