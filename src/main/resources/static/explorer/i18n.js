// Chinese first, English on request; the choice survives reloads. Enum labels follow the schema's descriptions.

const LANG_KEY = 'moneygraph.lang';

const TEXT = {
  brand: ['问责与资金图谱', 'Accountability & money graph'],
  search: ['搜索', 'Search'],
  searchPlaceholder: ['搜索项目、地区、单位、资金……如 张河村、S216、88.84亿元', 'Search projects, places, units, funds… e.g. 张河村, S216, 88.84亿元'],
  token: ['访问令牌', 'Access token'],
  tokenLabel: ['访问令牌（Bearer）', 'Access token (Bearer)'],
  tokenSave: ['保存', 'Save'],
  tokenClear: ['清除', 'Clear'],
  tokenHint: ['令牌只保存在本浏览器标签页中（sessionStorage），随每个请求以 Authorization: Bearer 发送。',
    'The token stays in this browser tab (sessionStorage) and is sent with every request as Authorization: Bearer.'],
  footer: ['所有数据来自报告原文，点击引文查看出处。', 'Every fact comes from the reports; click a quote to see it in place.'],
  loading: ['加载中……', 'Loading…'],
  unauthenticated: ['需要登录：请点击右上角“访问令牌”，填入有效的令牌后重试。',
    'Sign-in needed: click “Access token” at the top right, enter a valid token and try again.'],
  forbidden: ['无权访问：当前令牌没有查看这些数据的权限。', 'Access denied: the current token may not read this data.'],
  notFound: ['未找到：', 'Not found: '],
  failed: ['请求失败：', 'Request failed: '],
  homeTitle: ['它们由谁负责？资金去了哪里？', 'Who answers for it? Where did the money go?'],
  homeIntro: ['输入项目、地区、单位或金额，或从下面的清单开始。每个数字都链接到报告原文。',
    'Type a project, place, unit or amount, or start from the lists below. Every figure links to the report it came from.'],
  tryThese: ['试试：', 'Try:'],
  behindItems: ['滞后事项', 'Behind target or plan'],
  largestFunds: ['资金（按金额）', 'Funds, largest first'],
  documents: ['报告', 'Reports'],
  regions: ['区域', 'Regions'],
  results: ['检索结果', 'Results'],
  resultsFor: ['“{q}” 共 {n} 条结果', '{n} results for “{q}”'],
  noResults: ['没有找到结果。', 'Nothing found.'],
  status: ['状态', 'Status'],
  category: ['类别', 'Category'],
  investment: ['投资额', 'Investment'],
  campaign: ['所属攻坚战', 'Campaign'],
  region: ['所属区域', 'Region'],
  leadUnits: ['牵头单位', 'Lead units'],
  participatingUnits: ['参与单位', 'Participating units'],
  notStated: ['报告未说明', 'not stated in the reports'],
  progress: ['进度与目标', 'Progress against target'],
  actual: ['实际', 'actual'],
  target: ['目标', 'target'],
  asOf: ['截至', 'as of'],
  noProgress: ['报告没有给出进度读数。', 'The reports give no progress readings.'],
  milestones: ['节点目标', 'Milestones'],
  due: ['原定', 'due'],
  expected: ['预计', 'expected'],
  chain: ['问责链', 'Accountability chain'],
  chainComplete: ['链条完整', 'complete chain'],
  chainIncomplete: ['链条不完整', 'incomplete chain'],
  chainTop: ['最终责任主体', 'Answers in the end'],
  breaks: ['断点', 'Breaks'],
  links: ['环节', 'Links'],
  funding: ['资金来源', 'Funding sources'],
  noFunding: ['报告没有说明这个项目的资金来源。', 'The reports state no money flowing into this project.'],
  problems: ['问题与整改', 'Problems and rectification'],
  noProblems: ['报告没有提到这个项目的问题。', 'The reports name no problem for this project.'],
  rectification: ['整改', 'Rectification'],
  indicators: ['指标', 'Indicators'],
  sources: ['出处', 'Sources'],
  source: ['出处', 'source'],
  moneyTitle: ['资金流向', 'Money trail'],
  direction: ['方向', 'Direction'],
  DOWNSTREAM: ['向下游（钱去了哪里）', 'Downstream (where it went)'],
  UPSTREAM: ['向上游（钱从哪里来）', 'Upstream (where it came from)'],
  depth: ['层数', 'Tiers'],
  show: ['显示', 'Show'],
  totals: ['合计', 'Totals'],
  knownYuan: ['已知金额', 'Known amount'],
  flowCount: ['流向笔数', 'Flows'],
  maskedCount: ['金额脱敏笔数', 'Masked amounts'],
  maskedShort: ['笔脱敏', 'masked'],
  nonMoneyCount: ['非货币金额笔数', 'Non-money amounts'],
  unknownMasked: ['金额未知：全部脱敏或非货币，不按零计', 'unknown: every amount is masked or not money, never read as zero'],
  reportPeriod: ['报告期', 'report period'],
  atLeast: ['至少（另有脱敏金额，未计入也不按零计）', 'at least (masked amounts are neither added nor read as zero)'],
  complete: ['金额完整', 'all amounts known'],
  maskedLegend: ['灰色斜纹带 = 金额脱敏（如 10x亿元），宽度只是示意，不计入合计。',
    'Grey hatched bands = masked amount (such as 10x亿元); the width is nominal and is not counted in any total.'],
  truncated: ['更深层还有流向未显示，可增加层数。', 'Flows go on beyond the tiers shown; raise the tier count.'],
  noTrail: ['报告没有记录从这里出发的资金流向。', 'The reports record no money flows from here.'],
  hops: ['逐笔流向', 'Hop by hop'],
  tier: ['层', 'Tier'],
  tierTitle: ['第 {n} 层', 'Tier {n}'],
  tierShown: ['已显示 {shown} / {total} 笔', '{shown} of {total} hops shown'],
  moreHops: ['加载更多', 'Show more'],
  atLeastShort: ['至少', 'at least'],
  sankeyPartial: ['图中每层只画出前 {n} 笔流向（按分支排列）；上方合计与各层合计均为整条资金链的数字，逐笔流向可在下方逐页加载。',
    'The chart draws the first {n} hops of each tier (in branch order); the totals above and per tier are the whole trail\'s, and every hop can be paged in below.'],
  from: ['拨付方', 'From'],
  to: ['接收方', 'To'],
  amount: ['金额', 'Amount'],
  flowType: ['类型', 'Type'],
  share: ['占比', 'Share'],
  reconciliation: ['对账提示', 'Reconciliation flags'],
  reconciliationNeedsAuditor: ['对账需要审计（AUDITOR）及以上角色，请在右上角填写令牌。', 'Reconciliation needs the AUDITOR role or higher; enter a token at the top right.'],
  noFlags: ['没有对账提示。', 'No flags.'],
  flag: ['提示', 'Flag'],
  node: ['节点', 'Node'],
  figures: ['数据', 'Figures'],
  regionTitle: ['区域', 'Region'],
  hierarchy: ['区域层级与汇总', 'Hierarchy and roll-ups'],
  projects: ['项目', 'Projects'],
  funds: ['资金流向合计', 'Fund flows'],
  fund: ['资金', 'Fund'],
  behindIndicators: ['未达目标指标', 'Indicators behind target'],
  behindProjects: ['滞后项目', 'Projects behind'],
  pairing: ['结对帮扶网络', 'Pairing-assistance network'],
  noPairing: ['报告没有记录这里的结对帮扶。', 'The reports record no pairing assistance here.'],
  openMoney: ['查看资金流向', 'Open the money trail'],
  openRegion: ['查看区域', 'Open the region'],
  openProject: ['查看项目', 'Open the project'],
  behindList: ['滞后事项', 'What is behind'],
  tooLarge: ['范围太大，无法一次列出（服务提示：结果过大）。请进入下级区域查看。', 'Too much to list at once here (the service answered: too large). Open a smaller region.'],
  firstRows: ['显示前 {shown} 条，共 {total} 条。', 'The first {shown} of {total}.'],
  networkTooLarge: ['帮扶网络有 {parties} 个参与方、{pairings} 条帮扶关系，太多无法绘图；下表列出前 {shown} 条。', 'The network has {parties} parties and {pairings} pairings, too many to draw; the table lists the first {shown}.'],
  document: ['报告原文', 'Report'],
  quoteNotFound: ['在报告中没有找到这句引文。', 'The quote was not found in this report.'],
  relations: ['关系', 'Relations'],
  type: ['类型', 'Type'],
  description: ['说明', 'Description'],
  helper: ['帮扶方', 'Helper'],
  helped: ['受帮扶方', 'Helped'],
  cadres: ['选派干部', 'Cadres'],
  mechanism: ['机制', 'Mechanism'],
  children: ['下级区域', 'Sub-regions'],
  parent: ['上级区域', 'Parent region'],
};

const ENUMS = {
  EntityType: {
    Document: ['报告', 'Reports'], Region: ['区域', 'Regions'], Organization: ['单位', 'Units'],
    Campaign: ['攻坚战', 'Campaigns'], Project: ['项目', 'Projects'], Indicator: ['指标', 'Indicators'],
    Fund: ['资金', 'Funds'], FundFlow: ['资金流向', 'Money flows'], BeneficiaryGroup: ['受益群体', 'Beneficiaries'],
    Policy: ['政策', 'Policies'], Problem: ['问题', 'Problems'], Rectification: ['整改', 'Rectifications'],
    Pairing: ['结对帮扶', 'Pairings'], Responsibility: ['责任', 'Responsibilities'],
    ProgressObservation: ['进度', 'Progress readings'], Milestone: ['节点目标', 'Milestones'], Passage: ['段落', 'Passages'],
  },
  ProjectStatus: {
    PLANNED: ['计划', 'planned'], PREPARING: ['前期', 'preparing'], UNDER_CONSTRUCTION: ['在建/推进中', 'under way'],
    COMPLETED: ['已完成', 'completed'], STALLED: ['停滞/推进缓慢', 'stalled'], UNKNOWN: ['未说明', 'not stated'],
  },
  FlowType: {
    ALLOCATED: ['下达/分配', 'allocated'], TRANSFERRED: ['转下达/拨付', 'transferred'], DISBURSED: ['发放/兑付', 'disbursed'],
    SPENT: ['投入/使用', 'spent'], CREDIT_GRANTED: ['授信', 'credit granted'], LOAN: ['贷款', 'loan'],
    INVESTED: ['投资', 'invested'], REQUESTED: ['上报需求/争取', 'requested'], PLANNED: ['计划', 'planned'],
  },
  FlagCode: {
    OVER_ALLOCATION: ['超额拨付', 'over-allocation'], NO_DOWNSTREAM_USE: ['无下游去向', 'no recorded use'],
    UNFUNDED_PROJECT: ['无资金来源项目', 'unfunded project'], MASKED_AMOUNT: ['金额脱敏', 'masked amount'],
  },
  ChainGap: {
    LEAD_UNIT_NOT_STATED: ['未明确牵头单位', 'lead unit not stated'],
    LEADING_BODY_NOT_STATED: ['未明确领导机构', 'leading body not stated'],
    SUPERIOR_NOT_STATED: ['未明确上级', 'superior not stated'],
    GOVERNMENT_NOT_STATED: ['未明确属地党委政府', 'regional government not stated'],
    HOLDER_NAMED_BY_TITLE_ONLY: ['责任仅落到岗位', 'held by a post only'],
    HOLDER_NOT_STATED: ['未明确责任主体', 'holder not stated'],
    RESPONSIBLE_UNIT_NOT_STATED: ['未明确整改责任单位', 'responsible unit not stated'],
    SOURCE_NOT_STATED: ['未明确资金来源', 'source not stated'],
    ADMINISTRATOR_NOT_STATED: ['未明确资金管理单位', 'administrator not stated'],
    HELPER_NOT_STATED: ['未明确帮扶方', 'helper not stated'],
    SUBJECT_NOT_STATED: ['未明确指标对象', 'subject not stated'],
    DEPTH_LIMIT: ['超出追溯深度', 'depth limit reached'], CYCLE: ['循环指向', 'cycle'],
    NOT_STATED: ['未明确责任方', 'nobody stated'],
  },
  AccountabilityLinkKind: {
    LEAD_UNIT: ['牵头单位', 'lead unit'], PARTICIPATING_UNIT: ['参与单位', 'participating unit'],
    CAMPAIGN: ['所属攻坚战/工程', 'campaign'], PARENT_CAMPAIGN: ['上级攻坚战', 'parent campaign'],
    PARENT_PROJECT: ['上级项目', 'parent project'], HEADQUARTERS: ['指挥部/专班', 'headquarters'],
    LEADING_BODY: ['领导机构', 'leading body'], DIRECTED_BY: ['领导/指导单位', 'directed by'],
    MEMBER_OF: ['成员单位所属', 'member of'], PART_OF: ['隶属', 'part of'], RESPONSIBILITY: ['责任', 'responsibility'],
    MEASURED_SUBJECT: ['指标对象', 'measured subject'], CONCERNED_SUBJECT: ['问题所涉对象', 'concerned subject'],
    ASSIGNED_UNIT: ['整改责任单位', 'assigned unit'], PROBLEM: ['所针对问题', 'problem'],
    FLOW_SOURCE: ['资金拨出方', 'flow source'], FUND: ['资金来源', 'fund'], FUND_ADMINISTRATOR: ['资金管理单位', 'fund administrator'],
    HELPER: ['帮扶方', 'helper'], REGIONAL_GOVERNMENT: ['属地党委政府', 'regional government'],
  },
  TargetStatus: {
    MET: ['已达标', 'met'], BELOW_TARGET: ['未达目标', 'below target'], NO_TARGET: ['无目标值', 'no target'],
    NO_ACTUAL: ['无实际值', 'no actual'], MASKED: ['脱敏', 'masked'], INCOMPARABLE: ['口径不同', 'incomparable'],
  },
  BehindReason: {
    INDICATOR_BELOW_TARGET: ['指标未达目标', 'indicator below target'], PROGRESS_BELOW_TARGET: ['进度未达目标', 'progress below target'],
    MILESTONE_LATE: ['节点滞后', 'milestone late'], MILESTONE_MISSED: ['节点未完成', 'milestone missed'],
    PROJECT_STALLED: ['项目停滞', 'project stalled'], RECTIFICATION_INCOMPLETE: ['整改未完成', 'rectification incomplete'],
  },
  ProjectCategory: {
    TRANSPORT: ['交通', 'transport'], URBAN_RENEWAL: ['城市更新', 'urban renewal'], WATER_SANITATION: ['供水/管网/污水', 'water and sanitation'],
    INDUSTRY: ['工业/产业', 'industry'], AGRICULTURE: ['农业', 'agriculture'], TOURISM_CULTURE: ['文旅', 'tourism and culture'],
    COMMERCE: ['商贸', 'commerce'], PUBLIC_SERVICE: ['公共服务', 'public services'], FINANCE_SERVICE: ['金融服务', 'financial services'],
    RELOCATION_HOUSING: ['搬迁安置', 'relocation and housing'], ENVIRONMENT: ['生态环境', 'environment'], ENERGY: ['能源', 'energy'],
    EDUCATION: ['教育', 'education'], HEALTH: ['医疗卫生', 'health'], SOCIAL_SECURITY: ['社会保障', 'social security'],
    GOVERNANCE: ['治理', 'governance'], OTHER: ['其他', 'other'],
  },
  FlagFigure: {
    in: ['流入', 'in'], knownOut: ['已知流出', 'known out'], excess: ['超出', 'excess'], maskedOut: ['脱敏流出笔数', 'masked out'],
    statedAmount: ['资金总额', 'stated amount'], received: ['收到', 'received'], receivedFlows: ['收到笔数', 'flows received'],
    maskedIn: ['脱敏流入笔数', 'masked in'], inflows: ['流入笔数', 'inflows'], investment: ['投资额', 'investment'], amount: ['金额', 'amount'],
  },
  MilestoneStatus: { PLANNED: ['计划中', 'planned'], DONE: ['已完成', 'done'], LATE: ['滞后', 'late'], MISSED: ['未完成', 'missed'] },
  ProblemStatus: { OPEN: ['未整改', 'open'], RECTIFYING: ['整改中', 'being rectified'], RECTIFIED: ['已整改', 'rectified'] },
  RectificationStatus: { IN_PROGRESS: ['推进中', 'in progress'], COMPLETED: ['已完成', 'completed'] },
  RegionLevel: {
    PROVINCE: ['省', 'province'], CITY: ['市', 'city'], COUNTY: ['县/区', 'county'], TOWNSHIP: ['乡/镇/街道', 'township'],
    VILLAGE: ['村/社区', 'village'], NATURAL_VILLAGE: ['自然村/组', 'natural village'], ZONE: ['片区/园区', 'zone'],
  },
  PairingMechanism: {
    EAST_WEST_COOPERATION: ['东西部协作', 'east–west cooperation'], COUNTERPART_ASSISTANCE: ['对口帮扶', 'counterpart assistance'],
    RESIDENT_ASSISTANCE: ['驻村帮扶', 'resident assistance'], TEN_THOUSAND_ENTERPRISES: ['万企兴万村', 'ten thousand enterprises'],
    ASSISTANCE_GROUP: ['帮扶集团', 'assistance group'], SCI_TECH_COMMISSIONER: ['科技特派员', 'sci-tech commissioners'],
    TALENT_PARTNER: ['人才合作', 'talent partner'], ENTERPRISE_VILLAGE: ['村企共建', 'village–enterprise'], OTHER: ['其他', 'other'],
  },
  PairingRole: { HELPER: ['帮扶方', 'helper'], HELPED: ['受帮扶方', 'helped'], BOTH: ['双重角色', 'both'] },
  FundSourceType: {
    CENTRAL_BUDGET: ['中央预算内投资', 'central budget'], SPECIAL_BOND: ['专项债券/新增债券', 'special bonds'],
    TREASURY_BOND: ['增发国债', 'treasury bonds'], SUBSIDY: ['补助资金', 'subsidies'], ASSISTANCE_FUND: ['帮扶资金', 'assistance funds'],
    SOCIAL_CAPITAL: ['社会资本', 'social capital'], LOAN: ['贷款', 'loans'], CREDIT_LINE: ['授信', 'credit lines'],
    FISCAL_BUDGET: ['财政资金', 'fiscal budget'], CHARITY_FUND: ['慈善基金', 'charity fund'], INSURANCE: ['保险', 'insurance'],
    POLICY_FUND: ['政策资金/补贴', 'policy payments'], OTHER: ['其他', 'other'],
  },
};

export function lang() {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(value) {
  localStorage.setItem(LANG_KEY, value);
  document.documentElement.lang = value === 'en' ? 'en' : 'zh-CN';
}

const index = () => (lang() === 'en' ? 1 : 0);

/** The interface text for a key, with {name} placeholders filled in. */
export function t(key, params = {}) {
  const entry = TEXT[key];
  const text = entry ? entry[index()] : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** The label of an enum value; unknown values show as they are. */
export function label(enumName, value) {
  if (value == null) {
    return '';
  }
  const entry = (ENUMS[enumName] || {})[value];
  return entry ? entry[index()] : String(value);
}

/** Fills the static page chrome marked with data-i18n and data-i18n-placeholder. */
export function translateChrome(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}
