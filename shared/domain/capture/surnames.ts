/**
 * Chinese surnames, as data: the ~300 single-character surnames that cover nearly everyone, and the
 * compound ones a rep will meet. COMMON is the set safe after 老/小 and in bare names; the rest need a
 * stronger cue (a title next to the name).
 */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭曾萧肖田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹熊孟秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'

/** Single-character surnames also common as ordinary words; they make a person only next to a title or a cue. */
export const AMBIGUOUS_SURNAMES = '时于和明海南国平来都门云信元由公全强高周方白金黄石文安成华师车单修计管房盘商花区路包卫党宫母井米相初司'

/** Two-character surnames, matched before the single-character ones. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '慕容', '司徒', '皇甫', '尉迟', '公孙', '长孙', '宇文', '令狐', '夏侯',
  '端木', '西门', '南宫', '独孤', '轩辕', '万俟', '闻人', '澹台', '公冶', '呼延', '赫连', '申屠', '太史', '钟离'
] as const

const SINGLE = new Set(COMMON_SURNAMES)
const AMBIGUOUS = new Set(AMBIGUOUS_SURNAMES)
const COMPOUND = new Set<string>(COMPOUND_SURNAMES)

/** The surname starting at `index` (compound first), or ''. */
export function surnameAt(text: string, index: number): string {
  const two = text.slice(index, index + 2)
  if (COMPOUND.has(two)) return two
  const one = text[index] ?? ''
  return SINGLE.has(one) ? one : ''
}

/** Whether a surname is safe to read as one without a title beside it (not also an everyday word). */
export function isUnambiguousSurname(surname: string): boolean {
  return surname.length === 2 || !AMBIGUOUS.has(surname)
}

/** Words that start with a surname but name no one (高温, 马上, 黄油): never read as a name. */
export const EVERYDAY_WORDS = [
  '王牌', '马达', '马上', '黄油', '金额', '金属', '高温', '高速', '高压', '高端', '周期', '周边', '周末', '周转', '方案', '方法',
  '方便', '方面', '石化', '石油', '江苏', '江西', '林业', '陈旧', '程序', '程度', '钱款', '毛刺', '毛坯', '毛病', '段落', '龙门',
  '史上', '陶瓷', '贺卡', '顾客', '万一', '万元', '钟点', '包装', '关系', '关键', '单位', '项目', '计划', '管理', '管道', '房间',
  '盘点', '商量', '花费', '区域', '路线', '卫生', '温度', '康复', '安装', '安全', '成本', '成品', '华东', '华南', '华北',
  '文件', '白班', '夜班', '常规', '常用', '齐全', '易损', '乐意', '连续', '连接', '强度', '强调',
  '苏州', '雷达', '牛皮', '罗拉', '司机', '冷却', '冷库', '田间', '韩国', '余量', '余款', '杜绝',
  '严格', '严重', '武汉', '钟表', '甘肃', '宁波', '祝贺', '凌晨', '毕业', '季度', '解决', '解释', '简单', '简化', '车间',
  '车床', '储备', '原因', '原来', '原厂', '原装', '原材', '劳保', '皮带', '闻到', '权限',
  '强制', '练习', '廉价', '井下', '巴西', '丰富', '支付', '支持', '平时', '计算', '国产', '国外', '国内', '宣传', '晋升',
  '相关', '初步', '门口', '容易', '容量', '敬请', '都是', '来回', '羊毛', '修理', '修改', '宿舍',
  '鲜明', '印刷', '隆重', '诸如', '战略', '危险', '玉米', '银行', '公司', '公斤', '公差', '利润', '干燥',
  '但是', '元件', '信息', '信用', '展会', '智能', '富余',
  '由于', '沙子', '荣誉', '仲裁', '明年', '明显', '明确', '明细',
  '海外', '海关', '南京', '南方', '于是', '和平', '时间', '时候', '全部', '全年', '黄色', '白色', '金华', '石家', '文化', '周三',
  '周一', '周二', '周四', '周五', '周六', '周日', '高层', '高管', '方向', '毛利', '章程', '岳阳',
  '申请', '申报', '欧洲', '欧元', '耿直', '关注', '关于', '兰州', '焦作', '左右', '柳州', '包括', '宁愿', '尚未', '符合',
  '舒适', '纪要', '凌乱', '涂层', '涂装', '成都', '苗头', '盛行', '曲轴', '曲线',
  '蓝色', '路上', '辛苦', '管控', '柴油', '华为', '房子', '滕州',
  '屈服', '解答', '尤其', '阳光', '时代', '农业', '司法', '卓越', '古代', '吉林', '简历',
  '车辆', '项下', '费用', '冷轧',
  '席位', '卫星', '宗旨', '桂林', '全国', '应该', '应当', '应用',
  '边缘', '师傅', '和谐', '商务', '沙发', '荣获'
]
const EVERYDAY = new Set(EVERYDAY_WORDS)

/** Whether the two characters at `index` make an everyday word rather than a surname and a name. */
export function isEverydayWord(text: string, index: number): boolean {
  return EVERYDAY.has(text.slice(index, index + 2))
}
