// Words the scale book is made of: the companies, people and notes of a key-account rep in Chinese
// industry, with a share of English-speaking (foreign-owned) accounts. Plain data, no imports, so the
// bare React page can build the same account names without the app's code.

export const CITIES = ['苏州', '无锡', '常州', '宁波', '温州', '佛山', '东莞', '青岛', '烟台', '合肥', '昆山', '嘉兴', '台州', '泉州', '潍坊', '芜湖', '襄阳', '株洲', '柳州', '重庆']
export const BRANDS = ['恒达', '华盛', '永信', '金鼎', '宏远', '鑫源', '博奥', '天成', '瑞丰', '中科', '东方', '海天', '正泰', '联合', '新锐', '力拓', '长城', '汇通', '万向', '嘉禾', '德胜', '精工', '宇通', '神力', '凯达', '九州', '龙腾', '盛世', '通用', '富华']
export const TRADES = ['精密机械', '汽车零部件', '纺织机械', '电机', '轴承', '注塑', '五金', '泵阀', '机床', '风电设备', '液压件', '模具', '压缩机', '减速机', '包装机械']
export const SUFFIXES = ['有限公司', '股份有限公司', '制造有限公司', '科技有限公司', '集团有限公司']
export const DISTRICTS = ['工业园区', '高新区', '经济开发区', '新区', '保税区']
export const ROADS = ['长江路', '黄河路', '人民路', '工业大道', '创业路', '科技路', '星湖街', '金鸡湖大道']

export const EN_BRANDS = ['Apex', 'Nordic', 'Summit', 'Keystone', 'Pioneer', 'Atlas', 'Vertex', 'Meridian', 'Sterling', 'Harbor', 'Falcon', 'Orion', 'Crestline', 'Redwood', 'Bluewater', 'Ironbridge', 'Silverline', 'Granite', 'Evergreen', 'Northstar']
export const EN_TRADES = ['Bearings', 'Precision Parts', 'Motors', 'Hydraulics', 'Gearboxes', 'Packaging Systems', 'Pumps & Valves', 'Machine Tools', 'Automotive Components', 'Molding', 'Compressors', 'Wind Components']
export const EN_SUFFIXES = ['Ltd.', 'Co., Ltd.', '(Suzhou) Co., Ltd.', 'Manufacturing Ltd.', 'Industries']
export const EN_INDUSTRIES = ['Machinery', 'Automotive parts', 'Electric motors', 'Hydraulics', 'Packaging', 'Wind energy', 'Machine tools']

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤'
export const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红波辉鹏宇飞斌浩凯琳晨阳雪梅海峰文博俊嘉欣'
export const EN_FIRST = ['Michael', 'David', 'Sarah', 'Anna', 'Thomas', 'Laura', 'Peter', 'Julia', 'Mark', 'Elena', 'Jonas', 'Kevin', 'Linda', 'Stefan', 'Grace', 'Daniel', 'Sophie', 'Frank', 'Emily', 'Lucas']
export const EN_LAST = ['Chen', 'Wong', 'Müller', 'Schmidt', 'Smith', 'Johnson', 'Weber', 'Fischer', 'Lee', 'Brown', 'Nakamura', 'Rossi', 'Meyer', 'Taylor', 'Lin', 'Hoffmann', 'Clark', 'Walker', 'Zhang', 'Becker']

/** Department and the titles found in it, Chinese and English. */
export const DEPARTMENTS: readonly { zh: string; en: string; titles: readonly string[]; enTitles: readonly string[] }[] = [
  { zh: '总经办', en: 'Management', titles: ['总经理', '副总经理', '董事长', '总经理助理'], enTitles: ['General Manager', 'Deputy GM', 'Managing Director'] },
  { zh: '采购部', en: 'Purchasing', titles: ['采购部经理', '采购主管', '采购员', '供应商开发工程师'], enTitles: ['Purchasing Manager', 'Buyer', 'Supplier Quality Engineer'] },
  { zh: '技术部', en: 'Engineering', titles: ['技术部主任', '总工程师', '工艺工程师', '设计工程师'], enTitles: ['Chief Engineer', 'Process Engineer', 'Design Engineer'] },
  { zh: '生产部', en: 'Production', titles: ['生产副总', '车间主任', '班组长', '生产计划员'], enTitles: ['Plant Manager', 'Shift Supervisor', 'Production Planner'] },
  { zh: '设备部', en: 'Maintenance', titles: ['设备科长', '设备工程师', '维修主管'], enTitles: ['Maintenance Manager', 'Maintenance Engineer'] },
  { zh: '质量部', en: 'Quality', titles: ['质量部经理', '质检员', '体系工程师'], enTitles: ['Quality Manager', 'QA Engineer'] },
  { zh: '财务部', en: 'Finance', titles: ['财务总监', '财务经理', '会计'], enTitles: ['CFO', 'Finance Manager', 'Accountant'] },
  { zh: '仓库', en: 'Warehouse', titles: ['仓库主管', '仓库管理员'], enTitles: ['Warehouse Supervisor', 'Storekeeper'] }
]

export const CARES = ['交期稳定、质量一致', '降低总成本', '售后响应快', '技术支持到位', '付款条件灵活', '国产替代、供货安全', '减少停机时间', 'Lead time and stable quality', 'Total cost of ownership', 'Local engineering support']

/** Dossier sentences per channel, Chinese and English, as a rep writes them down. */
export const NOTES: Record<string, readonly string[]> = {
  gatekeeper: ['门卫说老板姓王，每周二上午来厂，采购的事基本由老板娘管。', '前台说下周有供应商大会，外地车很多。', 'The receptionist said the plant manager usually arrives before eight.', '保安提到最近夜班加了一条线，晚上十点后还在出货。'],
  warehouse: ['仓库里看到 SKF 和 NSK 的箱子，型号多为 6204、6205，生产日期是去年。', 'The storekeeper showed us NSK boxes, mostly 6205 and 6206, about two months of stock.', '库管说每月消耗约三千套，备货一般留两周。', '仓库角落有一批退货，标签写着“尺寸超差”。'],
  production: ['车间主任说主轴转速一万二，润滑用的是锂基脂，夏天温度偏高。', 'Line 3 runs three shifts; the bearing on the spindle is replaced every six weeks.', '冲压线停机主要因为轴承抱死，平均每月两次。', '新上的自动化线用的是进口减速机，调试还没完成。'],
  engineering: ['技术部在做新一代电机，样机要求噪音低于 65 分贝。', 'Engineering wants a sealed version with food-grade grease for the new line.', '总工说明年上半年要完成国产化替代验证。', '图纸上标注的公差是 P5 级，目前供应商只能稳定做到 P6。'],
  purchasing: ['采购每年春天招标，付款是 90 天银行承兑。', 'Purchasing runs a tender every spring; payment is 90 days by bank acceptance.', '采购经理说价格不是唯一标准，更看重交期。', '年度框架合同十一月续签，需要提前一个月报价。'],
  external: ['官网显示他们有 IATF 16949 认证，员工约一千二百人。', 'A trade-fair catalogue lists them as a tier-1 supplier to two German OEMs.', '企查查显示注册资本五千万，去年新增一块工业用地。', '行业协会的朋友说他们在谈一个海外订单。'],
  notes: ['下次带样品和检测报告，约技术部一起看。', 'Follow up with a TCO comparison before the budget meeting.', '老板娘喜欢喝普洱，聊天可以从茶开始。', '注意：竞争对手上个月刚降价 5%。']
}

export const OBJECTIVES = ['技术交流与样品反馈', '确认年度用量和交期', '介绍新产品线', '处理上次的质量投诉', '见一下采购经理，了解招标时间', 'Present the TCO study', 'Plant tour with the maintenance team', '谈框架合同续签', '拜访总工，确认国产化替代计划']
export const OUTCOMES = ['对方同意试用两套，下个月反馈。', '采购说价格偏高，需要再谈。', 'They agreed to a trial on line 3.', '技术部认可方案，等老板拍板。', '见到了车间主任，了解到停机原因。', '没见到关键人，只留了资料。', 'Quality issue closed; they want a corrective action report.', '报价已提交，等招标结果。']
export const NEXT_REASONS = ['送样品和检测报告', '跟进试用结果', 'Bring the revised quote', '约总经理吃饭', '参加对方的供应商大会', '回访售后问题']
export const QUESTIONS = ['今年的采购预算有多少？', '谁最后拍板？', '现在的供应商有什么不满意？', 'When does the framework contract expire?', '停机一次损失多少？', '招标什么时候开始？']
export const ANSWERS = ['大约三百万，比去年多一成。', '总经理，但技术部有否决权。', '交期不稳定，上次断货两周。', 'End of November.', '一小时大约两万元。', '明年三月。']
export const TASKS = ['寄样品', '发检测报告', 'Send the revised quote', '约技术交流会', '整理竞品对比表', '问财务付款进度']

export const OBJECTIONS: readonly { content: 'price' | 'product' | 'timing' | 'service' | 'need' | 'abilityToPay' | 'salesperson'; text: string; response: string }[] = [
  { content: 'price', text: '你们的价格比现在的供应商高 15%。', response: '按总成本算，寿命长一倍，停机少，一年反而省钱。' },
  { content: 'product', text: '国产轴承的寿命我们不放心。', response: '提供第三方检测报告，并免费试用三个月。' },
  { content: 'timing', text: '今年预算已经定了，明年再说。', response: '先做小批量试用，明年直接进框架合同。' },
  { content: 'service', text: 'Your service engineer is two hours away.', response: 'We keep a stock and an engineer in Suzhou from next month.' },
  { content: 'need', text: '现在用得好好的，没必要换。', response: '上个月两次停机，每次损失不小，值得算一笔账。' },
  { content: 'abilityToPay', text: '付款只能 180 天。', response: '可以谈 90 天承兑加小额预付。' }
]
export const OBJECTION_ANSWERS = [
  { content: 'price' as const, text: '先算总成本：寿命、停机、库存，再谈单价。' },
  { content: 'product' as const, text: '拿第三方检测报告和同行案例说话，提供试用。' },
  { content: 'timing' as const, text: '从小批量试用开始，把明年的框架合同提前锁定。' },
  { content: 'service' as const, text: 'Name the local engineer and the stock we keep nearby.' }
]

export const SUPPLIERS = ['SKF', 'NSK', 'FAG (Schaeffler)', 'NTN', 'Timken', '人本集团', '瓦轴', '洛轴', 'KOYO', '哈轴']
export const WEAKNESSES = ['交期长，经常断货', '价格高，付款条件硬', 'Slow technical support', '代理商服务差', '假货多，渠道乱', '质量波动']
