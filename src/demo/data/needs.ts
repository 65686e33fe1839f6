import type { Chain } from './chains.ts'

/** [title, description, keywords, needType, cooperationModes] per industry chain. */
export type NeedTemplate = [string, string, string[], string, string[]]

export const NEEDS: Record<Chain, NeedTemplate[]> = {
  高端装备: [
    ['液压支架缸体焊缝自动检测', '液压支架缸体环焊缝靠人工超声抽检，效率低、漏检多，希望实现焊缝缺陷自动化在线检测。', ['焊缝检测', '超声', '液压支架'], 'equipment_development', ['development']],
    ['大型铸件内部缩松缺陷控制', '球墨铸铁件壁厚处常出现缩松缩孔，废品率约8%，需要凝固模拟与工艺优化支持。', ['铸造', '缩松', '凝固模拟'], 'process_improvement', ['consulting', 'service']],
    ['数控机床主轴热变形补偿', '加工中心连续运行2小时后精度漂移明显，希望建立热误差模型并实现实时补偿。', ['数控机床', '热变形', '误差补偿'], 'key_technology', ['development']],
    ['矿用设备远程运维平台', '井下设备分散，故障靠人工巡检，希望搭建设备状态监测与预测性维护平台。', ['预测性维护', '状态监测', '工业互联网'], 'key_technology', ['development', 'joint_platform']],
    ['工业机器人焊接工作站集成', '结构件焊接人工为主，招工难，需要机器人焊接工作站方案与离线编程培训。', ['焊接机器人', '离线编程', '自动化产线'], 'equipment_development', ['development', 'talent_training']],
    ['精密铸件表面激光熔覆修复', '磨损的阀体、轴类零件报废量大，希望引进激光熔覆再制造技术。', ['激光熔覆', '再制造', '表面修复'], 'achievement_transfer', ['transfer', 'service']],
  ],
  高端化工: [
    ['农药中间体连续流合成工艺', '现有釜式间歇反应收率低、安全风险高，希望改为微通道连续流工艺。', ['连续流', '微通道反应器', '农药中间体'], 'process_improvement', ['development']],
    ['精细化工废气VOCs治理', '车间无组织排放VOCs浓度偏高，需要收集与催化燃烧治理方案。', ['VOCs', '催化燃烧', '废气治理'], 'consulting', ['consulting', 'service']],
    ['水性涂料助剂国产替代', '进口分散剂价格高、供货周期长，希望开发性能相当的国产水性分散剂。', ['水性涂料', '分散剂', '助剂'], 'key_technology', ['development', 'licensing']],
    ['化工装置HAZOP安全评估', '新建装置需开展HAZOP分析和安全仪表系统SIL定级，缺少专业人员。', ['HAZOP', '安全评估', 'SIL'], 'consulting', ['consulting']],
    ['产品杂质含量检测方法开发', '客户要求出具ppm级杂质检测报告，现有检测手段达不到。', ['杂质检测', '色谱分析', '质量控制'], 'testing_certification', ['service']],
  ],
  新一代信息技术: [
    ['生产车间数字孪生系统', '希望对装配车间建立三维数字孪生，实时显示设备状态和生产进度。', ['数字孪生', '三维可视化', 'MES'], 'key_technology', ['development']],
    ['工业视觉缺陷检测算法', '产品外观检测靠人眼，需要基于深度学习的视觉缺陷识别算法和部署方案。', ['机器视觉', '深度学习', '缺陷识别'], 'key_technology', ['development', 'licensing']],
    ['文旅景区客流预测与调度', '节假日景区拥堵，希望基于历史数据预测客流，并联动票务调度。', ['客流预测', '大数据', '智慧文旅'], 'key_technology', ['development', 'service']],
    ['企业数据安全等级保护测评', '系统需通过网络安全等级保护二级测评，缺少整改指导。', ['等级保护', '网络安全', '测评'], 'testing_certification', ['consulting', 'service']],
    ['大数据分析人才联合培养', '公司缺少数据分析工程师，希望与高校共建实训基地联合培养。', ['人才培养', '数据分析', '实训基地'], 'talent', ['talent_training', 'joint_platform']],
  ],
  生物医药: [
    ['中药提取物指纹图谱质量标准', '丹参提取物批次间差异大，需要建立HPLC指纹图谱质量控制标准。', ['指纹图谱', 'HPLC', '中药质量'], 'testing_certification', ['development', 'service']],
    ['原料药结晶工艺优化', '原料药晶型不稳定，溶出度波动，希望优化结晶工艺并控制晶型。', ['结晶工艺', '晶型', '原料药'], 'process_improvement', ['development']],
    ['一致性评价技术服务', '两个仿制药品种需开展一致性评价，需要药学研究和BE试验支持。', ['一致性评价', '仿制药', '生物等效性'], 'consulting', ['service', 'consulting']],
    ['发酵法生产氨基酸菌种改良', '发酵产酸率低于行业水平，希望通过菌种选育和代谢工程提高产量。', ['菌种选育', '发酵', '代谢工程'], 'key_technology', ['development', 'transfer']],
    ['制药废水生化处理', '制药废水COD高、可生化性差，现有工艺难以稳定达标。', ['制药废水', '生化处理', 'COD'], 'process_improvement', ['consulting', 'service']],
  ],
  医养健康: [
    ['智慧养老监护平台', '养老院夜间跌倒发现不及时，希望引入非接触式跌倒监测和呼叫系统。', ['跌倒检测', '智慧养老', '远程监护'], 'equipment_development', ['development']],
    ['康复辅具设计与评价', '公司生产助行器，需要人机工效设计与临床评价方面的专家指导。', ['康复辅具', '人机工效', '临床评价'], 'consulting', ['consulting', 'development']],
    ['医用防护用品检测认证', '口罩、防护服出口需要欧盟CE认证，不了解检测项目和流程。', ['CE认证', '医用防护', '检测'], 'testing_certification', ['service']],
    ['医养结合护理人员培训', '护理员专业技能不足，希望与医学院校合作开展老年护理培训。', ['护理培训', '老年护理', '医养结合'], 'talent', ['talent_training']],
    ['慢病管理可穿戴设备', '希望开发血压、血糖数据自动上传的可穿戴设备，服务社区慢病管理。', ['可穿戴设备', '慢病管理', '健康监测'], 'equipment_development', ['development', 'joint_platform']],
  ],
  新材料: [
    ['碳纤维复合材料低成本成型', '热压罐成型成本高，希望引入模压或RTM快速成型工艺。', ['碳纤维', 'RTM', '复合材料成型'], 'process_improvement', ['development', 'transfer']],
    ['高性能橡胶配方耐老化改进', '密封件在高温油环境下老化开裂，需要改进配方提高耐老化性能。', ['橡胶配方', '耐老化', '密封件'], 'key_technology', ['development']],
    ['金属粉末3D打印工艺', '希望用选区激光熔化打印复杂模具随形冷却水路，缺少工艺参数。', ['3D打印', '激光熔化', '随形冷却'], 'achievement_transfer', ['transfer', 'service']],
    ['光伏玻璃减反射镀膜', '需要提高光伏玻璃透光率的减反射膜层配方与镀膜工艺。', ['减反射膜', '光伏玻璃', '镀膜'], 'key_technology', ['development', 'licensing']],
    ['材料失效分析与检测', '零件批量断裂，需要做断口分析、金相检测，找出失效原因。', ['失效分析', '金相', '断口分析'], 'testing_certification', ['service']],
    ['石墨烯导热膜产业化', '实验室已有石墨烯导热膜样品，需要中试放大与量产工艺。', ['石墨烯', '导热膜', '中试'], 'achievement_transfer', ['development', 'joint_platform']],
  ],
  新能源: [
    ['储能电池热失控预警', '集装箱储能系统需要早期热失控预警与消防联动方案。', ['储能', '热失控', '电池安全'], 'key_technology', ['development']],
    ['光伏电站智能运维', '分布式光伏电站分散，组件热斑和灰尘遮挡发现不及时，希望用无人机巡检。', ['光伏运维', '无人机巡检', '热斑'], 'equipment_development', ['service', 'development']],
    ['永磁电机效率提升', '电机效率未达到IE4标准，需要电磁设计优化。', ['永磁电机', '电磁设计', '能效'], 'key_technology', ['development', 'consulting']],
    ['退役动力电池梯次利用', '回收的动力电池一致性差，需要快速分选与重组技术。', ['梯次利用', '动力电池', '电池分选'], 'achievement_transfer', ['transfer', 'development']],
    ['园区综合能源管理', '园区用电成本高，希望做光储充一体化与能源管理系统规划。', ['综合能源', '光储充', '能源管理'], 'consulting', ['consulting', 'joint_platform']],
  ],
  汽车配件: [
    ['专用车车厢轻量化设计', '自卸车厢自重大，希望用高强钢和结构优化减重15%以上。', ['轻量化', '高强钢', '结构优化'], 'key_technology', ['development']],
    ['制动盘铸造工艺改进', '制动盘存在砂眼、硬度不均，需要改进熔炼和浇注工艺。', ['制动盘', '铸造工艺', '硬度'], 'process_improvement', ['consulting', 'service']],
    ['汽车零部件疲劳试验', '悬架件需做台架疲劳试验以进入主机厂配套体系。', ['疲劳试验', '台架试验', '悬架'], 'testing_certification', ['service']],
    ['冲压模具寿命提升', '冲压模具刃口磨损快，希望采用表面涂层或热处理提高寿命。', ['冲压模具', '表面涂层', '热处理'], 'process_improvement', ['service', 'development']],
    ['新能源汽车线束设计人才', '转型新能源汽车高压线束，缺少设计工程师。', ['高压线束', '新能源汽车', '人才引进'], 'talent', ['talent_training']],
  ],
  纺织服装: [
    ['布面疵点靠人眼挑', '织布车间验布全靠人眼，漏检率高、工人流失快，想找能自动发现布面疵点的设备。', ['验布', '疵点', '质量检验'], 'equipment_development', ['development', 'transfer']],
    ['鲁锦传统纹样数字化', '鲁锦手工织造纹样多靠老艺人记忆，希望建立纹样数据库并用于提花设计。', ['鲁锦', '纹样数字化', '提花设计'], 'achievement_transfer', ['development', 'joint_platform']],
    ['印染废水脱色回用', '印染废水色度高，回用率低，需要低成本脱色与中水回用工艺。', ['印染废水', '脱色', '中水回用'], 'process_improvement', ['consulting', 'service']],
    ['服装智能排产与吊挂系统', '小批量多品种订单多，排产靠经验，希望上线智能排产和吊挂流水线。', ['智能排产', '吊挂系统', '服装生产'], 'key_technology', ['development', 'service']],
    ['功能性面料抗菌整理', '家纺产品需要耐洗抗菌功能，需抗菌整理剂与工艺。', ['抗菌整理', '功能面料', '家纺'], 'key_technology', ['development', 'licensing']],
    ['纺织品检测能力建设', '企业计划建设内部检测室，需要设备选型与CNAS认可指导。', ['纺织检测', 'CNAS', '检测室建设'], 'testing_certification', ['consulting']],
  ],
  智慧农机: [
    ['大蒜收获机低损伤挖掘', '大蒜机械收获损伤率高，蒜头破皮影响储存，需要改进挖掘与清土装置。', ['大蒜收获机', '低损伤', '挖掘装置'], 'equipment_development', ['development']],
    ['拖拉机自动导航作业', '希望在拖拉机上加装北斗自动导航，实现直线作业和夜间作业。', ['北斗导航', '自动驾驶', '拖拉机'], 'key_technology', ['development', 'transfer']],
    ['植保无人机精准变量喷施', '无人机喷药不均匀、漂移大，需要变量喷施控制技术。', ['植保无人机', '变量喷施', '精准农业'], 'key_technology', ['development']],
    ['农机关键零部件耐磨处理', '旋耕刀磨损快，需要耐磨堆焊或热处理工艺。', ['旋耕刀', '耐磨', '堆焊'], 'process_improvement', ['service']],
    ['农机装备试验鉴定', '新产品需要推广鉴定，缺少试验条件与鉴定大纲指导。', ['推广鉴定', '农机试验', '鉴定大纲'], 'testing_certification', ['consulting', 'service']],
  ],
  现代农业: [
    ['小麦节水高产栽培', '小麦越冬期干旱，灌溉用水多，希望推广节水高产栽培技术。', ['小麦', '节水灌溉', '高产栽培'], 'achievement_transfer', ['transfer', 'service']],
    ['微山湖大闸蟹生态养殖', '河蟹养殖规格小、病害多，需要生态养殖与水质调控技术。', ['河蟹养殖', '水质调控', '生态养殖'], 'achievement_transfer', ['service', 'talent_training']],
    ['大蒜贮藏保鲜', '大蒜贮藏期发芽、霉变损失大，需要气调保鲜技术。', ['大蒜', '贮藏保鲜', '气调'], 'key_technology', ['development', 'transfer']],
    ['果园水肥一体化', '山区苹果园靠天浇水，希望做水肥一体化与土壤墒情监测。', ['水肥一体化', '果园', '墒情监测'], 'equipment_development', ['development', 'service']],
    ['设施蔬菜连作障碍治理', '大棚蔬菜连作多年，土壤盐渍化、病害重，需要土壤改良方案。', ['设施蔬菜', '连作障碍', '土壤改良'], 'consulting', ['consulting', 'service']],
    ['湖区特色水产品加工', '湖产品以鲜销为主，附加值低，希望开发即食休闲水产品。', ['水产品加工', '即食食品', '微山湖'], 'achievement_transfer', ['transfer', 'development']],
    ['农产品质量安全检测', '出口蔬菜农残检测周期长，需要快速检测方法。', ['农残检测', '快速检测', '出口蔬菜'], 'testing_certification', ['service']],
  ],
  煤盐化工: [
    ['废水含盐高排不出去', '化工园区废水含盐量高，现有处理后仍超标，排不出去，急需找到处理办法。', ['含盐废水', '达标排放', '园区污水'], 'key_technology', ['development', 'consulting']],
    ['焦炉煤气制氢提纯', '焦炉煤气富余，希望提纯制氢，发展氢能。', ['焦炉煤气', '制氢', '变压吸附'], 'achievement_transfer', ['transfer', 'development']],
    ['煤矸石资源化利用', '煤矸石堆存量大，希望用于建材或充填开采。', ['煤矸石', '资源化', '充填'], 'achievement_transfer', ['transfer', 'consulting']],
    ['盐化工蒸发结晶节能', '多效蒸发能耗高，希望改为MVR机械蒸汽再压缩。', ['MVR', '蒸发结晶', '节能'], 'process_improvement', ['development', 'service']],
    ['焦化脱硫废液提盐', '脱硫废液含硫氰酸盐，需要提盐和资源化工艺。', ['脱硫废液', '提盐', '硫氰酸盐'], 'key_technology', ['development']],
  ],
}
