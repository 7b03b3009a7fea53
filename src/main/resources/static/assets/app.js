// Shared by every page: the user's language, dates in it, the signed-in user, and API calls that carry
// the session's CSRF token and turn problem details into messages.

const TEXTS = {
  'zh-CN': {
    appName: 'CareRounds 家庭医生上门', signOut: '退出', language: 'English', loading: '加载中…',
    signIn: '登录', username: '用户名', password: '密码', signInFailed: '用户名或密码错误',
    throttled: '登录失败次数过多，请稍后再试', signedOut: '您已退出登录',
    today: '今天', previousDay: '前一天', nextDay: '后一天', weekAhead: '未来一周', noVisits: '这一天没有上门服务', homeBed: '家庭病床',
    call: '拨打电话', openMap: '打开地图', needs: '需求', conditions: '慢病', notes: '备注',
    done: '已完成', missed: '未完成', planned: '待上门', reason: '原因', save: '保存', cancel: '取消',
    recorded: '已记录', at: '开始', minutes: '分钟',
    ELDER_ABSENT: '老人不在家', REFUSED: '老人拒绝', HOSPITALISED: '住院', OTHER: '其他原因',
    month: '月份', center: '服务中心', createRoster: '生成排班', solve: '开始排班', stop: '停止',
    publish: '发布', status: '状态', score: '得分', unassigned: '未安排', timeLeft: '剩余时间',
    board: '排班表', team: '团队', visits: '次上门', load: '负荷', unassignedVisits: '未安排的上门',
    crossCover: '非签约团队', noRoster: '本月还没有排班', constraints: '各项约束得分', kpis: '指标',
    visitsPlanned: '已安排上门', visitsRequired: '应上门', travelPerVisit: '每次上门路程（分钟）',
    contractedShare: '签约团队完成比例', homeBedsWaiting: '未安排的家庭病床上门', priorityInversions: '优先级倒挂（可替下低优先级上门的未安排上门）', overtimeMinutes: '加班（分钟）', DRAFT: '草稿', SOLVING: '排班中', SOLVED: '已排好',
    PUBLISHED: '已发布', INTERRUPTED: '已中断', NEEDS_REPLAN: '需要重新排班', replan: '重新排班',
    teams: '团队', capacity: '每日容量', maxVisits: '每日最多上门次数', maxVisitMinutes: '每日最多服务分钟',
    from: '从', to: '到', preview: '预览影响', apply: '保存修改', noLongerFit: '将放不下的上门',
    noneNoLongerFit: '所有已排上门仍然放得下', saved: '已保存', version: '版本',
    forbidden: '无权访问', elders: '老人', search: '按姓名或编号搜索', code: '编号', name: '姓名',
    nationalId: '身份证号', phone: '电话', adl: 'ADL 评分', assessedOn: '评估日期', assessor: '评估人',
    reassess: '重新评估', importData: '导入数据', files: '数据文件（CSV）', upload: '导入',
    imported: '已导入', importRefused: '导入被拒绝，未写入任何数据', file: '文件', line: '行', column: '列',
    holiday: '休', makeUpDay: '班', holidayTitle: '法定节假日', makeUpTitle: '调休上班日',
    preferredMiss: '未按老人希望的上午/下午', pinned: '已固定', pin: '固定', unpin: '取消固定',
    pinDay: '固定这一天', unpinDay: '取消固定这一天', routeMap: '路线地图',
    capacityOf: '容量', revisions: '已发布版本', revision: '版本', publishedAt: '发布时间',
    added: '新增', cancelled: '取消', moved: '调整', changes: '变动', noRevisions: '尚未发布',
    stops: '站', km: '公里',
    backToBoard: '返回排班表', travel: '路上', noRoute: '这一天没有上门', offline: '未配置地图底图：仅显示路线和位置',
    overCapacity: '超出容量', seconds: '秒', teamPage: '团队', members: '成员',
    role: '角色', workingDays: '每周工作日', leave: '请假', reasonText: '原因', addMember: '添加成员',
    addLeave: '添加请假', remove: '删除', travelMode: '出行方式', teamName: '团队名称', saveTeam: '保存团队',
    previewTeam: '预览影响', overrides: '按日期设置的容量', noOverrides: '没有按日期设置的容量',
    perDate: '按日期调整容量', policyPage: '服务政策与权重', policy: '上门服务政策', weights: '约束权重',
    current: '当前', default: '默认', homeBedBelow: 'ADL 低于此分数设家庭病床', routineMinutes: '常规上门分钟',
    homeBedMinutes: '家庭病床上门分钟', homeBedSkill: '家庭病床所需技能', tiers: '随访频次', minAdl: 'ADL 起始分',
    visitsPerMonth: '每月上门次数', minGapDays: '最短间隔天数', needRules: '特殊需求', skill: '技能',
    extraMinutes: '加时（分钟）', need: '需求', constraint: '约束', level: '级别', weight: '权重',
    resetDefault: '恢复默认', savePolicy: '保存政策', saveWeights: '保存权重', history: '修改记录',
    changedBy: '修改人', noHistory: '还没有记录', outcomeNotes: '上门备注', missedReason: '未完成原因',
    date: '日期', whatToDo: '怎么办', centerShort: '中心', noneUnassigned: '全部上门都已安排',
    NO_TEAM_WITH_SKILL: '没有团队具备所需技能', NO_ALLOWED_DAY: '没有可上门的日子', GAP_UNSATISFIABLE: '可上门日子不够间隔',
    OUT_OF_REACH: '当天无法往返', CONTRACTED_TEAM_FULL: '签约团队已满', CAPACITY_EXHAUSTED: '所有团队已满',
    do_NO_TEAM_WITH_SKILL: '给某个团队加上所需人员（如护士）', do_NO_ALLOWED_DAY: '核对老人不在家的日期、签约期和可上门星期',
    do_GAP_UNSATISFIABLE: '减少不在家的日子或降低频次', do_OUT_OF_REACH: '核对服务中心和老人的坐标',
    do_CONTRACTED_TEAM_FULL: '给签约团队增加容量', do_CAPACITY_EXHAUSTED: '增加容量或工作日',
    REHABILITATION: '康复指导', TCM: '中医保健', HOSPICE: '安宁疗护', COGNITIVE_SCREENING: '认知筛查',
    HYPERTENSION: '高血压', DIABETES: '糖尿病', COPD: '慢阻肺', CORONARY_HEART_DISEASE: '冠心病',
    STROKE_SEQUELAE: '脑卒中后遗症', DEMENTIA: '认知障碍', CANCER: '肿瘤',
    GENERAL_PRACTITIONER: '全科医生', NURSE: '护士', TCM_DOCTOR: '中医', REHAB_THERAPIST: '康复治疗师',
    PUBLIC_HEALTH: '公卫人员', skill_GENERAL_PRACTICE: '全科', skill_NURSING: '护理', skill_TCM: '中医',
    skill_REHABILITATION: '康复', skill_PUBLIC_HEALTH: '公共卫生',
    WALK: '步行', BICYCLE: '自行车', EBIKE: '电动车', CAR: '汽车',
    MONDAY: '周一', TUESDAY: '周二', WEDNESDAY: '周三', THURSDAY: '周四', FRIDAY: '周五', SATURDAY: '周六', SUNDAY: '周日',
    HARD: '硬约束', MEDIUM: '中约束', SOFT: '软约束', DONE: '已完成', MISSED: '未完成', PLANNED: '待上门',
    cc_LACKS_SKILL: '签约团队缺少技能', cc_ON_LEAVE: '签约团队当天请假', cc_NO_ALLOWED_DAY: '签约团队在可上门的日子都不上班',
    cc_FULL: '签约团队在可上门的日子都已满', cc_HAD_ROOM: '签约团队有空，此处更合适（间隔、路程或已发布的安排）',
    contractedTeam: '签约团队', crossCovers: '非签约团队上门', events: '事件与重新排班', eventKind: '事件', elder: '老人',
    'ev_team-unavailable': '团队某几天不能上班', 'ev_elder-away': '老人外出或住院', 'ev_contract-ended': '签约结束或老人去世',
    'ev_urgent-visit': '加急上门', TEAM_UNAVAILABLE: '团队不能上班', ELDER_AWAY: '老人外出或住院', URGENT_VISIT: '加急上门',
    er_SICKNESS: '病假', er_TRAINING: '培训', er_HOSPITAL: '住院', er_AWAY: '外出', er_CONTRACT_ENDED: '签约到期',
    er_DIED: '老人去世', er_DISCHARGE: '出院随访', er_NEW_HOME_HOSPITAL_BED: '新建家庭病床', er_COMPLAINT: '投诉或求助', er_OTHER: '其他原因',
    withinDays: '几天内', recordEvent: '记录并重新排班', replanning: '正在记录并重新排班…', affected: '受影响的上门',
    before: '原安排', after: '新安排', proposal: '重新排班方案（草稿）', publishProposal: '发布此方案',
    publishRefused: '未发布：方案违反硬性规则', 'hr_team-day': '团队当天不上班', 'hr_max-visits': '超过当天最多上门数',
    'hr_day-capacity': '超出当天上门时间', 'hr_required-skills': '团队缺少所需技能', 'hr_elder-unavailable': '老人当天不在',
    'hr_day-not-allowed': '不是可上门的日子', 'hr_time-window': '不在老人的时间段内', 'hr_minimum-gap': '两次上门间隔太短',
    'hr_visit-pattern': '上门日子组合不允许', 'hr_load-capacity': '超过当天工作量',
    proposalNote: '医生仍看到已发布的版本，直到发布此方案', noProposal: '排班尚未排好：开始排班时会考虑此事件',
    noChanges: '没有变动', monthEvents: '本月事件', noEvents: '本月还没有事件', recordedBy: '记录人', recordedAt: '记录时间',
    CONTRACT_ENDED: '签约结束，已取消', ELDER_DIED: '老人去世，已取消', NOT_YET_PLANNED: '尚未安排', CANCELLED: '已取消',
    draftChanges: '待发布的变动', draftNote: '医生仍看到已发布的版本，直到发布这些变动', teamsChanged: '个团队',
    findPlaceForVisit: '为这次上门找位置', placesFor: '为未安排的上门找位置：',
    newVisitFor: '为老人加一次上门', findPlace: '找上门位置', recommendations: '推荐位置',
    scoreChange: '得分变化', scoreUnchanged: '得分不变', scoreWorse: '负数表示排班变差', INIT: '未排定', addedTravel: '增加路程（分钟）', applyPlace: '放在这里', placedAt: '已安排在', noPlaces: '没有可行的位置',
    stopNumber: '第几站', contractedAmong: '签约团队在推荐之中', contractedNotAmong: '签约团队不在推荐之中',
    contractedBest: '签约团队最好的位置', yes: '是', no: '否', visitOf: '上门：',
    coverage: '每位老人的上门完成情况', onlyOwed: '只看欠访的老人', required: '应上门', cov_planned: '已安排', cov_done: '已完成',
    cov_missed: '未完成', madeUp: '补访', owed: '欠访', cov_unassigned: '未安排', carriedForward: '转下月', cov_cancelled: '已取消',
    extra: '加急', eldersOwed: '位老人欠访', visitsOwed: '次上门欠访', ofElders: '位老人中',
    whatIf: '快速重新排班后的情况（预估）', todayPlan: '现在', afterRePlan: '重新排班后', homeBedUnassigned: '未安排的家庭病床上门',
    visitsMoved: '调整的上门', noWhatIf: '没有已排好的排班受影响', ROUTINE: '常规上门', HOME_HOSPITAL_BED: '家庭病床上门',
    contracts: '签约', contractsOf: '签约：', servicePackage: '服务包', pkg_BASIC: '基础服务包', pkg_ENHANCED: '个性化服务包',
    pkg_HOME_HOSPITAL_BED: '家庭病床服务包', startDate: '开始日期', endDate: '结束日期', lastDay: '结束日期（最后一天）',
    openEnded: '长期', inForce: '执行中', ended: '已结束', notStarted: '未开始', noContracts: '还没有签约',
    noContractInForce: '今天没有执行中的签约', endContract: '结束执行中的签约', endIt: '结束签约', changeTeam: '更换团队',
    newTeam: '新团队', changeFrom: '新团队从这天开始', changeIt: '更换团队', signContract: '新签约', signIt: '签约',
    endOptional: '结束日期（可不填：长期）', contractEnded: '签约已结束', teamChanged: '已更换团队', contractSigned: '已签约',
    needReplan: '{n} 次已排的上门不再成立，排班表需要重新排班',
    nothingSaved: '未保存任何修改', err_overlap: '与签约 {contract} 时间重叠：一位老人同一天只能有一份执行中的签约',
    err_endDate: '结束日期不能早于开始日期（{start}）', err_from: '须晚于这份签约的开始日期（{start}），且不晚于它的结束日期（{end}）',
    err_teamId: '请选择老人所在服务中心的团队', err_changeTeam: '请选择老人所在服务中心的另一个团队',
    err_conflict: '与刚保存的数据冲突（可能有人同时在修改）：已重新读取，请再试一次',
    err_forbidden: '您的角色不能修改签约', err_notFound: '找不到这位老人或这份签约', err_field: '此项不被接受',
    err_required: '请填写此项',
    'con_required-skills': '团队具备所需技能', 'con_elder-unavailable': '老人当天在家', 'con_day-not-allowed': '在签约期内',
    'con_visit-pattern': '上门日子组合符合要求', 'con_minimum-gap': '同一老人上门的最短间隔', 'con_day-capacity': '路线在当天时间和容量之内',
    'con_max-visits': '每天上门次数不超过上限', 'con_time-window': '上门在时间窗内开始', 'con_load-capacity': '工作量在当天容量之内',
    'con_unassigned': '未安排的上门', 'con_continuity': '由签约团队上门', 'con_travel-time': '路上时间',
    'con_even-spacing': '上门在月内分布均匀', 'con_balanced-days': '团队各天工作量均衡', 'con_balanced-teams': '各团队工作量均衡',
    'con_preferred-half-day': '老人希望的上午/下午', 'con_minimal-change': '已发布的上门保持不变', con_overtime: '团队当日不超出容量（调整时的加班）',
  },
  en: {
    appName: 'CareRounds home visits', signOut: 'Sign out', language: '中文', loading: 'Loading…',
    signIn: 'Sign in', username: 'Username', password: 'Password', signInFailed: 'Wrong username or password',
    throttled: 'Too many failed sign-ins: try again later', signedOut: 'You have signed out',
    today: 'Today', previousDay: 'Previous day', nextDay: 'Next day', weekAhead: 'Week ahead', noVisits: 'No visits on this day', homeBed: 'Home hospital bed',
    call: 'Call', openMap: 'Open map', needs: 'Needs', conditions: 'Conditions', notes: 'Notes',
    done: 'Done', missed: 'Missed', planned: 'Planned', reason: 'Reason', save: 'Save', cancel: 'Cancel',
    recorded: 'Recorded', at: 'Start', minutes: 'min',
    ELDER_ABSENT: 'Elder not at home', REFUSED: 'Refused', HOSPITALISED: 'In hospital', OTHER: 'Other',
    month: 'Month', center: 'Health center', createRoster: 'Create roster', solve: 'Solve', stop: 'Stop',
    publish: 'Publish', status: 'Status', score: 'Score', unassigned: 'Unassigned', timeLeft: 'Time left',
    board: 'Roster board', team: 'Team', visits: 'visits', load: 'Load', unassignedVisits: 'Unassigned visits',
    crossCover: 'not the contracted team', noRoster: 'No roster for this month yet', constraints: 'Score by constraint',
    kpis: 'Key figures', visitsPlanned: 'Visits planned', visitsRequired: 'Visits required',
    travelPerVisit: 'Travel minutes per visit', contractedShare: 'Share by the contracted team',
    homeBedsWaiting: 'Home-hospital-bed visits waiting', priorityInversions: 'Waiting visits that could take a lower-priority place', overtimeMinutes: 'Overtime (minutes)', DRAFT: 'Draft',
    SOLVING: 'Solving', SOLVED: 'Planned', PUBLISHED: 'Published', INTERRUPTED: 'Interrupted',
    NEEDS_REPLAN: 'Needs a re-plan', replan: 'Re-plan',
    teams: 'Teams', capacity: 'Daily capacity', maxVisits: 'Most visits a day', maxVisitMinutes: 'Most visit minutes a day',
    from: 'From', to: 'To', preview: 'Preview the effect', apply: 'Save change', noLongerFit: 'Visits that would no longer fit',
    noneNoLongerFit: 'Every planned visit still fits', saved: 'Saved', version: 'Version',
    forbidden: 'Not allowed', elders: 'Elders', search: 'Search by name or code', code: 'Code', name: 'Name',
    nationalId: 'National ID', phone: 'Phone', adl: 'ADL score', assessedOn: 'Assessed on', assessor: 'Assessor',
    reassess: 'Reassess', importData: 'Import', files: 'Dataset files (CSV)', upload: 'Import',
    imported: 'Imported', importRefused: 'Import refused; nothing was written', file: 'File', line: 'Line', column: 'Column',
    holiday: 'off', makeUpDay: 'work', holidayTitle: 'Public holiday', makeUpTitle: 'Make-up working day',
    preferredMiss: 'not in the elder\'s preferred half-day', pinned: 'Pinned', pin: 'Pin', unpin: 'Unpin',
    pinDay: 'Pin this day', unpinDay: 'Unpin this day', routeMap: 'Route map',
    capacityOf: 'capacity', revisions: 'Published revisions', revision: 'Revision',
    publishedAt: 'Published', added: 'Added', cancelled: 'Cancelled', moved: 'Moved', changes: 'Changes',
    noRevisions: 'Not published yet', stops: 'stops',
    km: 'km', backToBoard: 'Back to the board', travel: 'travel', noRoute: 'No visits on this day',
    offline: 'No map tiles configured: routes and places only', overCapacity: 'over capacity',
    seconds: 's', teamPage: 'Teams', members: 'Members', role: 'Role', workingDays: 'Weekly working days',
    leave: 'Leave', reasonText: 'Reason', addMember: 'Add member', addLeave: 'Add leave', remove: 'Remove',
    travelMode: 'Travel mode', teamName: 'Team name', saveTeam: 'Save team', previewTeam: 'Preview the effect',
    overrides: 'Capacity set for dates', noOverrides: 'No capacity set for particular dates',
    perDate: 'Capacity for some dates', policyPage: 'Policy and weights', policy: 'Visit policy',
    weights: 'Constraint weights', current: 'Current', default: 'Default',
    homeBedBelow: 'Home hospital bed below ADL', routineMinutes: 'Routine visit minutes',
    homeBedMinutes: 'Home-hospital-bed visit minutes', homeBedSkill: 'Skill a home hospital bed needs',
    tiers: 'Visit frequency', minAdl: 'From ADL', visitsPerMonth: 'Visits a month', minGapDays: 'Minimum gap (days)',
    needRules: 'Care needs', skill: 'Skill', extraMinutes: 'Extra minutes', need: 'Need', constraint: 'Constraint',
    level: 'Level', weight: 'Weight', resetDefault: 'Reset to default', savePolicy: 'Save policy',
    saveWeights: 'Save weights', history: 'Changes', changedBy: 'Changed by', noHistory: 'Nothing recorded yet',
    outcomeNotes: 'Visit notes', missedReason: 'Reason missed', date: 'Date', whatToDo: 'What to do',
    centerShort: 'Center', noneUnassigned: 'Every visit is planned',
    NO_TEAM_WITH_SKILL: 'No team has the skill', NO_ALLOWED_DAY: 'No day the elder can be visited',
    GAP_UNSATISFIABLE: 'Too few days for the gap', OUT_OF_REACH: 'Out of reach in a day',
    CONTRACTED_TEAM_FULL: 'Contracted team full', CAPACITY_EXHAUSTED: 'Every team full',
    do_NO_TEAM_WITH_SKILL: 'add the skill (e.g. a nurse) to a team', do_NO_ALLOWED_DAY: 'check the elder\'s away dates, contract and visit weekdays',
    do_GAP_UNSATISFIABLE: 'fewer away days or a lower frequency', do_OUT_OF_REACH: 'check the center\'s and the elder\'s coordinates',
    do_CONTRACTED_TEAM_FULL: 'add capacity to the contracted team', do_CAPACITY_EXHAUSTED: 'add capacity or working days',
    REHABILITATION: 'Rehabilitation', TCM: 'TCM care', HOSPICE: 'Hospice care', COGNITIVE_SCREENING: 'Cognitive screening',
    HYPERTENSION: 'Hypertension', DIABETES: 'Diabetes', COPD: 'COPD', CORONARY_HEART_DISEASE: 'Coronary heart disease',
    STROKE_SEQUELAE: 'After a stroke', DEMENTIA: 'Dementia', CANCER: 'Cancer',
    GENERAL_PRACTITIONER: 'General practitioner', NURSE: 'Nurse', TCM_DOCTOR: 'TCM doctor', REHAB_THERAPIST: 'Rehab therapist',
    PUBLIC_HEALTH: 'Public health staff', skill_GENERAL_PRACTICE: 'General practice', skill_NURSING: 'Nursing',
    skill_TCM: 'TCM', skill_REHABILITATION: 'Rehabilitation', skill_PUBLIC_HEALTH: 'Public health',
    WALK: 'Walking', BICYCLE: 'Bicycle', EBIKE: 'E-bike', CAR: 'Car',
    MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed', THURSDAY: 'Thu', FRIDAY: 'Fri', SATURDAY: 'Sat', SUNDAY: 'Sun',
    HARD: 'hard', MEDIUM: 'medium', SOFT: 'soft', DONE: 'Done', MISSED: 'Missed', PLANNED: 'Planned',
    cc_LACKS_SKILL: 'the contracted team lacks a skill', cc_ON_LEAVE: 'the contracted team is on leave that day',
    cc_NO_ALLOWED_DAY: 'the contracted team works on none of the days the visit may be on',
    cc_FULL: 'the contracted team is full on every day the visit may be on',
    cc_HAD_ROOM: 'the contracted team had room; this place fits better (spacing, travel, the published plan)',
    contractedTeam: 'contracted team', crossCovers: 'Visits by another team', events: 'Events and re-plans', eventKind: 'Event', elder: 'Elder',
    'ev_team-unavailable': 'Team cannot work on dates', 'ev_elder-away': 'Elder away or in hospital',
    'ev_contract-ended': 'Contract ended or elder died', 'ev_urgent-visit': 'Urgent visit', TEAM_UNAVAILABLE: 'Team cannot work',
    ELDER_AWAY: 'Elder away or in hospital', URGENT_VISIT: 'Urgent visit',
    er_SICKNESS: 'Sickness', er_TRAINING: 'Training', er_HOSPITAL: 'In hospital', er_AWAY: 'Away', er_CONTRACT_ENDED: 'Contract ended',
    er_DIED: 'Died', er_DISCHARGE: 'After discharge', er_NEW_HOME_HOSPITAL_BED: 'New home hospital bed', er_COMPLAINT: 'Complaint or call',
    er_OTHER: 'Other', withinDays: 'Within days', recordEvent: 'Record and re-plan', replanning: 'Recording and re-planning…',
    affected: 'Visits affected', before: 'Before', after: 'After', proposal: 'Re-plan proposal (draft)',
    publishProposal: 'Publish this proposal', publishRefused: 'Not published: the plan breaks hard rules',
    'hr_team-day': 'The team does not work that day', 'hr_max-visits': 'More visits than the day allows',
    'hr_day-capacity': 'Beyond the day\'s home-visit time', 'hr_required-skills': 'The team lacks a skill the visit needs',
    'hr_elder-unavailable': 'The elder is away that day', 'hr_day-not-allowed': 'Not a day the elder may be visited',
    'hr_time-window': 'Outside the elder\'s time window', 'hr_minimum-gap': 'Visits too close together',
    'hr_visit-pattern': 'Visit days not an allowed combination', 'hr_load-capacity': 'More work than the day allows',
    proposalNote: 'Doctors keep the published revision until this proposal is published',
    noProposal: 'The roster is not planned yet: solving it takes the event into account', noChanges: 'No changes',
    monthEvents: 'This month\'s events', noEvents: 'No events this month', recordedBy: 'Recorded by', recordedAt: 'Recorded',
    CONTRACT_ENDED: 'contract ended, cancelled', ELDER_DIED: 'elder died, cancelled', NOT_YET_PLANNED: 'not planned yet',
    draftChanges: 'Changes waiting to be published', draftNote: 'Doctors keep the published revision until these changes are published',
    teamsChanged: 'teams', findPlaceForVisit: 'Find a place for this visit', placesFor: 'Places for the waiting visit: ',
    CANCELLED: 'Cancelled', newVisitFor: 'A new visit for an elder', findPlace: 'Find a place',
    recommendations: 'Recommended places', scoreChange: 'Score change', scoreUnchanged: 'no change', scoreWorse: 'negative means a worse roster', INIT: 'not placed',
    addedTravel: 'Added travel (min)', applyPlace: 'Place here', placedAt: 'Placed at', noPlaces: 'No feasible place',
    stopNumber: 'Stop', contractedAmong: 'The contracted team is among the places',
    contractedNotAmong: 'The contracted team is not among the places', contractedBest: 'The contracted team\'s best place',
    yes: 'yes', no: 'no', visitOf: 'Visit: ',
    coverage: 'Each elder\'s visits against the quota', onlyOwed: 'Only elders owed visits', required: 'Required',
    cov_planned: 'Planned', cov_done: 'Done', cov_missed: 'Missed', madeUp: 'Made up', owed: 'Owed', cov_unassigned: 'Unassigned',
    carriedForward: 'To next month', cov_cancelled: 'Cancelled', extra: 'Extra', eldersOwed: 'elders owed visits',
    visitsOwed: 'visits owed', ofElders: 'of elders', whatIf: 'After a quick re-plan (what-if)', todayPlan: 'Today',
    afterRePlan: 'After re-plan', homeBedUnassigned: 'Home-bed visits unassigned', visitsMoved: 'Visits moved',
    noWhatIf: 'No planned roster is affected', ROUTINE: 'Routine visit', HOME_HOSPITAL_BED: 'Home-hospital-bed visit',
    contracts: 'Contracts', contractsOf: 'Contracts of ', servicePackage: 'Service package', pkg_BASIC: 'Basic package',
    pkg_ENHANCED: 'Enhanced package', pkg_HOME_HOSPITAL_BED: 'Home-hospital-bed package', startDate: 'Start date',
    endDate: 'End date', lastDay: 'End date (last day)', openEnded: 'open-ended', inForce: 'In force', ended: 'Ended',
    notStarted: 'Not started', noContracts: 'No contracts yet', noContractInForce: 'No contract in force today',
    endContract: 'End the contract in force', endIt: 'End contract', changeTeam: 'Change team', newTeam: 'New team',
    changeFrom: 'New team from', changeIt: 'Change team', signContract: 'Sign a new contract', signIt: 'Sign',
    endOptional: 'End date (empty: open-ended)', contractEnded: 'Contract ended', teamChanged: 'Team changed',
    contractSigned: 'Contract signed', nothingSaved: 'Nothing was saved',
    needReplan: '{n} planned visit(s) no longer hold: the roster needs a re-plan',
    err_overlap: 'Overlaps contract {contract}: an elder has one contract in force on any day',
    err_endDate: 'The end date cannot be before the start date ({start})',
    err_from: 'Must be after this contract\'s start ({start}) and not after its end ({end})',
    err_teamId: 'Choose a team of the elder\'s health center', err_changeTeam: 'Choose another team of the elder\'s health center',
    err_conflict: 'Conflicts with data saved meanwhile (someone may be changing it too): read again, please retry',
    err_forbidden: 'Your role may not change contracts',
    err_notFound: 'No such elder or contract', err_field: 'This value is refused', err_required: 'Please fill this in',
    'con_required-skills': 'Team has the required skills', 'con_elder-unavailable': 'Elder available that day',
    'con_day-not-allowed': 'Day inside the contract', 'con_visit-pattern': 'Visit days form an allowed combination',
    'con_minimum-gap': 'Minimum gap between an elder\'s visits',
    'con_day-capacity': 'Route within the day\'s hours and capacity',
    'con_max-visits': 'Visits per day within the maximum', 'con_time-window': 'Visit starts inside its time window',
    'con_load-capacity': 'Workload points within the day\'s capacity', 'con_unassigned': 'Unassigned visit',
    'con_continuity': 'Contracted team makes the visit', 'con_travel-time': 'Travel time',
    'con_even-spacing': 'Visits spread across the month', 'con_balanced-days': 'Balanced workload across team days',
    'con_balanced-teams': 'Balanced workload across teams', 'con_preferred-half-day': 'Elder\'s preferred half-day',
    'con_minimal-change': 'Published visits stay as published', con_overtime: 'Team day within its capacity (overtime in re-plans)',
  },
};

export const lang = localStorage.getItem('carerounds.lang') === 'en' ? 'en' : 'zh-CN';
document.documentElement.lang = lang;

/** The text for a key in the user's language (the key itself if there is none). */
export function t(key) {
  return TEXTS[lang][key] ?? key;
}

/** A constraint's sentence in the user's language, by its stable id (the service's English one otherwise). */
export function constraintName(id, fallback = id) {
  const name = t(`con_${id}`);
  return name === `con_${id}` ? fallback : name;
}

/** Fills every element marked data-t with its text, and data-t-label / data-t-placeholder attributes. */
export function translate(root = document) {
  root.querySelectorAll('[data-t]').forEach(e => { e.textContent = t(e.dataset.t); });
  root.querySelectorAll('[data-t-label]').forEach(e => e.setAttribute('aria-label', t(e.dataset.tLabel)));
}

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 12月3日 周四 in Chinese, Thu 3 Dec in English. */
export function formatDay(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const weekday = t(WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]);
  return lang === 'en' ? `${weekday} ${d} ${MONTHS[m - 1]}` : `${m}月${d}日 ${weekday}`;
}

/** The weekday (MONDAY…SUNDAY) of a date, as the API names them. */
export function weekdayOf(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** A date with its year: 2026年12月3日 in Chinese, 3 Dec 2026 in English. */
export function formatDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return lang === 'en' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** A month (yyyy-mm): 2026年12月 in Chinese, Dec 2026 in English. */
export function formatMonth(isoMonth) {
  const [y, m] = isoMonth.split('-').map(Number);
  return lang === 'en' ? `${MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

/**
 * A score as the solver writes it (0hard/0medium/-52310soft) in words: 硬约束 0 · 中约束 0 · 软约束 -52,310.
 * A change names only the levels it changes, with their sign (软约束 -52,310), or says there is none.
 */
export function formatScore(score, change = false) {
  if (score == null) return '–';
  const number = new Intl.NumberFormat(lang, change ? { signDisplay: 'exceptZero' } : {});
  const levels = [...String(score).matchAll(/(-?\d+)(init|hard|medium|soft)/g)]
    .map(([, value, level]) => [level.toUpperCase(), Number(value)])
    .filter(([, value]) => !change || value !== 0);
  if (!levels.length) return change ? t('scoreUnchanged') : String(score);
  return levels.map(([level, value]) => `${t(level)} ${number.format(value)}`).join(' · ');
}

/** A moment (ISO instant) in the user's language and the browser's time zone. */
export function formatInstant(iso) {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(isoTime) {
  return isoTime ? isoTime.substring(0, 5) : '';
}

/** The local date as yyyy-mm-dd (the center's day is the browser's day). */
export function isoDate(date = new Date()) {
  const p = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export function addDays(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}

/** The session's CSRF token, which every change a page makes carries (the service sets it as a cookie). */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    const fields = (problem.errors || []).map(e => `${e.field}: ${e.reason}`).join('; ');
    super([problem.detail || problem.title || `HTTP ${status}`, fields].filter(Boolean).join(' — '));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the session; a 401 sends the user to the sign-in form. A FormData body goes as multipart. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  if (response.status === 401) {
    location.href = '/sign-in';
    throw new ApiError(401, { detail: 'signed out' });
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data || {});
  return data;
}

/** Escapes text for HTML built in templates. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Shows a message in the page's status line, read out by screen readers. */
export function say(message, isError = false) {
  const line = document.getElementById('message');
  line.textContent = message;
  line.classList.toggle('error', isError);
}

/** The button that switches between Chinese and English, kept for the next visit. */
export function languageSwitch(button = document.getElementById('language')) {
  button.addEventListener('click', () => {
    localStorage.setItem('carerounds.lang', lang === 'en' ? 'zh-CN' : 'en');
    location.reload();
  });
}

/** Writes a date field's date in words beside it: the browser writes the field itself in its own language. */
function dateInWords(input) {
  let words = input.nextElementSibling;
  if (!words?.classList.contains('date-words')) {
    words = Object.assign(document.createElement('span'), { className: 'date-words muted' });
    input.after(words);
  }
  const v = input.value;
  words.textContent = /^\d{4}-\d{2}-\d{2}$/.test(v) ? (lang === 'en' ? `${t(weekdayOf(v))} ${formatDate(v)}`
    : `${formatDate(v)} ${t(weekdayOf(v))}`) : '';
}

/** Every date field of the page, also those drawn later, shows its date in words as it changes. */
function datesInWords() {
  const within = root => root.querySelectorAll?.('input[type=date]').forEach(dateInWords);
  within(document);
  const changed = event => { if (event.target.type === 'date') dateInWords(event.target); };
  document.addEventListener('input', changed);
  document.addEventListener('change', changed);
  // A form's reset fires before the fields take their first values back.
  document.addEventListener('reset', event => setTimeout(() => within(event.target)));
  new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(node =>
    node.matches?.('input[type=date]') ? dateInWords(node) : within(node))))
    .observe(document.body, { childList: true, subtree: true });
}

/** The header every page shares: who is signed in, the language switch and sign-out; returns the user. */
export async function start() {
  translate();
  datesInWords();
  const me = await api('GET', '/api/me');
  document.getElementById('who').textContent = me.name || me.username;
  languageSwitch();
  document.querySelector('#sign-out input[name=_csrf]').value = csrfToken();
  return me;
}
