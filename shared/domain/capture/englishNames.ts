/**
 * English name data: common first names (several countries, as reps meet them at plants abroad and at
 * foreign-owned plants in China), honorifics, and capitalised words that are never names in a rep's notes.
 */
export const FIRST_NAMES = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Tom Charles Chris Christopher Daniel Dan Matthew Matt Anthony Mark
  Donald Steven Steve Paul Andrew Andy Joshua Kenneth Kevin Brian George Edward Ronald Timothy Tim Jason Jeff Jeffrey Ryan Jacob Gary
  Nicholas Nick Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Ben Samuel Sam Frank Gregory Greg Raymond Alexander Alex
  Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Peter Nathan Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger
  Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan Bruce Willie Gabriel Alan Juan
  Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip Phil Bobby Johnny Bradley Mike Bill Bob Jim Tony Ted Ed Rob Rick
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily
  Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna
  Brenda Pamela Nicole Emma Samantha Katherine Kate Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia
  Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria
  Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa
  Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Lucy Claire Chloe Zoe Mia Ella Amelia Grace Ava Eva Nina
  Hans Klaus Jürgen Juergen Stefan Uwe Wolfgang Dieter Helmut Markus Florian Tobias Lukas Jan Jens Sven Matthias Andreas Thorsten
  Frank Bernd Holger Ralf Rainer Karl Heinz Günter Gunter Werner Manfred Horst Anja Katrin Petra Sabine Claudia Monika Ursula
  Birgit Heike Susanne Silke Ingrid Greta Lena Leonie Lea Franziska Johanna Elke Jutta Kerstin Nadine Simone Tanja
  Raj Rajesh Ravi Amit Anil Sunil Vijay Sanjay Rahul Arjun Vikram Suresh Ramesh Deepak Manoj Ajay Ashok Prakash Kiran Arun Nikhil
  Rohit Sandeep Priya Anjali Pooja Neha Sunita Kavita Divya Lakshmi Meera Deepa Anita Shreya Ananya Aisha Fatima Omar Ahmed Ali
  Hiroshi Takeshi Kenji Yuki Akira Satoshi Haruto Yuko Keiko Naoko Min Seo Ji Hyun Jin Kim Park Lee
  Pierre Jean Luc Marc Philippe Nicolas Julien Antoine Sophie Camille Isabelle Nathalie Céline Marco Luca Giovanni Giuseppe Matteo
  Francesca Giulia Chiara Carlos Miguel Javier Pedro Luis Pablo Diego Sofia Lucia Carmen Elena Ivan Dmitri Sergei Olga Natasha
  Lars Erik Nils Anders Magnus Ingrid Astrid Karin Pieter Joost Bram Sanne Femke Mateusz Piotr Tomasz Katarzyna Agnieszka
  Jenny Vicky Wendy Cindy Tina Annie Amy Grace Kevin Jason Eric Jack Leo Max Oscar Felix Simon Martin Oliver Harry Charlie Luke Owen
  Ian Neil Colin Dirk Kumar Hoffmann Graham Stuart Gavin Craig Derek Trevor Darren Wei Ming Jun Hui Li Lei Fang Jing Yan Ying`
    .split(/\s+/)
    .filter(Boolean)
)

export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Mx', 'Old', 'Little', 'Young'] as const

/** Capitalised words in a rep's notes that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set(
  `The A An This That These Those Their Our Your His Her Its My We They He She It I You Met Meet Meeting Called Call Spoke Speak Visited
  Visit Saw Asked Told Said Says Emailed Phoned Texted Got Had Has Have Will Would Should Could Can May Might Must Shall Need Needs Next
  Last First Second Third New Today Tomorrow Yesterday Tonight Morning Afternoon Evening Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday January February March April June July August September October November December Jan Feb Mar Apr Jul Aug Sep
  Sept Oct Nov Dec Q1 Q2 Q3 Q4 After Before During Since Until While When Where Why How What Who Whom Which If Then Also And But Or So
  Not No Yes Per Via From To In On At By For With Without About Around Over Under Between Both Each Every All Some Any Most Many Much
  Both Only Just Still Already Again Apparently According Note Notes Follow Followup Action Todo Update Re Fw Fwd Please Thanks Thank
  Inc Ltd Co Corp Corporation Company Group Gmbh GmbH AG SA Plc LLC Limited Holdings Industries Industrial Industry Machinery Machine
  Machines Bearing Bearings Works Plant Factory Mill Motors Motor Automotive Electric Electrical Electronics Systems Solutions Technologies
  Technology Tech Engineering Manufacturing Precision Steel Tools Tooling Hydraulics Gear Gears Parts Components Trading Logistics
  International Global National China Chinese Shanghai Beijing Shenzhen Guangzhou Tianjin Suzhou Wuxi Ningbo Hangzhou Nanjing Qingdao
  Dalian Harbin Wuhan Chengdu Chongqing Xian Jiangsu Zhejiang Guangdong Shandong Hebei Henan Germany German Europe European Asia America
  American India Indian Japan Japanese Korea Korean Stuttgart Munich Detroit Chicago East West North South Central Pacific Atlantic
  SKF NSK FAG NTN Timken Schaeffler INA Koyo NACHI HRB ZWZ LYC Bosch Rexroth Siemens ABB Sany XCMG Zoomlion Haier Midea BYD Geely Foxconn
  Caterpillar Komatsu Volvo Toyota Honda Ford GM Tesla Huawei Alibaba Amazon Google Microsoft Apple Excel Word PDF WeChat DingTalk Email
  RFQ RFP PO ERP SAP CRM KPI ROI QC QA ISO IATF PPAP OEM ODM MOQ FOB CIF EXW VAT RMB CNY USD EUR Purchasing Procurement Finance Sales
  Production Quality Maintenance Warehouse Marketing Management Reception Engineering Operations Accounts Admin Office Department Dept
  Team Board Committee Tender Bid Contract Quote Quotation Order Invoice Payment Delivery Sample Samples Trial Audit Price Prices Budget
  Line Lines Shift Model Series Type Grade Spec Specs Drawing Drawings Project Projects Site Building Hall Gate Lobby Canteen Room`
    .split(/\s+/)
    .filter(Boolean)
)

/** Common Chinese surnames in pinyin, for names written the English way (Zhang Wei, David Chen). */
export const PINYIN_SURNAMES = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao
  Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lv Lu Ding Shen Ren Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu
  Fang Zou Xiong Meng Qin Qiu Yin Xue Yan Duan Lei Hou Long Shi Tao Li Mao Hao Gong Shao Wan Qian Yan Qin Dai Mo Kong Xiang Chang Kang
  Niu Qi Qiao Wen Ou Chan Cheung Wong Leung Chow Lam Ng Ho Tsang Yip Kwok Lau Chu Tse Lai Tsui Lo Koh Teo Tan Lim Goh Ong Chua`
    .split(/\s+/)
    .filter(Boolean)
)

const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|iao|uai|van|ai|ei|ao|ou|an|en|in|un|ua|uo|ue|ui|ia|ie|iu|er|a|o|e|i|u|v)/

/** Whether a capitalised word reads as one or two pinyin syllables (Wei, Jianguo, Haiyan). */
export function isPinyinName(word: string): boolean {
  const rest = word.toLowerCase()
  const first = SYLLABLE.exec(rest)
  if (!first) return false
  const tail = rest.slice(first[0].length)
  if (tail === '') return true
  const second = SYLLABLE.exec(tail)
  return second !== null && second[0].length === tail.length
}
