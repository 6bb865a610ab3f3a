/**
 * Chinese job titles as data: the department stems a title is built from (采购 + 经理, 技术部 + 长), the
 * ranks, the titles that stand alone (总经理, 门卫, 出纳), and the short forms written after a surname
 * (王经理, 李工, 张总) with the title each stands for. Roles are not here: they come from the one role
 * table (contacts/titleRoles.ts), so the map's editor, the contacts import and capture agree.
 */

/** A department's stem, and the department a title built on it belongs to. */
export const DEPARTMENT_STEMS: readonly [stem: string, department: string][] = [
  ['采购', '采购部'], ['供应', '供应部'], ['物资', '物资部'], ['技术', '技术部'], ['研发', '研发中心'],
  ['工程', '工程部'], ['设计', '设计部'], ['工艺', '工艺科'], ['质量', '质量部'], ['质检', '质检部'],
  ['品质', '品质部'], ['品管', '品管部'], ['财务', '财务部'], ['生产', '生产部'], ['制造', '制造部'],
  ['设备', '设备科'], ['动力', '动力科'], ['仓库', '仓库'], ['仓储', '仓库'], ['物流', '物流部'],
  ['计划', '计划科'], ['行政', '行政部'], ['销售', '销售部'], ['市场', '市场部'], ['人事', '人事部'],
  ['安环', '安环部'], ['设计院', '设计院'], ['总工办', '总工办'], ['机械室', '机械室'], ['维修', '维修车间'], ['车间', '车间'], ['办公室', '办公室'], ['总经办', '总经办']
]

/** Ranks that follow a department (采购经理, 技术部长, 设备科长, 车间主任), longest first where one contains another. */
export const DEPARTMENT_RANKS = [
  '副部长', '部长', '副经理', '经理', '副主任', '主任', '副科长', '科长', '主管', '总监', '负责人', '处长', '组长',
  '班长', '专员', '工程师', '技术员', '保管员', '管理员', '检验员', '计划员', '员', '长'
] as const

/** Titles that stand alone, with the department they imply ('' when none does). */
export const STANDALONE_TITLES: readonly [title: string, department: string][] = [
  ['常务副总经理', '总经办'], ['副总经理', '总经办'], ['总经理助理', '总经办'], ['总经理秘书', '总经办'], ['总经理', '总经办'],
  ['副董事长', '总经办'], ['董事长秘书', '总经办'], ['董事长', '总经办'], ['董事', '总经办'], ['总裁', '总经办'], ['副总', '总经办'],
  ['老板娘', ''], ['老板', ''], ['副厂长', ''], ['厂长', ''], ['总工程师', '技术部'], ['总工', '技术部'], ['工程师', '技术部'],
  ['技术员', '技术部'], ['质检员', '质量部'], ['检验员', '质量部'], ['设计师', '设计部'], ['秘书', '办公室'], ['助理', ''],
  ['门卫', '门卫'], ['保安', '门卫'], ['前台', '前台'], ['文员', '办公室'], ['主办会计', '财务部'], ['会计', '财务部'],
  ['出纳', '财务部'], ['保管员', '仓库'], ['库管员', '仓库'], ['库管', '仓库'], ['仓管', '仓库'], ['操作工', '车间'],
  ['跟单员', '销售部'], ['计划员', '计划科'], ['采购员', '采购部'], ['调度', '生产部'], ['班长', '车间'], ['组长', '车间'],
  ['师傅', '车间'], ['顾问', ''], ['秘书长', ''], ['副总工', '技术部'], ['副部长', ''], ['部长', ''], ['副经理', ''], ['经理', ''],
  ['副主任', ''], ['主任', ''], ['科长', ''], ['主管', ''], ['队长', ''], ['院长', '']
]

/**
 * What a short form after a surname stands for (李工 is an engineer, 张总 the general manager), longest
 * first. `notBefore`: characters that, right after the form, make it an ordinary word instead (工作, 总部).
 */
export const SURNAME_FORMS: readonly { form: string; title: string; notBefore?: string }[] = [
  { form: '总经理', title: '总经理' }, { form: '总工', title: '总工程师', notBefore: '作人厂艺资具位期序况地' },
  { form: '经理', title: '经理' }, { form: '部长', title: '部长' }, { form: '科长', title: '科长' }, { form: '主任', title: '主任' },
  { form: '厂长', title: '厂长' }, { form: '处长', title: '处长' }, { form: '主管', title: '主管' }, { form: '总监', title: '总监' },
  { form: '董事长', title: '董事长' }, { form: '会计', title: '会计' }, { form: '秘书', title: '秘书' }, { form: '师傅', title: '师傅' },
  { form: '班长', title: '班长' }, { form: '组长', title: '组长' }, { form: '老板', title: '老板' }, { form: '老师', title: '' },
  { form: '博士', title: '' }, { form: '院长', title: '院长' }, { form: '队长', title: '队长' }, { form: '工程师', title: '工程师' },
  { form: '大姐', title: '' }, { form: '大哥', title: '' }, { form: '姐', title: '' }, { form: '哥', title: '' }, { form: '教授', title: '' }, { form: '董', title: '董事长', notBefore: '事' },
  { form: '工', title: '工程师', notBefore: '作人厂艺资具位期序况地程业会商种装件' },
  { form: '总', title: '总经理', notBefore: '部共是体量额结装价数计之成算' }
]
