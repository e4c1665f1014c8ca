// Word lists for demo names. Trade names (字号) are combined from single
// characters and two-character words, so a few hundred entries give tens of
// thousands of distinct names.

const chars = (s: string): readonly string[] => [...new Set([...s])];
const words = (s: string): readonly string[] => [...new Set(s.split(/\s+/u).filter(Boolean))];

/** Single characters common in trade names. */
export const BRAND_CHARS = chars(
  '华腾科创海湾粤鹏信达盛兴隆泰丰瑞祥恒宏伟鑫源通汇联智博睿弘远卓越新星光明辉嘉佳和安康宁正诚德立天启航翔飞龙凤云峰'
  + '山川林森景晟昊昌茂润泽浩涛澜港城悦欣怡美优尚品雅聚合众誉铭鼎坤乾元宇极致芯微数讯网易捷迅迈拓展鸿骏驰锐锋英杰俊思维'
  + '意禾实金银宝玉晶力能电融资投方圆道益利富福顺万千百东南西北中前长久永同仁义本原初心路桥岸舟帆风雷阳月辰宸朗晴蓝青绿紫',
);

/** Two-character trade-name words. */
export const BRAND_WORDS = words(`
  蔚蓝 前海 深湾 南海 鹏程 鹏城 大湾 湾区 星河 银河 星辰 海纳 海川 海翔 远航 远景 远见 未来 明日 云端 云海 云帆 智汇
  智联 智创 智云 智谷 数联 数智 创新 创想 创客 创达 科睿 科达 科林 科瑞 华创 华信 华盛 华泰 华美 华联 华宇 华晟 华兴
  华科 华鼎 华辰 中科 中联 中天 中鼎 中汇 金源 金鼎 金桥 金海 金盛 金辉 银泰 宏图 宏达 宏远 宏业 宏信 恒信 恒达 恒通
  恒丰 恒泰 恒源 泰和 泰丰 瑞丰 瑞祥 瑞达 瑞思 祥和 嘉华 嘉信 嘉禾 嘉盛 佳和 佳美 安信 安达 安泰 康泰 康达 康宁 正信
  正道 诚信 诚达 德信 德润 天成 天宇 天启 天泽 天誉 启明 启航 启迪 翔宇 飞鸿 飞扬 龙腾 龙跃 凤凰 峰景 山海 川流 林森
  景行 晟世 昊天 昌盛 茂源 润泽 泽远 浩然 悦来 欣荣 怡和 美达 优品 尚品 雅居 聚力 聚源 合力 众创 众信 誉达 铭泰 鼎盛
  鼎新 坤元 乾元 元亨 宇航 极客 致远 芯源 芯联 微芯 微光 讯达 网联 易达 易通 迅捷 迈科 拓新 鸿图 鸿运 骏达 锐思 锐意
  英华 杰思 思创 思源 维拓 意诚 禾丰 实达 玉龙 晶华 力拓 能达 融信 融汇 方圆 道和 益民 利达 富源 福瑞 顺达 万和 千禧
  百川 百盛 一诺 东方 东升 南方 南华 西部 北辰 中南 前沿 大成 长城 长青 久远 永信 永达 同创 同心 仁和 本源 原点 初心
  心源 路通 彼岸 方舟 扬帆 风华 雨林 阳光 明月 辰星 宸宇 朗星 晴川 蓝海 蓝天 青松 绿洲 紫荆 深蓝 粤港 岭南 南粤 珠江
  伶仃 赤湾 蛇口 后海 西丽 桃源 留仙 麒麟 塘朗 大沙 凯达 美格 亿联 亿达 万兴 万象 千帆 百合 九州 四海 五洲 三和 六合
  七星 八方 十方 华夏 神州 环球 寰宇 天下 世纪 时代 新世 新时 新纪 锦绣 锦程 锦华 盈科 盈信 盈丰 汇鑫 汇通 汇智 云天
`);

/** Shop-name prefixes of individual businesses (个体工商户): places, cuisines, owners. */
export const SHOP_PREFIXES = words(`
  湘味 川香 潮汕 客家 粤味 老友 兰州 隆江 桂林 沙县 重庆 东北 闽南 江西 云南 新疆 老王 阿强 阿华 小李 好运 鸿福 福满 乐家
  惠民 邻里 便民 佳佳 美美 红红 金牌 家乡 老街 巷口 街角 山城 海边 南粤 岭南 星光 幸福 平安 吉祥 如意 开心 快乐 湘江 蜀香
  徽州 陕西 武汉 长沙 顺德 梅州 汕尾 湛江 阿明 阿芳 老李 老张 小陈 大福 旺财 顺心 诚信 和记 祥记 华记 明记 新港 南园 向南
`);
export const SHOP_SUFFIXES = chars('轩阁居坊斋记楼园苑堂屋铺家');

/** Surnames, most common first (the picker favours the front of the list). */
export const SURNAMES = words(`
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡
  余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯
  龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 上官 诸葛
`);

/** Characters of given names. */
export const GIVEN_CHARS = chars(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建国文辉志斌宇浩凯晨欣怡婷雪琳晶颖慧佳俊峰鑫波宁琪瑶璐蕾帆'
  + '然轩睿博昊泽梓涵子雨思嘉雅诗梦晓海林春燕兰梅丹莉健良亮成德福生龙东金荣新永长清江河山云天阳光立民安宏家振中卫兵武',
);

/**
 * Simplified → Traditional for characters that occur in demo names; used for
 * the ~1% of names given in Traditional characters (the matcher folds them back).
 */
export const TRADITIONAL: ReadonlyMap<string, string> = pairsOf(
  '华華电電贸貿网網络絡发發业業实實广廣东東医醫药藥务務体體汇匯龙龍凤鳳丰豐兴興达達鹏鵬湾灣门門设設计計讯訊软軟资資'
  + '产產开開营營销銷车車机機气氣环環节節疗療学學术術国國际際饮飲馆館区區传傳艺藝装裝饰飾筑築检檢测測询詢险險贷貸赁賃链鏈'
  + '进進运運输輸货貨仓倉储儲农農养養园園绿綠洁潔维維厅廳铺鋪长長乐樂宝寶云雲飞飛鸿鴻骏駿锐銳锋鋒杰傑诚誠义義庆慶汉漢岭嶺'
  + '时時为為个個来來会會协協联聯总總经經济濟动動图圖书書画畫数數据據视視创創腾騰优優众眾誉譽铭銘',
);

function pairsOf(s: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < s.length; i += 2) map.set(s.charAt(i), s.charAt(i + 1));
  return map;
}
