/** Line classifiers for page furniture. Rules describe kinds of noise, not particular sites. */
export const PHONE = /(?:400|800)[-\s]?\d{3,4}[-\s]?\d{3,4}|(?<!\d)1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|(?<!\d)1\d{2}-\d{5}-\d{3}(?!\d)/;

const NOISE: RegExp[] = [
  /当前位置|您的位置|^首页\s*[>›»]|[>›»]\s*正文/,
  /扫一扫|二维码|公众号|微信号|长按|关注我们|手机访问|在手机打开/,
  /版权(?:所有|声明)|©|copyright|ICP|许可证|备案号|举报(?:电话|信箱|电线)|不良内容|转载请注明|免责声明/i,
  /注册会员|会员咨询|咨询热线|客服热线|意见反馈|在线沟通/,
  /左右滑动|点击查看|展开全文|阅读原文|点击进入|请点击|分享(?:给朋友|到)|收藏本文|打印本页|关闭窗口|字体[::]?\s*\[|【[大中小]】/,
  /本文链接|原文链接|如有附件|责任编辑|编辑[::]|上一篇|下一篇/,
  /^https?:\/\/\S+$/,
  /^(?:意|见|反|馈|在|线|沟|通|\s)+$/,
];

export const CUTOFF = /^(?:相关(?:内容|文章|新闻|文件|阅读|推荐|链接)|热门(?:资讯|推荐|文章|新闻)|推荐阅读|延伸阅读|猜你喜欢|重点推荐|更多(?:新闻|阅读|资讯)|精彩推荐|标讯查询服务|注册会员)|的相关文章$/;

export function isNoiseLine(line: string): boolean {
  if (PHONE.test(line)) return true;
  if (/(?:\.\.\.|…)\s*$/.test(line)) return true; // teaser of another article
  if (/^原创\s/.test(line)) return true;
  return NOISE.some((re) => re.test(line));
}

/** Noise that marks the end of an article (ads, contact blocks), not just a UI prompt inside it. */
export function isBreakingNoise(line: string): boolean {
  return PHONE.test(line) || NOISE[1].test(line) || NOISE[2].test(line) || NOISE[3].test(line);
}

export function isCutoff(line: string): boolean {
  return CUTOFF.test(line.trim());
}

const CJK = /[\u4e00-\u9fa5]/g;

/** A paragraph of prose: long enough, Chinese, and punctuated like sentences. */
export function isProse(line: string): boolean {
  const cjk = line.match(CJK)?.length ?? 0;
  if (cjk < 18) return false;
  const stops = line.match(/[。!?!?]/g)?.length ?? 0;
  const commas = line.match(/[,,、;;]/g)?.length ?? 0;
  if (/[。!?!?][”」』)\)]?\s*$/.test(line)) return commas + stops >= 1;
  return stops >= 1 && commas >= 1;
}

export const META_DATE = /(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
export const ORIGIN = /(?:来源|稿源|信息来源|文章来源|转自|转载自)\s*[::]\s*([^\s|,,。]{2,30}?)(?=\s|$|发布|时间|日期|作者|编辑|\||,|,)/;
